#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QList>
#include <QSet>
#include <QString>

namespace concierge::store {

// Several concierge-server instances on one PostgreSQL (issue 11): who is alive, and which instance handles which
// chat. Times are the database's clock (never a host's), in ms since the epoch; a lease is live while its
// expires_at_ms is in the future. Run inside Database jobs; PostgreSQL only (SQLite deployments are one process).
//
//   instances(instance_id, started_at, expires_at_ms)   renewed by each instance's heartbeat
//   chat_leases(chat_id, instance_id, expires_at_ms)    one row per chat being handled; renewed by the same heartbeat
//   outbox.instance_id                                  the instance that sends the row
class LeaseRepository
{
public:
    // Renews this instance's row and every chat lease it holds (one statement each, whatever the chat count).
    static Status heartbeat(DbContext &ctx, const QString &instanceId, qint64 leaseMs);
    // Takes the chat's lease when free, expired or already ours. True: ours now.
    static Result<bool> acquireChat(DbContext &ctx, const QString &chatId, const QString &instanceId, qint64 leaseMs);
    // Gives the chat's lease back, then looks once more for pending rows (stored meanwhile by an instance that could
    // not take the lease): when there are some, takes the lease again and returns them (oldest first); else none.
    static Result<QList<InboxMessage>> releaseChat(DbContext &ctx, const QString &chatId, const QString &instanceId,
                                                   qint64 leaseMs);
    // A clean stop, or the previous run of this data folder (dead for sure: the folder is locked): its chats and its
    // outbox rows are free for the others at once.
    static Status releaseAll(DbContext &ctx, const QString &instanceId);

    // The sweep: chats with pending inbox rows and no live lease (or a lease of ours that `busyChats` does not
    // cover), at most `maxChats`, leased to this instance; their pending rows, oldest first.
    static Result<QList<InboxMessage>> adoptChats(DbContext &ctx, const QString &instanceId, qint64 leaseMs,
                                                  const QSet<QString> &busyChats, int maxChats);
    // Outbox rows left "pending" or "sending" by an instance that is not alive any more, made ours (row locks taken
    // with SKIP LOCKED: two sweeps never take the same row); oldest first.
    static Result<QList<OutboxMessage>> adoptOutbox(DbContext &ctx, const QString &instanceId, int maxRows);

    // Work that one instance at a time must do (the handoff monitor's deadlines: one follow-up, one notice): waits
    // for the other instances' same work to commit, until the end of this job's transaction (pg_advisory_xact_lock:
    // transaction-scoped, so safe behind a transaction pooler). Nothing on SQLite (one process).
    enum class Exclusive : qint64 { HandoffMonitor = 7215011 };
    static Status exclusive(DbContext &ctx, Exclusive work);

    // The database's clock, in ms since the epoch, as an SQL expression.
    static QString nowMsSql();
};

} // namespace concierge::store
