#pragma once

#include "core/Result.h"

#include <QString>

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
};

} // namespace concierge::store
