#include "store/OutboxRepository.h"

#include "store/JsonRows.h"
#include "store/LeaseLog.h"
#include "store/PgStatement.h"
#include "store/SqlValues.h"

namespace concierge::store {

namespace {

const QString kColumns = QStringLiteral("id, inbox_id, chat_id, text, reply_to, status, attempts, next_attempt_at,"
                                        " waha_message_id, ack, last_error, created_at, sent_at, author");
// What "sent" does to a row: an ack applied already (by id, after a restart) keeps its further status.
const QString kSentStatus =
    QStringLiteral(" last_error = '', status = CASE WHEN status IN ('pending', 'sending', 'failed') THEN 'sent' ELSE"
                   " status END, ack = CASE WHEN ack < 1 THEN 1 ELSE ack END");

// The rows WAHA sent under an id. "<> ''" repeats the condition of PostgreSQL's outbox_waha_message_named (migration
// 19), which holds only the rows WAHA named: so the statements' generic plans can use it.
const QString kSentAs = QStringLiteral(" waha_message_id = ? AND waha_message_id <> ''");

OutboxMessage readRow(const QSqlQuery &q)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.inboxId = q.value(1).toLongLong();
    m.chatId = q.value(2).toString();
    m.text = q.value(3).toString();
    m.replyTo = q.value(4).toString();
    m.status = outboxStatusFromName(q.value(5).toString());
    m.attempts = q.value(6).toInt();
    m.nextAttemptAtMs = q.value(7).toLongLong();
    m.wahaMessageId = q.value(8).toString();
    m.ack = q.value(9).toInt();
    m.lastError = q.value(10).toString();
    m.createdAtMs = q.value(11).toLongLong();
    m.sentAtMs = q.value(12).toLongLong();
    m.author = authorFromName(q.value(13).toString());
    return m;
}

} // namespace

Result<qint64> OutboxRepository::insert(DbContext &ctx, OutboxMessage &m)
{
    auto &q = ctx.prepare(
        QStringLiteral(
            "INSERT INTO outbox (inbox_id, chat_id, text, reply_to, status, attempts, next_attempt_at, waha_message_id,"
            " ack, last_error, created_at, sent_at, author, instance_id)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
        sql::returningId(ctx));
    if (auto st = ctx.exec(q, {m.inboxId, sql::text(m.chatId), sql::text(m.text), sql::text(m.replyTo), name(m.status),
                               m.attempts, m.nextAttemptAtMs, sql::text(m.wahaMessageId), m.ack, sql::text(m.lastError),
                               m.createdAtMs, m.sentAtMs, name(m.author), processInstanceId()});
        !st)
        return st.error();
    m.id = sql::insertedId(ctx, q);
    return m.id;
}

Status OutboxRepository::markSent(DbContext &ctx, qint64 id, const QString &wahaMessageId, qint64 sentAtMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET waha_message_id = ?, sent_at = ?,") + kSentStatus +
                          QStringLiteral(" WHERE id = ?"));
    return ctx.exec(q, {sql::text(wahaMessageId), sentAtMs, id});
}

Status OutboxRepository::markSent(DbContext &ctx, const std::vector<SentMark *> &marks)
{
    if (ctx.dialect() != Dialect::Postgres) {
        for (const SentMark *mark : marks) {
            if (Status s = markSent(ctx, mark->id, mark->wahaMessageId, mark->atMs); !s)
                return s;
        }
        return Status::success();
    }
    sql::JsonRows rows;
    for (const SentMark *mark : marks)
        rows.row().field("i", mark->id).field("w", mark->wahaMessageId).field("a", mark->atMs);
    // The ids also as "= ANY(ARRAY(..))": rows found by the primary key, not by a hash join over a scan of every
    // outbox row (how a join with the JSON rows alone was planned on a table without statistics yet).
    auto &q = ctx.preparePg(
        QStringLiteral("WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(CAST(? AS json))"
                       " AS x(i bigint, w text, a bigint))"
                       " UPDATE outbox SET waha_message_id = x.w, sent_at = x.a,") +
        kSentStatus + QStringLiteral(" FROM x WHERE outbox.id = ANY(ARRAY(SELECT i FROM x)) AND outbox.id = x.i"));
    return ctx.exec(q, {rows.bound()});
}

Status OutboxRepository::markSentWithInteractions(DbContext &ctx, const std::vector<SentMark *> &marks)
{
    sql::JsonRows rows;
    QStringList replies;
    for (const SentMark *mark : marks) {
        rows.row().field("i", mark->id).field("w", mark->wahaMessageId).field("a", mark->atMs);
        replies.append(QString::number(mark->id));
    }
    // markSent()'s update as a data-modifying CTE, then the interactions' (InteractionRepository::
    // setStatusByMessageIds): one round trip instead of two.
    auto &q = ctx.preparePg(
        QStringLiteral("WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(CAST(? AS json))"
                       " AS x(i bigint, w text, a bigint)),"
                       " o AS (UPDATE outbox SET waha_message_id = x.w, sent_at = x.a,") +
        kSentStatus +
        QStringLiteral(" FROM x WHERE outbox.id = ANY(ARRAY(SELECT i FROM x)) AND outbox.id = x.i RETURNING outbox.id)"
                       " UPDATE interactions SET status = ? WHERE message_id") +
        sql::kAnyOfJson + QStringLiteral(" AND direction = 'out'"));
    return ctx.execLast(q, {rows.bound(), name(InteractionStatus::Sent), sql::anyOf(replies)});
}

Status OutboxRepository::markWithheld(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET status = ? WHERE id = ?"));
    return ctx.exec(q, {name(OutboxStatus::Withheld), id});
}

Status OutboxRepository::markRetry(DbContext &ctx, qint64 id, int attempts, qint64 nextAttemptAtMs,
                                   const QString &lastError, const QString &instanceId)
{
    QString statement = QStringLiteral(
        "UPDATE outbox SET status = 'pending', attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?"
        " AND status IN ('pending', 'sending')");
    QVariantList values{attempts, nextAttemptAtMs, sql::text(lastError), id};
    if (!instanceId.isEmpty()) {
        statement += QStringLiteral(" AND instance_id = ?");
        values.append(instanceId);
    }
    auto &q = ctx.prepare(statement);
    return ctx.exec(q, values);
}

Status OutboxRepository::markFailed(DbContext &ctx, qint64 id, const QString &lastError)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET status = 'failed', last_error = ? WHERE id = ?"));
    return ctx.exec(q, {sql::text(lastError), id});
}

Result<bool> OutboxRepository::claim(DbContext &ctx, qint64 id, bool again, const QString &instanceId)
{
    QString sql =
        again ? QStringLiteral("UPDATE outbox SET status = 'sending' WHERE id = ? AND status IN ('pending', 'sending')")
              : QStringLiteral("UPDATE outbox SET status = 'sending' WHERE id = ? AND status = 'pending'");
    QVariantList values{id};
    if (!instanceId.isEmpty()) {
        sql += QStringLiteral(" AND instance_id = ?");
        values.append(instanceId);
    }
    auto &q = ctx.prepare(sql);
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

Result<QSet<qint64>> OutboxRepository::claimMany(DbContext &ctx, const QList<ClaimRow> &rows, const QString &instanceId)
{
    QSet<qint64> out;
    if (ctx.dialect() != Dialect::Postgres || rows.size() == 1) {
        for (const ClaimRow &row : rows) {
            auto claimed = claim(ctx, row.id, row.again, instanceId);
            if (!claimed)
                return claimed.error();
            if (claimed.value())
                out.insert(row.id);
        }
        return out;
    }
    // The conditions of claim(), row by row: the rows travel as one JSON array (one prepared statement for any count).
    // The ids also as "= ANY(ARRAY(..))": see markSent().
    QString statement =
        QStringLiteral("WITH x AS MATERIALIZED (SELECT * FROM json_to_recordset(CAST(? AS json)) AS x(i bigint,"
                       " g boolean)) UPDATE outbox SET status = 'sending' FROM x WHERE outbox.id = ANY(ARRAY(SELECT i"
                       " FROM x)) AND outbox.id = x.i AND (status = 'pending' OR (x.g AND status = 'sending'))");
    sql::JsonRows values;
    for (const ClaimRow &row : rows)
        values.row().field("i", row.id).field("g", row.again);
    QVariantList bound{values.bound()};
    if (!instanceId.isEmpty()) {
        statement += QStringLiteral(" AND instance_id = ?");
        bound.append(instanceId);
    }
    auto &q = ctx.preparePg(statement + QStringLiteral(" RETURNING id"));
    if (auto st = ctx.exec(q, bound); !st)
        return st.error();
    for (const qint64 id : sql::returnedIds(q))
        out.insert(id);
    return out;
}

namespace {

Result<QList<OutboxMessage>> selectRows(DbContext &ctx, const QString &where, QVariantList values,
                                        const QString &instanceId, const QString &tail, const QVariantList &tailValues)
{
    QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE ") + where;
    if (!instanceId.isEmpty()) {
        sql += QStringLiteral(" AND instance_id = ?");
        values.append(instanceId);
    }
    values.append(tailValues);
    auto &q = ctx.prepare(sql + tail); // one statement per shape: the values are bound, never written in
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    QList<OutboxMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

} // namespace

Result<QList<OutboxMessage>> OutboxRepository::pending(DbContext &ctx, bool withSending, const QString &instanceId)
{
    return selectRows(
        ctx, withSending ? QStringLiteral("status IN ('pending', 'sending')") : QStringLiteral("status = 'pending'"),
        {}, instanceId, QStringLiteral(" ORDER BY id"), {});
}

Result<QList<OutboxMessage>> OutboxRepository::pendingAfter(DbContext &ctx, qint64 afterId, int limit,
                                                            const QString &instanceId)
{
    return selectRows(ctx, QStringLiteral("status = 'pending' AND id > ?"), {afterId}, instanceId,
                      QStringLiteral(" ORDER BY id LIMIT ?"), {qMax(0, limit)});
}

Result<QList<OutboxMessage>> OutboxRepository::interrupted(DbContext &ctx, const QString &instanceId)
{
    return selectRows(ctx, QStringLiteral("status = 'sending'"), {}, instanceId, QStringLiteral(" ORDER BY id"), {});
}

OutboxStatus OutboxRepository::statusForAck(int ack)
{
    if (ack < 0)
        return OutboxStatus::Failed;
    if (ack >= 3)
        return OutboxStatus::Read;
    if (ack == 2)
        return OutboxStatus::Delivered;
    return OutboxStatus::Sent;
}

Result<int> OutboxRepository::applyAck(DbContext &ctx, const QString &wahaMessageId, int ack)
{
    if (wahaMessageId.isEmpty() || ack < -1 || ack > 4)
        return 0;
    // An error counts only before delivery; any other ack only when it is further than the last one.
    auto &q = ctx.prepare(QStringLiteral("UPDATE outbox SET ack = ?, status = ? WHERE") + kSentAs +
                          QStringLiteral(" AND (CASE WHEN ? < 0 THEN ack < 2 AND ack <> -1 ELSE ack < ? END)"));
    if (auto st = ctx.exec(q, {ack, name(statusForAck(ack)), wahaMessageId, ack, ack}); !st)
        return st.error();
    return q.numRowsAffected();
}

Result<QList<qint64>> OutboxRepository::idsSentAs(DbContext &ctx, const QString &wahaMessageId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT id FROM outbox WHERE") + kSentAs);
    if (Status st = ctx.exec(q, {wahaMessageId}); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<std::optional<OutboxMessage>> OutboxRepository::byId(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    if (auto st = ctx.exec(q, {id}); !st)
        return st.error();
    if (!q.next())
        return std::optional<OutboxMessage>();
    return std::optional<OutboxMessage>(readRow(q));
}

} // namespace concierge::store
