#pragma once

#include "core/Result.h"
#include "domain/ChatTurn.h"
#include "domain/Routing.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace concierge::ai {

class LlmClient;
struct LlmResponse;

// What the LLM is told about one service: its name goes into the tool's enum, its description into the prompt.
struct ServiceBrief
{
    domain::ServiceId id = domain::ServiceId::Unknown;
    QString description; // one line, English, e.g. "questions about the parish (mass times, ...)."
};

// Asks the LLM which service a message belongs to, through one forced tool call ("route_message") whose schema
// constrains the answer. Any malformed answer is an Error: the caller then falls back to the offline router.
class IntentAnalyzer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntentAnalyzer)

public:
    using Callback = std::function<void(Result<domain::RoutingResult>, domain::LlmUsage)>;
    static constexpr int kHistoryTurns = 6;
    static constexpr int kMaxTokens = 200;

    // `services`: every service the assistant offers, in menu order (the prompt lists them all, so that it stays
    // byte-identical whatever is enabled; the tool's enum lists the enabled ones).
    IntentAnalyzer(LlmClient *llm, QList<ServiceBrief> services, QObject *parent = nullptr);

    // `done` runs later in this thread, once, unless `context` is destroyed first.
    void analyze(const QString &text, const QList<domain::ChatTurn> &history,
                 const QList<domain::ServiceId> &enabledServices, QObject *context, Callback done);

    // Exposed for tests.
    static QString systemPrompt(const QList<ServiceBrief> &services);
    static QJsonObject buildRequest(const QString &systemPrompt, const QString &text,
                                    const QList<domain::ChatTurn> &history,
                                    const QList<domain::ServiceId> &enabledServices);
    static Result<domain::RoutingResult> parseResponse(const LlmResponse &response,
                                                       const QList<domain::ServiceId> &enabledServices);

private:
    LlmClient *m_llm;
    QString m_systemPrompt;
};

} // namespace concierge::ai
