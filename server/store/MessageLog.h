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
    explicit MessageLog(Database *db)
        : m_db(db)
    {
    }

    // Records a webhook's message unless it is already known (true: new; its id is then set). Urgent lane: the
    // webhook's 200 waits.
    void accept(std::shared_ptr<InboxMessage> message, QObject *context, std::function<void(Result<bool>)> done);
    // A WAHA receipt: moves the outbox row and the reply's interaction; how many outbox rows changed.
    void applyAck(const QString &wahaMessageId, int ack, QObject *context, std::function<void(Result<int>)> done);
    // Urgent too, so that at start-up it runs before the inserts of new webhooks.
    void pendingInbox(QObject *context, std::function<void(Result<QList<InboxMessage>>)> done);
    void pendingOutbox(QObject *context, std::function<void(Result<QList<OutboxMessage>>)> done);

    // Both interactions, the reply into the outbox, the session, the user and the inbox row's status.
    void commit(std::shared_ptr<MessageOutcome> outcome, QObject *context, std::function<void(Result<bool>)> done);

    // The outbox's bookkeeping (best effort: a lost mark is redone at the next restart).
    void markSent(qint64 outboxId, const QString &wahaMessageId, qint64 atMs, QObject *context);
    void markFailed(qint64 outboxId, const QString &error, QObject *context);
    void markRetry(qint64 outboxId, int attempts, qint64 nextAttemptAtMs, const QString &error, QObject *context);
    // Just before a bot's reply leaves: true while the chat is still the bot's; otherwise the row and its
    // interaction are marked withheld and false comes back. One primary-key read when it may go.
    void releasable(qint64 outboxId, const QString &chatId, QObject *context, std::function<void(Result<bool>)> done);

private:
    Database *m_db;
};

} // namespace concierge::store
