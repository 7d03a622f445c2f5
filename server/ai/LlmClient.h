#pragma once

#include "domain/ChatTurn.h"
#include "domain/Routing.h"
#include "integrations/CurlClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QString>

#include <QQueue>

#include <functional>
#include <memory>
#include <optional>

namespace concierge::ai {

// Where and how to reach an Anthropic-compatible Messages API (api.anthropic.com, z.ai's gateway, ...).
struct LlmConfig
{
    QString baseUrl = QStringLiteral("https://api.anthropic.com");
    QString authToken;      // ANTHROPIC_AUTH_TOKEN -> "Authorization: Bearer"; wins over apiKey
    QString apiKey;         // ANTHROPIC_API_KEY -> "x-api-key", only when no authToken
    QString model;          // e.g. "claude-…" or "glm-4.5"
    int timeoutMs = 30'000; // per attempt
    int maxRetries = 2;
    int maxTokens = 1024; // default when the request has no max_tokens
    // Backoff tuning (tests shrink these): every computed delay is multiplied by the scale, then capped.
    double retryDelayScale = 1.0;
    int maxRetryDelayMs = 60'000;
    int maxInFlight = 1000; // LLM_MAX_IN_FLIGHT: HTTP attempts under way at once (shared through LlmClient::gate())
};

// Bounds the attempts in flight to the LLM API, across the clients that share it. An attempt over the bound waits
// (first come, first served) as a small closure; a retry's backoff holds no place. One thread only.
class LlmGate
{
public:
    explicit LlmGate(int limit);
    // Runs `go` now when a place is free, else when one frees; `go` must call leave() once its attempt is over.
    void enter(std::function<void()> go);
    void leave();
    int inFlight() const { return m_inFlight; }
    int waiting() const { return int(m_waiting.size()); }
    int limit() const { return m_limit; }

private:
    int m_limit;
    int m_inFlight = 0;
    QQueue<std::function<void()>> m_waiting;
};

// The outcome of one createMessage() call, after any retries.
struct LlmResponse
{
    bool ok = false;
    QString errorType; // "" when ok; API error type, or "timeout", "network", "insufficient_balance",
                       // "malformed_response", "not_configured", "http_<status>"
    QString errorMessage;
    int httpStatus = 0; // of the last attempt; 0 when no HTTP answer arrived
    QString requestId;  // response header request-id, else body request_id
    QString text;       // every text block joined, thinking blocks skipped
    QJsonArray content; // raw content blocks
    QString stopReason;
    domain::LlmUsage usage; // calls = attempts made

    // The input of the first tool_use block calling `toolName`, if any.
    std::optional<QJsonObject> toolInput(const QString &toolName) const;
};

// Client for POST {baseUrl}/v1/messages with the SDK's retry rule. Lives in one thread (the server's), never blocks:
// requests go through the asynchronous CurlClient and backoff waits are timers.
class LlmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmClient)

public:
    using Callback = std::function<void(LlmResponse)>;

    LlmClient(integrations::CurlClient *http, LlmConfig config, QObject *parent = nullptr);

    bool configured() const;
    const LlmConfig &config() const { return m_config; }
    void setConfig(LlmConfig config) { m_config = std::move(config); }

    // Sends `request` (adds "model" and "max_tokens" when absent). `done` runs later, exactly once, in this thread,
    // unless `context` is destroyed first (then no further attempt is made either).
    void createMessage(QJsonObject request, QObject *context, Callback done);

    // The bound on attempts in flight; give one client's to the others so that they share it.
    std::shared_ptr<LlmGate> gate() const { return m_gate; }
    void shareGate(std::shared_ptr<LlmGate> gate) { m_gate = std::move(gate); }

    // The retry rule and backoff, exposed for tests. `retriesTaken` counts retries already made (0 for the first).
    static bool shouldRetry(const integrations::OutboundResponse &response, const QString &errorType);
    static int retryDelayMs(const integrations::OutboundResponse &response, int retriesTaken);

    // The last `maxTurns` of `history` followed by `finalUserText`, shaped as the API wants: alternating roles,
    // starting and ending with a user turn (consecutive turns of one role are merged, leading assistant turns and
    // empty turns dropped; a last history turn equal to `finalUserText` is not repeated).
    static QList<domain::ChatTurn> conversation(const QList<domain::ChatTurn> &history, int maxTurns,
                                                const QString &finalUserText);

    // Told of every HTTP attempt once answered (or failed): the response so far (errorType empty on success; usage
    // holds the tokens of the successful attempt only). For the server's metrics.
    using AttemptObserver = std::function<void(const LlmResponse &attempt)>;
    void setAttemptObserver(AttemptObserver observer) { m_observer = std::move(observer); }

private:
    struct Call;
    void attempt(const std::shared_ptr<Call> &call);
    void send(const std::shared_ptr<Call> &call);
    void onAnswer(const std::shared_ptr<Call> &call, const integrations::OutboundResponse &response);
    integrations::OutboundRequest buildRequest(const QByteArray &body) const;
    QUrl messagesUrl() const;

    integrations::CurlClient *m_http;
    LlmConfig m_config;
    AttemptObserver m_observer;
    std::shared_ptr<LlmGate> m_gate;
};

} // namespace concierge::ai
