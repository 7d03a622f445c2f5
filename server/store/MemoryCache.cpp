#include "store/MemoryCache.h"

#include <QPointer>

namespace concierge::store {

// The timer is parented so that it follows moveToThread().
MemoryCache::MemoryCache(QObject *parent, int sweepIntervalMs)
    : SessionCache(parent)
    , m_sweepTimer(this)
{
    m_sweepTimer.setInterval(sweepIntervalMs);
    m_sweepTimer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_sweepTimer, &QTimer::timeout, this, &MemoryCache::sweep);
    m_sweepTimer.start();
}

MemoryCache::~MemoryCache() = default;

void MemoryCache::get(const QString &key, QObject *context, std::function<void(std::optional<QByteArray>)> done)
{
    const QPointer<QObject> guard(context);
    auto result = value(key);
    if (done && (guard || !context)) // no context: nothing to outlive, always answer
        done(std::move(result));
}

void MemoryCache::set(const QString &key, const QByteArray &value, int ttlSeconds)
{
    Entry entry{value, QDeadlineTimer(QDeadlineTimer::Forever)};
    if (ttlSeconds > 0)
        entry.expiry = QDeadlineTimer(qint64(ttlSeconds) * 1000);
    m_values.insert(key, std::move(entry));
}

void MemoryCache::remove(const QString &key)
{
    m_values.remove(key);
    m_counters.remove(key);
}

void MemoryCache::hit(const QString &key, int windowSeconds, QObject *context, std::function<void(qint64)> done)
{
    const QPointer<QObject> guard(context);
    const qint64 count = countHit(key, windowSeconds);
    if (done && (guard || !context))
        done(count);
}

std::optional<QByteArray> MemoryCache::value(const QString &key)
{
    const auto it = m_values.find(key);
    if (it == m_values.end())
        return std::nullopt;
    if (it->expiry.hasExpired()) {
        m_values.erase(it);
        return std::nullopt;
    }
    return it->value;
}

qint64 MemoryCache::countHit(const QString &key, int windowSeconds)
{
    Counter &counter = m_counters[key];
    if (counter.count == 0 || counter.windowEnd.hasExpired()) {
        counter.count = 0;
        counter.windowEnd = QDeadlineTimer(qint64(qMax(windowSeconds, 1)) * 1000);
    }
    return ++counter.count;
}

void MemoryCache::clear()
{
    m_values.clear();
    m_counters.clear();
}

void MemoryCache::sweep()
{
    m_values.removeIf([](QHash<QString, Entry>::iterator it) { return it->expiry.hasExpired(); });
    m_counters.removeIf([](QHash<QString, Counter>::iterator it) { return it->windowEnd.hasExpired(); });
}

} // namespace concierge::store
