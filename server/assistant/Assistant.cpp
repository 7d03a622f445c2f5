#include "assistant/Assistant.h"

#include "ai/AnswerWriter.h"
#include "ai/IntentAnalyzer.h"
#include "ai/LanguageDetector.h"
#include "ai/LlmClient.h"
#include "ai/OfflineRouter.h"
#include "assistant/RenseignementService.h"
#include "core/Log.h"

#include <QDateTime>
#include <QJsonArray>
#include <QPointer>

namespace concierge::assistant {

using ai::RoutingResult;
using ai::ServiceId;

// One message being answered.
struct Assistant::Turn
{
    AssistantRequest request;
    QPointer<QObject> context;
    std::function<void(AssistantReply)> done;
    QJsonObject session;
    QString language;
    ai::LlmUsage usage;
    RoutingResult routing;
    bool llmAnswered = false;
    bool llmDown = false; // the routing call failed (timeout, 5xx, balance...): no second wait on the LLM
};

namespace {

QList<ai::ChatTurn> historyOf(const QJsonObject &session)
{
    QList<ai::ChatTurn> turns;
    const QJsonArray history = session.value(session::history).toArray();
    for (const QJsonValue &v : history) {
        const QJsonObject o = v.toObject();
        turns.append({o.value(QLatin1String("role")).toString(), o.value(QLatin1String("text")).toString()});
    }
    return turns;
}

void addUsage(ai::LlmUsage &total, const ai::LlmUsage &more)
{
    total.calls += more.calls;
    total.inputTokens += more.inputTokens;
    total.outputTokens += more.outputTokens;
    total.latencyMs += more.latencyMs;
}

} // namespace

Assistant::Assistant(services::ServiceCatalog catalog, ai::LlmClient *llm, FaqProvider *faq, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_offline(std::make_unique<ai::OfflineRouter>(m_catalog))
    , m_llm(llm)
    , m_analyzer(llm && llm->configured() ? new ai::IntentAnalyzer(llm, this) : nullptr)
    , m_renseignement(
          new RenseignementService(faq, llm && llm->configured() ? new ai::AnswerWriter(llm, this) : nullptr, this))
{
}

Assistant::~Assistant() = default;

void Assistant::setCatalog(const services::ServiceCatalog &catalog)
{
    m_catalog = catalog;
    m_offline = std::make_unique<ai::OfflineRouter>(m_catalog);
}

void Assistant::setRoutingClient(ai::LlmClient *routingLlm)
{
    delete std::exchange(m_analyzer, nullptr);
    if (routingLlm && routingLlm->configured())
        m_analyzer = new ai::IntentAnalyzer(routingLlm, this);
}

bool Assistant::llmConfigured() const
{
    return m_analyzer != nullptr;
}

QList<ServiceId> Assistant::enabledServices() const
{
    QList<ServiceId> out;
    for (ServiceId s : {ServiceId::Renseignement, ServiceId::Catechese, ServiceId::ContactHumain}) {
        if (m_catalog.isEnabled(s))
            out.append(s);
    }
    return out;
}

QString Assistant::text(ServiceId service, const QString &key, const QString &language) const
{
    return service == ServiceId::Unknown ? m_catalog.text(services::ServiceCatalog::systemName(), key, language)
                                         : m_catalog.text(service, key, language);
}

void Assistant::handle(const AssistantRequest &request, QObject *context, std::function<void(AssistantReply)> done)
{
    auto turn = std::make_shared<Turn>();
    turn->request = request;
    turn->context = context;
    turn->done = std::move(done);
    turn->session = request.session;
    turn->session.remove(session::awaiting);

    // Local analysis first: it is free, gives the language and entities, and is the fallback.
    const RoutingResult offline = m_offline->route(request.text);
    // A message without language evidence ("2", "SA-4821", "ok") keeps the conversation's language: the detector
    // says French by default, and an English speaker choosing from the menu must not be answered in French.
    const ai::LanguageDetector::Detection detected = ai::LanguageDetector::detect(request.text);
    const QString sessionLanguage = request.session.value(session::language).toString();
    turn->language = !request.language.isEmpty()                                                  ? request.language
                     : detected.confidence >= kMinLanguageConfidence || sessionLanguage.isEmpty() ? detected.language
                                                                                                  : sessionLanguage;
    if (turn->language.isEmpty())
        turn->language = QStringLiteral("fr");

    // A menu number ("1", "2.", "trois") is an answer in itself: no LLM call.
    if (offline.source == QLatin1String("menu") && offline.service != ServiceId::Unknown) {
        turn->session.remove(session::flow);
        serve(turn, offline);
        return;
    }

    const QString flow = request.session.value(session::flow).toString();
    if (!flow.isEmpty()) {
        const ServiceId flowService = ai::serviceFromName(flow.section(u':', 0, 0));
        // A clear request for something else leaves the flow; anything else is the flow's answer (no LLM call).
        const bool leaves =
            offline.service != ServiceId::Unknown && offline.service != flowService && offline.confidence >= 0.6;
        if (m_catalog.isEnabled(flowService) && !leaves) {
            RoutingResult routing = offline;
            routing.service = flowService;
            routing.source = QStringLiteral("flow");
            serve(turn, routing);
            return;
        }
        turn->session.remove(session::flow);
    }
    turn->routing = offline;
    // A message that is only a greeting or thanks is no new topic: answered locally, with no LLM call (the model
    // would route "Bonjour" to some service and the user would miss the welcome menu).
    if (offline.service == ServiceId::Unknown &&
        (offline.intent == QLatin1String("salutation") || offline.intent == QLatin1String("remerciement"))) {
        serve(turn, offline);
        return;
    }
    route(turn);
}

void Assistant::route(std::shared_ptr<Turn> turn)
{
    if (!m_analyzer) {
        serve(turn, turn->routing);
        return;
    }
    m_analyzer->analyze(turn->request.text, historyOf(turn->session), enabledServices(), this,
                        [this, turn](Result<RoutingResult> result, ai::LlmUsage usage) {
                            addUsage(turn->usage, usage);
                            turn->llmDown = !result && result.error().code == QLatin1String("llm_unavailable");
                            if (!result || result->confidence < kMinLlmConfidence) {
                                // Unsure or failed: the offline decision stands, and the user never hears of it.
                                qCInfo(lcAssistant)
                                    << "LLM routing not used:"
                                    << (result ? QStringLiteral("low confidence") : result.error().code);
                                serve(turn, turn->routing);
                                return;
                            }
                            RoutingResult routing = result.value();
                            // Keep what the local analysis found when the model left it out.
                            for (auto it = turn->routing.entities.begin(); it != turn->routing.entities.end(); ++it) {
                                if (!routing.entities.contains(it.key()))
                                    routing.entities.insert(it.key(), it.value());
                            }
                            if (!routing.language.isEmpty())
                                turn->language = routing.language;
                            serve(turn, routing);
                        });
}

void Assistant::serve(std::shared_ptr<Turn> turn, RoutingResult routing)
{
    if (routing.service != ServiceId::Unknown && !m_catalog.isEnabled(routing.service))
        routing.service = ServiceId::Unknown;
    routing.language = turn->language;
    turn->routing = routing;
    QJsonObject entities = turn->session.value(session::entities).toObject();
    for (auto it = routing.entities.begin(); it != routing.entities.end(); ++it)
        entities.insert(it.key(), it.value());
    if (!entities.isEmpty())
        turn->session.insert(session::entities, entities);

    switch (routing.service) {
    case ServiceId::Unknown: serveMenu(turn, routing); return;
    case ServiceId::Catechese: serveCatechese(turn, routing); return;
    case ServiceId::ContactHumain: serveContact(turn, routing); return;
    case ServiceId::Renseignement:
        if (routing.source == QLatin1String("menu")) {
            // "1" is a choice, not a question: searching the FAQ for it would answer "nothing found".
            finish(turn, text(ServiceId::Renseignement, QStringLiteral("ask_question"), turn->language));
            return;
        }
        break;
    }
    const QString prompt = m_catalog.systemPrompt(ServiceId::Renseignement);
    m_renseignement->answer(
        turn->request.text, turn->language, historyOf(turn->session), prompt, this,
        [this, turn](RenseignementService::Answer answer) {
            addUsage(turn->usage, answer.usage);
            turn->llmAnswered = answer.source == QLatin1String("llm");
            if (!answer.faqId.isEmpty())
                turn->routing.entities.insert(QStringLiteral("faq_id"), answer.faqId);
            if (!answer.text) {
                turn->routing.intent = QStringLiteral("no_answer");
                finish(turn, text(ServiceId::Renseignement, QStringLiteral("no_answer"), turn->language));
                return;
            }
            finish(turn, *answer.text);
        },
        !turn->llmDown);
}

void Assistant::serveMenu(std::shared_ptr<Turn> turn, const RoutingResult &routing)
{
    const QString lang = turn->language;
    if (routing.intent == QLatin1String("remerciement")) {
        finish(turn, text(ServiceId::Unknown, QStringLiteral("thanks"), lang));
        return;
    }
    turn->session.insert(session::awaiting, QStringLiteral("menu"));
    if (routing.intent == QLatin1String("salutation")) {
        finish(turn, text(ServiceId::Unknown, QStringLiteral("welcome"), lang) + QStringLiteral("\n\n") +
                         text(ServiceId::Unknown, QStringLiteral("menu"), lang));
        return;
    }
    if (routing.intent == QLatin1String("service_disabled")) {
        finish(turn, text(ServiceId::Unknown, QStringLiteral("service_disabled"), lang));
        return;
    }
    // The fallback text carries the numbered menu.
    finish(turn, text(ServiceId::Unknown, QStringLiteral("fallback"), lang));
}

void Assistant::serveCatechese(std::shared_ptr<Turn> turn, const RoutingResult &routing)
{
    const QString lang = turn->language;
    const QString code = routing.entities.value(QStringLiteral("parent_code")).toString();
    if (!code.isEmpty()) {
        // Until the registry service is built, the secretariat takes it from here.
        turn->session.remove(session::flow);
        turn->session.remove(session::flowAttempts);
        finish(turn, text(ServiceId::Catechese, QStringLiteral("code_received"), lang));
        return;
    }
    const int attempts = turn->session.value(session::flowAttempts).toInt();
    if (routing.source == QLatin1String("flow") && attempts >= 2) {
        turn->session.remove(session::flow);
        turn->session.remove(session::flowAttempts);
        turn->session.insert(session::awaiting, QStringLiteral("menu"));
        finish(turn, text(ServiceId::Catechese, QStringLiteral("code_missing"), lang) + QStringLiteral("\n\n") +
                         text(ServiceId::Unknown, QStringLiteral("menu"), lang));
        return;
    }
    turn->session.insert(session::flow, QStringLiteral("catechese:await_code"));
    turn->session.insert(session::flowAttempts, routing.source == QLatin1String("flow") ? attempts + 1 : 0);
    finish(turn, text(ServiceId::Catechese, QStringLiteral("holding"), lang));
}

void Assistant::serveContact(std::shared_ptr<Turn> turn, const RoutingResult &)
{
    turn->session.remove(session::flow);
    finish(turn, text(ServiceId::ContactHumain, QStringLiteral("holding"), turn->language));
}

void Assistant::finish(std::shared_ptr<Turn> turn, const QString &reply)
{
    if (!turn->context)
        return;
    QJsonArray history = turn->session.value(session::history).toArray();
    history.append(
        QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("text"), turn->request.text}});
    history.append(QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")}, {QStringLiteral("text"), reply}});
    while (history.size() > kHistoryTurns)
        history.removeFirst();
    turn->session.insert(session::history, history);
    turn->session.insert(session::language, turn->language);
    turn->session.insert(QStringLiteral("updated_at"), QDateTime::currentMSecsSinceEpoch());
    if (turn->routing.source.isEmpty())
        turn->routing.source = QStringLiteral("offline");
    const bool llm = turn->llmAnswered || turn->routing.source == QLatin1String("llm");
    turn->done(AssistantReply{reply, turn->routing, turn->usage, turn->session,
                              llm ? QStringLiteral("llm") : QStringLiteral("offline")});
}

} // namespace concierge::assistant
