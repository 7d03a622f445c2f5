#include "ai/LlmClient.h"
#include "integrations/CurlClient.h"
#include "support/FakeAnthropic.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::ai;
using namespace concierge::domain;
using concierge::testing::FakeAnthropic;
using concierge::testing::FakeResponse;

namespace {

const QString kToken = QStringLiteral("zai-secret-token-0123456789");

QJsonObject userMessage(const QString &text)
{
    return QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}};
}

QJsonObject simpleRequest()
{
    return QJsonObject{{QStringLiteral("system"), QStringLiteral("You are terse.")},
                       {QStringLiteral("messages"), QJsonArray{userMessage(QStringLiteral("Bonjour"))}}};
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog.append(message);
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeAnthropic> m_fake;
    std::unique_ptr<integrations::CurlClient> m_http;
    std::unique_ptr<LlmClient> m_llm;

    LlmConfig config(const QString &baseUrl) const
    {
        LlmConfig c;
        c.baseUrl = baseUrl;
        c.authToken = kToken;
        c.model = QStringLiteral("glm-4.5");
        c.timeoutMs = 3000;
        c.retryDelayScale = 0.01; // 500 ms backoff -> 5 ms
        c.maxRetryDelayMs = 50;
        return c;
    }

    LlmResponse run(const QJsonObject &request)
    {
        std::optional<LlmResponse> result;
        m_llm->createMessage(request, this, [&result](LlmResponse r) { result = std::move(r); });
        [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 10000); }();
        return result.value_or(LlmResponse{});
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<FakeAnthropic>();
        QVERIFY(m_fake->start());
        m_fake->setExpectedBearer(kToken.toUtf8());
        m_http = std::make_unique<integrations::CurlClient>();
        m_llm = std::make_unique<LlmClient>(m_http.get(), config(m_fake->baseUrl()));
    }

    void cleanup()
    {
        m_llm.reset();
        m_http.reset();
        m_fake.reset();
    }

    void headersAndBodyShape()
    {
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("Bonjour ! La messe est à 9h."), true));
        const LlmResponse r = run(simpleRequest());
        QVERIFY2(r.ok, qPrintable(r.errorType + r.errorMessage));
        QCOMPARE(m_fake->requestCount(), 1);
        const auto req = m_fake->requests().constFirst();
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.path, QByteArray("/v1/messages"));
        QCOMPARE(req.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(req.header("content-type").startsWith("application/json"));
        QCOMPARE(req.header("authorization"), "Bearer " + kToken.toUtf8());
        QVERIFY(req.header("x-api-key").isEmpty());
        const QJsonObject body = m_fake->requestBodies().constFirst();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("glm-4.5"));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 1024);
        QCOMPARE(body.value(QLatin1String("system")).toString(), QStringLiteral("You are terse."));
        // Text blocks only: the thinking block before them is skipped.
        QCOMPARE(r.text, QStringLiteral("Bonjour ! La messe est à 9h."));
        QCOMPARE(r.content.size(), 2);
        QCOMPARE(r.stopReason, QStringLiteral("end_turn"));
        QCOMPARE(r.requestId, QStringLiteral("req_fake_1"));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.usage.calls, 1);
        QCOMPARE(r.usage.inputTokens, 120);
        QCOMPARE(r.usage.outputTokens, 30);
        QVERIFY(r.usage.latencyMs >= 0);
    }

    void multipleTextBlocksJoined()
    {
        const QJsonArray content{QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                             {QStringLiteral("thinking"), QStringLiteral("x")}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("Un, ")}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                             {QStringLiteral("thinking"), QStringLiteral("y")}},
                                 QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                             {QStringLiteral("text"), QStringLiteral("deux.")}}};
        m_fake->enqueue(FakeAnthropic::message(content, QStringLiteral("end_turn")));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(r.ok);
        QCOMPARE(r.text, QStringLiteral("Un, deux."));
        QVERIFY(!r.toolInput(QStringLiteral("route_message")).has_value());
    }

    void toolInputFound()
    {
        const QJsonObject input{{QStringLiteral("service"), QStringLiteral("catechese")}};
        m_fake->enqueue(FakeAnthropic::toolUse(QStringLiteral("route_message"), input));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(r.ok);
        QCOMPARE(r.stopReason, QStringLiteral("tool_use"));
        QCOMPARE(r.toolInput(QStringLiteral("route_message")).value(), input);
        QVERIFY(!r.toolInput(QStringLiteral("other")).has_value());
    }

    void apiKeyWhenNoAuthToken()
    {
        LlmConfig c = config(m_fake->baseUrl());
        c.authToken.clear();
        c.apiKey = QStringLiteral("sk-ant-test-key-42");
        m_llm->setConfig(c);
        m_fake->setExpectedBearer({});
        m_fake->setExpectedApiKey("sk-ant-test-key-42");
        QVERIFY(run(simpleRequest()).ok);
        const auto req = m_fake->requests().constFirst();
        QCOMPARE(req.header("x-api-key"), QByteArray("sk-ant-test-key-42"));
        QVERIFY(req.header("authorization").isEmpty());
    }

    void gatewayPrefixWithoutDoubleSlash()
    {
        FakeAnthropic zai("/api/anthropic");
        QVERIFY(zai.start());
        m_llm->setConfig(config(zai.baseUrl() + QStringLiteral("/")));
        const LlmResponse r = run(simpleRequest());
        QVERIFY2(r.ok, qPrintable(r.errorType));
        QCOMPARE(zai.requestCount(), 1);
        QCOMPARE(zai.requests().constFirst().path, QByteArray("/api/anthropic/v1/messages"));
    }

    void callerModelAndMaxTokensKept()
    {
        QJsonObject request = simpleRequest();
        request.insert(QStringLiteral("model"), QStringLiteral("glm-4.5-air"));
        request.insert(QStringLiteral("max_tokens"), 77);
        QVERIFY(run(request).ok);
        const QJsonObject body = m_fake->requestBodies().constFirst();
        QCOMPARE(body.value(QLatin1String("model")).toString(), QStringLiteral("glm-4.5-air"));
        QCOMPARE(body.value(QLatin1String("max_tokens")).toInt(), 77);
    }

    void configuredNeedsModelUrlAndCredential()
    {
        QVERIFY(m_llm->configured());
        LlmConfig c = config(m_fake->baseUrl());
        c.model.clear();
        QVERIFY(!LlmClient(m_http.get(), c).configured());
        c = config(m_fake->baseUrl());
        c.authToken.clear();
        QVERIFY(!LlmClient(m_http.get(), c).configured());
        c.apiKey = QStringLiteral("k");
        QVERIFY(LlmClient(m_http.get(), c).configured());
    }

    void notConfiguredFailsAsynchronously()
    {
        LlmConfig c = config(m_fake->baseUrl());
        c.model.clear();
        m_llm->setConfig(c);
        bool called = false;
        LlmResponse got;
        m_llm->createMessage(simpleRequest(), this, [&](LlmResponse r) {
            called = true;
            got = r;
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QCOMPARE(got.errorType, QStringLiteral("not_configured"));
        QCOMPARE(m_fake->requestCount(), 0);
    }

    // Errors that must not be retried: one request each.
    void nonRetryableErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expectedType");
        QTest::newRow("400 invalid_request") << 400 << "invalid_request_error"
                                             << "invalid_request_error";
        QTest::newRow("401 authentication") << 401 << "authentication_error"
                                            << "authentication_error";
        QTest::newRow("403 permission") << 403 << "permission_error"
                                        << "permission_error";
        QTest::newRow("404 not_found") << 404 << "not_found_error"
                                       << "not_found_error";
        QTest::newRow("413 too large") << 413 << "request_too_large"
                                       << "request_too_large";
    }

    void nonRetryableErrors()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, expectedType);
        m_fake->enqueue(FakeAnthropic::error(status, type, QStringLiteral("nope")));
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("should not be reached")));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.errorType, expectedType);
        QCOMPARE(r.usage.calls, 1);
        QCOMPARE(m_fake->requestCount(), 1);
        QCOMPARE(r.requestId, QStringLiteral("req_fake_1")); // header wins over body request_id
    }

    void cloudflare413WithoutJson()
    {
        FakeResponse html;
        html.status = 413;
        html.contentType = "text/html";
        html.body = "<html>413 Request Entity Too Large</html>";
        m_fake->enqueue(html);
        const LlmResponse r = run(simpleRequest());
        QCOMPARE(r.errorType, QStringLiteral("request_too_large"));
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void insufficientBalanceNotRetried()
    {
        m_fake->enqueue(FakeAnthropic::insufficientBalance());
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("should not be reached")));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(!r.ok);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.errorType, QStringLiteral("insufficient_balance"));
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void systemRoleRejectedLikeZai()
    {
        QJsonObject request = simpleRequest();
        request.insert(QStringLiteral("messages"),
                       QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("system")},
                                              {QStringLiteral("content"), QStringLiteral("x")}},
                                  userMessage(QStringLiteral("hi"))});
        const LlmResponse r = run(request);
        QCOMPARE(r.httpStatus, 422);
        QCOMPARE(r.errorType, QStringLiteral("invalid_request_error"));
        QVERIFY(r.errorMessage.contains(QLatin1String("literal_error")));
        QCOMPARE(m_fake->requestCount(), 1);
    }

    // Retryable errors: retried up to maxRetries (2), so 3 requests when they persist.
    void retryableErrorsExhaustRetries_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::newRow("408") << 408 << "timeout_error";
        QTest::newRow("409") << 409 << "conflict";
        QTest::newRow("429 rate limit") << 429 << "rate_limit_error";
        QTest::newRow("500 api_error") << 500 << "api_error";
        QTest::newRow("504 timeout_error") << 504 << "timeout_error";
        QTest::newRow("529 overloaded") << 529 << "overloaded_error";
    }

    void retryableErrorsExhaustRetries()
    {
        QFETCH(int, status);
        QFETCH(QString, type);
        for (int i = 0; i < 3; ++i)
            m_fake->enqueue(FakeAnthropic::error(status, type, QStringLiteral("try later")));
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("should not be reached")));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(!r.ok);
        QCOMPARE(r.errorType, type);
        QCOMPARE(r.usage.calls, 3);
        QCOMPARE(m_fake->requestCount(), 3);
        QCOMPARE(r.requestId, QStringLiteral("req_fake_3"));
    }

    void overloadedThenSuccess()
    {
        m_fake->enqueue(FakeAnthropic::overloaded());
        m_fake->enqueue(FakeAnthropic::serverError());
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("enfin")));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(r.ok);
        QCOMPARE(r.text, QStringLiteral("enfin"));
        QCOMPARE(r.usage.calls, 3);
        QCOMPARE(m_fake->requestCount(), 3);
    }

    void maxRetriesZero()
    {
        LlmConfig c = config(m_fake->baseUrl());
        c.maxRetries = 0;
        m_llm->setConfig(c);
        m_fake->enqueue(FakeAnthropic::overloaded());
        const LlmResponse r = run(simpleRequest());
        QCOMPARE(r.errorType, QStringLiteral("overloaded_error"));
        QCOMPARE(m_fake->requestCount(), 1);
    }

    void shouldRetryHeaderObeyed()
    {
        m_fake->enqueue(
            FakeAnthropic::error(500, QStringLiteral("api_error"), QStringLiteral("x"), {{"x-should-retry", "false"}}));
        LlmResponse r = run(simpleRequest());
        QCOMPARE(r.errorType, QStringLiteral("api_error"));
        QCOMPARE(m_fake->requestCount(), 1);

        m_fake->server().clearRequests();
        m_fake->enqueue(FakeAnthropic::error(400, QStringLiteral("invalid_request_error"), QStringLiteral("x"),
                                             {{"x-should-retry", "true"}}));
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("ok after hint")));
        r = run(simpleRequest());
        QVERIFY(r.ok);
        QCOMPARE(m_fake->requestCount(), 2);
    }

    void retryAfterHonoured()
    {
        LlmConfig c = config(m_fake->baseUrl());
        c.retryDelayScale = 0.05; // retry-after 2 s -> 100 ms; plain backoff would be <= 25 ms
        c.maxRetryDelayMs = 5000;
        m_llm->setConfig(c);
        m_fake->enqueue(FakeAnthropic::rateLimited(2));
        m_fake->enqueue(FakeAnthropic::text(QStringLiteral("ok")));
        QElapsedTimer clock;
        clock.start();
        const LlmResponse r = run(simpleRequest());
        QVERIFY(r.ok);
        QCOMPARE(m_fake->requestCount(), 2);
        QVERIFY2(clock.elapsed() >= 95, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(r.usage.latencyMs >= 95);
    }

    void retryDelayRule()
    {
        integrations::OutboundResponse resp;
        resp.status = 429;
        resp.headers = {{"retry-after", "3"}};
        QCOMPARE(LlmClient::retryDelayMs(resp, 0), 3000);
        resp.headers = {{"retry-after-ms", "250"}, {"retry-after", "3"}};
        QCOMPARE(LlmClient::retryDelayMs(resp, 0), 250);
        resp.headers = {{"retry-after", "120"}}; // beyond 60 s: ignored, backoff instead
        QVERIFY(LlmClient::retryDelayMs(resp, 0) <= 500);
        resp.headers = {};
        for (int n = 0; n < 6; ++n) {
            const int expected = std::min(500 << n, 8000);
            const int d = LlmClient::retryDelayMs(resp, n);
            QVERIFY2(d <= expected && d >= expected * 3 / 4 - 1, qPrintable(QString::number(d)));
        }
        const QDateTime in5s = QDateTime::currentDateTimeUtc().addSecs(5);
        resp.headers = {{"retry-after", in5s.toString(Qt::RFC2822Date).toLatin1()}};
        const int d = LlmClient::retryDelayMs(resp, 0);
        QVERIFY2(d > 3000 && d <= 5000, qPrintable(QString::number(d)));
    }

    void shouldRetryRule()
    {
        integrations::OutboundResponse resp;
        const auto check = [&resp](int status, const QString &type) {
            resp.status = status;
            return LlmClient::shouldRetry(resp, type);
        };
        QVERIFY(check(0, QStringLiteral("network")));
        QVERIFY(check(0, QStringLiteral("timeout")));
        QVERIFY(check(408, {}));
        QVERIFY(check(409, {}));
        QVERIFY(check(429, QStringLiteral("rate_limit_error")));
        QVERIFY(!check(429, QStringLiteral("insufficient_balance")));
        QVERIFY(check(500, {}));
        QVERIFY(check(529, {}));
        for (int s : {400, 401, 402, 403, 404, 405, 410, 413, 422})
            QVERIFY2(!check(s, {}), qPrintable(QString::number(s)));
        QVERIFY(!check(200, QStringLiteral("malformed_response")));
    }

    void timeoutRetriedThenReported()
    {
        LlmConfig c = config(m_fake->baseUrl());
        c.timeoutMs = 300;
        c.maxRetries = 1;
        m_llm->setConfig(c);
        m_fake->enqueue(FakeAnthropic::delayed(FakeAnthropic::text(QStringLiteral("late")), 2000));
        m_fake->enqueue(FakeAnthropic::delayed(FakeAnthropic::text(QStringLiteral("late")), 2000));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(!r.ok);
        QCOMPARE(r.errorType, QStringLiteral("timeout"));
        QCOMPARE(r.httpStatus, 0);
        QCOMPARE(r.usage.calls, 2);
        QCOMPARE(m_fake->requestCount(), 2);
    }

    void networkErrorRetried()
    {
        testing::FakeHttpServer closed;
        QVERIFY(closed.start());
        const QString url = closed.baseUrl();
        closed.stop();
        m_llm->setConfig(config(url));
        const LlmResponse r = run(simpleRequest());
        QVERIFY(!r.ok);
        QCOMPARE(r.errorType, QStringLiteral("network"));
        QCOMPARE(r.usage.calls, 3);
    }

    void malformedSuccessNotRetried()
    {
        FakeResponse junk;
        junk.body = R"({"id":"msg_1","type":"message"})"; // no content array
        m_fake->enqueue(junk);
        FakeResponse notJson;
        notJson.body = "<html>gateway</html>";
        m_fake->enqueue(notJson);
        LlmResponse r = run(simpleRequest());
        QCOMPARE(r.errorType, QStringLiteral("malformed_response"));
        QCOMPARE(m_fake->requestCount(), 1);
        r = run(simpleRequest());
        QCOMPARE(r.errorType, QStringLiteral("malformed_response"));
    }

    void destroyedContextGetsNoCallback()
    {
        auto *ctx = new QObject;
        bool calledDead = false;
        m_fake->enqueue(FakeAnthropic::delayed(FakeAnthropic::text(QStringLiteral("a")), 100));
        m_llm->createMessage(simpleRequest(), ctx, [&calledDead](LlmResponse) { calledDead = true; });
        QTRY_COMPARE(m_fake->requestCount(), 1);
        delete ctx;
        // A later call on the same client completes; the first callback never runs.
        m_fake->enqueue(FakeAnthropic::delayed(FakeAnthropic::text(QStringLiteral("b")), 200));
        const LlmResponse r = run(simpleRequest());
        QCOMPARE(r.text, QStringLiteral("b"));
        QVERIFY(!calledDead);
    }

    void secretNeverLogged()
    {
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureHandler);
        m_fake->setExpectedBearer("another-token");
        const LlmResponse r = run(simpleRequest());
        qInstallMessageHandler(previousHandler);
        QCOMPARE(r.errorType, QStringLiteral("authentication_error"));
        QVERIFY(!capturedLog.isEmpty());
        const QString all = capturedLog.join(QLatin1Char('\n'));
        QVERIFY(all.contains(QLatin1String("401")));
        QVERIFY(all.contains(QLatin1String("req_fake_1")));
        QVERIFY(!all.contains(kToken));
    }

    void conversationAlternates()
    {
        const QList<ChatTurn> history{
            {Speaker::Assistant, QStringLiteral("Bienvenue")},
            {Speaker::User, QStringLiteral("Bonjour")},
            {Speaker::User, QStringLiteral("Vous êtes là ?")},
            {Speaker::Assistant, QStringLiteral("Oui")},
            {Speaker::Assistant, QStringLiteral("Que voulez-vous ?")},
            {Speaker::Agent, QStringLiteral("ignored")},
            {Speaker::User, QStringLiteral("   ")},
            {Speaker::User, QStringLiteral("Horaires ?")},
        };
        const QList<ChatTurn> turns = LlmClient::conversation(history, 10, QStringLiteral("Horaires ?"));
        QCOMPARE(turns.size(), 3);
        QCOMPARE(turns.at(0).speaker, Speaker::User);
        QCOMPARE(turns.at(0).text, QStringLiteral("Bonjour\nVous êtes là ?"));
        QCOMPARE(turns.at(1).text, QStringLiteral("Oui\nQue voulez-vous ?"));
        QCOMPARE(turns.at(2).speaker, Speaker::User);
        QCOMPARE(turns.at(2).text, QStringLiteral("Horaires ?"));

        const QList<ChatTurn> trimmed = LlmClient::conversation(history, 2, QStringLiteral("Et demain ?"));
        QCOMPARE(trimmed.size(), 1); // "Que voulez-vous ?" (assistant, dropped: first must be user) + users merged
        QCOMPARE(trimmed.at(0).text, QStringLiteral("Horaires ?\nEt demain ?"));
        QCOMPARE(LlmClient::conversation({}, 6, QStringLiteral("x")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "TestLlmClient.moc"
