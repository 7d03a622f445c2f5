#include "handoff/HandoffMonitor.h"

#include "conversations/ConversationService.h"
#include "core/Log.h"
#include "events/LiveEvent.h"
#include "handoff/HandoffService.h"
#include "store/Database.h"
#include "store/FollowupRepository.h"
#include "store/HandoffRepository.h"
#include "store/InteractionRepository.h"
#include "store/LeaseRepository.h"
#include "store/OutboxRepository.h"
#include "store/UserRepository.h"

#include <QHash>

namespace concierge::handoff {

using conversations::OwnerRequest;
using conversations::OwnerTransition;

struct HandoffMonitor::Effects
{
    QList<store::FollowupRow> opened;
    QList<store::OutboxMessage> notices;
    QList<store::HandoffRow> reminded;
    QList<OwnerTransition> returned;
    std::optional<qint64> next;
};

namespace {

constexpr int kMaxFollowupsPerCheck = 200; // the rest in the next check, at once

Result<store::OutboxMessage> callbackNotice(store::DbContext &ctx, const QString &chatId, const QString &text,
                                            qint64 nowMs)
{
    store::OutboxMessage out;
    out.chatId = chatId;
    out.text = text;
    out.author = store::Author::System; // sent although a person owns the chat: it is the office speaking
    out.createdAtMs = nowMs;
    if (auto id = store::OutboxRepository::insert(ctx, out); !id)
        return id.error();
    store::Interaction in;
    in.chatId = chatId;
    in.direction = store::Direction::Out;
    in.author = store::Author::System;
    in.text = text;
    in.source = store::InteractionSource::System;
    in.status = store::InteractionStatus::Queued;
    in.messageId = QString::number(out.id);
    in.createdAtMs = nowMs;
    if (auto id = store::InteractionRepository::insert(ctx, in); !id)
        return id.error();
    return out;
}

QString languageOf(store::DbContext &ctx, const QString &chatId)
{
    auto user = store::UserRepository::get(ctx, chatId);
    if (user && user->has_value() && !(*user)->language.isEmpty())
        return (*user)->language;
    return QStringLiteral("fr");
}

} // namespace

HandoffMonitor::HandoffMonitor(Dependencies deps, HandoffTimings timings, QObject *parent)
    : QObject(parent)
    , m_deps(std::move(deps))
    , m_policy(timings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HandoffMonitor::checkNow);
    if (m_deps.handoff)
        connect(m_deps.handoff, &HandoffService::ownershipChanged, this, &HandoffMonitor::checkNow);
}

void HandoffMonitor::checkNow()
{
    if (m_running) {
        m_again = true;
        return;
    }
    m_running = true;
    const qint64 now = m_deps.clock->nowMs();
    // The follow-up is due at the next opening (now when open).
    qint64 due = now;
    if (m_deps.hours) {
        if (auto opening = m_deps.hours->nextOpening(QDateTime::fromMSecsSinceEpoch(now, m_deps.hours->zone())))
            due = qMax(now, opening->toMSecsSinceEpoch());
    }
    const HandoffPolicy policy = m_policy;
    // The texts are read here (the catalog belongs to this thread), the user's language on the database thread.
    QHash<QString, QString> callback;
    for (const QString &language : {QStringLiteral("fr"), QStringLiteral("en")})
        callback.insert(language, m_deps.text(QStringLiteral("callback"), language));
    m_deps.db->run<Effects>(
        [policy, callback, now, due](store::DbContext &ctx) -> Result<Effects> {
            // Several instances: the one that waited reads what the first one did (a follow-up opened once).
            if (Status s = store::LeaseRepository::exclusive(ctx, store::LeaseRepository::Exclusive::HandoffMonitor);
                !s)
                return s.error();
            // The queue is read only where a follow-up is due (an index range); claimed conversations are few (one
            // per agent's open chat) and read whole.
            const qint64 slaCutoff = now - policy.timings().slaMs;
            auto waiting = store::HandoffRepository::waitingPastSla(ctx, slaCutoff, kMaxFollowupsPerCheck);
            auto claimed = store::HandoffRepository::withOwner(ctx, QStringLiteral("human:"));
            if (!waiting)
                return waiting.error();
            if (!claimed)
                return claimed.error();
            Effects effects;
            for (const HandoffAction &action : policy.due(waiting.value(), claimed.value(), now)) {
                const store::HandoffRow &row = action.row;
                switch (action.kind) {
                case HandoffAction::Kind::OpenFollowup: {
                    store::FollowupRow followup{0, row.chatId, row.reason, due, now, 0, {}};
                    if (auto id = store::FollowupRepository::create(ctx, followup); !id)
                        return id.error();
                    if (Status s = store::HandoffRepository::setFollowup(ctx, row.chatId, followup.id); !s)
                        return s.error();
                    const QString language = languageOf(ctx, row.chatId);
                    auto notice = callbackNotice(ctx, row.chatId,
                                                 callback.value(language, callback.value(QStringLiteral("fr"))), now);
                    if (!notice)
                        return notice.error();
                    effects.opened.append(followup);
                    effects.notices.append(notice.value());
                    break;
                }
                case HandoffAction::Kind::RemindAgent:
                    if (Status s = store::HandoffRepository::markReminded(ctx, row.chatId, now); !s)
                        return s.error();
                    effects.reminded.append(row);
                    break;
                case HandoffAction::Kind::ReturnToQueue: {
                    OwnerRequest request;
                    request.to = domain::ConversationOwner::queued();
                    request.actor = QStringLiteral("system");
                    request.reason = QStringLiteral("agent_inactive");
                    request.expectedVersion = row.version; // the agent may have acted meanwhile: then leave it
                    auto moved = conversations::ConversationService::transfer(ctx, row.chatId, request, now);
                    if (moved && moved->applied)
                        effects.returned.append(moved.value());
                    break;
                }
                }
            }
            // The deadlines as they stand after these changes; more waits past the SLA than one check takes: now.
            const bool more = waiting->size() >= kMaxFollowupsPerCheck;
            auto upcoming = store::HandoffRepository::nextWaitingForSla(ctx, slaCutoff);
            claimed = store::HandoffRepository::withOwner(ctx, QStringLiteral("human:"));
            if (upcoming && claimed) {
                QList<store::HandoffRow> next;
                if (upcoming->has_value())
                    next.append(**upcoming);
                effects.next = more ? now : policy.nextDeadline(next, claimed.value(), now);
            }
            return effects;
        },
        this,
        [this](Result<Effects> effects) {
            m_running = false;
            if (!effects) {
                qCWarning(lcPipeline) << "handoff check failed:" << effects.error().message;
                arm(m_deps.clock->nowMs() + 60'000); // storage trouble: look again in a minute
            } else {
                applied(effects.value());
            }
            emit checked();
            if (std::exchange(m_again, false))
                checkNow();
        });
}

void HandoffMonitor::applied(const Effects &effects)
{
    for (const store::FollowupRow &followup : effects.opened)
        m_deps.handoff->announceFollowup(followup);
    for (const store::OutboxMessage &notice : effects.notices)
        m_deps.handoff->queueNotice(notice);
    for (const store::HandoffRow &row : effects.reminded)
        m_deps.handoff->announceReminder(row, false);
    for (const OwnerTransition &transition : effects.returned) {
        m_deps.handoff->announceReminder(transition.before, true);
        // announce() re-arms through ownershipChanged; m_again makes that a second check, which finds nothing.
        m_deps.handoff->announce(transition, QStringLiteral("system"), QStringLiteral("agent_inactive"));
    }
    arm(effects.next);
}

void HandoffMonitor::arm(std::optional<qint64> deadline)
{
    m_next = deadline;
    if (!deadline) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qBound<qint64>(0, *deadline - m_deps.clock->nowMs(), 24LL * 3600 * 1000);
    m_timer.start(int(wait));
}

} // namespace concierge::handoff
