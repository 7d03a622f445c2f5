#include "store/StatsRepository.h"

#include "store/Database.h"

namespace concierge::store {

Result<QList<StatsRow>> StatsRepository::messagesBetween(DbContext &ctx, qint64 fromMs, qint64 toMs)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT chat_id, direction, author, created_at, llm_calls, tokens_in,"
                                         " tokens_out FROM interactions WHERE created_at >= ? AND created_at < ?"
                                         " ORDER BY created_at, id"));
    if (auto st = ctx.exec(q, {fromMs, toMs}); !st)
        return st.error();
    QList<StatsRow> rows;
    while (q.next()) {
        StatsRow row;
        row.chatId = q.value(0).toString();
        row.direction = directionFromName(q.value(1).toString());
        row.author = authorFromName(q.value(2).toString());
        row.createdAtMs = q.value(3).toLongLong();
        row.llmCalls = q.value(4).toInt();
        row.tokensIn = q.value(5).toInt();
        row.tokensOut = q.value(6).toInt();
        rows.append(row);
    }
    return rows;
}

Result<int> StatsRepository::waitingHandoffs(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT COUNT(*) FROM conversations WHERE owner = ?"));
    if (auto st = ctx.exec(q, {QStringLiteral("queued")}); !st)
        return st.error();
    return q.next() ? q.value(0).toInt() : 0;
}

} // namespace concierge::store
