#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/HandoffRecords.h"

#include <QList>

#include <optional>

namespace concierge::store {

// Conversation ownership with the handoff's bookkeeping. Every change is checked against the version read before
// it (optimistic: of two agents claiming at once, one wins) and recorded in ownership_changes.
class HandoffRepository
{
public:
    // The row, or {chatId, "bot", version 0} when the chat has none.
    static Result<HandoffRow> get(DbContext &ctx, const QString &chatId);
    // get() for several chats, in the order given (a chat may be given twice). PostgreSQL: one statement for all
    // (one round trip: the message path reads a batch of chats' owners at once); SQLite: get() one after the other.
    static Result<QList<HandoffRow>> getMany(DbContext &ctx, const QStringList &chatIds);
    // Writes `next` when the stored version is still `next.version` (0: no row yet), bumping the version (next.version
    // is updated). false: somebody changed it first. When the owner changes, the change is recorded.
    static Result<bool> save(DbContext &ctx, HandoffRow &next, const QString &previousOwner, const QString &actor,
                             const QString &reason, qint64 nowMs);
    // Conversations whose owner is exactly `owner` ("queued") or starts with it ("human:"), oldest wait first.
    static Result<QList<HandoffRow>> withOwner(DbContext &ctx, const QString &ownerPrefix);
    // Queued conversations with no follow-up opened yet and queued at or before `queuedUpToMs` (their wait has run
    // past the SLA), oldest first, at most `limit`; and the next one to get there (queued after `queuedAfterMs`).
    // Index ranges of conversations_waiting_by_chat (migrations 12, 17): a handoff costs the same however long the
    // queue.
    static Result<QList<HandoffRow>> waitingPastSla(DbContext &ctx, qint64 queuedUpToMs, int limit);
    static Result<std::optional<HandoffRow>> nextWaitingForSla(DbContext &ctx, qint64 queuedAfterMs);
    // Bookkeeping that is no change of owner (no new version: an agent's expected_version stays valid).
    static Status touchActivity(DbContext &ctx, const QString &chatId, qint64 nowMs);
    static Status markReminded(DbContext &ctx, const QString &chatId, qint64 nowMs);
    static Status setFollowup(DbContext &ctx, const QString &chatId, qint64 followupId);
    static Result<QList<OwnershipChange>> changes(DbContext &ctx, const QString &chatId);
};

} // namespace concierge::store
