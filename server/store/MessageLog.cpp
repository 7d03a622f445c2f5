#include "store/MessageLog.h"

#include "store/Database.h"
#include "store/HandoffRepository.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/OutboxRepository.h"
#include "store/PgCommit.h"
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
    auto ids = OutboxRepository::idsSentAs(ctx, wahaMessageId);
    if (!ids)
        return ids.error();
    for (const qint64 id : ids.value()) {
        if (Status st = InteractionRepository::setStatusByMessageId(
                ctx, QString::number(id), interactionStatusFor(OutboxRepository::statusForAck(ack)));
            !st)
            return st.error();
    }
    return changed;
}

Result<bool> commitJob(DbContext &ctx, MessageOutcome &outcome)
{
    const auto &m = outcome.message;
    // First, so that a retry of a commit that did go through (its COMMIT's answer was lost) writes nothing twice.
    auto settled = InboxRepository::settle(ctx, m.id, outcome.inboxStatus, outcome.processedAtMs);
    if (!settled || !settled.value())
        return settled;
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
    if (Status s = UserRepository::touch(ctx, m.chatId, m.pushName, outcome.incoming.language, m.receivedAtMs); !s)
        return s.error();
    if (outcome.alsoInTransaction) {
        if (Status s = outcome.alsoInTransaction(ctx); !s)
            return s.error();
    }
    return true;
}

// The commits of several messages processed meanwhile (MessageLog::commit). SQLite: one by one (no round trips);
// PostgreSQL: one statement for all of them (PgCommit.h).
Result<std::vector<bool>> commitMany(DbContext &ctx, const std::vector<MessageOutcome *> &outcomes)
{
    if (ctx.dialect() == Dialect::Postgres)
        return commitInOneStatement(ctx, outcomes); // one round trip, a batch of one included
    std::vector<bool> recorded;
    for (MessageOutcome *o : outcomes) {
        auto one = commitJob(ctx, *o);
        if (!one)
            return one.error();
        recorded.push_back(one.value());
    }
    return recorded;
}

// The replies WAHA accepted meanwhile (MessageLog::markSent), marked together: on PostgreSQL one statement for all of
// them and their interactions (two each on SQLite, no round trips there).
Result<std::vector<bool>> markManySent(DbContext &ctx, const std::vector<OutboxRepository::SentMark *> &marks)
{
    if (ctx.dialect() == Dialect::Postgres) {
        if (Status s = OutboxRepository::markSentWithInteractions(ctx, marks); !s)
            return s.error();
        return std::vector<bool>(marks.size(), true);
    }
    QStringList replies;
    for (const OutboxRepository::SentMark *mark : marks)
        replies.append(QString::number(mark->id));
    if (Status s = OutboxRepository::markSent(ctx, marks); !s)
        return s.error();
    if (Status s = InteractionRepository::setStatusByMessageIds(ctx, replies, InteractionStatus::Sent); !s)
        return s.error();
    return std::vector<bool>(marks.size(), true);
}

// A bot's reply claimed while a person owns its chat: withheld, with its interaction (rare: a job's worth of rows).
Status withhold(DbContext &ctx, qint64 outboxId)
{
    if (Status s = OutboxRepository::markWithheld(ctx, outboxId); !s)
        return s;
    return InteractionRepository::setStatusByMessageId(ctx, QString::number(outboxId), InteractionStatus::Withheld);
}

Result<QList<MessageLog::Claim>> claimJob(DbContext &ctx, const QList<MessageLog::ClaimRequest> &requests,
                                          const QString &instanceId)
{
    using Claim = MessageLog::Claim;
    QList<OutboxRepository::ClaimRow> rows;
    for (const MessageLog::ClaimRequest &r : requests)
        rows.append({r.outboxId, r.again});
    auto claimed = OutboxRepository::claimMany(ctx, rows, instanceId);
    if (!claimed)
        return claimed.error();
    QStringList chats; // the chats of the bot's replies claimed: their owners, read together
    for (const MessageLog::ClaimRequest &r : requests) {
        if (r.checkOwner && claimed->contains(r.outboxId))
            chats.append(r.chatId);
    }
    auto owners =
        chats.isEmpty() ? Result<QList<HandoffRow>>(QList<HandoffRow>()) : HandoffRepository::getMany(ctx, chats);
    if (!owners)
        return owners.error();
    QList<Claim> out;
    qsizetype owner = 0;
    for (const MessageLog::ClaimRequest &r : requests) {
        if (!claimed->contains(r.outboxId)) {
            out.append(Claim::Gone);
        } else if (!r.checkOwner ||
                   owners->at(owner++).owner == QLatin1String("bot")) { // domain's ConversationOwner::bot()
            out.append(Claim::Go);
        } else {
            if (Status s = withhold(ctx, r.outboxId); !s)
                return s.error();
            out.append(Claim::Withheld);
        }
    }
    return out;
}

Result<MessageLog::Backlog> backlogJob(DbContext &ctx)
{
    // Unanswered: inbox rows still pending, and replies not sent yet (dated by the message they answer; a reply
    // typed by an agent has no inbox row: its own time). The oldest is the first by id (arrival order), read from the
    // partial indexes inbox_pending and outbox_pending: a MIN over the rows would read every pending row (a 1M
    // backlog: seconds each time, every kBacklogRefreshMs, and the message path starved behind it). "sending" rows are
    // few (the calls under way).
    auto &q = ctx.prepare(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM inbox WHERE status = 'pending'),"
                       " (SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')),"
                       " (SELECT received_at FROM inbox WHERE ") +
        InboxRepository::kPendingById +
        QStringLiteral(
            " ORDER BY id LIMIT 1),"
            " (SELECT COALESCE(i.received_at, o.created_at) FROM outbox o LEFT JOIN inbox i ON i.id = o.inbox_id"
            " WHERE o.status = 'pending' ORDER BY o.id LIMIT 1),"
            " (SELECT MIN(COALESCE(i.received_at, o.created_at)) FROM outbox o LEFT JOIN inbox i ON i.id = o.inbox_id"
            " WHERE o.status = 'sending')"));
    if (Status st = ctx.exec(q); !st)
        return st.error();
    MessageLog::Backlog backlog;
    if (!q.next())
        return backlog;
    backlog.inboxPending = q.value(0).toLongLong();
    backlog.outboxUnsent = q.value(1).toLongLong();
    for (int column : {2, 3, 4}) {
        const qint64 at = q.value(column).isNull() ? 0 : q.value(column).toLongLong();
        if (at > 0 && (backlog.oldestUnansweredMs == 0 || at < backlog.oldestUnansweredMs))
            backlog.oldestUnansweredMs = at;
    }
    return backlog;
}

} // namespace

void MessageLog::accept(std::shared_ptr<InboxMessage> message, QObject *context, std::function<void(Result<bool>)> done)
{
    // Grouped: the webhooks of one group commit are inserted by one statement (one round trip on PostgreSQL).
    m_db->runGrouped<InboxMessage, bool>(&InboxRepository::insertNew, std::move(message), context, std::move(done),
                                         Database::Priority::Urgent);
}

void MessageLog::applyAck(const QString &wahaMessageId, int ack, QObject *context,
                          std::function<void(Result<int>)> done)
{
    m_db->run<int>([wahaMessageId, ack](DbContext &ctx) { return applyAckJob(ctx, wahaMessageId, ack); }, context,
                   std::move(done));
}

void MessageLog::inboxPending(qint64 inboxId, QObject *context, std::function<void(Result<bool>)> done)
{
    // Grouped: after a flood most messages are rows read back, each checked (PostgreSQL: one statement for a batch's,
    // where each was a round trip: 14,753 of them for 20,000 messages in bench/webhook's replies phase).
    m_db->runGrouped<qint64, bool>(&InboxRepository::arePending, std::make_shared<qint64>(inboxId), context,
                                   std::move(done));
}

void MessageLog::pendingInboxAfter(qint64 afterId, int limit, QObject *context,
                                   std::function<void(Result<QList<InboxMessage>>)> done)
{
    m_db->run<QList<InboxMessage>>(
        [afterId, limit](DbContext &ctx) { return InboxRepository::pendingAfter(ctx, afterId, limit); }, context,
        std::move(done));
}

void MessageLog::pendingOutboxAfter(qint64 afterId, int limit, QObject *context,
                                    std::function<void(Result<QList<OutboxMessage>>)> done)
{
    m_db->run<QList<OutboxMessage>>(
        [afterId, limit, id = m_instanceId](DbContext &ctx) {
            return OutboxRepository::pendingAfter(ctx, afterId, limit, id);
        },
        context, std::move(done));
}

void MessageLog::interruptedOutbox(QObject *context, std::function<void(Result<QList<OutboxMessage>>)> done)
{
    m_db->run<QList<OutboxMessage>>(
        [id = m_instanceId](DbContext &ctx) { return OutboxRepository::interrupted(ctx, id); }, context,
        std::move(done));
}

void MessageLog::commit(std::shared_ptr<MessageOutcome> outcome, QObject *context,
                        std::function<void(Result<bool>)> done)
{
    // Grouped: the outcomes committed in one batch are written together (PostgreSQL: a statement per table).
    m_db->runGrouped<MessageOutcome, bool>(&commitMany, std::move(outcome), context, std::move(done));
}

void MessageLog::markSent(qint64 outboxId, const QString &wahaMessageId, qint64 atMs, QObject *context, Marked done)
{
    // Grouped: the replies sent meanwhile are marked together (PostgreSQL: two statements for all of them).
    using Mark = OutboxRepository::SentMark;
    m_db->runGrouped<Mark, bool>(&markManySent, std::make_shared<Mark>(Mark{outboxId, wahaMessageId, atMs}), context,
                                 std::move(done));
}

void MessageLog::markFailed(qint64 outboxId, const QString &error, QObject *context, Marked done)
{
    m_db->run<bool>(
        [outboxId, error](DbContext &ctx) {
            if (Status s = OutboxRepository::markFailed(ctx, outboxId, error); !s)
                return Result<bool>(s.error());
            return toResult(
                InteractionRepository::setStatusByMessageId(ctx, QString::number(outboxId), InteractionStatus::Failed));
        },
        context, std::move(done));
}

void MessageLog::claim(const QList<ClaimRequest> &requests, QObject *context,
                       std::function<void(Result<QList<Claim>>)> done)
{
    m_db->run<QList<Claim>>([requests, id = m_instanceId](DbContext &ctx) { return claimJob(ctx, requests, id); },
                            context, std::move(done));
}

void MessageLog::backlog(QObject *context, std::function<void(Result<Backlog>)> done)
{
    m_db->run<Backlog>([](DbContext &ctx) { return backlogJob(ctx); }, context, std::move(done));
}

void MessageLog::markRetry(qint64 outboxId, int attempts, qint64 nextAttemptAtMs, const QString &error,
                           QObject *context, Marked done)
{
    m_db->run<bool>(
        [outboxId, attempts, nextAttemptAtMs, error, id = m_instanceId](DbContext &ctx) {
            return toResult(OutboxRepository::markRetry(ctx, outboxId, attempts, nextAttemptAtMs, error, id));
        },
        context, std::move(done));
}

} // namespace concierge::store
