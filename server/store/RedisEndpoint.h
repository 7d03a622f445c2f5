#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace concierge::store {

// Where Redis lives: parsed from redis://[[user]:password@]host[:port][/db].
struct RedisEndpoint
{
    QString host;
    quint16 port = 6379;
    QString username; // Redis 6 ACL user; empty -> AUTH with the password alone
    QString password;
    int db = 0;

    // Errors: "redis_url_invalid", "redis_tls_unsupported" (rediss://).
    static Result<RedisEndpoint> parse(const QString &url);
    // "host:port/db", safe to log (no credentials).
    QString describe() const;
    // The AUTH command for these credentials (with the ACL user when there is one); empty without a password. Never
    // log it.
    QList<QByteArray> authCommand() const;
    // The address to connect to, without blocking (hiredis would call a blocking getaddrinfo() for a name): `done`
    // gets an IP address (IPv4 preferred), or an empty one and the reason. Runs in `context`'s thread.
    void resolve(QObject *context, std::function<void(const QString &ip, const QString &error)> done) const;
};

} // namespace concierge::store
