// LLM_MAX_IN_FLIGHT: at most that many attempts under way to the Messages API, across the clients sharing the gate;
// the others wait their turn and all get their answer; a 429's backoff holds no place; a caller gone while its call
// waited costs no attempt and gives its place back.
#include "ai/LlmClient.h"
#include "integrations/CurlClient.h"
#include "support/FakeAnthropic.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace concierge;
using namespace concierge::ai;
using concierge::testing::FakeAnthropic;

namespace {

QJsonObject request()
{
    return QJsonObject{
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), QStringLiteral("Bonjour")}}}}};
}

LlmConfig config(const QString &baseUrl, int maxInFlight)
{
    LlmConfig c;
    c.baseUrl = baseUrl;
    c.apiKey = QStringLiteral("test-key");
    c.model = QStringLiteral("glm-4.5");
    c.timeoutMs = 5000;
    c.retryDelayScale = 0.01;
    c.maxRetryDelayMs = 50;
    c.maxInFlight = maxInFlight;
    return c;
}

} // namespace

class TestLlmInFlight : public QObject
{
    Q_OBJECT

private slots:
    void boundSharedByClients()
    {
        FakeAnthropic fake;
        QVERIFY(fake.start());
        fake.setAnswerDelayMs(150);
        integrations::CurlClient http;
        LlmClient answers(&http, config(fake.baseUrl(), 3));
        LlmClient routing(&http, config(fake.baseUrl(), 1000));
        routing.shareGate(answers.gate());
        int ok = 0;
        for (int i = 0; i < 8; ++i) {
            LlmClient &client = i % 2 ? routing : answers;
            client.createMessage(request(), this, [&ok](LlmResponse r) { ok += r.ok ? 1 : 0; });
        }
        QCOMPARE(answers.gate()->inFlight(), 3);
        QCOMPARE(answers.gate()->waiting(), 5);
        QTRY_COMPARE_WITH_TIMEOUT(ok, 8, 10000);
        QCOMPARE(fake.requestCount(), 8);
        QCOMPARE(fake.peakConcurrentRequests(), 3);
        QCOMPARE(answers.gate()->inFlight(), 0);
        QCOMPARE(answers.gate()->waiting(), 0);
    }

    void rateLimitedRetryStillAnswered()
    {
        FakeAnthropic fake;
        QVERIFY(fake.start());
        fake.enqueue(FakeAnthropic::rateLimited(1)); // retry-after 1 s, scaled to 10 ms
        fake.enqueue(FakeAnthropic::overloaded());
        integrations::CurlClient http;
        LlmClient client(&http, config(fake.baseUrl(), 1));
        std::optional<LlmResponse> first, second;
        client.createMessage(request(), this, [&first](LlmResponse r) { first = std::move(r); });
        client.createMessage(request(), this, [&second](LlmResponse r) { second = std::move(r); });
        QTRY_VERIFY_WITH_TIMEOUT(first && second, 10000);
        // The 429 went first; while it waited to retry, the second call took the place (and met the 529).
        QVERIFY(first->ok);
        QVERIFY(second->ok);
        QCOMPARE(first->usage.calls + second->usage.calls, 4);
        QCOMPARE(client.gate()->inFlight(), 0);
    }

    void callerGoneWhileWaitingGivesThePlaceBack()
    {
        FakeAnthropic fake;
        QVERIFY(fake.start());
        fake.setAnswerDelayMs(100);
        integrations::CurlClient http;
        LlmClient client(&http, config(fake.baseUrl(), 1));
        bool firstDone = false, lastDone = false;
        client.createMessage(request(), this, [&firstDone](LlmResponse) { firstDone = true; });
        auto gone = std::make_unique<QObject>();
        client.createMessage(request(), gone.get(), [](LlmResponse) { QFAIL("called for a caller that went away"); });
        client.createMessage(request(), this, [&lastDone](LlmResponse) { lastDone = true; });
        gone.reset();
        QTRY_VERIFY_WITH_TIMEOUT(firstDone && lastDone, 10000);
        QCOMPARE(fake.requestCount(), 2); // the gone caller's attempt was never made
        QCOMPARE(client.gate()->inFlight(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLlmInFlight)
#include "TestLlmInFlight.moc"
