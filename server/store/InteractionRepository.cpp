#include "store/InteractionRepository.h"

#include "store/SqlValues.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace concierge::store {

Result<qint64> InteractionRepository::insert(DbContext &ctx, Interaction &i)
{
    // SQLite: the row names the chat's newest interaction before it (its chain, migration 18), which the chat's
    // users row holds; the trigger interactions_chain then makes this row the newest.
    const bool sqlite = ctx.dialect() == Dialect::Sqlite;
    auto &q = ctx.prepare(
        QStringLiteral("INSERT INTO interactions (chat_id, direction, author, text, service, intent, language,"
                       " confidence, source, status, latency_ms, tokens_in, tokens_out, llm_calls, message_id,"
                       " created_at, agent%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)")
            .arg(sqlite ? QStringLiteral(", prev_id") : QString(),
                 sqlite ? QStringLiteral(", (SELECT last_interaction_id FROM users WHERE chat_id = ?)") : QString()) +
        sql::returningId(ctx));
    QVariantList values{sql::text(i.chatId),   name(i.direction),    name(i.author),
                        sql::text(i.text),     sql::text(i.service), sql::text(i.intent),
                        sql::text(i.language), i.confidence,         name(i.source),
                        name(i.status),        i.latencyMs,          i.tokensIn,
                        i.tokensOut,           i.llmCalls,           sql::text(i.messageId),
                        i.createdAtMs,         sql::text(i.agent)};
    if (sqlite)
        values.append(sql::text(i.chatId));
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    i.id = sql::insertedId(ctx, q);
    return i.id;
}

Result<QList<Interaction>> InteractionRepository::recent(DbContext &ctx, const QString &chatId, int limit)
{
    return page(ctx, chatId, 0, limit);
}

namespace {

constexpr auto kColumns = "i.id, i.chat_id, i.direction, i.author, i.text, i.service, i.intent, i.language,"
                          " i.confidence, i.source, i.status, i.latency_ms, i.tokens_in, i.tokens_out, i.llm_calls,"
                          " i.message_id, i.created_at, i.agent";

// SQLite (migration 18): a chat's interactions are a chain from users.last_interaction_id back through prev_id, each
// step a primary-key lookup. The walk starts at the row before beforeId when that row is the chat's, else at the
// newest, and counts only the rows older than beforeId (`taken`), so that it stops once it has `limit` of them.
// PostgreSQL: the index interactions_chat (chat_id, id).
QString pageSql(Dialect dialect)
{
    if (dialect == Dialect::Postgres)
        return QStringLiteral("SELECT %1 FROM interactions i WHERE i.chat_id = ? AND i.id < ? ORDER BY i.id DESC"
                              " LIMIT ?")
            .arg(QLatin1String(kColumns));
    return QStringLiteral(
               "WITH RECURSIVE thread(id, taken) AS (SELECT s.id, COALESCE(s.id < ?, 0) FROM (SELECT COALESCE("
               "(SELECT prev_id FROM interactions WHERE id = ? AND chat_id = ?),"
               " (SELECT last_interaction_id FROM users WHERE chat_id = ?)) AS id) s"
               " UNION ALL SELECT i.prev_id, t.taken + (i.prev_id < ?) FROM thread t JOIN interactions i ON i.id = t.id"
               " WHERE i.prev_id < i.id AND t.taken < ?)"
               " SELECT %1 FROM thread t JOIN interactions i ON i.id = t.id WHERE i.id < ? ORDER BY i.id DESC LIMIT ?")
        .arg(QLatin1String(kColumns));
}

QVariantList pageValues(Dialect dialect, const QString &chatId, qint64 before, int limit)
{
    if (dialect == Dialect::Postgres)
        return {sql::text(chatId), before, limit};
    return {before, before, sql::text(chatId), sql::text(chatId), before, limit, before, limit};
}

// The parent's messages newer than the marker and than the last staff message: PostgreSQL counts them in the index.
Result<int> unreadByIndex(DbContext &ctx, const QString &chatId, qint64 readUpTo)
{
    auto &q = ctx.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM interactions WHERE chat_id = ? AND author = ? AND id > GREATEST(?, COALESCE("
        "(SELECT MAX(id) FROM interactions WHERE chat_id = ? AND author = ? AND id > ?), 0))"));
    if (auto st = ctx.exec(
            q, {sql::text(chatId), name(Author::User), readUpTo, sql::text(chatId), name(Author::Staff), readUpTo});
        !st)
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

// SQLite walks the chain back from the newest (see pageSql) and stops at the marker or at the first staff message.
Result<int> unreadByChain(DbContext &ctx, const QString &chatId, qint64 readUpTo)
{
    auto &q = ctx.prepare(QStringLiteral(
        "WITH RECURSIVE thread(id) AS (SELECT last_interaction_id FROM users WHERE chat_id = ?"
        " AND last_interaction_id > ? UNION ALL SELECT i.prev_id FROM thread t JOIN interactions i ON i.id = t.id"
        " WHERE i.author <> ? AND i.prev_id > ? AND i.prev_id < i.id)"
        " SELECT i.author FROM thread t JOIN interactions i ON i.id = t.id ORDER BY i.id DESC"));
    if (auto st = ctx.exec(q, {sql::text(chatId), readUpTo, name(Author::Staff), readUpTo}); !st)
        return st.error();
    int unread = 0;
    while (q.next()) {
        const Author author = authorFromName(q.value(0).toString());
        if (author == Author::Staff)
            break;
        unread += author == Author::User ? 1 : 0;
    }
    q.finish();
    return unread;
}

} // namespace

Result<QList<Interaction>> InteractionRepository::page(DbContext &ctx, const QString &chatId, qint64 beforeId,
                                                       int limit)
{
    auto &q = ctx.prepare(pageSql(ctx.dialect()));
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    if (auto st = ctx.exec(q, pageValues(ctx.dialect(), chatId, before, std::max(0, limit))); !st)
        return st.error();
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.chatId = q.value(1).toString();
        i.direction = directionFromName(q.value(2).toString());
        i.author = authorFromName(q.value(3).toString());
        i.text = q.value(4).toString();
        i.service = q.value(5).toString();
        i.intent = q.value(6).toString();
        i.language = q.value(7).toString();
        i.confidence = q.value(8).toDouble();
        i.source = interactionSourceFromName(q.value(9).toString());
        i.status = interactionStatusFromName(q.value(10).toString());
        i.latencyMs = q.value(11).toLongLong();
        i.tokensIn = q.value(12).toInt();
        i.tokensOut = q.value(13).toInt();
        i.llmCalls = q.value(14).toInt();
        i.messageId = q.value(15).toString();
        i.createdAtMs = q.value(16).toLongLong();
        i.agent = q.value(17).toString();
        out.append(std::move(i));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Result<qint64> InteractionRepository::lastId(DbContext &ctx, const QString &chatId)
{
    auto &q =
        ctx.prepare(ctx.dialect() == Dialect::Postgres
                        ? QStringLiteral("SELECT MAX(id) FROM interactions WHERE chat_id = ?")
                        : QStringLiteral("SELECT i.id FROM users u JOIN interactions i ON i.id = u.last_interaction_id"
                                         " WHERE u.chat_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<int> InteractionRepository::unreadSince(DbContext &ctx, const QString &chatId, qint64 readUpTo)
{
    return ctx.dialect() == Dialect::Postgres ? unreadByIndex(ctx, chatId, readUpTo)
                                              : unreadByChain(ctx, chatId, readUpTo);
}

Status InteractionRepository::setStatusByMessageId(DbContext &ctx, const QString &messageId, InteractionStatus status)
{
    // direction = 'out': the partial index interactions_reply (migration 6) holds the replies only.
    auto &q =
        ctx.prepare(QStringLiteral("UPDATE interactions SET status = ? WHERE message_id = ? AND direction = 'out'"));
    return ctx.exec(q, {name(status), sql::text(messageId)});
}

Status InteractionRepository::setStatusByMessageIds(DbContext &ctx, const QStringList &messageIds,
                                                    InteractionStatus status)
{
    if (ctx.dialect() != Dialect::Postgres) {
        for (const QString &messageId : messageIds) {
            if (Status s = setStatusByMessageId(ctx, messageId, status); !s)
                return s;
        }
        return Status::success();
    }
    auto &q = ctx.prepare(QStringLiteral("UPDATE interactions SET status = ? WHERE message_id") + sql::kAnyOfJson +
                          QStringLiteral(" AND direction = 'out'"));
    return ctx.exec(q, {name(status), sql::anyOf(messageIds)});
}

} // namespace concierge::store
