#pragma once

#include "core/Result.h"
#include "store/Database.h"
#include "store/Records.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace concierge::store {

// Several concierge-server instances on one PostgreSQL (issue 11): who is alive, and which instance handles which
// chat. Times are the database's clock (never a host's), in ms since the epoch; a lease is live while its
// expires_at_ms is in the future. Run inside Database jobs; PostgreSQL only (SQLite deployments are one process).
//
//   instances(instance_id, started_at, expires_at_ms)   renewed by each instance's heartbeat
//   chat_leases(chat_id, instance_id, expires_at_ms)    one row per chat being handled; renewed by the same heartbeat
//   lease_notes(chat_id, noted_at_ms) (migration 15)   a row of the chat was stored while another instance held it
//   outbox.instance_id                                  the instance that sends the row
class LeaseRepository
{
public:
    // Renews this instance's row and the chat leases it holds with less than half a lease left (one statement each,
    // whatever the chat count); a lease row locked by another instance's transaction that moment is renewed at the
    // next beat.
    static Status heartbeat(DbContext &ctx, const QString &instanceId, qint64 leaseMs);
    // Leases are taken and given back without ever waiting for a lock held by another instance's transaction: a
    // batch of webhooks holds the rows it touched until its COMMIT, and two instances' batches waiting on each other
    // deadlock (PostgreSQL breaks that only after its deadlock_timeout, failing a whole batch). A row another
    // transaction holds is skipped (FOR UPDATE SKIP LOCKED) and its chat answered Busy; a row being created by
    // another transaction is seen through a transaction-level advisory lock taken with pg_try_advisory_xact_lock.
    //   Mine: ours now (taken, or ours already), row locked until this transaction ends. The row is written when
    //         taken over or created, or when less than half a lease is left; else it keeps its expiry (the
    //         heartbeat's).
    //   Held: a live lease of another instance; the row is locked by us until this transaction ends, so its holder's
    //         release (which must lock it) comes after our COMMIT and reads the rows we stored.
    //   Busy: another transaction holds the row: unknown. Look again after COMMIT (LeaseCoordinator does).
    // A lease is free when it is ours, or expired and its instance is not alive (its `instances` row expired): a
    // holder's renewal skipped because a row was locked that moment does not hand its chat to another instance.
    // `kept` (optional): the chats Mine that were ours already and for which no other instance stored a row since
    // the last take (such an instance finds the lease Held or Busy and leaves a note): their pending rows are the
    // ones this instance read or stored itself, so a caller that has them queued need not read them back
    // (LeaseLog::accept). Every other chat Mine must have its pending rows read by the caller (the take deletes the
    // notes).
    enum class Take { Mine, Held, Busy };
    static Result<QHash<QString, Take>> takeChats(DbContext &ctx, const QStringList &chats, const QString &instanceId,
                                                  qint64 leaseMs, QSet<QString> *kept = nullptr);
    // takeChats()'s statement in parts, for a statement that takes the leases of the chats it computes as `want`
    // (a CTE with the chats as column c; PgAccept stores a batch's webhooks and takes their chats in one statement):
    // the CTEs after `want` (the statement goes on with ","), each chat's state (an SQL expression over c, read with
    // takeOf(); kKeptState: `kept`), and the CTEs' parameters in order.
    static QString takeCtes();
    static QString takeState();
    static QVariantList takeParameters(const QString &instanceId, qint64 leaseMs);
    static constexpr int kKeptState = 3;
    static Take takeOf(int state);
    // takeChats() for one chat; true: Mine.
    static Result<bool> acquireChat(DbContext &ctx, const QString &chatId, const QString &instanceId, qint64 leaseMs);
    // Gives the leases of chats whose queue ran dry here back. Per chat of ours: its pending rows (stored meanwhile
    // by instances that found it held), oldest first, the lease kept for them; none: the lease is deleted. `retry`:
    // the row was locked by another instance's transaction and nothing was pending: still ours, release again soon.
    // Chats not ours (any more) are left out.
    struct Released
    {
        QList<InboxMessage> rows;
        bool retry = false;
    };
    static Result<QHash<QString, Released>> releaseChats(DbContext &ctx, const QStringList &chats,
                                                         const QString &instanceId);
    // releaseChats() for one chat: its rows (the lease kept), or none (the lease given back or still to give back).
    static Result<QList<InboxMessage>> releaseChat(DbContext &ctx, const QString &chatId, const QString &instanceId);
    // A clean stop, or the previous run of this data folder (dead for sure: the folder is locked): its chats and its
    // outbox rows are free for the others at once.
    static Status releaseAll(DbContext &ctx, const QString &instanceId);

    // The sweep: chats with pending inbox rows and no live lease (or a lease of ours that `busyChats` does not
    // cover), at most `maxChats`, leased to this instance (takeChats: a chat Busy now is left to the next sweep);
    // their pending rows, oldest first.
    static Result<QList<InboxMessage>> adoptChats(DbContext &ctx, const QString &instanceId, qint64 leaseMs,
                                                  const QSet<QString> &busyChats, int maxChats);
    // Outbox rows of an instance that is not alive any more, made ours (row locks taken with SKIP LOCKED: two
    // sweeps never take the same row); oldest first. "pending" rows of any such instance: its own claim of them is
    // conditional on the row still being its (OutboxRepository::claim), so once ours it can never send them.
    // "sending" rows only of the instances in `lapsedLongEnough`: one of those may have a WAHA call in flight or an
    // answer not recorded yet, so the caller names only instances it has seen lapsed for longer than a WAHA call
    // can last (LeaseCoordinator: the fencing rule of docs/ARCHITECTURE.md, "Several instances").
    static Result<QList<OutboxMessage>> adoptOutbox(DbContext &ctx, const QString &instanceId, int maxRows,
                                                    const QStringList &lapsedLongEnough = {});
    // The instances not alive any more that still hold "sending" outbox rows (what adoptOutbox leaves to them).
    static Result<QStringList> lapsedSenders(DbContext &ctx, const QString &instanceId);

    // Work that one instance at a time must do (the handoff monitor's deadlines: one follow-up, one notice): waits
    // for the other instances' same work to commit, until the end of this job's transaction (pg_advisory_xact_lock:
    // transaction-scoped, so safe behind a transaction pooler). Nothing on SQLite (one process).
    enum class Exclusive : qint64 { HandoffMonitor = 7215011 };
    static Status exclusive(DbContext &ctx, Exclusive work);

    // The database's clock, in ms since the epoch, as an SQL expression.
    static QString nowMsSql();
};

} // namespace concierge::store
