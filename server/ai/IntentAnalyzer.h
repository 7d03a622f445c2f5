#pragma once

#include "ai/Routing.h"
#include "core/Result.h"

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>

namespace concierge::ai {

class LlmClient;
struct LlmResponse;

// Asks the LLM which service a message belongs to, through one forced tool call ("route_message") whose schema
// constrains the answer. Any malformed answer is an Error: the caller then falls back to the offline router.
class IntentAnalyzer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntentAnalyzer)

public:
    using Callback = std::function<void(Result<RoutingResult>, LlmUsage)>;
    static constexpr int kHistoryTurns = 6;
    static constexpr int kMaxTokens = 200;

    explicit IntentAnalyzer(LlmClient *llm, QObject *parent = nullptr);

    // `done` runs later in this thread, once, unless `context` is destroyed first.
    void analyze(const QString &text, const QList<ChatTurn> &history, const QList<ServiceId> &enabledServices,
                 QObject *context, Callback done);

    // Exposed for tests.
    static QString systemPrompt();
    static QJsonObject buildRequest(const QString &text, const QList<ChatTurn> &history,
                                    const QList<ServiceId> &enabledServices);
    static Result<RoutingResult> parseResponse(const LlmResponse &response, const QList<ServiceId> &enabledServices);

private:
    LlmClient *m_llm;
};

} // namespace concierge::ai
