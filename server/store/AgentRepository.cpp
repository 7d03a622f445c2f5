#include "store/AgentRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

Result<std::optional<AgentRecord>> AgentRepository::byUsername(DbContext &ctx, const QString &username)
{
    auto &q = ctx.prepare(QStringLiteral(
        "SELECT id, username, password_hash, role, display_name, created_at FROM agents WHERE username = ?"));
    if (auto st = ctx.exec(q, {sql::text(username)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<AgentRecord>();
    AgentRecord a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.passwordHash = q.value(2).toString();
    a.role = q.value(3).toString();
    a.displayName = q.value(4).toString();
    a.createdAtMs = q.value(5).toLongLong();
    return std::optional<AgentRecord>(std::move(a));
}

Result<qint64> AgentRepository::insert(DbContext &ctx, AgentRecord &a)
{
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO agents (username, password_hash, role, display_name, created_at)"
                                         " VALUES (?, ?, ?, ?, ?) RETURNING id"));
    if (auto st = ctx.exec(q, {sql::text(a.username), sql::text(a.passwordHash), sql::text(a.role),
                               sql::text(a.displayName), a.createdAtMs});
        !st)
        return st.error();
    a.id = sql::returnedId(q);
    return a.id;
}

Result<int> AgentRepository::count(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM agents"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    return sql::countRows(q);
}

} // namespace concierge::store
