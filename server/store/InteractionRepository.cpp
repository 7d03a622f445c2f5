#include "store/InteractionRepository.h"

#include "store/SqlValues.h"

#include <QJsonArray>

#include <algorithm>
#include <limits>

namespace concierge::store {

Result<qint64> InteractionRepository::insert(DbContext &ctx, Interaction &i)
{
    auto &q = ctx.prepare(
        QStringLiteral(
            "INSERT INTO interactions (chat_id, direction, author, text, service, intent, language, confidence, source,"
            " status, latency_ms, tokens_in, tokens_out, llm_calls, message_id, created_at, agent)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") +
        sql::returningId(ctx));
    if (auto st = ctx.exec(q, {sql::text(i.chatId), name(i.direction), name(i.author), sql::text(i.text),
                               sql::text(i.service), sql::text(i.intent), sql::text(i.language), i.confidence,
                               name(i.source), name(i.status), i.latencyMs, i.tokensIn, i.tokensOut, i.llmCalls,
                               sql::text(i.messageId), i.createdAtMs, sql::text(i.agent)});
        !st)
        return st.error();
    i.id = sql::insertedId(ctx, q);
    return i.id;
}

Result<QList<Interaction>> InteractionRepository::recent(DbContext &ctx, const QString &chatId, int limit)
{
    return page(ctx, chatId, 0, limit);
}

Result<QList<Interaction>> InteractionRepository::page(DbContext &ctx, const QString &chatId, qint64 beforeId,
                                                       int limit)
{
    auto &q = ctx.prepare(QStringLiteral(
        "SELECT id, chat_id, direction, author, text, service, intent, language, confidence, source, status,"
        " latency_ms, tokens_in, tokens_out, llm_calls, message_id, created_at, agent FROM interactions"
        " WHERE chat_id = ? AND id < ? ORDER BY id DESC LIMIT ?"));
    const qint64 before = beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max();
    if (auto st = ctx.exec(q, {sql::text(chatId), before, std::max(0, limit)}); !st)
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
