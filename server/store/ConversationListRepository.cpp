#include "store/ConversationListRepository.h"

#include "store/InteractionRepository.h"
#include "store/SqlValues.h"

#include <limits>

namespace concierge::store {

namespace {

// The columns every summary reads; `l.last_id` comes from the grouped scan of interactions(chat_id, id).
constexpr auto kSelect = "SELECT u.chat_id, u.phone, u.push_name, COALESCE(c.owner, 'bot'), COALESCE(c.version, 0),"
                         " COALESCE(c.queued_at, 0), l.last_id FROM users u"
                         " JOIN (SELECT chat_id, MAX(id) AS last_id FROM interactions GROUP BY chat_id) l"
                         " ON l.chat_id = u.chat_id LEFT JOIN conversations c ON c.chat_id = u.chat_id";

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

// The newest interaction and the unread count: indexed lookups on interactions(chat_id, id).
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
    auto &staff = ctx.prepare(
        QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM interactions WHERE chat_id = ? AND author = ? AND id > ?"));
    if (auto st = ctx.exec(staff, {sql::text(s.chatId), name(Author::Staff), marker.value()}); !st)
        return st;
    const qint64 after = qMax(marker.value(), staff.next() ? staff.value(0).toLongLong() : 0);
    auto &unread =
        ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE chat_id = ? AND author = ? AND id > ?"));
    if (auto st = ctx.exec(unread, {sql::text(s.chatId), name(Author::User), after}); !st)
        return st;
    s.unread = unread.next() ? unread.value(0).toInt() : 0;
    return {};
}

} // namespace

Result<QList<ConversationSummary>> ConversationListRepository::list(DbContext &ctx, const ConversationFilter &filter)
{
    QString sql = QLatin1String(kSelect) + QStringLiteral(" WHERE l.last_id < ?") + ownerCondition(filter.owner);
    QVariantList values{filter.beforeLastId > 0 ? filter.beforeLastId : std::numeric_limits<qint64>::max()};
    if (!filter.search.isEmpty()) {
        sql += QStringLiteral(" AND (LOWER(u.push_name) LIKE ? ESCAPE '\\' OR u.phone LIKE ? ESCAPE '\\'"
                              " OR EXISTS (SELECT 1 FROM interactions s WHERE s.chat_id = u.chat_id"
                              " AND LOWER(s.text) LIKE ? ESCAPE '\\'))");
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
    auto &q = ctx.prepare(
        QStringLiteral("SELECT u.chat_id, u.phone, u.push_name, COALESCE(c.owner, 'bot'), COALESCE(c.version, 0),"
                       " COALESCE(c.queued_at, 0), (SELECT MAX(id) FROM interactions i WHERE i.chat_id = u.chat_id)"
                       " FROM users u LEFT JOIN conversations c ON c.chat_id = u.chat_id WHERE u.chat_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    if (!q.next() || q.value(6).isNull())
        return std::optional<ConversationSummary>();
    ConversationSummary s = summaryFrom(q);
    if (auto st = complete(ctx, s); !st)
        return st.error();
    return std::optional<ConversationSummary>(std::move(s));
}

Result<qint64> ConversationListRepository::markRead(DbContext &ctx, const QString &chatId)
{
    auto &last = ctx.prepare(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM interactions WHERE chat_id = ?"));
    if (auto st = ctx.exec(last, {sql::text(chatId)}); !st)
        return st.error();
    const qint64 upTo = last.next() ? last.value(0).toLongLong() : 0;
    auto &q = ctx.prepare(QStringLiteral("INSERT INTO conversation_reads (chat_id, read_up_to) VALUES (?, ?)"
                                         " ON CONFLICT (chat_id) DO UPDATE SET read_up_to = excluded.read_up_to"));
    if (auto st = ctx.exec(q, {sql::text(chatId), upTo}); !st)
        return st.error();
    return upTo;
}

} // namespace concierge::store
