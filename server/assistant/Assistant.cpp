#include "assistant/Assistant.h"

#include "ai/IntentAnalyzer.h"
#include "ai/LanguageDetector.h"
#include "ai/LlmClient.h"
#include "ai/OfflineRouter.h"
#include "core/Log.h"
#include "core/TextNormalizer.h"

#include <QPointer>

namespace concierge::assistant {

using domain::RoutingResult;
using domain::RoutingSource;
using domain::ServiceId;

// One message being answered: what its service sees, and how to hand the reply back.
struct Assistant::Turn : services::ServiceTurn
{
    QString chatId;
    QPointer<QObject> context;
    std::function<void(AssistantReply)> done;
};

Assistant::Assistant(services::ServiceCatalog catalog, services::ServiceRegistry services, ai::LlmClient *llm,
                     QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_services(std::move(services))
    , m_offline(std::make_unique<ai::OfflineRouter>(m_services.routable(m_catalog)))
{
    setRoutingClient(llm);
}

Assistant::~Assistant() = default;

void Assistant::setCatalog(const services::ServiceCatalog &catalog)
{
    m_catalog = catalog;
    m_offline = std::make_unique<ai::OfflineRouter>(m_services.routable(m_catalog));
}

void Assistant::setRoutingClient(ai::LlmClient *routingLlm)
{
    delete std::exchange(m_analyzer, nullptr);
    if (routingLlm && routingLlm->configured())
        m_analyzer = new ai::IntentAnalyzer(routingLlm, m_services.briefs(), this);
}

bool Assistant::llmConfigured() const
{
    return m_analyzer != nullptr;
}

QList<ServiceId> Assistant::enabledServices() const
{
    QList<ServiceId> out;
    for (ServiceId s : m_services.ids()) {
        if (m_catalog.isEnabled(s))
            out.append(s);
    }
    return out;
}

QString Assistant::systemText(const QString &key, const QString &language) const
{
    return m_catalog.text(services::ServiceCatalog::systemName(), key, language);
}

QString Assistant::languageOf(const AssistantRequest &request) const
{
    if (!request.language.isEmpty())
        return request.language;
    // A message without language evidence ("2", "SA-4821", "ok") keeps the conversation's language: the detector
    // says French by default, and an English speaker choosing from the menu must not be answered in French.
    const ai::LanguageDetector::Detection detected = ai::LanguageDetector::detect(request.text);
    const QString &sessionLanguage = request.session.language;
    const QString language = detected.confidence >= kMinLanguageConfidence || sessionLanguage.isEmpty()
                                 ? detected.language
                                 : sessionLanguage;
    return language.isEmpty() ? QStringLiteral("fr") : language;
}

void Assistant::handle(const AssistantRequest &request, QObject *context, std::function<void(AssistantReply)> done)
{
    auto turn = std::make_shared<Turn>();
    turn->text = request.text;
    turn->chatId = request.chatId;
    turn->context = context;
    turn->done = std::move(done);
    turn->catalog = &m_catalog;
    turn->session = request.session;
    turn->session.awaitingMenu = false;
    turn->language = languageOf(request);

    // Local analysis first: it is free, gives the language and entities, and is the fallback.
    const RoutingResult offline = m_offline->route(request.text);
    // A menu number ("1", "2.", "trois") is an answer in itself: no LLM call. Unless the waiting flow asked for a
    // number itself (which child?).
    const services::Service *flowOwner = m_services.find(request.session.flowService);
    const bool flowTakesNumber =
        flowOwner &&
        flowOwner->takesNumber(request.session, ai::OfflineRouter::menuNumber(TextNormalizer::normalize(request.text)));
    if (offline.source == RoutingSource::Menu && offline.service != ServiceId::Unknown && !flowTakesNumber) {
        turn->session.endFlow();
        serve(turn, offline);
        return;
    }
    // A bare call for a person ("agent", "humain svp") and an urgent pastoral need (a death, someone dying) work at
    // any point, in a flow too, and need no LLM: the model must not be able to send a grieving family to the FAQ.
    const bool urgent = offline.entities.value(QLatin1String("urgent")).toBool();
    if (offline.service == ServiceId::ContactHumain && (urgent || request.text.simplified().count(u' ') < 2)) {
        turn->session.endFlow();
        serve(turn, offline);
        return;
    }

    if (request.session.inFlow()) {
        const ServiceId flowService = request.session.flowService;
        // A clear request for something else leaves the flow; anything else is the flow's answer (no LLM call).
        const bool leaves = offline.service != ServiceId::Unknown && offline.service != flowService &&
                            offline.confidence >= 0.6 && !flowTakesNumber;
        const services::Service *owner = flowOwner;
        if (owner && owner->waitsForAnswer() && m_catalog.isEnabled(flowService) && !leaves) {
            RoutingResult routing = offline;
            routing.service = flowService;
            routing.source = RoutingSource::Flow;
            serve(turn, routing);
            return;
        }
        turn->session.endFlow();
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
    m_analyzer->analyze(turn->text, turn->session.history, enabledServices(), this,
                        [this, turn](Result<RoutingResult> result, domain::LlmUsage usage) {
                            turn->usage += usage;
                            turn->llmAvailable = result || result.error().code != QLatin1String("llm_unavailable");
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
    services::Service *service = m_services.find(routing.service);
    if (!service || !m_catalog.isEnabled(routing.service)) {
        routing.service = ServiceId::Unknown;
        service = nullptr;
    }
    routing.language = turn->language;
    turn->routing = routing;
    for (auto it = routing.entities.begin(); it != routing.entities.end(); ++it)
        turn->session.entities.insert(it.key(), it.value());

    if (!service) {
        serveMenu(turn);
        return;
    }
    service->handle(turn, this, [this, turn](QString reply) { finish(turn, reply); });
}

void Assistant::serveMenu(std::shared_ptr<Turn> turn)
{
    const QString lang = turn->language;
    const QString &intent = turn->routing.intent;
    if (intent == QLatin1String("remerciement")) {
        finish(turn, systemText(QStringLiteral("thanks"), lang));
        return;
    }
    turn->session.awaitingMenu = true;
    if (intent == QLatin1String("salutation")) {
        finish(turn, systemText(QStringLiteral("welcome"), lang) + QStringLiteral("\n\n") +
                         systemText(QStringLiteral("menu"), lang));
        return;
    }
    if (intent == QLatin1String("service_disabled")) {
        finish(turn, systemText(QStringLiteral("service_disabled"), lang));
        return;
    }
    // The fallback text carries the numbered menu.
    finish(turn, systemText(QStringLiteral("fallback"), lang));
}

void Assistant::finish(std::shared_ptr<Turn> turn, const QString &reply)
{
    if (!turn->context)
        return;
    turn->session.remember(domain::Speaker::User, turn->text);
    turn->session.remember(domain::Speaker::Assistant, reply);
    turn->session.language = turn->language;
    const bool byLlm = turn->byLlm || turn->routing.source == RoutingSource::Llm;
    turn->done(AssistantReply{reply, turn->routing, turn->usage, turn->session, byLlm, turn->handoff});
}

} // namespace concierge::assistant
