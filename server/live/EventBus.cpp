#include "live/EventBus.h"

#include <QMutexLocker>

namespace concierge::live {

EventBus::EventBus(const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Consoles in other threads receive events through queued connections, which copy them.
    qRegisterMetaType<LiveEvent>();
}

LiveEvent EventBus::publish(EventKind kind, const QString &chatId, const QJsonObject &payload)
{
    const LiveEvent event = keep(kind, chatId, payload, m_clock.nowMs());
    emit published(event);
    emit publishedHere(event);
    return event;
}

LiveEvent EventBus::publishFromPeer(EventKind kind, const QString &chatId, const QJsonObject &payload, qint64 timeMs)
{
    const LiveEvent event = keep(kind, chatId, payload, timeMs);
    emit published(event);
    return event;
}

LiveEvent EventBus::keep(EventKind kind, const QString &chatId, const QJsonObject &payload, qint64 timeMs)
{
    QMutexLocker lock(&m_mutex);
    const LiveEvent event{++m_lastId, kind, timeMs, chatId, payload};
    m_recent.push_back(event);
    while (m_recent.size() > size_t(kKeep))
        m_recent.pop_front();
    return event;
}

QList<LiveEvent> EventBus::since(qint64 afterId, int limit) const
{
    QMutexLocker lock(&m_mutex);
    QList<LiveEvent> events;
    if (m_recent.empty() || limit <= 0)
        return events;
    // Ids are consecutive, so the first wanted event's position follows from the oldest kept id.
    const qint64 oldest = m_recent.front().id;
    auto it = m_recent.begin() + qBound<qint64>(0, afterId + 1 - oldest, qint64(m_recent.size()));
    for (; it != m_recent.end() && events.size() < limit; ++it)
        events.append(*it);
    return events;
}

qint64 EventBus::lastId() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastId;
}

} // namespace concierge::live
