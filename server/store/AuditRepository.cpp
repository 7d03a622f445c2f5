#include "store/AuditRepository.h"

#include "store/SqlValues.h"

#include <algorithm>

namespace concierge::store {

Result<qint64> AuditRepository::append(DbContext &ctx, AuditEntry &e)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO audit_log (at, actor, action, detail, chat_id) VALUES (?, ?, ?, ?, ?) RETURNING id"));
    if (auto st =
            ctx.exec(q, {e.atMs, sql::text(e.actor), sql::text(e.action), sql::text(e.detail), sql::text(e.chatId)});
        !st)
        return st.error();
    e.id = sql::returnedId(q);
    return e.id;
}

Result<QList<AuditEntry>> AuditRepository::latest(DbContext &ctx, int limit)
{
    return query(ctx, QString(), 0, limit);
}

Result<QList<AuditEntry>> AuditRepository::query(DbContext &ctx, const QString &chatId, qint64 sinceMs, int limit)
{
    const bool oneChat = !chatId.isEmpty();
    auto &q = ctx.prepare(QStringLiteral("SELECT id, at, actor, action, detail, chat_id FROM audit_log WHERE at >= ?") +
                          (oneChat ? QStringLiteral(" AND chat_id = ?") : QString()) +
                          QStringLiteral(" ORDER BY id DESC LIMIT ?"));
    QVariantList values{sinceMs};
    if (oneChat)
        values.append(chatId);
    values.append(std::max(0, limit));
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    QList<AuditEntry> out;
    while (q.next())
        out.append(AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                              q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    return out;
}

} // namespace concierge::store
