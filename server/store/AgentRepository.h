#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <optional>

namespace concierge::store {

// Console accounts. Run inside Database jobs.
class AgentRepository
{
public:
    static Result<std::optional<AgentRecord>> byUsername(DbContext &ctx, const QString &username);
    // Sets agent.id and returns it; fails when the username is taken.
    static Result<qint64> insert(DbContext &ctx, AgentRecord &agent);
    static Result<int> count(DbContext &ctx);
    // Every account, by username (password hashes included: the API must not send them).
    static Result<QList<AgentRecord>> all(DbContext &ctx);
    // false when no such username.
    static Result<bool> setDisabled(DbContext &ctx, const QString &username, bool disabled);
    static Result<bool> setPasswordHash(DbContext &ctx, const QString &username, const QString &hash);
};

} // namespace concierge::store
