#pragma once

#include "core/Result.h"
#include "store/Records.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace concierge::store {

class Database;
class DbContext;

// Everything one inbox message produced, written in ONE transaction by MessageLog::commit.
struct MessageOutcome
{
    InboxMessage message;
    InboxStatus inboxStatus = InboxStatus::Done;
    Interaction incoming;
    std::optional<Interaction> outgoing;
    std::optional<OutboxMessage> reply; // its id is set by the commit
    std::optional<SessionRecord> session;
    qint64 processedAtMs = 0;
    // Runs last in the same transaction (the chat's change of owner); an error rolls the whole outcome back.
    std::function<Status(DbContext &ctx)> alsoInTransaction;
};

// The message path's durable steps (inbox, outbox, interactions), as asynchronous jobs on the database thread so
// that the pipeline runs no SQL itself. Callbacks run in `context`'s thread, and not at all once it is destroyed.
class MessageLog
{
public:
    // `instanceId` (several instances on PostgreSQL): the outbox rows this log loads and claims are that instance's
    // only. Empty: all of them (SQLite, one process).
    explicit MessageLog(Database *db, QString instanceId = {})
        : m_db(db)
        , m_instanceId(std::move(instanceId))
    {
    }

    // Records a webhook's message unless it is already known (true: new; its id is then set). Urgent lane: the
    // webhook's 200 waits.
    void accept(std::shared_ptr<InboxMessage> message, QObject *context, std::function<void(Result<bool>)> done);
    // A WAHA receipt: moves the outbox row and the reply's interaction; how many outbox rows changed.
    void applyAck(const QString &wahaMessageId, int ack, QObject *context, std::function<void(Result<int>)> done);
    // Whether an inbox row still waits for its outcome (a row found by a recovery sweep may have been handled since).
    void inboxPending(qint64 inboxId, QObject *context, std::function<void(Result<bool>)> done);
    // At most `limit` pending inbox rows after `afterId`, in id order (InboxRepository::pendingAfter).
    void pendingInboxAfter(qint64 afterId, int limit, QObject *context,
                           std::function<void(Result<QList<InboxMessage>>)> done);
    // At most `limit` pending outbox rows after `afterId`, in id order (OutboxRepository::pendingAfter).
    void pendingOutboxAfter(qint64 afterId, int limit, QObject *context,
                            std::function<void(Result<QList<OutboxMessage>>)> done);
    // The rows a stop interrupted in their WAHA call (startup).
    void interruptedOutbox(QObject *context, std::function<void(Result<QList<OutboxMessage>>)> done);

    // Both interactions, the reply into the outbox, the session, the user and the inbox row's status. True: recorded
    // now; false: the inbox row was no longer pending (an earlier commit whose answer was lost did record it), and
    // nothing was written.
    void commit(std::shared_ptr<MessageOutcome> outcome, QObject *context, std::function<void(Result<bool>)> done);

    // The outbox's bookkeeping. The caller retries a failed mark (OutboxSender does, with backoff).
    using Marked = std::function<void(Result<bool>)>;
    void markSent(qint64 outboxId, const QString &wahaMessageId, qint64 atMs, QObject *context, Marked done);
    void markFailed(qint64 outboxId, const QString &error, QObject *context, Marked done);
    void markRetry(qint64 outboxId, int attempts, qint64 nextAttemptAtMs, const QString &error, QObject *context,
                   Marked done);
    // Just before a reply leaves, in one job: a bot's reply (`checkOwner`) is withheld when a person owns the chat
    // (the row and its interaction are marked so); otherwise the row is claimed ("sending", durable before the WAHA
    // call; `again`: a "sending" row may be claimed again, see OutboxRepository::claim). Gone: the row already left
    // the outbox (sent, failed or withheld) and must not go again.
    enum class Claim { Go, Withheld, Gone };
    struct ClaimRequest
    {
        qint64 outboxId = 0;
        QString chatId;
        bool checkOwner = false;
        bool again = false;
    };
    // The replies about to leave together, claimed in one job: one answer per request, in order (PostgreSQL: one
    // statement claims them all and one reads the owners of the bot's replies; OutboxSender gathers the heads that
    // became ready while the previous claim ran).
    void claim(const QList<ClaimRequest> &requests, QObject *context, std::function<void(Result<QList<Claim>>)> done);

    // What /health reports: acknowledged messages not handled yet and replies not sent yet, and since when.
    struct Backlog
    {
        qint64 inboxPending = 0;
        qint64 outboxUnsent = 0;       // pending or sending
        qint64 oldestUnansweredMs = 0; // the received time of the oldest of those messages; 0: none
    };
    void backlog(QObject *context, std::function<void(Result<Backlog>)> done);

private:
    Database *m_db;
    QString m_instanceId;
};

} // namespace concierge::store
