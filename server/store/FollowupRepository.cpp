#include "store/FollowupRepository.h"

#include "store/SqlValues.h"

#include <algorithm>

namespace concierge::store {

namespace {

const QString kColumns = QStringLiteral("id, chat_id, reason, due_at, created_at, done_at, done_by");

FollowupRow rowOf(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(),   q.value(2).toString(), q.value(3).toLongLong(),
            q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toString()};
}

} // namespace

Result<qint64> FollowupRepository::create(DbContext &ctx, FollowupRow &row)
{
    auto &q =
        ctx.prepare(QStringLiteral("INSERT INTO followups (chat_id, reason, due_at, created_at) VALUES (?, ?, ?, ?)"
                                   " RETURNING id"));
    if (auto st = ctx.exec(q, {sql::text(row.chatId), sql::text(row.reason), row.dueAtMs, row.createdAtMs}); !st)
        return st.error();
    row.id = sql::returnedId(q);
    return row.id;
}

Result<std::optional<FollowupRow>> FollowupRepository::get(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM followups WHERE id = ?"));
    if (auto st = ctx.exec(q, {id}); !st)
        return st.error();
    if (!q.next())
        return std::optional<FollowupRow>();
    return std::optional<FollowupRow>(rowOf(q));
}

Result<QList<FollowupRow>> FollowupRepository::list(DbContext &ctx, bool includeDone, int limit)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM followups") +
                          (includeDone ? QString() : QStringLiteral(" WHERE done_at = 0")) +
                          QStringLiteral(" ORDER BY CASE WHEN done_at = 0 THEN 0 ELSE 1 END, due_at, id LIMIT ?"));
    if (auto st = ctx.exec(q, {std::max(0, limit)}); !st)
        return st.error();
    QList<FollowupRow> out;
    while (q.next())
        out.append(rowOf(q));
    return out;
}

Result<bool> FollowupRepository::markDone(DbContext &ctx, qint64 id, const QString &by, qint64 nowMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE followups SET done_at = ?, done_by = ? WHERE id = ? AND done_at = 0"));
    if (auto st = ctx.exec(q, {nowMs, sql::text(by), id}); !st)
        return st.error();
    return q.numRowsAffected() == 1;
}

} // namespace concierge::store
