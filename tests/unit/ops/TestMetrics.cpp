// The metrics registry: fixed label sets rendered in Prometheus' text format, the reply's latency from its message's
// arrival to its send, the LLM's errors by reason, gauges read when scraped, and counting from several threads.
#include "ops/Metrics.h"
#include "store/MessageLog.h"
#include "store/Records.h"
#include "support/PrometheusText.h"

#include <QDateTime>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

using concierge::ops::AnswerSource;
using concierge::ops::Gauge;
using concierge::ops::Metrics;
using concierge::ops::WahaCall;
using concierge::ops::WebhookOutcome;
using concierge::testing::PrometheusText;

namespace {

PrometheusText scrape(const Metrics &metrics)
{
    return PrometheusText::parse(metrics.render());
}

// An assistant's reply committed for a message that arrived `agoMs` before now.
concierge::store::MessageOutcome answered(qint64 outboxId, const QString &service,
                                          concierge::store::InteractionSource source, qint64 agoMs)
{
    concierge::store::MessageOutcome outcome;
    outcome.message.receivedAtMs = QDateTime::currentMSecsSinceEpoch() - agoMs;
    outcome.incoming.service = service;
    concierge::store::Interaction out;
    out.source = source;
    outcome.outgoing = out;
    concierge::store::OutboxMessage reply;
    reply.id = outboxId;
    outcome.reply = reply;
    return outcome;
}

concierge::store::OutboxMessage row(qint64 id, concierge::store::Author author = concierge::store::Author::Bot)
{
    concierge::store::OutboxMessage message;
    message.id = id;
    message.author = author;
    return message;
}

const QString kLlmRenseignement = QStringLiteral(R"(service="renseignement",source="llm")");

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void emptyRegistryRendersEveryLabelSet()
    {
        Metrics metrics;
        const PrometheusText text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.types.value(QStringLiteral("concierge_webhooks_received_total")), QStringLiteral("counter"));
        QCOMPARE(text.types.value(QStringLiteral("concierge_reply_latency_seconds")), QStringLiteral("histogram"));
        QCOMPARE(
            text.value(QStringLiteral("concierge_webhooks_received_total"), QStringLiteral(R"(outcome="accepted")")),
            0.0);
        QCOMPARE(text.value(QStringLiteral("concierge_messages_answered_total"),
                            QStringLiteral(R"(service="none",source="human")")),
                 0.0);
        QCOMPARE(text.value(QStringLiteral("concierge_reply_latency_seconds_count"), QStringLiteral(R"(source="llm")")),
                 0.0);
        QVERIFY(!text.types.contains(QStringLiteral("concierge_database_up"))); // no reader: no gauge
    }

    void webhooksByOutcome()
    {
        Metrics metrics;
        metrics.webhook(WebhookOutcome::Accepted);
        metrics.webhook(WebhookOutcome::Accepted);
        metrics.webhook(WebhookOutcome::Rejected);
        const PrometheusText text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        const QString name = QStringLiteral("concierge_webhooks_received_total");
        QCOMPARE(text.value(name, QStringLiteral(R"(outcome="accepted")")), 2.0);
        QCOMPARE(text.value(name, QStringLiteral(R"(outcome="rejected")")), 1.0);
        QCOMPARE(text.value(name, QStringLiteral(R"(outcome="duplicate")")), 0.0);
    }

    void replyCountedWhenSentWithItsLatency()
    {
        Metrics metrics;
        metrics.committed(answered(7, QStringLiteral("renseignement"), concierge::store::InteractionSource::Llm, 1500));
        PrometheusText text = scrape(metrics);
        QCOMPARE(text.value(QStringLiteral("concierge_messages_answered_total"), kLlmRenseignement),
                 0.0); // not sent yet
        metrics.replySent(row(7));
        metrics.replySent(row(7)); // a second "sent" of one row counts nothing more
        text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.value(QStringLiteral("concierge_messages_answered_total"), kLlmRenseignement), 1.0);
        const QString bucket = QStringLiteral("concierge_reply_latency_seconds_bucket");
        QCOMPARE(text.value(bucket, QStringLiteral(R"(source="llm",le="1")")), 0.0);
        QCOMPARE(text.value(bucket, QStringLiteral(R"(source="llm",le="2")")), 1.0);
        QCOMPARE(text.value(bucket, QStringLiteral(R"(source="llm",le="+Inf")")), 1.0);
        QCOMPARE(text.value(QStringLiteral("concierge_reply_latency_seconds_count"), QStringLiteral(R"(source="llm")")),
                 1.0);
        const double sum =
            text.value(QStringLiteral("concierge_reply_latency_seconds_sum"), QStringLiteral(R"(source="llm")"));
        QVERIFY2(sum >= 1.5 && sum < 2.0, qPrintable(QString::number(sum)));
    }

    void peopleAndNoticesAndUnknownServices()
    {
        Metrics metrics;
        metrics.replySent(row(1, concierge::store::Author::Agent)); // an agent's message from the console
        concierge::store::MessageOutcome phone;
        phone.incoming.author = concierge::store::Author::Staff; // typed on the paired phone
        metrics.committed(phone);
        metrics.committed(answered(2, {}, concierge::store::InteractionSource::System, 10)); // a rate-limit notice
        metrics.replySent(row(2));
        metrics.committed(answered(3, QStringLiteral("menu"), concierge::store::InteractionSource::Offline, 10));
        metrics.replySent(row(3));
        metrics.replySent(row(99)); // sent after a restart: nothing known about it
        const PrometheusText text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        const QString answeredTotal = QStringLiteral("concierge_messages_answered_total");
        QCOMPARE(text.value(answeredTotal, QStringLiteral(R"(service="none",source="human")")), 2.0);
        QCOMPARE(text.value(answeredTotal, QStringLiteral(R"(service="none",source="offline")")), 1.0);
        double all = 0;
        for (auto it = text.samples.cbegin(); it != text.samples.cend(); ++it)
            all += it.key().startsWith(answeredTotal) ? it.value() : 0;
        QCOMPARE(all, 3.0);
        QCOMPARE(
            text.value(QStringLiteral("concierge_reply_latency_seconds_count"), QStringLiteral(R"(source="offline")")),
            1.0);
    }

    void llmAttemptsErrorsAndTokens()
    {
        Metrics metrics;
        metrics.llmAttempt(QStringLiteral("timeout"), 0, 0, 0);
        metrics.llmAttempt(QStringLiteral("rate_limit_error"), 429, 0, 0);
        metrics.llmAttempt(QStringLiteral("overloaded_error"), 529, 0, 0);
        metrics.llmAttempt(QStringLiteral("insufficient_balance"), 429, 0, 0);
        metrics.llmAttempt(QStringLiteral("malformed_response"), 200, 0, 0);
        metrics.llmAttempt({}, 200, 120, 30);
        const PrometheusText text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.value(QStringLiteral("concierge_llm_calls_total")), 6.0);
        const QString errors = QStringLiteral("concierge_llm_errors_total");
        QCOMPARE(text.value(errors, QStringLiteral(R"(reason="timeout")")), 1.0);
        QCOMPARE(text.value(errors, QStringLiteral(R"(reason="rate_limited")")), 1.0);
        QCOMPARE(text.value(errors, QStringLiteral(R"(reason="server_error")")), 1.0);
        QCOMPARE(text.value(errors, QStringLiteral(R"(reason="client_error")")), 1.0);
        QCOMPARE(text.value(errors, QStringLiteral(R"(reason="bad_response")")), 1.0);
        QCOMPARE(text.value(QStringLiteral("concierge_llm_tokens_total"), QStringLiteral(R"(direction="input")")),
                 120.0);
        QCOMPARE(text.value(QStringLiteral("concierge_llm_tokens_total"), QStringLiteral(R"(direction="output")")),
                 30.0);
    }

    void wahaCalls()
    {
        QCOMPARE(Metrics::wahaCallOf(u"/api/sendText"), WahaCall::SendText);
        QCOMPARE(Metrics::wahaCallOf(u"/api/sendFile"), WahaCall::SendFile);
        QCOMPARE(Metrics::wahaCallOf(u"/api/sendSeen"), WahaCall::SendSeen);
        QCOMPARE(Metrics::wahaCallOf(u"/api/startTyping"), WahaCall::Typing);
        QCOMPARE(Metrics::wahaCallOf(u"/api/somethingElse"), WahaCall::Other);
        Metrics metrics;
        metrics.wahaSend(WahaCall::SendText, true);
        metrics.wahaSend(WahaCall::SendText, false);
        metrics.wahaSend(WahaCall::SendText, false);
        const PrometheusText text = scrape(metrics);
        const QString name = QStringLiteral("concierge_waha_sends_total");
        QCOMPARE(text.value(name, QStringLiteral(R"(call="send_text",outcome="ok")")), 1.0);
        QCOMPARE(text.value(name, QStringLiteral(R"(call="send_text",outcome="failed")")), 2.0);
    }

    void gaugesReadWhenScraped()
    {
        Metrics metrics;
        double backlog = 3;
        metrics.setGauge(Gauge::OutboxBacklog, [&backlog] { return backlog; });
        metrics.setGauge(Gauge::HandoffsWaiting, [] { return 1.0; });
        metrics.setGaugeValue(Gauge::HandoffsWaiting, 5); // a counted value wins over the reader
        PrometheusText text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(text.types.value(QStringLiteral("concierge_outbox_backlog")), QStringLiteral("gauge"));
        QCOMPARE(text.value(QStringLiteral("concierge_outbox_backlog")), 3.0);
        QCOMPARE(text.value(QStringLiteral("concierge_handoffs_waiting")), 5.0);
        backlog = 8;
        metrics.clearGaugeValue(Gauge::HandoffsWaiting);
        text = scrape(metrics);
        QCOMPARE(text.value(QStringLiteral("concierge_outbox_backlog")), 8.0);
        QCOMPARE(text.value(QStringLiteral("concierge_handoffs_waiting")), 1.0);
    }

    void countsFromSeveralThreads()
    {
        Metrics metrics;
        constexpr int kThreads = 4;
        constexpr int kEach = 20'000;
        std::vector<std::unique_ptr<QThread>> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back(QThread::create([&metrics, t] {
                for (int i = 0; i < kEach; ++i) {
                    metrics.webhook(WebhookOutcome::Accepted);
                    metrics.replyLatency(AnswerSource::Offline, 300);
                    const qint64 id = qint64(t) * kEach + i + 1;
                    metrics.committed(
                        answered(id, QStringLiteral("catechese"), concierge::store::InteractionSource::Offline, 0));
                    metrics.replySent(row(id));
                }
            }));
            threads.back()->start();
        }
        for (auto &thread : threads)
            QVERIFY(thread->wait(60'000));
        const PrometheusText text = scrape(metrics);
        QVERIFY2(text.ok(), qPrintable(text.error));
        QCOMPARE(
            text.value(QStringLiteral("concierge_webhooks_received_total"), QStringLiteral(R"(outcome="accepted")")),
            double(kThreads * kEach));
        QCOMPARE(text.value(QStringLiteral("concierge_messages_answered_total"),
                            QStringLiteral(R"(service="catechese",source="offline")")),
                 double(kThreads * kEach));
        QCOMPARE(
            text.value(QStringLiteral("concierge_reply_latency_seconds_count"), QStringLiteral(R"(source="offline")")),
            double(2 * kThreads * kEach));
    }
};

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
