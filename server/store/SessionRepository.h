#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <optional>

namespace concierge::store {

// Durable copy of conversation sessions (the cache holds the hot copy). Run inside Database jobs.
class SessionRepository
{
public:
    // Inserts or replaces; created_at of an existing row is kept.
    static Status upsert(DbContext &ctx, const SessionRecord &session);
    static Result<std::optional<SessionRecord>> get(DbContext &ctx, const QString &sessionId);
    // get() for several sessions, in the order given. PostgreSQL: one statement for all (one round trip); SQLite:
    // get() one after the other.
    static Result<std::vector<std::optional<SessionRecord>>> getMany(DbContext &ctx, const QStringList &sessionIds);
    // false when there was no such session.
    static Result<bool> remove(DbContext &ctx, const QString &sessionId);
    // Deletes sessions with expires_at in (0, nowMs]; returns how many.
    static Result<int> removeExpired(DbContext &ctx, qint64 nowMs);
};

} // namespace concierge::store
