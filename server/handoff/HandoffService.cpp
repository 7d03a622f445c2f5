#include "handoff/HandoffService.h"

#include "events/LiveEvent.h"
#include "live/EventBus.h"
#include "sessions/SessionService.h"
#include "store/Database.h"
#include "store/FollowupRepository.h"
#include "store/HandoffRepository.h"
#include "store/InteractionRepository.h"
#include "store/OutboxRepository.h"
#include "store/SessionRepository.h"

#include <QPointer>

namespace concierge::handoff {

using conversations::ConversationService;
using conversations::OwnerRequest;
using conversations::OwnerTransition;
using domain::ConversationOwner;

namespace {

constexpr int kMaxFollowups = 500;

// A reply leaving for the user, with its interaction (message_id: the outbox id, so that receipts follow it).
Result<store::OutboxMessage> queueReply(store::DbContext &ctx, const QString &chatId, const QString &text,
                                        store::Author author, const QString &agent, qint64 nowMs)
{
    store::OutboxMessage out;
    out.chatId = chatId;
    out.text = text;
    out.author = author;
    out.createdAtMs = nowMs;
    auto id = store::OutboxRepository::insert(ctx, out);
    if (!id)
        return id.error();
    store::Interaction interaction;
    interaction.chatId = chatId;
    interaction.direction = store::Direction::Out;
    interaction.author = author;
    interaction.agent = agent;
    interaction.text = text;
    interaction.source =
        author == store::Author::System ? store::InteractionSource::System : store::InteractionSource::Unknown;
    interaction.status = store::InteractionStatus::Queued;
    interaction.messageId = QString::number(out.id);
    interaction.createdAtMs = nowMs;
    if (auto in = store::InteractionRepository::insert(ctx, interaction); !in)
        return in.error();
    return out;
}

// The end of a person's segment, for the session: the assistant starts afresh instead of resuming a stale flow.
struct SegmentEnd
{
    OwnerTransition transition;
    std::optional<store::OutboxMessage> notice;
};

} // namespace

HandoffService::HandoffService(Dependencies deps, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(deps))
{
}

void HandoffService::claim(const QString &chatId, const QString &agent, std::optional<int> expectedVersion,
                           QObject *context, Done done)
{
    OwnerRequest request;
    request.to = ConversationOwner::human(agent);
    request.actor = agent;
    request.reason = QStringLiteral("claim");
    request.from = OwnerRequest::From::Claimable;
    request.expectedVersion = expectedVersion;
    const qint64 now = m_deps.clock->nowMs();
    m_deps.db->run<OwnerTransition>(
        [chatId, request, now](store::DbContext &ctx) {
            return ConversationService::transfer(ctx, chatId, request, now);
        },
        this,
        [this, agent, context = QPointer<QObject>(context), done](Result<OwnerTransition> moved) {
            if (moved && moved->applied)
                announce(moved.value(), agent, QStringLiteral("claim"));
            if (context)
                done(moved ? Result<store::HandoffRow>(moved->after) : Result<store::HandoffRow>(moved.error()));
        });
}

void HandoffService::release(const QString &chatId, const QString &agent, std::optional<int> expectedVersion,
                             QObject *context, Done done)
{
    endSegment(chatId, agent, expectedVersion, true, context, std::move(done));
}

void HandoffService::close(const QString &chatId, const QString &agent, std::optional<int> expectedVersion,
                           QObject *context, Done done)
{
    endSegment(chatId, agent, expectedVersion, false, context, std::move(done));
}

void HandoffService::endSegment(const QString &chatId, const QString &agent, std::optional<int> expectedVersion,
                                bool notify, QObject *context, Done done)
{
    m_deps.sessions->load(chatId, this, [=, this](domain::Session session) {
        const QString language = session.language.isEmpty() ? QStringLiteral("fr") : session.language;
        const QString notice = notify ? m_deps.text(QStringLiteral("released"), language) : QString();
        session.endFlow();
        session.awaitingMenu = false;
        session.remember(domain::Speaker::Assistant,
                         notify ? notice : QStringLiteral("[fin de l'échange avec le secrétariat]"));
        session.updatedAtMs = m_deps.clock->nowMs();
        const store::SessionRecord record = m_deps.sessions->record(session);
        OwnerRequest request;
        request.to = ConversationOwner::bot();
        request.actor = agent;
        request.reason = notify ? QStringLiteral("release") : QStringLiteral("close");
        request.from = OwnerRequest::From::Self;
        request.expectedVersion = expectedVersion;
        const qint64 now = m_deps.clock->nowMs();
        m_deps.db->run<SegmentEnd>(
            [chatId, request, now, notice, record](store::DbContext &ctx) -> Result<SegmentEnd> {
                auto moved = ConversationService::transfer(ctx, chatId, request, now);
                if (!moved)
                    return moved.error();
                SegmentEnd end{moved.value(), std::nullopt};
                if (!moved->applied)
                    return end;
                if (Status s = store::SessionRepository::upsert(ctx, record); !s)
                    return s.error();
                if (!notice.isEmpty()) {
                    auto row = queueReply(ctx, chatId, notice, store::Author::System, {}, now);
                    if (!row)
                        return row.error();
                    end.notice = row.value();
                }
                return end;
            },
            this,
            [this, agent, session, reason = request.reason, context = QPointer<QObject>(context),
             done](Result<SegmentEnd> end) {
                if (end && end->transition.applied) {
                    m_deps.sessions->remember(session);
                    if (end->notice)
                        queueNotice(*end->notice);
                    announce(end->transition, agent, reason);
                }
                if (context)
                    done(end ? Result<store::HandoffRow>(end->transition.after)
                             : Result<store::HandoffRow>(end.error()));
            });
    });
}

void HandoffService::sendAsAgent(const QString &chatId, const QString &agent, const QString &text, QObject *context,
                                 std::function<void(Result<store::OutboxMessage>)> done)
{
    const qint64 now = m_deps.clock->nowMs();
    m_deps.db->run<store::OutboxMessage>(
        [chatId, agent, text, now](store::DbContext &ctx) -> Result<store::OutboxMessage> {
            auto row = store::HandoffRepository::get(ctx, chatId);
            if (!row)
                return row.error();
            if (row->owner != ConversationOwner::human(agent).toString())
                return Error{QStringLiteral("not_owner"),
                             QStringLiteral("the conversation is not yours (owner: %1)").arg(row->owner)};
            if (Status s = store::HandoffRepository::touchActivity(ctx, chatId, now); !s)
                return s.error();
            return queueReply(ctx, chatId, text, store::Author::Agent, agent, now);
        },
        this,
        [this, context = QPointer<QObject>(context), done](Result<store::OutboxMessage> row) {
            if (row) {
                queueNotice(row.value());
                emit ownershipChanged(); // the agent's activity moved: the reminder's deadline too
            }
            if (context)
                done(row);
        });
}

void HandoffService::queueNotice(const store::OutboxMessage &row)
{
    if (m_deps.send)
        m_deps.send(row);
    m_deps.events->publish(live::EventKind::MessageQueued, row.chatId,
                           live::MessageQueuedPayload{row.text, 0}.toJson());
}

void HandoffService::followups(bool includeDone, QObject *context,
                               std::function<void(Result<QList<store::FollowupRow>>)> done)
{
    m_deps.db->run<QList<store::FollowupRow>>(
        [includeDone](store::DbContext &ctx) {
            return store::FollowupRepository::list(ctx, includeDone, kMaxFollowups);
        },
        context, std::move(done));
}

void HandoffService::markFollowupDone(qint64 id, const QString &agent, QObject *context,
                                      std::function<void(Result<store::FollowupRow>)> done)
{
    const qint64 now = m_deps.clock->nowMs();
    m_deps.db->run<store::FollowupRow>(
        [id, agent, now](store::DbContext &ctx) -> Result<store::FollowupRow> {
            if (auto marked = store::FollowupRepository::markDone(ctx, id, agent, now); !marked)
                return marked.error();
            auto row = store::FollowupRepository::get(ctx, id);
            if (!row)
                return row.error();
            if (!row->has_value())
                return Error{QStringLiteral("followup_not_found"), QStringLiteral("no follow-up %1").arg(id)};
            return row->value();
        },
        this,
        [this, context = QPointer<QObject>(context), done](Result<store::FollowupRow> row) {
            if (row)
                announceFollowup(row.value());
            if (context)
                done(row);
        });
}

void HandoffService::announce(const OwnerTransition &transition, const QString &actor, const QString &reason)
{
    const store::HandoffRow &row = transition.after;
    m_deps.events->publish(live::EventKind::OwnerChanged, row.chatId,
                           live::OwnerChangedPayload{row.owner, row.version, actor, reason}.toJson());
    if (row.owner == ConversationOwner::queued().toString())
        m_deps.events->publish(
            live::EventKind::HandoffRequested, row.chatId,
            live::HandoffRequestedPayload{row.reason, row.summary, row.urgent, row.queuedAtMs}.toJson());
    emit ownershipChanged();
}

void HandoffService::announceReminder(const store::HandoffRow &row, bool returned)
{
    m_deps.events->publish(
        live::EventKind::HandoffReminder, row.chatId,
        live::HandoffReminderPayload{row.owner, qMax(row.agentActivityAtMs, row.claimedAtMs), returned}.toJson());
}

void HandoffService::announceFollowup(const store::FollowupRow &followup)
{
    m_deps.events->publish(
        live::EventKind::FollowupChanged, followup.chatId,
        live::FollowupChangedPayload{followup.id, followup.reason, followup.dueAtMs, !followup.isOpen()}.toJson());
}

} // namespace concierge::handoff
