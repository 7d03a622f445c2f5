#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace concierge::store {

// Short-lived state (sessions, rate-limit counters): Redis when REDIS_URL is set, in-process otherwise.
// Callbacks run in the cache's thread; an in-process cache may call them before the call returns.
class SessionCache : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void get(const QString &key, QObject *context, std::function<void(std::optional<QByteArray>)> done) = 0;
    virtual void set(const QString &key, const QByteArray &value, int ttlSeconds) = 0;
    virtual void remove(const QString &key) = 0;
    // Counts one hit in a fixed window that starts at the key's first hit; `done` gets the count including this one.
    virtual void hit(const QString &key, int windowSeconds, QObject *context, std::function<void(qint64)> done) = 0;

    virtual QString backendName() const = 0; // "memory" | "redis"
    virtual bool degraded() const = 0;       // true while Redis is configured but unreachable (fallback in use)

signals:
    void degradedChanged(bool degraded);
};

} // namespace concierge::store
