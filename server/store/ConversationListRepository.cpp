#include "store/ConversationListRepository.h"

#include "store/InteractionRepository.h"
#include "store/SqlValues.h"

#include <limits>

namespace concierge::store {

namespace {

// The columns every summary reads, `last_id` the chat's newest interaction: on SQLite the head of its chain
// (users.last_interaction_id, migration 18; a head removed by retention leaves the chat out, as its history is gone),
// on PostgreSQL from the grouped scan of interactions_chat (chat_id, id).
QString selectSummaries(Dialect dialect)
{
    const QString lastIds =
        dialect == Dialect::Postgres
            ? QStringLiteral("(SELECT chat_id, MAX(id) AS last_id FROM interactions GROUP BY chat_id)")
            : QStringLiteral("(SELECT h.chat_id, i.id AS last_id FROM users h"
                             " JOIN interactions i ON i.id = h.last_interaction_id)");
    return QStringLiteral("SELECT u.chat_id, u.phone, u.push_name, COALESCE(c.owner, 'bot'), COALESCE(c.version, 0),"
                          " COALESCE(c.queued_at, 0), l.last_id FROM users u JOIN %1 l ON l.chat_id = u.chat_id"
                          " LEFT JOIN conversations c ON c.chat_id = u.chat_id")
        .arg(lastIds);
}

QString ownerCondition(OwnerFilter owner)
{
    switch (owner) {
    case OwnerFilter::Bot: return QStringLiteral(" AND COALESCE(c.owner, 'bot') = 'bot'");
    case OwnerFilter::Queued: return QStringLiteral(" AND c.owner = 'queued'");
    case OwnerFilter::Human: return QStringLiteral(" AND c.owner LIKE 'human:%'");
    case OwnerFilter::Any: break;
    }
    return {};
}

// "%text%" for LIKE, with the user's own % and _ taken literally.
QString likePattern(const QString &search)
{
    QString escaped = search.toLower();
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

ConversationSummary summaryFrom(QSqlQuery &q)
{
    ConversationSummary s;
    s.chatId = q.value(0).toString();
    s.phone = q.value(1).toString();
    s.pushName = q.value(2).toString();
    s.owner = q.value(3).toString();
    s.version = q.value(4).toInt();
    s.queuedAtMs = q.value(5).toLongLong();
    s.lastInteractionId = q.value(6).toLongLong();
    return s;
}

Result<qint64> readMarker(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT read_up_to FROM conversation_reads WHERE chat_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

// The newest interaction and the unread count, read by key (InteractionRepository).
Status complete(DbContext &ctx, ConversationSummary &s)
{
    auto last = InteractionRepository::page(ctx, s.chatId, 0, 1);
    if (!last)
        return last.error();
    if (!last->isEmpty())
        s.lastMessage = last->constFirst();
    auto marker = readMarker(ctx, s.chatId);
    if (!marker)
        return marker.error();
    auto unread = InteractionRepository::unreadSince(ctx, s.chatId, marker.value());
    if (!unread)
        return unread.error();
    s.unread = unread.value();
    return {};
}

} // namespace

Result<QList<ConversationSummary>> ConversationListRepository::list(DbContext &ctx, const ConversationFilter &filter)
{
    QString sql =
        selectSummaries(ctx.dialect()) + QStringLiteral(" WHERE l.last_id < ?") + ownerCondition(filter.owner);
    QVariantList values{filter.beforeLastId > 0 ? filter.beforeLastId : std::numeric_limits<qint64>::max()};
    if (!filter.search.isEmpty()) {
        sql += QStringLiteral(" AND (LOWER(u.push_name) LIKE ? ESCAPE '\\' OR u.phone LIKE ? ESCAPE '\\'"
                              " OR u.chat_id IN (SELECT chat_id FROM interactions WHERE LOWER(text) LIKE ? ESCAPE"
                              " '\\'))"); // one pass over the texts, not one per chat (SQLite has no index by chat)
        const QString pattern = likePattern(filter.search);
        values << pattern << pattern << pattern;
    }
    sql += QStringLiteral(" ORDER BY l.last_id DESC LIMIT ?");
    values << qMax(0, filter.limit) + 1;
    auto &q = ctx.prepare(sql);
    if (auto st = ctx.exec(q, values); !st)
        return st.error();
    QList<ConversationSummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    for (ConversationSummary &s : out) {
        if (auto st = complete(ctx, s); !st)
            return st.error();
    }
    return out;
}

Result<std::optional<ConversationSummary>> ConversationListRepository::one(DbContext &ctx, const QString &chatId)
{
    auto last = InteractionRepository::lastId(ctx, chatId);
    if (!last)
        return last.error();
    if (last.value() == 0)
        return std::optional<ConversationSummary>(); // the chat never wrote, or retention took its history
    auto &q = ctx.prepare(
        QStringLiteral("SELECT u.chat_id, u.phone, u.push_name, COALESCE(c.owner, 'bot'), COALESCE(c.version, 0),"
                       " COALESCE(c.queued_at, 0), CAST(? AS BIGINT) FROM users u"
                       " LEFT JOIN conversations c ON c.chat_id = u.chat_id WHERE u.chat_id = ?"));
    if (auto st = ctx.exec(q, {last.value(), sql::text(chatId)}); !st)
        return st.error();
    if (!q.next())
        return std::optional<ConversationSummary>();
    ConversationSummary s = summaryFrom(q);
    if (auto st = complete(ctx, s); !st)
        return st.error();
    return std::optional<ConversationSummary>(std::move(s));
}

Result<qint64> ConversationListRepository::markRead(DbContext &ctx, const QString &chatId)
{
    auto upTo = InteractionRepository::lastId(ctx, chatId);
    if (!upTo)
        return upTo.error();
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO conversation_reads (chat_id, read_up_to) VALUES (?, ?)"
                                         " ON CONFLICT (chat_id) DO UPDATE SET read_up_to = excluded.read_up_to"));
    if (auto st = ctx.exec(q, {sql::text(chatId), upTo.value()}); !st)
        return st.error();
    return upTo.value();
}

} // namespace concierge::store
