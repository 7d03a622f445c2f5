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

// PostgreSQL: an accept batch's webhooks stored (InboxRepository::insertNew) and the leases of the chats of the rows
// stored taken (LeaseRepository::takeChats) by ONE statement: BEGIN, it, COMMIT. The take's rules stand (never
// waiting: SKIP LOCKED, try-advisory locks; a note for a chat held or busy, in the same transaction as the row);
// only the rows this statement stored have their chats taken, as before.
struct InsertedAndTaken
{
    std::vector<bool> inserted; // per message, in order (insertNew's value); ids set on the messages stored
    QHash<QString, LeaseRepository::Take> taken; // per chat of a message stored
    QSet<QString> kept;                          // takeChats's `kept`
};
Result<InsertedAndTaken> insertTakingLeases(DbContext &ctx, const std::vector<InboxMessage *> &messages,
                                            const QString &instanceId, qint64 leaseMs);

} // namespace concierge::store
