#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

namespace concierge::store {

// Who owns a conversation (bot | queued | human:<agent>), with a version for optimistic updates.
class ConversationRepository
{
public:
    static constexpr int kAnyVersion = -1;

    // "bot" when the chat has no row.
    static Result<QString> owner(DbContext &ctx, const QString &chatId);
    // The row, or {chatId, "bot", version 0} when absent.
    static Result<ConversationRecord> get(DbContext &ctx, const QString &chatId);
    // Sets the owner when the stored version equals expectedVersion (0: no row yet; kAnyVersion: unconditionally)
    // and bumps the version. false: somebody else changed it first. atMs 0: now.
    static Result<bool> setOwner(DbContext &ctx, const QString &chatId, const QString &owner, int expectedVersion,
                                 qint64 atMs = 0);
};

} // namespace concierge::store
