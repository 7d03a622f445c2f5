#pragma once

#include "domain/ServiceId.h"

#include <QByteArray>
#include <QMutex>
#include <QtGlobal>

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <optional>

namespace concierge::store {
struct MessageOutcome;
struct OutboxMessage;
} // namespace concierge::store

namespace concierge::ops {

// What each family counts, as enums: names exist only in render(). Each enum ends with Count (the label set's size).
enum class WebhookOutcome { Accepted, Duplicate, Ignored, Recorded, Rejected, Malformed, Unavailable, Count };
enum class AnswerSource { Llm, Offline, Human, Count };
enum class LlmError { Timeout, Network, RateLimited, ServerError, ClientError, BadResponse, Count };
enum class WahaCall { SendText, SendFile, SendSeen, Typing, Other, Count };
enum class HttpClass { Informational, Success, Redirect, ClientError, ServerError, Count };
// Read when scraped (see setGauge): what the database and the running server hold now.
enum class Gauge {
    InboxUnanswered,
    OutboxBacklog,
    OldestUnansweredSeconds,
    Unrecorded,
    HandoffsWaiting,
    LiveClients,
    DatabaseUp,
    CacheUp,
    WahaWorking,
    Count
};

// The size of an enum's label set.
template <typename E> constexpr std::size_t labelCount()
{
    return std::size_t(E::Count);
}

// The server's figures for Prometheus (GET /metrics): counters, gauges and one histogram with fixed label sets.
// Counting is lock-free (atomics) and may happen in any thread; the replies waiting for their send time sit behind a
// mutex. Owned by ConciergeServer; the pipeline, the clients' observers and the API count through one-line calls.
class Metrics
{
    Q_DISABLE_COPY_MOVE(Metrics)

public:
    Metrics();

    void webhook(WebhookOutcome outcome);
    void httpResponse(int status);
    // One HTTP attempt of the LLM client: errorType as LlmResponse has it ("" when it succeeded), the tokens that
    // attempt used.
    void llmAttempt(const QString &errorType, int httpStatus, qint64 inputTokens, qint64 outputTokens);
    void wahaSend(WahaCall call, bool ok);
    static WahaCall wahaCallOf(QStringView route); // "/api/sendText" -> SendText

    // A message's outcome was committed: a reply of the assistant waits in the outbox for its send (answered and its
    // latency are counted then), a message typed on the paired phone is a person's answer.
    void committed(const store::MessageOutcome &outcome);
    // WAHA accepted an outbox row: the assistant's reply (latency: the message's arrival -> now, on the wall clock the
    // webhook's arrival was stamped with) or an agent's.
    void replySent(const store::OutboxMessage &row);
    void answered(domain::ServiceId service, AnswerSource source);
    void replyLatency(AnswerSource source, qint64 ms);

    // A gauge's reader, called when scraped in the scraping thread (the server's).
    void setGauge(Gauge gauge, std::function<double()> read);
    // A gauge's value, for what is counted elsewhere just before rendering (the waiting handoffs, from the database).
    void setGaugeValue(Gauge gauge, double value);
    void clearGaugeValue(Gauge gauge);

    // The text exposition format 0.0.4.
    QByteArray render() const;
    static constexpr auto kContentType = "text/plain; version=0.0.4; charset=utf-8";

    // Latency buckets' upper bounds in ms (+Inf is implied).
    static constexpr std::array<qint64, 11> kLatencyBucketsMs{250,    500,    1'000,   2'000,   5'000,  10'000,
                                                              30'000, 60'000, 120'000, 300'000, 900'000};
    static constexpr std::size_t kServices = 4; // domain::ServiceId with Unknown rendered "none"
    static constexpr std::size_t kMaxWaitingReplies = 20'000;

private:
    using Counter = std::atomic<quint64>;
    struct Histogram
    {
        std::array<Counter, kLatencyBucketsMs.size() + 1> buckets{}; // not cumulative; the last is above every bound
        Counter sumMs{0};
    };
    struct Waiting
    {
        domain::ServiceId service;
        AnswerSource source;
        qint64 receivedAtMs;
    };
    void renderCounters(QByteArray &out) const;
    void renderHistogram(QByteArray &out) const;
    void renderGauges(QByteArray &out) const;

    std::array<Counter, labelCount<WebhookOutcome>()> m_webhooks{};
    std::array<Counter, labelCount<HttpClass>()> m_http{};
    std::array<Counter, kServices * labelCount<AnswerSource>()> m_answered{};
    std::array<Histogram, labelCount<AnswerSource>()> m_latency{};
    Counter m_llmCalls{0};
    std::array<Counter, labelCount<LlmError>()> m_llmErrors{};
    std::array<Counter, 2> m_llmTokens{}; // input, output
    std::array<Counter, labelCount<WahaCall>() * 2> m_waha{};

    mutable QMutex m_mutex;              // guards what follows
    std::map<qint64, Waiting> m_waiting; // outbox id -> the reply's labels and its message's arrival
    std::array<std::function<double()>, labelCount<Gauge>()> m_gaugeReaders;
    std::array<std::optional<double>, labelCount<Gauge>()> m_gaugeValues;
    qint64 m_startedAtMs;
};

} // namespace concierge::ops
