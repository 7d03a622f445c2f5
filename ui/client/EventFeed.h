#pragma once

#include "events/LiveEvent.h"

#include <QObject>

namespace concierge::ui {

// How the console follows the server's live events. Today: polling GET /api/v1/events (PollingEventFeed); later a
// WebSocket. Only ConsoleClient knows which one runs: panels see the client's signals, never the transport.
class EventFeed : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFeed)

public:
    using QObject::QObject;

    // Follows events newer than sinceId, again and again until stop(); reconnects on its own.
    virtual void start(qint64 sinceId) = 0;
    virtual void stop() = 0;
    virtual void setToken(const QString &token) = 0;
    // The id of the newest event delivered: where to resume after a reconnect.
    virtual qint64 lastId() const = 0;

signals:
    void eventReceived(const concierge::live::LiveEvent &event);
    // true when the server answered, false when it could not be reached.
    void connectionChanged(bool connected);
    // The server refused the token (missing or expired).
    void unauthorized();
    // What was missed cannot be replayed (the server restarted, or too much was missed): reload from REST.
    void resynchronized();
};

} // namespace concierge::ui
