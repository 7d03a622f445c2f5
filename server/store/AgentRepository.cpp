#include "store/AgentRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

namespace {

constexpr auto kColumns = "SELECT id, username, password_hash, role, display_name, created_at, disabled FROM agents";

AgentRecord agentFrom(QSqlQuery &q)
{
    AgentRecord a;
    a.id = q.value(0).toLongLong();
    a.username = q.value(1).toString();
    a.passwordHash = q.value(2).toString();
    a.role = q.value(3).toString();
    a.displayName = q.value(4).toString();
    a.createdAtMs = q.value(5).toLongLong();
    a.disabled = q.value(6).toInt() != 0;
    return a;
}

} // namespace

Result<std::optional<AgentRecord>> AgentRepository::byUsername(DbContext &ctx, const QString &username)
{
    auto &q = ctx.prepare(QLatin1String(kColumns) + QStringLiteral(" WHERE username = ?"));
    if (auto st = ctx.exec(q, {sql::text(username)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<AgentRecord>();
    return std::optional<AgentRecord>(agentFrom(q));
}

Result<QList<AgentRecord>> AgentRepository::all(DbContext &ctx)
{
    auto &q = ctx.prepare(QLatin1String(kColumns) + QStringLiteral(" ORDER BY username"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    QList<AgentRecord> out;
    while (q.next())
        out.append(agentFrom(q));
    return out;
}

Result<bool> AgentRepository::setDisabled(DbContext &ctx, const QString &username, bool disabled)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE agents SET disabled = ? WHERE username = ?"));
    if (auto st = ctx.exec(q, {disabled ? 1 : 0, sql::text(username)}); !st)
        return st.error();
    return q.numRowsAffected() == 1;
}

Result<bool> AgentRepository::setPasswordHash(DbContext &ctx, const QString &username, const QString &hash)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE agents SET password_hash = ? WHERE username = ?"));
    if (auto st = ctx.exec(q, {sql::text(hash), sql::text(username)}); !st)
        return st.error();
    return q.numRowsAffected() == 1;
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
