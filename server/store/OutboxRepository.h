#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <QSet>

#include <optional>
#include <vector>

namespace concierge::store {

// Replies waiting to go out through WAHA, and what WAHA later says about them (acks). Run inside Database jobs.
class OutboxRepository
{
public:
    // Sets message.id and returns it. The row is this process's to send (outbox.instance_id).
    static Result<qint64> insert(DbContext &ctx, OutboxMessage &message);
    static Status markSent(DbContext &ctx, qint64 id, const QString &wahaMessageId, qint64 sentAtMs);
    // markSent() for several replies at once: one statement on PostgreSQL, one per reply on SQLite.
    struct SentMark
    {
        qint64 id = 0;
        QString wahaMessageId;
        qint64 atMs = 0;
    };
    static Status markSent(DbContext &ctx, const std::vector<SentMark *> &marks);
    // markSent() for several replies with their interactions marked "sent" too (the reply's interaction has the
    // outbox id as its message_id): PostgreSQL only, one statement for both tables (MessageLog::markSent's batch).
    static Status markSentWithInteractions(DbContext &ctx, const std::vector<SentMark *> &marks);
    // `instanceId` (several instances): only while the row is still that instance's (a late retry mark of an
    // instance whose lease lapsed leaves a row its adopter is sending alone).
    static Status markRetry(DbContext &ctx, qint64 id, int attempts, qint64 nextAttemptAtMs, const QString &lastError,
                            const QString &instanceId = {});
    static Status markFailed(DbContext &ctx, qint64 id, const QString &lastError);
    static Status markWithheld(DbContext &ctx, qint64 id);
    // Claims a row for a WAHA call: "pending" -> "sending", recorded before the call so that a row whose call went
    // out is never taken for unsent. `again`: a "sending" row is taken too (the caller's own failed call, or a row a
    // stop interrupted). False: the row has left the outbox (sent, failed, withheld) and must not go again.
    // `instanceId` (several instances on PostgreSQL): only a row this instance sends (a row adopted by another
    // instance after our lease expired is theirs now).
    static Result<bool> claim(DbContext &ctx, qint64 id, bool again, const QString &instanceId = {});
    // claim() for several rows at once: the ids of those claimed. PostgreSQL: one statement for all; SQLite: claim()
    // one after the other.
    struct ClaimRow
    {
        qint64 id = 0;
        bool again = false;
    };
    static Result<QSet<qint64>> claimMany(DbContext &ctx, const QList<ClaimRow> &rows, const QString &instanceId = {});
    // Status "pending", oldest first (includes rows waiting for their next attempt: see nextAttemptAtMs); with
    // `withSending`, also the rows whose WAHA call a stop interrupted. All at once: for tests and tools (the server
    // reads them a window at a time: pendingAfter, interrupted).
    // `instanceId`: only the rows that instance sends.
    static Result<QList<OutboxMessage>> pending(DbContext &ctx, bool withSending = false,
                                                const QString &instanceId = {});
    // At most `limit` pending rows after `afterId`, in id order (the outbox window's read-back; partial index
    // outbox_pending, migration 10, so a read never walks the sent history).
    static Result<QList<OutboxMessage>> pendingAfter(DbContext &ctx, qint64 afterId, int limit,
                                                     const QString &instanceId = {});
    // The rows whose WAHA call a stop interrupted ("sending"; few: at most the calls that were under way).
    static Result<QList<OutboxMessage>> interrupted(DbContext &ctx, const QString &instanceId = {});
    // A WAHA ack (-1 error, 0 pending, 1 server, 2 device, 3 read, 4 played) for the rows sent with this id.
    // Never moves backwards: a late "delivered" after "read" is ignored, and an error after delivery too.
    // Returns the rows changed (0 when unknown or stale).
    static Result<int> applyAck(DbContext &ctx, const QString &wahaMessageId, int ack);
    // The ids of the rows WAHA sent under this id (applyAck's rows).
    static Result<QList<qint64>> idsSentAs(DbContext &ctx, const QString &wahaMessageId);
    static Result<std::optional<OutboxMessage>> byId(DbContext &ctx, qint64 id);
    static OutboxStatus statusForAck(int ack);
};

} // namespace concierge::store
