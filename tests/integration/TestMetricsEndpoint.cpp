// GET /metrics on a running server: a webhook moves its counter, a reply is counted with its latency, WAHA's and the
// LLM's calls are counted, the gauges read the backlog, the handoff queue and the components' health; METRICS_TOKEN
// is required when set; without it only this machine may scrape (not a client forwarded by a proxy, not another
// address). Every answer parses as Prometheus text (support/PrometheusText.h).
#include "ops/Metrics.h"
#include "support/FakeAnthropic.h"
#include "support/PipelineKit.h"
#include "support/PrometheusText.h"

#include <QHostAddress>
#include <QNetworkInterface>
#include <QTest>

using namespace concierge::testing;

namespace {

const QString kChat = QStringLiteral("221770000101@c.us");

HttpResult scrapeRaw(const TestServer &server, const QList<QPair<QByteArray, QByteArray>> &headers = {},
                     const QString &base = {})
{
    return httpRequest("GET", (base.isEmpty() ? server.baseUrl() : base) + QStringLiteral("/metrics"), {}, headers);
}

QByteArray header(const HttpResult &r, const QByteArray &name)
{
    for (const auto &[key, value] : r.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

double sumOf(const PrometheusText &text, const QString &name, const QString &labelPart = {})
{
    double sum = 0;
    for (auto it = text.samples.cbegin(); it != text.samples.cend(); ++it) {
        if ((it.key() == name || it.key().startsWith(name + u'{')) && it.key().contains(labelPart))
            sum += it.value();
    }
    return sum;
}

QString errorCode(const HttpResult &r)
{
    return r.json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString();
}

} // namespace

class TestMetricsEndpoint : public QObject
{
    Q_OBJECT

private:
    // The scrape from this machine, checked as Prometheus text.
    static PrometheusText scrape(const TestServer &server)
    {
        const HttpResult r = scrapeRaw(server);
        if (r.status != 200)
            qWarning() << "GET /metrics" << r.status << r.body;
        PrometheusText text = PrometheusText::parse(r.body);
        if (r.status != 200)
            text.error = QStringLiteral("status %1").arg(r.status);
        return text;
    }

private slots:
    void webhookAndReplyMoveTheirCounters()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        PrometheusText before = scrape(rig.server);
        QVERIFY2(before.ok(), qPrintable(before.error));
        const QString webhooks = QStringLiteral("concierge_webhooks_received_total");
        QCOMPARE(before.value(webhooks, QStringLiteral(R"(outcome="accepted")")), 0.0);

        const HttpResult r = scrapeRaw(rig.server);
        QVERIFY(header(r, "content-type").startsWith("text/plain; version=0.0.4"));

        // The session poll answered: the next WAHA call (the reply's sendSeen) fails once.
        QTRY_VERIFY_WITH_TIMEOUT(scrape(rig.server).value(QStringLiteral("concierge_waha_session_working")) == 1.0,
                                 10000);
        rig.waha.failNext(1, 500);
        QCOMPARE(rig.postText(kChat, QStringLiteral("Quels sont les horaires des messes ?"), QStringLiteral("M1")),
                 200);
        QCOMPARE(rig.postText(kChat, QStringLiteral("Quels sont les horaires des messes ?"), QStringLiteral("M1")),
                 200);
        QCOMPARE(httpRequest("POST", rig.server.baseUrl() + QStringLiteral("/api/v1/webhook"), "{}",
                             {{"X-Waha-Token", "wrong-token"}})
                     .status,
                 401);
        QTRY_COMPARE_WITH_TIMEOUT(rig.repliesTo(kChat), 1, 10000);

        PrometheusText after;
        QTRY_VERIFY_WITH_TIMEOUT((after = scrape(rig.server))
                                         .value(QStringLiteral("concierge_reply_latency_seconds_count"),
                                                QStringLiteral(R"(source="offline")")) == 1.0,
                                 5000);
        QVERIFY2(after.ok(), qPrintable(after.error));
        QCOMPARE(after.value(webhooks, QStringLiteral(R"(outcome="accepted")")), 1.0);
        QCOMPARE(after.value(webhooks, QStringLiteral(R"(outcome="duplicate")")), 1.0);
        QCOMPARE(after.value(webhooks, QStringLiteral(R"(outcome="rejected")")), 1.0);
        QCOMPARE(sumOf(after, QStringLiteral("concierge_messages_answered_total"), QStringLiteral("offline")), 1.0);
        QCOMPARE(sumOf(after, QStringLiteral("concierge_messages_answered_total")), 1.0);
        QCOMPARE(sumOf(after, QStringLiteral("concierge_waha_sends_total"), QStringLiteral(R"(outcome="failed")")),
                 1.0);
        QVERIFY(after.value(QStringLiteral("concierge_waha_sends_total"),
                            QStringLiteral(R"(call="send_text",outcome="ok")")) >= 1.0);
        QVERIFY(sumOf(after, QStringLiteral("concierge_http_responses_total"), QStringLiteral("2xx")) >= 3.0);
        QCOMPARE(after.value(QStringLiteral("concierge_database_up")), 1.0);
        QCOMPARE(after.value(QStringLiteral("concierge_cache_up")), 1.0);
        QCOMPARE(after.value(QStringLiteral("concierge_handoffs_waiting")), 0.0);
        QCOMPARE(after.value(QStringLiteral("concierge_live_clients")), 0.0);
        QVERIFY(after.types.contains(QStringLiteral("concierge_outbox_backlog")));
        QVERIFY(after.types.contains(QStringLiteral("concierge_oldest_unanswered_seconds")));
    }

    void handoffsWaitingAndLlmFigures()
    {
        FakeAnthropic llm;
        QVERIFY(llm.start());
        PipelineRig rig;
        rig.server.settings().anthropicBaseUrl = llm.baseUrl();
        rig.server.settings().anthropicAuthToken = QStringLiteral("metrics-llm-token");
        rig.server.settings().anthropicModel = QStringLiteral("glm-4.5");
        PIPELINE_START(rig);
        llm.enqueue(FakeAnthropic::invalidRequest()); // routing fails (not retried): the offline router decides
        QCOMPARE(rig.postText(kChat, QStringLiteral("Je veux parler à un humain"), QStringLiteral("H1")), 200);
        QTRY_COMPARE_WITH_TIMEOUT(rig.repliesTo(kChat), 1, 10000);
        PrometheusText text;
        QTRY_COMPARE_WITH_TIMEOUT((text = scrape(rig.server)).value(QStringLiteral("concierge_handoffs_waiting")), 1.0,
                                  5000);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QVERIFY(llm.requestCount() >= 1);
        QCOMPARE(text.value(QStringLiteral("concierge_llm_calls_total")), double(llm.requestCount()));
        QCOMPARE(text.value(QStringLiteral("concierge_llm_errors_total"), QStringLiteral(R"(reason="client_error")")),
                 1.0);
        QCOMPARE(sumOf(text, QStringLiteral("concierge_messages_answered_total"),
                       QStringLiteral(R"(service="contact_humain")")),
                 1.0);
    }

    void tokenRequiredWhenSet()
    {
        PipelineRig rig;
        rig.server.settings().metricsToken = QStringLiteral("scrape-token-0123456789");
        PIPELINE_START(rig);
        HttpResult r = scrapeRaw(rig.server); // even from this machine
        QCOMPARE(r.status, 401);
        QCOMPARE(errorCode(r), QStringLiteral("unauthorized"));
        r = scrapeRaw(rig.server, {{"Authorization", "Bearer scrape-token-012345678X"}});
        QCOMPARE(r.status, 401);
        r = scrapeRaw(rig.server, {{"Authorization", "Basic scrape-token-0123456789"}});
        QCOMPARE(r.status, 401);
        r = scrapeRaw(rig.server, {{"Authorization", "Bearer scrape-token-0123456789"}});
        QCOMPARE(r.status, 200);
        QVERIFY(PrometheusText::parse(r.body).ok());
        // With the token, a client forwarded by a proxy may scrape too.
        r = scrapeRaw(rig.server,
                      {{"Authorization", "bearer scrape-token-0123456789"}, {"X-Forwarded-For", "203.0.113.7"}});
        QCOMPARE(r.status, 200);
    }

    void onlyThisMachineWithoutToken()
    {
        PipelineRig rig;
        rig.server.settings().trustedProxies = QStringLiteral("127.0.0.1");
        PIPELINE_START(rig);
        QCOMPARE(scrapeRaw(rig.server).status, 200);
        // Through the trusted proxy on this machine, the client is the one it names: not local.
        HttpResult r = scrapeRaw(rig.server, {{"X-Forwarded-For", "203.0.113.7"}});
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("metrics_local_only"));
        // Even when the forwarded client is this machine: a forwarded scrape is not a local one.
        QCOMPARE(scrapeRaw(rig.server, {{"X-Forwarded-For", "127.0.0.1"}}).status, 403);
        QCOMPARE(scrapeRaw(rig.server, {{"Forwarded", "for=198.51.100.4"}}).status, 403);
        QCOMPARE(scrapeRaw(rig.server, {{"X-Real-IP", "198.51.100.4"}}).status, 403);
    }

    void untrustedLocalProxyIsNotLoopback()
    {
        PipelineRig rig; // no TRUSTED_PROXIES: the peer is the proxy itself, on 127.0.0.1
        PIPELINE_START(rig);
        QCOMPARE(scrapeRaw(rig.server, {{"X-Forwarded-For", "203.0.113.7"}}).status, 403);
    }

    void anotherAddressOfThisMachineIsRefused()
    {
        QHostAddress outside;
        for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback()) {
                outside = address;
                break;
            }
        }
        if (outside.isNull())
            QSKIP("this machine has no IPv4 address but loopback");
        PipelineRig rig;
        rig.server.settings().host = QStringLiteral("0.0.0.0");
        PIPELINE_START(rig);
        const QString base = QStringLiteral("http://%1:%2").arg(outside.toString()).arg(rig.server.server()->port());
        const HttpResult r = scrapeRaw(rig.server, {}, base);
        QCOMPARE(r.status, 403);
        QCOMPARE(errorCode(r), QStringLiteral("metrics_local_only"));
        QCOMPARE(scrapeRaw(rig.server).status, 200); // 127.0.0.1 still may
    }
};

QTEST_GUILESS_MAIN(TestMetricsEndpoint)
#include "TestMetricsEndpoint.moc"
