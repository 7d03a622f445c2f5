#include "live/EventRelay.h"

#include "core/Log.h"
#include "live/EventBus.h"
#include "store/RedisCache.h"
#include "store/RedisSubscriber.h"

#include <QJsonDocument>
#include <QUuid>

namespace concierge::live {

namespace {

constexpr QLatin1String kOrigin("origin");
constexpr QLatin1String kEvent("event");

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
    const QJsonObject message{{kOrigin, m_instanceId}, {kEvent, event.toJson()}};
    m_publisher->publish(m_channel, QJsonDocument(message).toJson(QJsonDocument::Compact));
}

void EventRelay::receive(const QByteArray &message)
{
    // Our own events come back too (a handful per message handled): dropped before parsing them. forward() writes
    // compact JSON with sorted keys, so "origin" is the last one; an event's own text cannot end the message so
    // (its quotes would be escaped), and the id is random.
    if (message.endsWith(m_ownTail))
        return;
    const QJsonObject json = QJsonDocument::fromJson(message).object();
    if (json.value(kOrigin).toString() == m_instanceId)
        return; // our own, already on our bus
    const std::optional<LiveEvent> event = LiveEvent::fromJson(json.value(kEvent).toObject());
    if (!event) {
        qCWarning(lcCache).noquote() << "ignored a malformed event on" << m_channel;
        return;
    }
    m_bus->publishFromPeer(event->kind, event->chatId, event->payload, event->timeMs);
}

} // namespace concierge::live
