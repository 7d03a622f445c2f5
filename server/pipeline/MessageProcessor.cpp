#include "pipeline/MessageProcessor.h"

#include "ai/LanguageDetector.h"
#include "assistant/Assistant.h"
#include "core/Log.h"
#include "handoff/HandoffService.h"
#include "integrations/WahaClient.h"
#include "integrations/WahaIds.h"
#include "live/EventBus.h"
#include "pipeline/OutboxSender.h"
#include "sessions/SessionService.h"
#include "store/SessionCache.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace concierge::pipeline {

using store::InboxMessage;
using store::Interaction;
using store::OutboxMessage;

using Outcome = store::MessageOutcome;

namespace {

store::InteractionSource sourceOf(domain::RoutingSource source)
{
    switch (source) {
    case domain::RoutingSource::Offline: break;
    case domain::RoutingSource::Llm: return store::InteractionSource::Llm;
    case domain::RoutingSource::Flow: return store::InteractionSource::Flow;
    case domain::RoutingSource::Menu: return store::InteractionSource::Menu;
    }
    return store::InteractionSource::Offline;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Interaction incomingOf(const InboxMessage &message)
{
    Interaction in;
    in.chatId = message.chatId;
    in.direction = store::Direction::In;
    in.author = message.kind == store::InboxKind::Staff ? store::Author::Staff : store::Author::User;
    in.text = message.text;
    in.status = store::InteractionStatus::Received;
    in.messageId = message.wahaMessageId;
    in.createdAtMs = message.receivedAtMs;
    return in;
}

OutboxMessage replyTo(const InboxMessage &message, const QString &text)
{
    OutboxMessage out;
    out.inboxId = message.id;
    out.chatId = message.chatId;
    out.text = text;
    out.replyTo = integrations::isSyntheticMessageId(message.wahaMessageId) ? QString() : message.wahaMessageId;
    out.createdAtMs = nowMs();
    return out;
}

// What the agent who picks the conversation up needs first: the user's own recent words, one message a line, in
// their language (the console adds the service, intent and names; no labels in one language here).
QString summaryOf(const InboxMessage &message, const assistant::AssistantReply &reply)
{
    QStringList asked;
    for (const domain::ChatTurn &turn : reply.session.history) {
        if (turn.speaker == domain::Speaker::User && turn.text != message.text)
            asked.append(turn.text.simplified());
    }
    while (asked.size() > 3)
        asked.removeFirst();
    asked.append(message.text.simplified());
    return asked.join(QLatin1Char('\n'));
}

} // namespace

MessageProcessor::MessageProcessor(Dependencies deps, int rateLimitPerMinute, QObject *parent)
    : QObject(parent)
    , m_deps(deps)
    , m_log(deps.db)
    , m_rateLimitPerMinute(rateLimitPerMinute)
{
}

void MessageProcessor::process(const InboxMessage &message, std::function<void()> done)
{
    if (message.kind == store::InboxKind::Staff) {
        processStaff(message, std::move(done));
        return;
    }
    const qint64 started = nowMs();
    m_deps.cache->hit(QStringLiteral("rate:") + message.chatId, 60, this, [this, message, started, done](qint64 count) {
        if (count > m_rateLimitPerMinute) {
            // One polite notice, then silence until the window passes.
            rateLimited(message, started, count == m_rateLimitPerMinute + 1, done);
            return;
        }
        answer(message, started, done);
    });
}

void MessageProcessor::processStaff(const InboxMessage &message, std::function<void()> done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->message = message;
    outcome->incoming = incomingOf(message);
    outcome->incoming.direction = store::Direction::Out;
    outcome->incoming.status = store::InteractionStatus::Sent;
    outcome->incoming.source = store::InteractionSource::Phone;
    // A person answered from the phone: the chat is theirs at once (unless an agent already holds it).
    conversations::OwnerRequest request;
    request.to = domain::ConversationOwner::human(QStringLiteral("phone"));
    request.actor = QStringLiteral("phone");
    request.reason = QStringLiteral("phone_takeover");
    request.from = conversations::OwnerRequest::From::NotHuman;
    auto step = changeOwnerWith(*outcome, request, m_deps.clock->nowMs());
    commit(outcome, std::move(done), step);
}

void MessageProcessor::answer(const InboxMessage &message, qint64 startedMs, std::function<void()> done)
{
    m_deps.conversations->owner(message.chatId, this,
                                [this, message, startedMs, done](Result<conversations::OwnerState> owner) {
                                    // Unreadable: answer; the outbox checks the owner again before sending.
                                    if (owner && !owner->owner.isBot())
                                        recordForConsole(message, done);
                                    else
                                        askAssistant(message, startedMs, done);
                                });
}

void MessageProcessor::recordForConsole(const InboxMessage &message, std::function<void()> done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->message = message;
    outcome->incoming = incomingOf(message);
    commit(outcome, std::move(done));
}

std::shared_ptr<MessageProcessor::OwnerStep>
MessageProcessor::changeOwnerWith(Outcome &outcome, conversations::OwnerRequest request, qint64 nowMs)
{
    auto step = std::make_shared<OwnerStep>();
    step->request = std::move(request);
    const QString chatId = outcome.message.chatId;
    outcome.alsoInTransaction = [step, chatId, nowMs](store::DbContext &ctx) -> Status {
        auto moved = conversations::ConversationService::transfer(ctx, chatId, step->request, nowMs);
        if (!moved)
            return moved.error();
        step->transition = moved.value();
        return Status::success();
    };
    return step;
}

void MessageProcessor::askAssistant(const InboxMessage &message, qint64 startedMs, std::function<void()> done)
{
    const bool llm = m_deps.assistant->llmConfigured();
    if (llm)
        m_deps.waha->startTyping(message.chatId); // the LLM takes seconds: show that someone is writing
    m_deps.sessions->load(message.chatId, this, [this, message, startedMs, done, llm](domain::Session session) {
        const assistant::AssistantRequest request{message.chatId, message.text, std::move(session), {}};
        const bool lends = llm && m_wait.waiting && m_wait.resume;
        if (lends)
            m_wait.waiting(message.chatId); // seconds of network: the slot serves another chat meanwhile
        m_deps.assistant->handle(
            request, this, [this, message, startedMs, done, llm, lends](assistant::AssistantReply reply) {
                if (llm)
                    m_deps.waha->stopTyping(message.chatId);
                if (!lends) {
                    answered(message, startedMs, reply, done);
                    return;
                }
                m_wait.resume(message.chatId, [self = QPointer(this), message, startedMs, reply, done] {
                    if (self)
                        self->answered(message, startedMs, reply, done);
                });
            });
    });
}

void MessageProcessor::answered(const InboxMessage &message, qint64 startedMs, assistant::AssistantReply reply,
                                std::function<void()> done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->message = message;
    outcome->incoming = incomingOf(message);
    outcome->incoming.service = domain::serviceName(reply.routing.service);
    outcome->incoming.intent = reply.routing.intent;
    outcome->incoming.language = reply.routing.language;
    outcome->incoming.confidence = reply.routing.confidence;
    outcome->incoming.source = sourceOf(reply.routing.source);

    Interaction out = outcome->incoming;
    out.direction = store::Direction::Out;
    out.author = store::Author::Bot;
    out.text = reply.text;
    out.source = reply.byLlm ? store::InteractionSource::Llm : store::InteractionSource::Offline;
    out.status = store::InteractionStatus::Queued;
    out.latencyMs = nowMs() - startedMs;
    out.tokensIn = reply.usage.inputTokens;
    out.tokensOut = reply.usage.outputTokens;
    out.llmCalls = reply.usage.calls;
    out.messageId.clear();
    out.createdAtMs = nowMs();
    outcome->outgoing = out;
    outcome->reply = replyTo(message, reply.text);

    reply.session.updatedAtMs = nowMs(); // the session's owner stamps it, not the assistant
    outcome->session = m_deps.sessions->record(reply.session);
    m_deps.sessions->remember(reply.session);
    std::shared_ptr<OwnerStep> step;
    if (reply.handoff) {
        conversations::OwnerRequest request;
        request.to = domain::ConversationOwner::queued();
        request.actor = QStringLiteral("user");
        request.reason = reply.handoff->reason;
        request.summary = summaryOf(message, reply);
        request.urgent = reply.handoff->urgent;
        request.from = conversations::OwnerRequest::From::Bot;
        step = changeOwnerWith(*outcome, request, m_deps.clock->nowMs());
        // The holding reply goes although the chat is now the queue's (the outbox re-checks bot rows).
        outcome->reply->author = store::Author::System;
    }
    commit(outcome, done, step);
}

void MessageProcessor::rateLimited(const InboxMessage &message, qint64 startedMs, bool notify,
                                   std::function<void()> done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->message = message;
    outcome->incoming = incomingOf(message);
    outcome->incoming.status = store::InteractionStatus::RateLimited;
    outcome->inboxStatus = store::InboxStatus::Ignored;
    if (notify) {
        const QString language = ai::LanguageDetector::detect(message.text).language;
        const QString text = m_deps.assistant->catalog().text(services::ServiceCatalog::systemName(),
                                                              QStringLiteral("rate_limited"), language);
        Interaction out = outcome->incoming;
        out.direction = store::Direction::Out;
        out.author = store::Author::Bot;
        out.text = text;
        out.source = store::InteractionSource::System;
        out.status = store::InteractionStatus::Queued;
        out.latencyMs = nowMs() - startedMs;
        out.createdAtMs = nowMs();
        outcome->outgoing = out;
        outcome->reply = replyTo(message, text);
    }
    commit(outcome, std::move(done));
}

void MessageProcessor::commit(std::shared_ptr<Outcome> outcome, std::function<void()> done,
                              std::shared_ptr<OwnerStep> ownerStep, int attempt)
{
    if (attempt == 0)
        outcome->processedAtMs = nowMs();
    m_log.commit(outcome, this, [this, outcome, done, ownerStep, attempt](Result<bool> committed) {
        if (!committed) {
            // The same outcome is committed again, with backoff, while the process lives: the chat waits (its
            // order is kept) and the assistant is not asked twice. A COMMIT whose answer was lost may have gone
            // through: the commit then finds the inbox row settled and writes nothing (false below).
            const int delay = qMin(kCommitRetryFirstMs << qMin(attempt, 16), kCommitRetryMaxMs);
            qCWarning(lcPipeline) << "could not record message" << outcome->message.id << ":"
                                  << committed.error().message << "- retry in" << delay << "ms";
            ++m_commitsWaiting;
            QTimer::singleShot(delay, this, [this, outcome, done, ownerStep, attempt] {
                --m_commitsWaiting;
                commit(outcome, done, ownerStep, attempt + 1);
            });
            return;
        }
        if (!committed.value()) {
            // Recorded by an earlier attempt whose answer was lost: its reply is in the outbox, unsent.
            qCInfo(lcPipeline) << "message" << outcome->message.id << "was already recorded";
            m_deps.outbox->sweep();
            done();
            return;
        }
        if (m_deps.metrics)
            m_deps.metrics->committed(*outcome);
        if (outcome->reply)
            m_deps.outbox->submit(*outcome->reply);
        published(*outcome);
        if (ownerStep && ownerStep->transition.applied && m_deps.handoff)
            m_deps.handoff->announce(ownerStep->transition, ownerStep->request.actor, ownerStep->request.reason);
        done();
    });
}

void MessageProcessor::published(const Outcome &outcome)
{
    const auto &m = outcome.message;
    live::MessageReceivedPayload received{
        store::name(outcome.incoming.author), m.text, m.pushName, outcome.incoming.service, outcome.incoming.intent,
        store::name(outcome.incoming.status)};
    m_deps.events->publish(live::EventKind::MessageReceived, m.chatId, received.toJson());
    if (outcome.outgoing)
        m_deps.events->publish(
            live::EventKind::MessageQueued, m.chatId,
            live::MessageQueuedPayload{outcome.outgoing->text, outcome.outgoing->latencyMs}.toJson());
}

} // namespace concierge::pipeline
