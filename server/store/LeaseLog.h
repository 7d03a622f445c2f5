#pragma once

#include "core/Result.h"
#include "store/LeaseRepository.h"
#include "store/Records.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace concierge::store {

class Database;

// This process's instance id: random, drawn once per process start (outbox rows and leases carry it).
const QString &processInstanceId();

// The lease jobs of several instances on one PostgreSQL (LeaseRepository), as asynchronous jobs on the database
// thread so that the pipeline runs no SQL itself. Callbacks run in `context`'s thread, not at all once it is gone.
class LeaseLog
{
public:
    // `intake`: the connection accept() runs on (the webhooks' inserts), when not `db` (see Pipeline's
    // shareWithInstances); every other job runs on `db`.
    LeaseLog(Database *db, QString instanceId, qint64 leaseMs, Database *intake = nullptr)
        : m_db(db)
        , m_intake(intake ? intake : db)
        , m_instanceId(std::move(instanceId))
        , m_leaseMs(leaseMs)
    {
    }

    // A webhook's message stored (unless known) and, when new, its chat's lease taken (urgent lane). Grouped: the
    // webhooks of one batch are stored by one statement, their chats' leases taken by one, and the pending rows of
    // the chats that became ours read by one, only when some chat became ours or another instance stored a row under
    // our lease (PostgreSQL: two or three round trips for the batch). Never waits for another instance's transaction
    // (LeaseRepository::takeChats).
    struct Accepted
    {
        bool inserted = false; // false: a redelivery
        bool leased = false;   // the chat is ours: handle the message now; else its holder or a sweep will
        // The chat's lease row was locked by another instance's transaction: whether its holder will see this row is
        // unknown. Take the chat again after this job (take()): a look that either finds it ours, or held (then the
        // holder reads the row when it gives the lease back), or still locked (look again).
        bool busy = false;
        // When leased: the chat's older pending rows (stored by instances that found the lease taken), to be handled
        // first so that the chat's messages are answered in arrival order.
        QList<InboxMessage> earlier;
        // When leased, on the batch's last message of its chat: the chat's pending rows after it, stored by other
        // instances (handled after this message). Only for chats read back (newly ours, or with a note of another
        // instance: LeaseRepository::takeChats's `kept`).
        QList<InboxMessage> later;
        // When leased: the chat has more pending rows than one read takes (InboxRepository::kPendingPerChatRead).
        // The batch's first message of the chat carries the first of them in `earlier`; the batch's messages stay in
        // the inbox behind the others, read back a page at a time at the chat's releases.
        bool moreOnDisk = false;
    };
    void accept(std::shared_ptr<InboxMessage> message, QObject *context, std::function<void(Result<Accepted>)> done);
    // Takes the leases of chats a webhook found busy (above). Per chat: its state and, when ours, its pending rows.
    struct Taken
    {
        LeaseRepository::Take state = LeaseRepository::Take::Busy;
        QList<InboxMessage> rows;
    };
    void take(const QStringList &chats, QObject *context, std::function<void(Result<QHash<QString, Taken>>)> done);
    // The chats' queues ran dry: their leases are given back, unless rows arrived meanwhile (then returned per chat,
    // still ours). One job for all of them (PostgreSQL: two statements whatever the count; LeaseCoordinator gathers
    // the chats that went idle while the previous release ran). `retry`: see LeaseRepository::releaseChats.
    void release(const QStringList &chats, QObject *context,
                 std::function<void(Result<QHash<QString, LeaseRepository::Released>>)> done);

    // Heartbeat and sweep in one job: renews this instance and its leases, then adopts orphaned chats (their pending
    // rows) and outbox rows of dead instances ("sending" ones only of `lapsedLongEnough`: see
    // LeaseRepository::adoptOutbox), and names the dead instances still holding "sending" rows. `adopt` false: the
    // renewal alone (a stop under way keeps its registration fresh while it drains, and adopts nothing).
    struct Adopted
    {
        QList<InboxMessage> inbox;
        QList<OutboxMessage> outbox;
        QStringList lapsedSenders;
    };
    void beat(const QSet<QString> &busyChats, const QStringList &lapsedLongEnough, bool adopt, QObject *context,
              std::function<void(Result<Adopted>)> done);
    // Chats the next beats adopt at most (kMaxChatsPerSweep; fewer, down to none, while this instance's queue is
    // nearly full: bounded memory, the others' rows wait in the inbox).
    void setChatsToAdopt(int chats) { m_chatsToAdopt = qBound(0, chats, kMaxChatsPerSweep); }
    // Frees every lease of `instanceId` (ours at a clean stop, the previous run of our data folder at start). Blocking.
    Status releaseAllSync(const QString &instanceId);

    const QString &instanceId() const { return m_instanceId; }
    qint64 leaseMs() const { return m_leaseMs; }

    static constexpr int kMaxChatsPerSweep = 100;
    static constexpr int kMaxOutboxPerSweep = 500;

private:
    Database *m_db;
    Database *m_intake;
    QString m_instanceId;
    qint64 m_leaseMs;
    int m_chatsToAdopt = kMaxChatsPerSweep;
};

} // namespace concierge::store
