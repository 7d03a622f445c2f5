#include "store/InboxRepository.h"

#include "store/JsonRows.h"
#include "store/PgStatement.h"
#include "store/SqlValues.h"
#include "store/SqliteStatement.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace concierge::store {

namespace {

const QString kColumns = QStringLiteral("id, waha_message_id, event_id, chat_id, kind, text, push_name, media, status,"
                                        " attempts, received_at, processed_at");

// kColumns from the query's column `first` on (a QSqlQuery, or a PgStatement: the same reading interface).
template <typename Query> InboxMessage readRow(const Query &q, int first = 0)
{
    InboxMessage m;
    m.id = q.value(first).toLongLong();
    m.wahaMessageId = q.value(first + 1).toString();
    m.eventId = q.value(first + 2).toString();
    m.chatId = q.value(first + 3).toString();
    m.kind = inboxKindFromName(q.value(first + 4).toString());
    m.text = q.value(first + 5).toString();
    m.pushName = q.value(first + 6).toString();
    m.media = sql::jsonObject(q.value(first + 7));
    m.status = inboxStatusFromName(q.value(first + 8).toString());
    m.attempts = q.value(first + 9).toInt();
    m.receivedAtMs = q.value(first + 10).toLongLong();
    m.processedAtMs = q.value(first + 11).toLongLong();
    return m;
}

// The recent ids first: a redelivery (minutes or hours later) is found there, in a small table whose pages stay
// cached. ON CONFLICT without a target: the inbox has no unique index over the whole history any more (migration 13
// on SQLite, 16 on PostgreSQL), and the statement is the same with and without it. SQLite keys the recent ids by
// (sent_at, id) (migration 14): a redelivery carries the same timestamp; an id stored without one (before migration 14,
// or a message without a timestamp) is looked for at sent_at 0.
const QString kInsertRecentId = QStringLiteral(
    "INSERT INTO recent_message_ids (sent_at, waha_message_id, received_at) SELECT ?, ?, ? WHERE NOT EXISTS"
    " (SELECT 1 FROM recent_message_ids WHERE sent_at = 0 AND waha_message_id = ?) ON CONFLICT DO NOTHING");
const QString kInsertInbox = QStringLiteral(
    "INSERT INTO inbox (waha_message_id, event_id, chat_id, kind, text, push_name, media, status, attempts,"
    " received_at, processed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");

QString mediaColumn(const InboxMessage &m)
{
    return m.media.isEmpty() ? QString() : sql::json(m.media).toString();
}

// insertIfNew on SQLite, through SQLite's own interface (SqliteStatement): the two statements every webhook runs.
Result<bool> insertIfNewSqlite(DbContext &ctx, InboxMessage &m)
{
    SqliteStatement &recent = ctx.prepareSqlite(kInsertRecentId);
    recent.bind(1, m.sentAtMs);
    recent.bind(2, m.wahaMessageId);
    recent.bind(3, m.receivedAtMs);
    recent.bind(4, m.wahaMessageId);
    const auto recentAdded = ctx.exec(recent);
    if (!recentAdded)
        return recentAdded.error();
    if (recentAdded.value() <= 0)
        return false;
    SqliteStatement &inbox = ctx.prepareSqlite(kInsertInbox);
    int column = 0;
    for (const QString &value :
         {m.wahaMessageId, m.eventId, m.chatId, name(m.kind), m.text, m.pushName, mediaColumn(m), name(m.status)})
        inbox.bind(++column, value);
    inbox.bind(++column, m.attempts);
    inbox.bind(++column, m.receivedAtMs);
    inbox.bind(++column, m.processedAtMs);
    const auto inboxAdded = ctx.exec(inbox);
    if (!inboxAdded)
        return inboxAdded.error();
    if (inboxAdded.value() <= 0)
        return false;
    m.id = inbox.lastInsertId();
    return true;
}

} // namespace

Result<bool> InboxRepository::insertIfNew(DbContext &ctx, InboxMessage &m)
{
    if (ctx.dialect() == Dialect::Sqlite)
        return insertIfNewSqlite(ctx, m);
    auto &recent = ctx.prepare(kInsertRecentId);
    const QVariant wahaId = sql::text(m.wahaMessageId);
    if (auto st = ctx.exec(recent, {m.sentAtMs, wahaId, m.receivedAtMs, wahaId}); !st)
        return st.error();
    if (recent.numRowsAffected() <= 0)
        return false;
    auto &q = ctx.prepare(kInsertInbox + sql::returningId(ctx));
    if (auto st = ctx.exec(q, {sql::text(m.wahaMessageId), sql::text(m.eventId), sql::text(m.chatId), name(m.kind),
                               sql::text(m.text), sql::text(m.pushName), sql::text(mediaColumn(m)), name(m.status),
                               m.attempts, m.receivedAtMs, m.processedAtMs});
        !st)
        return st.error();
    const qint64 id = sql::insertedId(ctx, q);
    if (id == 0)
        return false;
    m.id = id;
    return true;
}

QVariant InboxRepository::batchRows(const std::vector<InboxMessage *> &messages)
{
    sql::JsonRows rows;
    QSet<QString> once;
    for (const InboxMessage *m : messages) {
        if (once.contains(m->wahaMessageId))
            continue;
        once.insert(m->wahaMessageId);
        rows.row()
            .field("w", m->wahaMessageId)
            .field("e", m->eventId)
            .field("c", m->chatId)
            .field("k", name(m->kind))
            .field("t", m->text)
            .field("p", m->pushName)
            .field("m", mediaColumn(*m))
            .field("s", name(m->status))
            .field("a", m->attempts)
            .field("r", m->receivedAtMs)
            .field("d", m->processedAtMs)
            .field("ts", m->sentAtMs);
    }
    return rows.bound();
}

Result<std::vector<bool>> InboxRepository::insertNew(DbContext &ctx, const std::vector<InboxMessage *> &messages)
{
    std::vector<bool> inserted;
    inserted.reserve(messages.size());
    if (ctx.dialect() == Dialect::Sqlite || messages.size() == 1) {
        for (InboxMessage *m : messages) {
            auto one = insertIfNew(ctx, *m);
            if (!one)
                return one.error();
            inserted.push_back(one.value());
        }
        return inserted;
    }
    // The rows travel as one JSON array (one prepared statement for any count), each id once (a later message with
    // the same id is a duplicate of the first). The ids new to recent_message_ids (a data-modifying CTE: its rows
    // reach the outer insert only through RETURNING) go into the inbox (no ON CONFLICT: its only unique index since
    // schema 16 is the id's, see PgAccept.cpp); RETURNING names the rows inserted.
    auto &q = ctx.prepare(QStringLiteral(
        "WITH x AS (SELECT * FROM json_to_recordset(CAST(? AS json)) AS x(w text, e text, c text, k text, t text,"
        " p text, m text, s text, a integer, r bigint, d bigint, ts bigint)),"
        " fresh AS (INSERT INTO recent_message_ids (waha_message_id, received_at, sent_at) SELECT w, r, ts FROM x"
        " ON CONFLICT DO NOTHING RETURNING waha_message_id)"
        " INSERT INTO inbox (waha_message_id, event_id, chat_id, kind, text, push_name, media, status, attempts,"
        " received_at, processed_at) SELECT w, e, c, k, t, p, m, s, a, r, d FROM x"
        " JOIN fresh ON fresh.waha_message_id = x.w RETURNING id, waha_message_id"));
    if (auto st = ctx.exec(q, {batchRows(messages)}); !st)
        return st.error();
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(1).toString(), q.value(0).toLongLong());
    for (InboxMessage *m : messages) {
        const qint64 id = ids.take(m->wahaMessageId); // taken: a second message with this id is a duplicate
        if (id != 0)
            m->id = id;
        inserted.push_back(id != 0);
    }
    return inserted;
}

Status InboxRepository::setStatus(DbContext &ctx, qint64 id, InboxStatus status, qint64 processedAtMs)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE inbox SET status = ?, processed_at = ? WHERE id = ?"));
    return ctx.exec(q, {name(status), processedAtMs, id});
}

Result<bool> InboxRepository::settle(DbContext &ctx, qint64 id, InboxStatus status, qint64 processedAtMs)
{
    auto &q = ctx.prepare(
        QStringLiteral("UPDATE inbox SET status = ?, processed_at = ? WHERE id = ? AND status = 'pending'"));
    if (auto st = ctx.exec(q, {name(status), processedAtMs, id}); !st)
        return st.error();
    return q.numRowsAffected() > 0;
}

Result<bool> InboxRepository::isPending(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT 1 FROM inbox WHERE id = ? AND status = 'pending'"));
    if (auto st = ctx.exec(q, {id}); !st)
        return st.error();
    return q.next();
}

Result<std::vector<bool>> InboxRepository::arePending(DbContext &ctx, const std::vector<qint64 *> &ids)
{
    std::vector<bool> pending;
    pending.reserve(ids.size());
    if (ctx.dialect() == Dialect::Sqlite) {
        for (const qint64 *id : ids) {
            auto one = isPending(ctx, *id);
            if (!one)
                return one.error();
            pending.push_back(one.value());
        }
        return pending;
    }
    // One lookup by primary key per id (a LATERAL subquery with LIMIT 1, as sql::rowsWithKeysIn): `id = ANY(..)`
    // left the plan to a generic one made on a small inbox, which read the whole table (1.8 ms a call in the replies
    // phase, against 0.006 ms a row one by one).
    auto &q = ctx.preparePg(QStringLiteral(
        "SELECT found.id FROM json_array_elements_text(CAST(? AS json)) AS wanted(k) CROSS JOIN LATERAL"
        " (SELECT id FROM inbox WHERE id = CAST(wanted.k AS bigint) AND status = 'pending' LIMIT 1) AS found"));
    QStringList wanted;
    for (const qint64 *id : ids)
        wanted.append(QString::number(*id));
    if (Status st = ctx.execLast(q, {sql::anyOf(wanted)}); !st)
        return st.error();
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    for (const qint64 *id : ids)
        pending.push_back(found.contains(*id));
    return pending;
}

Status InboxRepository::incrementAttempts(DbContext &ctx, qint64 id)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE inbox SET attempts = attempts + 1 WHERE id = ?"));
    return ctx.exec(q, {id});
}

Result<QList<InboxMessage>> InboxRepository::pending(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inbox WHERE ") + kPendingById +
                          QStringLiteral(" ORDER BY id"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    QList<InboxMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<QList<InboxMessage>> InboxRepository::pendingForChat(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns +
                          QStringLiteral(" FROM inbox WHERE chat_id = ? AND status = 'pending' ORDER BY id LIMIT ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId), kPendingPerChatRead}); !st)
        return st.error();
    QList<InboxMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<QList<InboxMessage>> InboxRepository::pendingForChats(DbContext &ctx, const QStringList &chatIds,
                                                             const QString &with, const QVariantList &withValues)
{
    if (chatIds.isEmpty())
        return QList<InboxMessage>();
    if (ctx.dialect() == Dialect::Sqlite || (chatIds.size() == 1 && with.isEmpty())) {
        QList<InboxMessage> out;
        for (const QString &chatId : chatIds) {
            auto rows = pendingForChat(ctx, chatId);
            if (!rows)
                return rows.error();
            out += rows.value();
        }
        std::sort(out.begin(), out.end(), [](const InboxMessage &a, const InboxMessage &b) { return a.id < b.id; });
        return out;
    }
    // The chats travel as one JSON array (one prepared statement for any count); each is the start of an index range
    // of inbox_pending_by_chat, read up to its limit, never a scan of every pending row (a backlog). It does not say
    // kPendingById's term, so inbox_pending cannot serve it: even its generic plan, made on an empty inbox, takes
    // inbox_pending_by_chat.
    auto &q = ctx.prepare(with + QStringLiteral(" SELECT r.* FROM (") + sql::kDistinctOfJson +
                          QStringLiteral(") AS w CROSS JOIN LATERAL (SELECT ") + kColumns +
                          QStringLiteral(" FROM inbox WHERE chat_id = w.c AND status = 'pending' ORDER BY id LIMIT ?)"
                                         " AS r ORDER BY r.id"));
    QVariantList values = withValues;
    values.append(sql::anyOf(chatIds));
    values.append(kPendingPerChatRead);
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    QList<InboxMessage> out;
    while (q.next())
        out.append(readRow(q));
    return out;
}

QString InboxRepository::columnsAsText(const QString &alias)
{
    QStringList out;
    for (const QString &column : kColumns.split(QLatin1Char(','))) // a PgStatement reads every column as text
        out.append(QStringLiteral("CAST(%1.%2 AS text)").arg(alias, column.trimmed()));
    Q_ASSERT(out.size() == kColumnCount);
    return out.join(QLatin1String(", "));
}

InboxMessage InboxRepository::pgRow(const PgStatement &q, int first)
{
    return readRow(q, first);
}

QSet<QString> InboxRepository::chatsWithMore(const QList<InboxMessage> &rows)
{
    QHash<QString, int> perChat;
    QSet<QString> full;
    for (const InboxMessage &row : rows) {
        if (++perChat[row.chatId] == kPendingPerChatRead)
            full.insert(row.chatId);
    }
    return full;
}

Result<QList<InboxMessage>> InboxRepository::pendingAfter(DbContext &ctx, qint64 afterId, int limit)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inbox WHERE ") + kPendingById +
                          QStringLiteral(" AND id > ? ORDER BY id LIMIT ?"));
    if (auto st = ctx.exec(q, {afterId, limit}); !st)
        return st.error();
    QList<InboxMessage> out;
    out.reserve(limit);
    while (q.next())
        out.append(readRow(q));
    return out;
}

Result<std::optional<InboxMessage>> InboxRepository::byWahaId(DbContext &ctx, const QString &wahaMessageId)
{
    auto &q =
        ctx.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM inbox WHERE waha_message_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(wahaMessageId)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<InboxMessage>();
    return std::optional<InboxMessage>(readRow(q));
}

Result<int> InboxRepository::count(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM inbox"));
    if (auto st = ctx.exec(q); !st)
        return st.error();
    return sql::countRows(q);
}

Result<int> InboxRepository::pruneRecentIds(DbContext &ctx, qint64 cutoffMs)
{
    // An id goes once it was received before the cutoff. On SQLite the key's first column bounds the rows read:
    // a message received before the cutoff was sent before it too (or has no time, 0). On PostgreSQL the table is
    // read whole (no index on either time since migration 21): it holds the last days' ids, not the history.
    auto &q = ctx.prepare(QStringLiteral("DELETE FROM recent_message_ids WHERE sent_at < ? AND received_at < ?"));
    if (auto st = ctx.exec(q, {cutoffMs, cutoffMs}); !st)
        return st.error();
    return q.numRowsAffected();
}

} // namespace concierge::store
