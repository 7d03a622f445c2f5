#pragma once

#include "core/Clock.h"
#include "events/LiveEvent.h"

#include <QList>
#include <QMutex>
#include <QObject>

#include <deque>

namespace concierge::live {

// Every step of a message's life is published here for the consoles (the catalogue is events/LiveEvent.h). Each
// event gets the next id and the clock's time; the newest kKeep events stay in memory so that a console polling
// GET /api/v1/events (or reconnecting) catches up from the last id it saw. Lives in the server thread; other
// threads connect with a queued connection and receive copies.
class EventBus final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventBus)

public:
    static constexpr int kKeep = 2000;

    explicit EventBus(const Clock &clock = Clock::system(), QObject *parent = nullptr);
    explicit EventBus(QObject *parent)
        : EventBus(Clock::system(), parent)
    {
    }

    // Stamps, keeps and emits the event; returns it as published.
    LiveEvent publish(EventKind kind, const QString &chatId, const QJsonObject &payload = {});
    // An event that happened on another server instance sharing this database (see EventRelay): kept and emitted
    // like a local one, with this bus's next id, but not announced by publishedHere().
    LiveEvent publishFromPeer(EventKind kind, const QString &chatId, const QJsonObject &payload, qint64 timeMs);

    // The kept events whose id is greater than afterId, oldest first, at most limit of them.
    QList<LiveEvent> since(qint64 afterId, int limit) const;
    qint64 lastId() const;

signals:
    // Every event, local or from a peer: what consoles follow.
    void published(const concierge::live::LiveEvent &event);
    // Only events of this instance: what the relay forwards to the others.
    void publishedHere(const concierge::live::LiveEvent &event);

private:
    LiveEvent keep(EventKind kind, const QString &chatId, const QJsonObject &payload, qint64 timeMs);

    const Clock &m_clock;
    mutable QMutex m_mutex; // since() may be called from another thread than publish()
    std::deque<LiveEvent> m_recent;
    qint64 m_lastId = 0;
};

} // namespace concierge::live
