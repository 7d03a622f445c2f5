#include "store/HandoffRepository.h"

#include "store/SqlValues.h"

#include <QHash>

namespace concierge::store {

namespace {

const QString kColumns = QStringLiteral("chat_id, owner, version, reason, summary, urgent, queued_at, claimed_at,"
                                        " agent_activity_at, reminded_at, followup_id, updated_at");

HandoffRow rowOf(const QSqlQuery &q)
{
    HandoffRow r;
    r.chatId = q.value(0).toString();
    r.owner = q.value(1).toString();
    r.version = q.value(2).toInt();
    r.reason = q.value(3).toString();
    r.summary = q.value(4).toString();
    r.urgent = q.value(5).toInt() != 0;
    r.queuedAtMs = q.value(6).toLongLong();
    r.claimedAtMs = q.value(7).toLongLong();
    r.agentActivityAtMs = q.value(8).toLongLong();
    r.remindedAtMs = q.value(9).toLongLong();
    r.followupId = q.value(10).toLongLong();
    r.updatedAtMs = q.value(11).toLongLong();
    return r;
}

QVariantList valuesOf(const HandoffRow &r)
{
    return {sql::text(r.owner), sql::text(r.reason), sql::text(r.summary), r.urgent ? 1 : 0,
            r.queuedAtMs,       r.claimedAtMs,       r.agentActivityAtMs,  r.remindedAtMs,
            r.followupId,       r.updatedAtMs,       sql::text(r.chatId)};
}

Result<bool> insertFirst(DbContext &ctx, const HandoffRow &r)
{
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO conversations (owner, reason, summary, urgent, queued_at,"
                                         " claimed_at, agent_activity_at, reminded_at, followup_id, updated_at,"
                                         " chat_id, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)"
                                         " ON CONFLICT (chat_id) DO NOTHING"));
    if (auto st = ctx.exec(q, valuesOf(r)); !st)
        return st.error();
    return q.numRowsAffected() == 1;
}

Result<bool> updateIfUnchanged(DbContext &ctx, const HandoffRow &r)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE conversations SET owner = ?, reason = ?, summary = ?, urgent = ?,"
                                         " queued_at = ?, claimed_at = ?, agent_activity_at = ?, reminded_at = ?,"
                                         " followup_id = ?, updated_at = ?, version = version + 1"
                                         " WHERE chat_id = ? AND version = ?"));
    QVariantList values = valuesOf(r);
    values.append(r.version);
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    return q.numRowsAffected() == 1;
}

} // namespace

Result<HandoffRow> HandoffRepository::get(DbContext &ctx, const QString &chatId)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM conversations WHERE chat_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    if (q.next())
        return rowOf(q);
    HandoffRow none;
    none.chatId = chatId;
    return none;
}

Result<QList<HandoffRow>> HandoffRepository::getMany(DbContext &ctx, const QStringList &chatIds)
{
    QList<HandoffRow> out;
    if (ctx.dialect() == Dialect::Sqlite || chatIds.size() == 1) {
        for (const QString &chatId : chatIds) {
            auto row = get(ctx, chatId);
            if (!row)
                return row.error();
            out.append(row.value());
        }
        return out;
    }
    // The chats as one JSON array: one prepared statement for any count, a primary key lookup per chat.
    auto &q = ctx.prepare(sql::rowsWithKeysIn(kColumns, QStringLiteral("conversations"), QStringLiteral("chat_id")));
    if (auto st = ctx.exec(q, {sql::anyOf(chatIds)}); !st)
        return st.error();
    QHash<QString, HandoffRow> found;
    while (q.next()) {
        HandoffRow row = rowOf(q);
        found.insert(row.chatId, row);
    }
    for (const QString &chatId : chatIds) {
        HandoffRow none;
        none.chatId = chatId;
        out.append(found.value(chatId, none));
    }
    return out;
}

Result<bool> HandoffRepository::save(DbContext &ctx, HandoffRow &next, const QString &previousOwner,
                                     const QString &actor, const QString &reason, qint64 nowMs)
{
    next.updatedAtMs = nowMs;
    auto saved = next.version == 0 ? insertFirst(ctx, next) : updateIfUnchanged(ctx, next);
    if (!saved || !saved.value())
        return saved;
    next.version += 1;
    if (previousOwner == next.owner)
        return true;
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO ownership_changes (chat_id, from_owner, to_owner, actor, reason,"
                                         " at) VALUES (?, ?, ?, ?, ?, ?)"));
    if (auto st = ctx.exec(q, {sql::text(next.chatId), sql::text(previousOwner), sql::text(next.owner),
                               sql::text(actor), sql::text(reason), nowMs});
        !st)
        return st.error();
    return true;
}

Result<QList<HandoffRow>> HandoffRepository::withOwner(DbContext &ctx, const QString &ownerPrefix)
{
    const bool range = ownerPrefix.endsWith(u':');
    // A prefix as a range of owners in byte order, since LIKE would read every conversation (issue 14: this runs at
    // each handoff): SQLite's conversations_owner, PostgreSQL's conversations_owner_bytes (its text order otherwise
    // follows the database's collation, where "human:" owners need not be a range).
    const QString owner =
        ctx.dialect() == Dialect::Postgres ? QStringLiteral("owner COLLATE \"C\"") : QStringLiteral("owner");
    auto &q = ctx.prepare(
        QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM conversations WHERE ") +
        (range ? owner + QStringLiteral(" >= ? AND ") + owner + QStringLiteral(" < ?") : QStringLiteral("owner = ?")) +
        QStringLiteral(" ORDER BY queued_at, chat_id"));
    QString upTo = ownerPrefix;
    if (range)
        upTo.back() = QChar(upTo.back().unicode() + 1); // "human:" -> "human;"
    const QVariantList values = range ? QVariantList{ownerPrefix, upTo} : QVariantList{ownerPrefix};
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    QList<HandoffRow> rows;
    while (q.next())
        rows.append(rowOf(q));
    return rows;
}

Result<QList<HandoffRow>> HandoffRepository::waitingPastSla(DbContext &ctx, qint64 queuedUpToMs, int limit)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM conversations WHERE owner = 'queued' AND followup_id = 0"
                                         " AND queued_at <= ? ORDER BY queued_at, chat_id LIMIT ?"));
    if (auto st = ctx.exec(q, {queuedUpToMs, limit}); !st)
        return st.error();
    QList<HandoffRow> rows;
    while (q.next())
        rows.append(rowOf(q));
    return rows;
}

Result<std::optional<HandoffRow>> HandoffRepository::nextWaitingForSla(DbContext &ctx, qint64 queuedAfterMs)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM conversations WHERE owner = 'queued' AND followup_id = 0"
                                         " AND queued_at > ? ORDER BY queued_at, chat_id LIMIT 1"));
    if (auto st = ctx.exec(q, {queuedAfterMs}); !st)
        return st.error();
    if (!q.next())
        return std::optional<HandoffRow>{};
    return std::optional<HandoffRow>{rowOf(q)};
}

Status HandoffRepository::touchActivity(DbContext &ctx, const QString &chatId, qint64 nowMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE conversations SET agent_activity_at = ? WHERE chat_id = ?"));
    return ctx.exec(q, {nowMs, sql::text(chatId)});
}

Status HandoffRepository::markReminded(DbContext &ctx, const QString &chatId, qint64 nowMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE conversations SET reminded_at = ? WHERE chat_id = ?"));
    return ctx.exec(q, {nowMs, sql::text(chatId)});
}

Status HandoffRepository::setFollowup(DbContext &ctx, const QString &chatId, qint64 followupId)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE conversations SET followup_id = ? WHERE chat_id = ?"));
    return ctx.exec(q, {followupId, sql::text(chatId)});
}

Result<QList<OwnershipChange>> HandoffRepository::changes(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT id, chat_id, from_owner, to_owner, actor, reason, at"
                                         " FROM ownership_changes WHERE chat_id = ? ORDER BY id"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    QList<OwnershipChange> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong()});
    return out;
}

} // namespace concierge::store
