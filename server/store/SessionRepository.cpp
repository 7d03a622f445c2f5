#include "store/SessionRepository.h"

#include "store/SqlValues.h"

#include <QHash>

namespace concierge::store {

Status SessionRepository::upsert(DbContext &ctx, const SessionRecord &s)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO sessions (session_id, chat_id, data, created_at, updated_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (session_id) DO UPDATE SET chat_id = excluded.chat_id, data = excluded.data,"
        " updated_at = excluded.updated_at, expires_at = excluded.expires_at"));
    return ctx.exec(q, {sql::text(s.sessionId), sql::text(s.chatId), sql::json(s.data), s.createdAtMs, s.updatedAtMs,
                        s.expiresAtMs});
}

namespace {

SessionRecord sessionOf(const QSqlQuery &q)
{
    SessionRecord s;
    s.sessionId = q.value(0).toString();
    s.chatId = q.value(1).toString();
    s.data = sql::jsonObject(q.value(2));
    s.createdAtMs = q.value(3).toLongLong();
    s.updatedAtMs = q.value(4).toLongLong();
    s.expiresAtMs = q.value(5).toLongLong();
    return s;
}

} // namespace

Result<std::optional<SessionRecord>> SessionRepository::get(DbContext &ctx, const QString &sessionId)
{
    auto &q = ctx.prepare(QStringLiteral(
        "SELECT session_id, chat_id, data, created_at, updated_at, expires_at FROM sessions WHERE session_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(sessionId)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<SessionRecord>();
    return std::optional<SessionRecord>(sessionOf(q));
}

Result<std::vector<std::optional<SessionRecord>>> SessionRepository::getMany(DbContext &ctx,
                                                                             const QStringList &sessionIds)
{
    std::vector<std::optional<SessionRecord>> out;
    if (ctx.dialect() == Dialect::Sqlite || sessionIds.size() == 1) {
        for (const QString &id : sessionIds) {
            auto one = get(ctx, id);
            if (!one)
                return one.error();
            out.push_back(std::move(one.value()));
        }
        return out;
    }
    // One JSON array for any count (one prepared statement); a primary key lookup per session.
    auto &q =
        ctx.prepare(sql::rowsWithKeysIn(QStringLiteral("session_id, chat_id, data, created_at, updated_at, expires_at"),
                                        QStringLiteral("sessions"), QStringLiteral("session_id")));
    if (auto st = ctx.exec(q, {sql::anyOf(sessionIds)}); !st)
        return st.error();
    QHash<QString, SessionRecord> found;
    while (q.next()) {
        SessionRecord s = sessionOf(q);
        found.insert(s.sessionId, std::move(s));
    }
    for (const QString &id : sessionIds) {
        auto it = found.constFind(id);
        out.push_back(it == found.constEnd() ? std::nullopt : std::optional<SessionRecord>(*it));
    }
    return out;
}

Result<bool> SessionRepository::remove(DbContext &ctx, const QString &sessionId)
{
    auto &q = ctx.prepare(QStringLiteral("DELETE FROM sessions WHERE session_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(sessionId)}); !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

Result<int> SessionRepository::removeExpired(DbContext &ctx, qint64 nowMs)
{
    auto &q = ctx.prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at > 0 AND expires_at <= ?"));
    if (auto st = ctx.exec(q, {nowMs}); !st)
        return st.error();
    return q.numRowsAffected();
}

} // namespace concierge::store
