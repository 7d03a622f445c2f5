#pragma once

#include "core/Result.h"
#include "store/Database.h"

namespace concierge::store {

// What became of one parent-code check.
enum class CodeCheckResult { Right, Wrong, Lockout };

// The record of parent-code checks (code_checks): counted to lock a chat out after too many wrong codes, and to
// pause checks for everyone when wrong codes pour in from many chats. Run inside Database jobs.
class CodeCheckRepository
{
public:
    static Status record(DbContext &ctx, const QString &chatId, CodeCheckResult result, qint64 atMs);
    // When this chat was last locked out (0: never).
    static Result<qint64> lastLockout(DbContext &ctx, const QString &chatId);
    // Wrong codes of this chat at or after sinceMs.
    static Result<int> wrongSince(DbContext &ctx, const QString &chatId, qint64 sinceMs);
    // Wrong codes of every chat at or after sinceMs.
    static Result<int> allWrongSince(DbContext &ctx, qint64 sinceMs);
};

} // namespace concierge::store
