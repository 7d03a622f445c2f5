#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>

namespace concierge::store {

// Every message in and out, with what the assistant made of it. Run inside Database jobs.
class InteractionRepository
{
public:
    // Sets interaction.id and returns it.
    static Result<qint64> insert(DbContext &ctx, Interaction &interaction);
    // The chat's last `limit` interactions, oldest first (newest last).
    static Result<QList<Interaction>> recent(DbContext &ctx, const QString &chatId, int limit);
    // The newest `limit` interactions older than beforeId (beforeId <= 0: the newest), oldest first.
    static Result<QList<Interaction>> page(DbContext &ctx, const QString &chatId, qint64 beforeId, int limit);
    // The id of the chat's newest interaction (0: none).
    static Result<qint64> lastId(DbContext &ctx, const QString &chatId);
    // The parent's messages after both readUpTo and the last message a staff member wrote.
    static Result<int> unreadSince(DbContext &ctx, const QString &chatId, qint64 readUpTo);
    // A reply's interaction (direction out), found by its message_id (the outbox id).
    static Status setStatusByMessageId(DbContext &ctx, const QString &messageId, InteractionStatus status);
    // The same for several replies: one statement on PostgreSQL, one per reply on SQLite.
    static Status setStatusByMessageIds(DbContext &ctx, const QStringList &messageIds, InteractionStatus status);
};

} // namespace concierge::store
