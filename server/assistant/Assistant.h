#pragma once

#include "ai/Routing.h"
#include "services/ServiceCatalog.h"

#include <QJsonObject>
#include <QObject>

#include <functional>
#include <memory>

namespace concierge::ai {
class LlmClient;
class IntentAnalyzer;
class OfflineRouter;
} // namespace concierge::ai

namespace concierge::assistant {

class FaqProvider;
class RenseignementService;

struct AssistantRequest
{
    QString chatId;
    QString text;
    QJsonObject session; // the chat's session (SessionStore); {} for a one-off question
    QString language;    // forced language, or empty to detect
};

struct AssistantReply
{
    QString text; // what to send (never empty)
    ai::RoutingResult routing;
    ai::LlmUsage usage;
    QJsonObject session; // the session after this message
    QString source;      // "llm" when the LLM routed or wrote the answer, else "offline"
};

// Decides what to answer: a waiting flow first (no LLM), then the menu choice, then intent analysis (LLM when
// configured, the offline router when not or when it fails), then the chosen service. The user never sees an error:
// at worst the numbered menu.
class Assistant final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Assistant)

public:
    Assistant(services::ServiceCatalog catalog, ai::LlmClient *llm, FaqProvider *faq, QObject *parent = nullptr);
    ~Assistant() override;

    void setCatalog(const services::ServiceCatalog &catalog);
    // Routing is on the critical path of every new topic: it may use a client with a tighter time budget than the
    // one that writes answers. Defaults to the answer client.
    void setRoutingClient(ai::LlmClient *routingLlm);
    const services::ServiceCatalog &catalog() const { return m_catalog; }
    bool llmConfigured() const;

    void handle(const AssistantRequest &request, QObject *context, std::function<void(AssistantReply)> done);

    static constexpr int kHistoryTurns = 10;
    static constexpr double kMinLlmConfidence = 0.5;
    // Below this, the detected language does not replace the conversation's (LanguageDetector: 0.3 = no evidence).
    static constexpr double kMinLanguageConfidence = 0.5;

private:
    struct Turn;
    void route(std::shared_ptr<Turn> turn);
    void serve(std::shared_ptr<Turn> turn, ai::RoutingResult routing);
    void serveMenu(std::shared_ptr<Turn> turn, const ai::RoutingResult &routing);
    void serveCatechese(std::shared_ptr<Turn> turn, const ai::RoutingResult &routing);
    void serveContact(std::shared_ptr<Turn> turn, const ai::RoutingResult &routing);
    void finish(std::shared_ptr<Turn> turn, const QString &text);
    QList<ai::ServiceId> enabledServices() const;
    QString text(ai::ServiceId service, const QString &key, const QString &language) const;

    services::ServiceCatalog m_catalog;
    std::unique_ptr<ai::OfflineRouter> m_offline;
    ai::LlmClient *m_llm;
    ai::IntentAnalyzer *m_analyzer;
    RenseignementService *m_renseignement;
};

// Session fields the assistant reads and writes.
namespace session {
inline const QString language = QStringLiteral("language");
inline const QString flow = QStringLiteral("flow");         // e.g. "catechese:await_code"
inline const QString awaiting = QStringLiteral("awaiting"); // "menu" after the menu was shown
inline const QString history = QStringLiteral("history");   // [{role, text}], newest last
inline const QString entities = QStringLiteral("entities"); // what we learnt (parent_code, child_first_name)
inline const QString flowAttempts = QStringLiteral("flow_attempts");
} // namespace session

} // namespace concierge::assistant
