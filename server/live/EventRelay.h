#pragma once

#include "events/LiveEvent.h"
#include "store/RedisEndpoint.h"

#include <QJsonArray>
#include <QObject>

namespace concierge::store {
class RedisCache;
class RedisSubscriber;
} // namespace concierge::store

namespace concierge::live {

class EventBus;

// Several concierge-server instances behind one load balancer share PostgreSQL and Redis; a console is connected to
// one of them but must see what happens on all. Each instance publishes its own events on one Redis channel and
// republishes on its bus those of the others. Best effort by design: an event missed during a Redis outage is
// caught up from the database, which consoles read the conversations and threads from after any reconnect.
class EventRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventRelay)

public:
    // Publishes through `publisher` (the instance's Redis cache connection) and listens on a connection of its own.
    EventRelay(EventBus *bus, store::RedisCache *publisher, const store::RedisEndpoint &endpoint,
               QObject *parent = nullptr);

    QString instanceId() const { return m_instanceId; }
    // Subscribed to the channel: events of the other instances arrive.
    bool listening() const;
    // "concierge:events:<db>": deployments on different Redis databases stay apart (channels ignore SELECT).
    static QByteArray channelFor(const store::RedisEndpoint &endpoint);

signals:
    void listeningChanged(bool listening);

private:
    void forward(const LiveEvent &event);
    void flush(); // the events gathered since the last one, as one message
    void receive(const QByteArray &message);

    EventBus *m_bus;
    store::RedisCache *m_publisher;
    store::RedisSubscriber *m_subscriber;
    QByteArray m_channel;
    QString m_instanceId;
    QByteArray m_ownTail;  // how our own published events end
    QJsonArray m_outgoing; // events of this turn of the event loop, not published yet

public:
    static constexpr int kMaxEventsPerMessage = 200;
};

} // namespace concierge::live
