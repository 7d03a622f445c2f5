#include "store/ConversationRepository.h"

#include "store/SqlValues.h"

#include <QDateTime>

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

Result<bool> ConversationRepository::setOwner(DbContext &ctx, const QString &chatId, const QString &owner,
                                              int expectedVersion, qint64 atMs)
{
    const qint64 now = atMs > 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
    if (expectedVersion == kAnyVersion) {
        auto &q = ctx.prepare(QStringLiteral(
            "INSERT INTO conversations (chat_id, owner, version, updated_at) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (chat_id) DO UPDATE SET owner = excluded.owner, version = conversations.version + 1,"
            " updated_at = excluded.updated_at"));
        if (auto st = ctx.exec(q, {sql::text(chatId), sql::text(owner), now}); !st)
            return st.error();
        return true;
    }
    if (expectedVersion == 0) {
        auto &q = ctx.prepare(QStringLiteral("INSERT INTO conversations (chat_id, owner, version, updated_at)"
                                             " VALUES (?, ?, 1, ?) ON CONFLICT (chat_id) DO NOTHING"));
        if (auto st = ctx.exec(q, {sql::text(chatId), sql::text(owner), now}); !st)
            return st.error();
        return q.numRowsAffected() == 1;
    }
    auto &q = ctx.prepare(QStringLiteral("UPDATE conversations SET owner = ?, version = version + 1, updated_at = ?"
                                         " WHERE chat_id = ? AND version = ?"));
    if (auto st = ctx.exec(q, {sql::text(owner), now, sql::text(chatId), expectedVersion}); !st)
        return st.error();
    return q.numRowsAffected() == 1;
}

} // namespace concierge::store
