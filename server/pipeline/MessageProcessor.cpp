#include "pipeline/MessageProcessor.h"

#include "ai/LanguageDetector.h"
#include "assistant/Assistant.h"
#include "core/Log.h"
#include "integrations/WahaClient.h"
#include "live/EventBus.h"
#include "pipeline/OutboxSender.h"
#include "pipeline/SessionStore.h"
#include "store/Database.h"
#include "store/InboxRepository.h"
#include "store/InteractionRepository.h"
#include "store/OutboxRepository.h"
#include "store/SessionCache.h"
#include "store/SessionRepository.h"
#include "store/UserRepository.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace concierge::pipeline {

using store::InboxMessage;
using store::Interaction;
using store::OutboxMessage;

// Everything one message produced, written in one transaction.
struct MessageProcessor::Outcome
{
    InboxMessage message;
    QString inboxStatus = QStringLiteral("done");
    Interaction incoming;
    std::optional<Interaction> outgoing;
    std::optional<OutboxMessage> reply;
    std::optional<store::SessionRecord> session;
};

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

Interaction incomingOf(const InboxMessage &message)
{
    Interaction in;
    in.chatId = message.chatId;
    in.direction = QStringLiteral("in");
    in.author = message.kind == QLatin1String("staff") ? QStringLiteral("staff") : QStringLiteral("user");
    in.text = message.text;
    in.status = QStringLiteral("received");
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
    out.replyTo = message.wahaMessageId.startsWith(QLatin1String("simple_")) ? QString() : message.wahaMessageId;
    out.createdAtMs = nowMs();
    return out;
}

} // namespace

MessageProcessor::MessageProcessor(Dependencies deps, int rateLimitPerMinute, QObject *parent)
    : QObject(parent)
    , m_deps(deps)
    , m_rateLimitPerMinute(rateLimitPerMinute)
{
}

void MessageProcessor::process(const InboxMessage &message, std::function<void()> done)
{
    if (message.kind == QLatin1String("staff")) {
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
    outcome->incoming.direction = QStringLiteral("out");
    outcome->incoming.status = QStringLiteral("sent");
    outcome->incoming.source = QStringLiteral("phone");
    commit(outcome, std::move(done));
}

void MessageProcessor::answer(const InboxMessage &message, qint64 startedMs, std::function<void()> done)
{
    const bool llm = m_deps.assistant->llmConfigured();
    if (llm)
        m_deps.waha->startTyping(message.chatId); // the LLM takes seconds: show that someone is writing
    m_deps.sessions->load(message.chatId, this, [this, message, startedMs, done, llm](QJsonObject session) {
        const assistant::AssistantRequest request{
            message.chatId, message.text, domain::Session::fromJson(session, message.chatId), {}};
        m_deps.assistant->handle(request, this, [this, message, startedMs, done, llm](assistant::AssistantReply reply) {
            if (llm)
                m_deps.waha->stopTyping(message.chatId);
            auto outcome = std::make_shared<Outcome>();
            outcome->message = message;
            outcome->incoming = incomingOf(message);
            outcome->incoming.service = domain::serviceName(reply.routing.service);
            outcome->incoming.intent = reply.routing.intent;
            outcome->incoming.language = reply.routing.language;
            outcome->incoming.confidence = reply.routing.confidence;
            outcome->incoming.source = domain::routingSourceName(reply.routing.source);

            Interaction out = outcome->incoming;
            out.direction = QStringLiteral("out");
            out.author = QStringLiteral("bot");
            out.text = reply.text;
            out.source =
                domain::routingSourceName(reply.byLlm ? domain::RoutingSource::Llm : domain::RoutingSource::Offline);
            out.status = QStringLiteral("queued");
            out.latencyMs = nowMs() - startedMs;
            out.tokensIn = reply.usage.inputTokens;
            out.tokensOut = reply.usage.outputTokens;
            out.llmCalls = reply.usage.calls;
            out.messageId.clear();
            out.createdAtMs = nowMs();
            outcome->outgoing = out;
            outcome->reply = replyTo(message, reply.text);

            reply.session.updatedAtMs = nowMs(); // the session's owner stamps it, not the assistant
            const QJsonObject session = reply.session.toJson();
            store::SessionRecord record;
            record.sessionId = message.chatId;
            record.chatId = message.chatId;
            record.data = session;
            record.createdAtMs = reply.session.createdAtMs;
            record.updatedAtMs = nowMs();
            record.expiresAtMs = m_deps.sessions->expiresAt(session);
            outcome->session = record;
            m_deps.sessions->remember(message.chatId, session);
            commit(outcome, done);
        });
    });
}

void MessageProcessor::rateLimited(const InboxMessage &message, qint64 startedMs, bool notify,
                                   std::function<void()> done)
{
    auto outcome = std::make_shared<Outcome>();
    outcome->message = message;
    outcome->incoming = incomingOf(message);
    outcome->incoming.status = QStringLiteral("rate_limited");
    outcome->inboxStatus = QStringLiteral("ignored");
    if (notify) {
        const QString language = ai::LanguageDetector::detect(message.text).language;
        const QString text = m_deps.assistant->catalog().text(services::ServiceCatalog::systemName(),
                                                              QStringLiteral("rate_limited"), language);
        Interaction out = outcome->incoming;
        out.direction = QStringLiteral("out");
        out.author = QStringLiteral("bot");
        out.text = text;
        out.source = QStringLiteral("system");
        out.status = QStringLiteral("queued");
        out.latencyMs = nowMs() - startedMs;
        out.createdAtMs = nowMs();
        outcome->outgoing = out;
        outcome->reply = replyTo(message, text);
    }
    commit(outcome, std::move(done));
}

void MessageProcessor::commit(std::shared_ptr<Outcome> outcome, std::function<void()> done)
{
    m_deps.db->run<bool>(
        [outcome](store::DbContext &ctx) -> Result<bool> {
            auto in = store::InteractionRepository::insert(ctx, outcome->incoming);
            if (!in)
                return in.error();
            if (outcome->reply) {
                auto id = store::OutboxRepository::insert(ctx, *outcome->reply);
                if (!id)
                    return id.error();
                outcome->outgoing->messageId = QString::number(id.value());
                auto out = store::InteractionRepository::insert(ctx, *outcome->outgoing);
                if (!out)
                    return out.error();
            }
            if (outcome->session) {
                if (Status s = store::SessionRepository::upsert(ctx, *outcome->session); !s)
                    return s.error();
            }
            const auto &m = outcome->message;
            if (Status s =
                    store::UserRepository::touch(ctx, m.chatId, m.pushName, outcome->incoming.language, m.receivedAtMs);
                !s)
                return s.error();
            return toResult(store::InboxRepository::setStatus(ctx, m.id, outcome->inboxStatus, nowMs()));
        },
        this,
        [this, outcome, done](Result<bool> committed) {
            if (!committed) {
                // Left pending: tried again after a pause (and at restart), never dropped.
                qCWarning(lcPipeline) << "could not record message" << outcome->message.id << ":"
                                      << committed.error().message;
                QTimer::singleShot(5000, this, [done] { done(); });
                return;
            }
            if (outcome->reply)
                m_deps.outbox->submit(*outcome->reply);
            published(*outcome);
            done();
        });
}

void MessageProcessor::published(const Outcome &outcome)
{
    const auto &m = outcome.message;
    m_deps.events->publish(QStringLiteral("message.received"), {{QStringLiteral("chat_id"), m.chatId},
                                                                {QStringLiteral("author"), outcome.incoming.author},
                                                                {QStringLiteral("text"), m.text},
                                                                {QStringLiteral("push_name"), m.pushName},
                                                                {QStringLiteral("service"), outcome.incoming.service},
                                                                {QStringLiteral("intent"), outcome.incoming.intent},
                                                                {QStringLiteral("status"), outcome.incoming.status}});
    if (outcome.outgoing)
        m_deps.events->publish(QStringLiteral("message.queued"),
                               {{QStringLiteral("chat_id"), m.chatId},
                                {QStringLiteral("text"), outcome.outgoing->text},
                                {QStringLiteral("latency_ms"), outcome.outgoing->latencyMs}});
}

} // namespace concierge::pipeline
