#include "store/MessageLog.h"

#include "store/Database.h"
#include "store/HandoffRepository.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/OutboxRepository.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

namespace concierge::store {

namespace {

// The receipt moves the outbox row and, with it, the reply's interaction (whose message_id is the outbox id), so
// that the history shows delivered / read too.
Result<int> applyAckJob(DbContext &ctx, const QString &wahaMessageId, int ack)
{
    auto changed = OutboxRepository::applyAck(ctx, wahaMessageId, ack);
    if (!changed || changed.value() == 0)
        return changed;
    auto &q = ctx.prepare(QStringLiteral("SELECT id FROM outbox WHERE waha_message_id = ?"));
    if (Status st = ctx.exec(q, {wahaMessageId}); !st)
        return st.error();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (const qint64 id : ids) {
        if (Status st = InteractionRepository::setStatusByMessageId(
                ctx, QString::number(id), interactionStatusFor(OutboxRepository::statusForAck(ack)));
            !st)
            return st.error();
    }
    return changed;
}

Result<bool> commitJob(DbContext &ctx, MessageOutcome &outcome)
{
    auto in = InteractionRepository::insert(ctx, outcome.incoming);
    if (!in)
        return in.error();
    if (outcome.reply) {
        auto id = OutboxRepository::insert(ctx, *outcome.reply);
        if (!id)
            return id.error();
        outcome.outgoing->messageId = QString::number(id.value());
        auto out = InteractionRepository::insert(ctx, *outcome.outgoing);
        if (!out)
            return out.error();
    }
    if (outcome.session) {
        if (Status s = SessionRepository::upsert(ctx, *outcome.session); !s)
            return s.error();
    }
    const auto &m = outcome.message;
    if (Status s = UserRepository::touch(ctx, m.chatId, m.pushName, outcome.incoming.language, m.receivedAtMs); !s)
        return s.error();
    if (Status s = InboxRepository::setStatus(ctx, m.id, outcome.inboxStatus, outcome.processedAtMs); !s)
        return s.error();
    if (outcome.alsoInTransaction) {
        if (Status s = outcome.alsoInTransaction(ctx); !s)
            return s.error();
    }
    return true;
}

Result<bool> releasableJob(DbContext &ctx, qint64 outboxId, const QString &chatId)
{
    auto row = HandoffRepository::get(ctx, chatId);
    if (!row)
        return row.error();
    if (row->owner == QLatin1String("bot")) // store-level spelling of domain::ConversationOwner::bot()
        return true;
    if (Status s = OutboxRepository::markWithheld(ctx, outboxId); !s)
        return s.error();
    if (Status s =
            InteractionRepository::setStatusByMessageId(ctx, QString::number(outboxId), InteractionStatus::Withheld);
        !s)
        return s.error();
    return false;
}

} // namespace

void MessageLog::accept(std::shared_ptr<InboxMessage> message, QObject *context, std::function<void(Result<bool>)> done)
{
    m_db->run<bool>([message](DbContext &ctx) { return InboxRepository::insertIfNew(ctx, *message); }, context,
                    std::move(done), Database::Priority::Urgent);
}

void MessageLog::applyAck(const QString &wahaMessageId, int ack, QObject *context,
                          std::function<void(Result<int>)> done)
{
    m_db->run<int>([wahaMessageId, ack](DbContext &ctx) { return applyAckJob(ctx, wahaMessageId, ack); }, context,
                   std::move(done));
}

void MessageLog::pendingInbox(QObject *context, std::function<void(Result<QList<InboxMessage>>)> done)
{
    m_db->run<QList<InboxMessage>>([](DbContext &ctx) { return InboxRepository::pending(ctx); }, context,
                                   std::move(done), Database::Priority::Urgent);
}

void MessageLog::pendingOutbox(QObject *context, std::function<void(Result<QList<OutboxMessage>>)> done)
{
    m_db->run<QList<OutboxMessage>>([](DbContext &ctx) { return OutboxRepository::pending(ctx); }, context,
                                    std::move(done));
}

void MessageLog::commit(std::shared_ptr<MessageOutcome> outcome, QObject *context,
                        std::function<void(Result<bool>)> done)
{
    m_db->run<bool>([outcome](DbContext &ctx) { return commitJob(ctx, *outcome); }, context, std::move(done));
}

void MessageLog::markSent(qint64 outboxId, const QString &wahaMessageId, qint64 atMs, QObject *context)
{
    m_db->run<bool>(
        [outboxId, wahaMessageId, atMs](DbContext &ctx) {
            if (Status s = OutboxRepository::markSent(ctx, outboxId, wahaMessageId, atMs); !s)
                return Result<bool>(s.error());
            return toResult(
                InteractionRepository::setStatusByMessageId(ctx, QString::number(outboxId), InteractionStatus::Sent));
        },
        context, [](Result<bool>) {});
}

void MessageLog::markFailed(qint64 outboxId, const QString &error, QObject *context)
{
    m_db->run<bool>(
        [outboxId, error](DbContext &ctx) {
            if (Status s = OutboxRepository::markFailed(ctx, outboxId, error); !s)
                return Result<bool>(s.error());
            return toResult(
                InteractionRepository::setStatusByMessageId(ctx, QString::number(outboxId), InteractionStatus::Failed));
        },
        context, [](Result<bool>) {});
}

void MessageLog::releasable(qint64 outboxId, const QString &chatId, QObject *context,
                            std::function<void(Result<bool>)> done)
{
    m_db->run<bool>([outboxId, chatId](DbContext &ctx) { return releasableJob(ctx, outboxId, chatId); }, context,
                    std::move(done));
}

void MessageLog::markRetry(qint64 outboxId, int attempts, qint64 nextAttemptAtMs, const QString &error,
                           QObject *context)
{
    m_db->run<bool>(
        [outboxId, attempts, nextAttemptAtMs, error](DbContext &ctx) {
            return toResult(OutboxRepository::markRetry(ctx, outboxId, attempts, nextAttemptAtMs, error));
        },
        context, [](Result<bool>) {});
}

} // namespace concierge::store
