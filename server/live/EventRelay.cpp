#include "live/EventRelay.h"

#include "core/Log.h"
#include "live/EventBus.h"
#include "store/RedisCache.h"
#include "store/RedisSubscriber.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace concierge::live {

namespace {

constexpr QLatin1String kOrigin("origin");
constexpr QLatin1String kEvent("event");
constexpr QLatin1String kEvents("events");

} // namespace

EventRelay::EventRelay(EventBus *bus, store::RedisCache *publisher, const store::RedisEndpoint &endpoint,
                       QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_publisher(publisher)
    , m_subscriber(new store::RedisSubscriber(endpoint, channelFor(endpoint), this))
    , m_channel(channelFor(endpoint))
    , m_instanceId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_ownTail(QByteArrayLiteral("\"origin\":\"") + m_instanceId.toUtf8() + QByteArrayLiteral("\"}"))
{
    connect(m_bus, &EventBus::publishedHere, this, &EventRelay::forward);
    connect(m_subscriber, &store::RedisSubscriber::message, this, &EventRelay::receive);
    connect(m_subscriber, &store::RedisSubscriber::subscribedChanged, this, &EventRelay::listeningChanged);
}

bool EventRelay::listening() const
{
    return m_subscriber->subscribed();
}

QByteArray EventRelay::channelFor(const store::RedisEndpoint &endpoint)
{
    return QByteArrayLiteral("concierge:events:") + QByteArray::number(endpoint.db);
}

void EventRelay::forward(const LiveEvent &event)
{
    // The events of one turn of the event loop go out as one PUBLISH: handling a message publishes about five
    // (received, replied, sent, ...), and each PUBLISH is a command for Redis and a delivery to every instance.
    m_outgoing.append(event.toJson());
    if (m_outgoing.size() == 1)
        QMetaObject::invokeMethod(this, &EventRelay::flush, Qt::QueuedConnection);
    else if (m_outgoing.size() >= kMaxEventsPerMessage)
        flush();
}

void EventRelay::flush()
{
    if (m_outgoing.isEmpty())
        return;
    // One event alone in the shape of the first version (an instance of that version reads it); several as
    // "events", which such an instance ignores (its consoles catch up from the database at their next reload).
    const QJsonArray events = std::exchange(m_outgoing, {});
    const QJsonObject message = events.size() == 1 ? QJsonObject{{kOrigin, m_instanceId}, {kEvent, events.first()}}
                                                   : QJsonObject{{kOrigin, m_instanceId}, {kEvents, events}};
    m_publisher->publish(m_channel, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void EventRelay::receive(const QByteArray &message)
{
    // Our own events come back too: dropped before parsing them. flush() writes compact JSON with sorted keys, so
    // "origin" is the last one; an event's own text cannot end the message so
    // (its quotes would be escaped), and the id is random.
    if (message.endsWith(m_ownTail))
        return;
    const QJsonObject json = QJsonDocument::fromJson(message).object();
    if (json.value(kOrigin).toString() == m_instanceId)
        return; // our own, already on our bus
    const QJsonArray events = json.contains(kEvents) ? json.value(kEvents).toArray() : QJsonArray{json.value(kEvent)};
    for (const QJsonValue &value : events) {
        const std::optional<LiveEvent> event = LiveEvent::fromJson(value.toObject());
        if (!event) {
            qCWarning(lcCache).noquote() << "ignored a malformed event on" << m_channel;
            continue;
        }
        m_bus->publishFromPeer(event->kind, event->chatId, event->payload, event->timeMs);
    }
}

} // namespace concierge::live
