#pragma once

#include "support/FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QQueue>

#include <optional>

namespace concierge::testing {

// A faithful fake of the Anthropic Messages API (POST {prefix}/v1/messages), with z.ai's quirks available.
// It validates each request the way the real services do (version header, credential, top-level system, roles,
// model, max_tokens) and then answers with the next scripted reply (default: a short text answer).
class FakeAnthropic : public QObject
{
    Q_OBJECT

public:
    // pathPrefix "" mimics api.anthropic.com, "/api/anthropic" mimics z.ai.
    explicit FakeAnthropic(QByteArray pathPrefix = {}, QObject *parent = nullptr);

    bool start();
    QString baseUrl() const; // server URL + prefix, no trailing slash
    FakeHttpServer &server() { return m_server; }

    // The credential a request must carry (one of them; both empty = accept any).
    void setExpectedBearer(const QByteArray &token) { m_bearer = token; }
    void setExpectedApiKey(const QByteArray &key) { m_apiKey = key; }

    void enqueue(const FakeResponse &response) { m_script.enqueue(response); }
    // What answers when the script is empty (default: text("ok")), and a delay added to every answer: a slow model.
    void setDefaultResponse(const FakeResponse &response) { m_default = response; }
    void setAnswerDelayMs(int delayMs) { m_answerDelayMs = delayMs; }
    // The most requests that were waiting for their answer at once (needs setAnswerDelayMs).
    int peakConcurrentRequests() const;
    int pending() const { return int(m_script.size()); }

    // Every request that reached the messages endpoint (valid or not), and their JSON bodies.
    QList<RecordedRequest> requests() const;
    QList<QJsonObject> requestBodies() const;
    int requestCount() const { return int(requests().size()); }

    // Scripted replies.
    static FakeResponse message(const QJsonArray &content, const QString &stopReason, int inputTokens = 120,
                                int outputTokens = 30);
    static FakeResponse toolUse(const QString &name, const QJsonObject &input);
    static FakeResponse text(const QString &text, bool thinkingFirst = true);
    static FakeResponse error(int status, const QString &type, const QString &message,
                              QList<QPair<QByteArray, QByteArray>> headers = {});
    static FakeResponse invalidRequest(const QString &message = QStringLiteral("bad request"));
    static FakeResponse unauthorized();
    static FakeResponse rateLimited(int retryAfterSeconds);
    static FakeResponse insufficientBalance(); // z.ai: 429 with code 1113, not retryable
    static FakeResponse serverError();
    static FakeResponse overloaded(); // 529
    static FakeResponse delayed(FakeResponse response, int delayMs);

private:
    FakeResponse handle(const RecordedRequest &request);
    std::optional<FakeResponse> validate(const RecordedRequest &request) const;

    FakeHttpServer m_server;
    QByteArray m_prefix;
    QByteArray m_bearer;
    QByteArray m_apiKey;
    QQueue<FakeResponse> m_script;
    int m_counter = 0;
    std::optional<FakeResponse> m_default;
    int m_answerDelayMs = 0;
    QList<qint64> m_answerDueMs; // when each delayed answer goes out (epoch ms), for peakConcurrentRequests()
    int m_peakConcurrent = 0;
};

} // namespace concierge::testing
