#include "store/LeaseRepository.h"

#include "store/InboxRepository.h"
#include "store/OutboxRepository.h"
#include "store/SqlValues.h"

#include <algorithm>

namespace concierge::store {

QString LeaseRepository::nowMsSql()
{
    // clock_timestamp(), not now(): a batch's transaction may have started a while ago.
    return QStringLiteral("(EXTRACT(EPOCH FROM clock_timestamp()) * 1000)::BIGINT");
}

Status LeaseRepository::exclusive(DbContext &ctx, Exclusive work)
{
    if (ctx.dialect() != Dialect::Postgres)
        return Status::success();
    auto &q = ctx.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
    return ctx.exec(q, {qint64(work)});
}

Status LeaseRepository::heartbeat(DbContext &ctx, const QString &instanceId, qint64 leaseMs)
{
    const QString now = nowMsSql();
    auto &self = ctx.prepare(QStringLiteral("INSERT INTO instances (instance_id, started_at, expires_at_ms)"
                                            " VALUES (?, %1, %1 + ?) ON CONFLICT (instance_id)"
                                            " DO UPDATE SET expires_at_ms = excluded.expires_at_ms")
                                 .arg(now));
    if (Status st = ctx.exec(self, {instanceId, leaseMs}); !st)
        return st;
    // Only the leases still ours: one taken over after a long silence of ours stays with its new holder.
    auto &chats =
        ctx.prepare(QStringLiteral("UPDATE chat_leases SET expires_at_ms = %1 + ? WHERE instance_id = ?").arg(now));
    return ctx.exec(chats, {leaseMs, instanceId});
}

Result<bool> LeaseRepository::acquireChat(DbContext &ctx, const QString &chatId, const QString &instanceId,
                                          qint64 leaseMs)
{
    // A held row is locked by the UPDATE's conflict check until the holder's transaction ends, so two instances
    // never both read "free".
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO chat_leases (chat_id, instance_id, expires_at_ms)"
                                         " VALUES (?, ?, %1 + ?) ON CONFLICT (chat_id) DO UPDATE"
                                         " SET instance_id = excluded.instance_id,"
                                         " expires_at_ms = excluded.expires_at_ms"
                                         " WHERE chat_leases.instance_id = excluded.instance_id"
                                         " OR chat_leases.expires_at_ms < %1 RETURNING instance_id")
                              .arg(nowMsSql()));
    if (Status st = ctx.exec(q, {sql::text(chatId), instanceId, leaseMs}); !st)
        return st.error();
    return q.next();
}

Result<QList<InboxMessage>> LeaseRepository::releaseChat(DbContext &ctx, const QString &chatId,
                                                         const QString &instanceId, qint64 leaseMs)
{
    auto &q = ctx.prepare(QStringLiteral("DELETE FROM chat_leases WHERE chat_id = ? AND instance_id = ?"));
    if (Status st = ctx.exec(q, {sql::text(chatId), instanceId}); !st)
        return st.error();
    // After the delete (a new snapshot per statement): a row stored by an instance whose acquireChat() found our
    // lease is visible now, or that instance's acquireChat() comes after our delete and succeeds.
    auto pending = InboxRepository::pendingForChat(ctx, chatId);
    if (!pending || pending->isEmpty())
        return pending;
    auto mine = acquireChat(ctx, chatId, instanceId, leaseMs);
    if (!mine)
        return mine.error();
    return mine.value() ? pending.value() : QList<InboxMessage>();
}

Status LeaseRepository::releaseAll(DbContext &ctx, const QString &instanceId)
{
    auto &chats = ctx.prepare(QStringLiteral("DELETE FROM chat_leases WHERE instance_id = ?"));
    if (Status st = ctx.exec(chats, {instanceId}); !st)
        return st;
    auto &self = ctx.prepare(QStringLiteral("DELETE FROM instances WHERE instance_id = ?"));
    return ctx.exec(self, {instanceId});
}

Result<QList<InboxMessage>> LeaseRepository::adoptChats(DbContext &ctx, const QString &instanceId, qint64 leaseMs,
                                                        const QSet<QString> &busyChats, int maxChats)
{
    // Index-backed: the partial index inbox_pending_by_chat holds the pending rows only.
    auto &q = ctx.prepare(QStringLiteral("SELECT i.chat_id, MIN(i.id) AS first FROM inbox i"
                                         " LEFT JOIN chat_leases l ON l.chat_id = i.chat_id"
                                         " WHERE i.status = 'pending' AND (l.chat_id IS NULL OR l.instance_id = ?"
                                         " OR l.expires_at_ms < %1) GROUP BY i.chat_id ORDER BY first LIMIT ?")
                              .arg(nowMsSql()));
    if (Status st = ctx.exec(q, {instanceId, maxChats + int(busyChats.size())}); !st)
        return st.error();
    QStringList chats;
    while (q.next() && chats.size() < maxChats) {
        const QString chatId = q.value(0).toString();
        if (!busyChats.contains(chatId))
            chats.append(chatId);
    }
    QList<InboxMessage> rows;
    for (const QString &chatId : chats) {
        auto mine = acquireChat(ctx, chatId, instanceId, leaseMs);
        if (!mine)
            return mine.error();
        if (!mine.value())
            continue; // taken by another instance since the read
        auto pending = InboxRepository::pendingForChat(ctx, chatId);
        if (!pending)
            return pending.error();
        rows += pending.value();
    }
    return rows;
}

Result<QList<OutboxMessage>> LeaseRepository::adoptOutbox(DbContext &ctx, const QString &instanceId, int maxRows)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET instance_id = ? WHERE id IN (SELECT o.id FROM outbox o"
                                         " WHERE o.status IN ('pending', 'sending') AND o.instance_id <> ?"
                                         " AND NOT EXISTS (SELECT 1 FROM instances n"
                                         " WHERE n.instance_id = o.instance_id AND n.expires_at_ms >= %1)"
                                         " ORDER BY o.id LIMIT ? FOR UPDATE OF o SKIP LOCKED) RETURNING id")
                              .arg(nowMsSql()));
    if (Status st = ctx.exec(q, {instanceId, instanceId, maxRows}); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    std::sort(ids.begin(), ids.end());
    QList<OutboxMessage> rows;
    for (const qint64 id : ids) {
        auto row = OutboxRepository::byId(ctx, id);
        if (!row)
            return row.error();
        if (row->has_value())
            rows.append(**row);
    }
    return rows;
}

} // namespace concierge::store
