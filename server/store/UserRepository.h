#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <optional>

namespace concierge::store {

// WhatsApp contacts seen by the assistant. Run inside Database jobs.
class UserRepository
{
public:
    // Creates the contact or updates last_seen (and name/language when given); first_seen_at is kept.
    static Status touch(DbContext &ctx, const QString &chatId, const QString &pushName, const QString &language,
                        qint64 nowMs);
    static Result<std::optional<UserRecord>> get(DbContext &ctx, const QString &chatId);
};

} // namespace concierge::store
