#pragma once

#include "store/SessionCache.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QTimer>

namespace concierge::store {

// In-process SessionCache: the default when no Redis is configured, and RedisCache's fallback while Redis is down.
// Expired entries are dropped when read and by a periodic sweep, so memory stays bounded by the live keys.
// Callbacks run before the call returns (when `context` is alive; a null context means no guard).
class MemoryCache final : public SessionCache
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryCache)

public:
    static constexpr int DefaultSweepIntervalMs = 30'000;

    explicit MemoryCache(QObject *parent = nullptr, int sweepIntervalMs = DefaultSweepIntervalMs);
    ~MemoryCache() override;

    void get(const QString &key, QObject *context, std::function<void(std::optional<QByteArray>)> done) override;
    void set(const QString &key, const QByteArray &value, int ttlSeconds) override;
    void remove(const QString &key) override;
    void hit(const QString &key, int windowSeconds, QObject *context, std::function<void(qint64)> done) override;

    QString backendName() const override { return QStringLiteral("memory"); }
    bool degraded() const override { return false; }

    // Synchronous variants, for RedisCache's fallback path and for tests.
    std::optional<QByteArray> value(const QString &key);
    qint64 countHit(const QString &key, int windowSeconds);
    // Number of entries held, expired-but-not-yet-swept ones included.
    qsizetype size() const { return m_values.size() + m_counters.size(); }
    // Drops every expired entry now (the timer calls this).
    void sweep();
    void clear();

private:
    struct Entry
    {
        QByteArray value;
        QDeadlineTimer expiry; // Forever when the ttl is <= 0
    };
    struct Counter
    {
        qint64 count = 0;
        QDeadlineTimer windowEnd;
    };

    QHash<QString, Entry> m_values;
    QHash<QString, Counter> m_counters;
    QTimer m_sweepTimer;
};

} // namespace concierge::store
