#include "store/ConversationRepository.h"

#include "store/SqlValues.h"

namespace concierge::store {

Result<QString> ConversationRepository::owner(DbContext &ctx, const QString &chatId)
{
    auto row = get(ctx, chatId);
    if (!row)
        return row.error();
    return row->owner;
}

Result<ConversationRecord> ConversationRepository::get(DbContext &ctx, const QString &chatId)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT owner, version, updated_at FROM conversations WHERE chat_id = ?"));
    if (auto st = ctx.exec(q, {sql::text(chatId)}); !st)
        return st.error();
    ConversationRecord record;
    record.chatId = chatId;
    if (q.next()) {
        record.owner = q.value(0).toString();
        record.version = q.value(1).toInt();
        record.updatedAtMs = q.value(2).toLongLong();
    }
    return record;
}

} // namespace concierge::store
