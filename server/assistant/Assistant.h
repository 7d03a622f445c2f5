#pragma once

#include "domain/Routing.h"
#include "domain/Session.h"
#include "services/ServiceCatalog.h"
#include "services/ServiceRegistry.h"

#include <QObject>

#include <functional>
#include <memory>

namespace concierge::ai {
class LlmClient;
class IntentAnalyzer;
class OfflineRouter;
} // namespace concierge::ai

namespace concierge::assistant {

struct AssistantRequest
{
    QString chatId;
    QString text;
    domain::Session session; // the chat's session; a default one for a one-off question
    QString language;        // forced language, or empty to detect
};

struct AssistantReply
{
    QString text; // what to send (never empty)
    domain::RoutingResult routing;
    domain::LlmUsage usage;
    domain::Session session; // the session after this message (its owner stamps updatedAtMs when it stores it)
    bool byLlm = false;      // the LLM routed the message or wrote the answer
    std::optional<services::HandoffRequest> handoff; // a person should take the conversation over
};

// Decides what to answer: a waiting flow first (no LLM), then the menu choice, then intent analysis (LLM when
// configured, the offline router when not or when it fails), then dispatch to the chosen service of the registry.
// The user never sees an error: at worst the numbered menu.
class Assistant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Assistant)

public:
    // `services` in menu order; `llm` routes messages when configured (services get their own client).
    Assistant(services::ServiceCatalog catalog, services::ServiceRegistry services, ai::LlmClient *llm,
              QObject *parent = nullptr);
    ~Assistant() override;

    void setCatalog(const services::ServiceCatalog &catalog);
    // Routing is on the critical path of every new topic: it may use a client with a tighter time budget than the
    // one that writes answers. Defaults to the client given to the constructor.
    void setRoutingClient(ai::LlmClient *routingLlm);
    const services::ServiceCatalog &catalog() const { return m_catalog; }
    const services::ServiceRegistry &services() const { return m_services; }
    bool llmConfigured() const;

    void handle(const AssistantRequest &request, QObject *context, std::function<void(AssistantReply)> done);

    static constexpr double kMinLlmConfidence = 0.5;
    // Below this, the detected language does not replace the conversation's (LanguageDetector: 0.3 = no evidence).
    static constexpr double kMinLanguageConfidence = 0.5;

private:
    struct Turn;
    QString languageOf(const AssistantRequest &request) const;
    void route(std::shared_ptr<Turn> turn);
    void serve(std::shared_ptr<Turn> turn, domain::RoutingResult routing);
    void serveMenu(std::shared_ptr<Turn> turn);
    void finish(std::shared_ptr<Turn> turn, const QString &text);
    QList<domain::ServiceId> enabledServices() const;
    QString systemText(const QString &key, const QString &language) const;

    services::ServiceCatalog m_catalog;
    services::ServiceRegistry m_services;
    std::unique_ptr<ai::OfflineRouter> m_offline;
    ai::IntentAnalyzer *m_analyzer = nullptr;
};

} // namespace concierge::assistant
