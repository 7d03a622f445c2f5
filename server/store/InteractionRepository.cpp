#include "store/InteractionRepository.h"

#include "store/SqlValues.h"

#include <algorithm>

namespace concierge::store {

Result<qint64> InteractionRepository::insert(DbContext &ctx, Interaction &i)
{
    auto &q = ctx.prepare(QStringLiteral(
        "INSERT INTO interactions (chat_id, direction, author, text, service, intent, language, confidence, source,"
        " status, latency_ms, tokens_in, tokens_out, llm_calls, message_id, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    if (auto st = ctx.exec(q, {sql::text(i.chatId), sql::text(i.direction), sql::text(i.author), sql::text(i.text),
                               sql::text(i.service), sql::text(i.intent), sql::text(i.language), i.confidence,
                               sql::text(i.source), sql::text(i.status), i.latencyMs, i.tokensIn, i.tokensOut,
                               i.llmCalls, sql::text(i.messageId), i.createdAtMs});
        !st)
        return st.error();
    i.id = sql::returnedId(q);
    return i.id;
}

Result<QList<Interaction>> InteractionRepository::recent(DbContext &ctx, const QString &chatId, int limit)
{
    auto &q = ctx.prepare(QStringLiteral(
        "SELECT id, chat_id, direction, author, text, service, intent, language, confidence, source, status,"
        " latency_ms, tokens_in, tokens_out, llm_calls, message_id, created_at FROM interactions"
        " WHERE chat_id = ? ORDER BY id DESC LIMIT ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId), std::max(0, limit)}); !st)
        return st.error();
    QList<Interaction> out;
    while (q.next()) {
        Interaction i;
        i.id = q.value(0).toLongLong();
        i.chatId = q.value(1).toString();
        i.direction = q.value(2).toString();
        i.author = q.value(3).toString();
        i.text = q.value(4).toString();
        i.service = q.value(5).toString();
        i.intent = q.value(6).toString();
        i.language = q.value(7).toString();
        i.confidence = q.value(8).toDouble();
        i.source = q.value(9).toString();
        i.status = q.value(10).toString();
        i.latencyMs = q.value(11).toLongLong();
        i.tokensIn = q.value(12).toInt();
        i.tokensOut = q.value(13).toInt();
        i.llmCalls = q.value(14).toInt();
        i.messageId = q.value(15).toString();
        i.createdAtMs = q.value(16).toLongLong();
        out.append(std::move(i));
    }
    std::reverse(out.begin(), out.end());
    return out;
}

Status InteractionRepository::setStatusByMessageId(DbContext &ctx, const QString &messageId, const QString &status)
{
    auto &q = ctx.prepare(QStringLiteral("UPDATE interactions SET status = ? WHERE message_id = ?"));
    return ctx.exec(q, {sql::text(status), sql::text(messageId)});
}

} // namespace concierge::store
