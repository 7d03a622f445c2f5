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
    static Status setStatusByMessageId(DbContext &ctx, const QString &messageId, const QString &status);
};

} // namespace concierge::store
