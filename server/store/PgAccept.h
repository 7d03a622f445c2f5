#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/LeaseRepository.h"
#include "store/Records.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <vector>

namespace concierge::store {

// PostgreSQL: an accept batch's webhooks stored (InboxRepository::insertNew), the leases of the chats of the rows
// stored taken (LeaseRepository::takeChats), and the pending rows of the chats that became ours read
// (InboxRepository::pendingForChats) by ONE statement, which carries the batch's BEGIN and COMMIT: one round trip for
// the batch. The take's rules stand (never waiting: SKIP LOCKED, try-advisory locks; a note for a chat held or busy,
// in the same transaction as the row); only the rows this statement stored have their chats taken, as before.
struct InsertedAndTaken
{
    std::vector<bool> inserted; // per message, in order (insertNew's value); ids set on the messages stored
    QHash<QString, LeaseRepository::Take> taken; // per chat of a message stored
    QSet<QString> kept;                          // takeChats's `kept`
    // The pending rows of the chats taken and not kept, oldest first, at most kPendingPerChatRead a chat (this
    // batch's rows among them), as pendingForChats() reads them.
    QList<InboxMessage> pending;
};
Result<InsertedAndTaken> insertTakingLeases(DbContext &ctx, const std::vector<InboxMessage *> &messages,
                                            const QString &instanceId, qint64 leaseMs);

} // namespace concierge::store
