#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

namespace concierge::store {

// Who owns a conversation (bot | queued | human:<agent>), read-only: changes go through
// conversations::ConversationService::transfer (HandoffRepository: version-checked and recorded).
class ConversationRepository
{
public:
    // "bot" when the chat has no row.
    static Result<QString> owner(DbContext &ctx, const QString &chatId);
    // The row, or {chatId, "bot", version 0} when absent.
    static Result<ConversationRecord> get(DbContext &ctx, const QString &chatId);
};

} // namespace concierge::store
