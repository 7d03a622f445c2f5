#include "ops/Metrics.h"

#include "store/MessageLog.h"
#include "store/Records.h"

#include <QDateTime>
#include <QMutexLocker>

#include <algorithm>

namespace concierge::ops {

namespace {

constexpr std::array<const char *, 7> kWebhookOutcomes{"accepted", "duplicate", "ignored",    "recorded",
                                                       "rejected", "malformed", "unavailable"};
constexpr std::array<const char *, 3> kSources{"llm", "offline", "human"};
constexpr std::array<const char *, 4> kServiceNames{"renseignement", "catechese", "contact_humain", "none"};
constexpr std::array<const char *, 6> kLlmErrors{"timeout",      "network",      "rate_limited",
                                                 "server_error", "client_error", "bad_response"};
constexpr std::array<const char *, 5> kWahaCalls{"send_text", "send_file", "send_seen", "typing", "other"};
constexpr std::array<const char *, 5> kHttpClasses{"1xx", "2xx", "3xx", "4xx", "5xx"};
static_assert(kWebhookOutcomes.size() == std::size_t(WebhookOutcome::Count));
static_assert(kSources.size() == std::size_t(AnswerSource::Count));
static_assert(kLlmErrors.size() == std::size_t(LlmError::Count));
static_assert(kWahaCalls.size() == std::size_t(WahaCall::Count));
static_assert(kHttpClasses.size() == std::size_t(HttpClass::Count));

struct GaugeInfo
{
    const char *name;
    const char *help;
};
constexpr std::array<GaugeInfo, std::size_t(Gauge::Count)> kGauges{{
    {"concierge_inbox_unanswered", "Acknowledged messages not handled yet (as last counted in the database)."},
    {"concierge_outbox_backlog", "Replies not sent yet: pending, or claimed for a WAHA call not recorded yet."},
    {"concierge_oldest_unanswered_seconds", "Age of the oldest acknowledged message still without its reply."},
    {"concierge_unrecorded_outcomes", "Outcomes and sent marks held in memory because the database refused them."},
    {"concierge_handoffs_waiting", "Conversations queued for a person (owner queued)."},
    {"concierge_live_clients", "Consoles connected to the live WebSocket."},
    {"concierge_database_up", "1 when the database answers, else 0."},
    {"concierge_cache_up", "1 when the session cache works normally (Redis reachable, or in-process), else 0."},
    {"concierge_waha_session_working", "1 when WAHA reports the WhatsApp session WORKING, else 0."},
}};

int serviceIndex(domain::ServiceId service)
{
    switch (service) {
    case domain::ServiceId::Renseignement: return 0;
    case domain::ServiceId::Catechese: return 1;
    case domain::ServiceId::ContactHumain: return 2;
    case domain::ServiceId::Unknown: break;
    }
    return 3;
}

void family(QByteArray &out, const char *name, const char *type, const char *help)
{
    out += "# HELP ";
    out += name;
    out += ' ';
    out += help;
    out += "\n# TYPE ";
    out += name;
    out += ' ';
    out += type;
    out += '\n';
}

void sample(QByteArray &out, const char *name, const QByteArray &labels, const QByteArray &value)
{
    out += name;
    if (!labels.isEmpty())
        out += '{' + labels + '}';
    out += ' ' + value + '\n';
}

QByteArray label(const char *name, const char *value)
{
    return QByteArray(name) + "=\"" + value + '"';
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

LlmError llmErrorOf(const QString &errorType, int httpStatus)
{
    if (errorType == QLatin1String("timeout"))
        return LlmError::Timeout;
    if (errorType == QLatin1String("network"))
        return LlmError::Network;
    if (errorType == QLatin1String("malformed_response"))
        return LlmError::BadResponse;
    if (httpStatus == 429 && errorType != QLatin1String("insufficient_balance"))
        return LlmError::RateLimited;
    if (httpStatus >= 500)
        return LlmError::ServerError;
    return LlmError::ClientError;
}

} // namespace

Metrics::Metrics()
    : m_startedAtMs(QDateTime::currentMSecsSinceEpoch())
{
}

void Metrics::webhook(WebhookOutcome outcome)
{
    m_webhooks[std::size_t(outcome)].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::httpResponse(int status)
{
    const int index = std::clamp(status / 100 - 1, 0, int(HttpClass::Count) - 1);
    m_http[std::size_t(index)].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::llmAttempt(const QString &errorType, int httpStatus, qint64 inputTokens, qint64 outputTokens)
{
    m_llmCalls.fetch_add(1, std::memory_order_relaxed);
    if (!errorType.isEmpty())
        m_llmErrors[std::size_t(llmErrorOf(errorType, httpStatus))].fetch_add(1, std::memory_order_relaxed);
    m_llmTokens[0].fetch_add(quint64(qMax<qint64>(0, inputTokens)), std::memory_order_relaxed);
    m_llmTokens[1].fetch_add(quint64(qMax<qint64>(0, outputTokens)), std::memory_order_relaxed);
}

WahaCall Metrics::wahaCallOf(QStringView route)
{
    if (route.endsWith(u"/sendText"))
        return WahaCall::SendText;
    if (route.endsWith(u"/sendFile"))
        return WahaCall::SendFile;
    if (route.endsWith(u"/sendSeen"))
        return WahaCall::SendSeen;
    if (route.endsWith(u"Typing"))
        return WahaCall::Typing;
    return WahaCall::Other;
}

void Metrics::wahaSend(WahaCall call, bool ok)
{
    m_waha[std::size_t(call) * 2 + (ok ? 0 : 1)].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::committed(const store::MessageOutcome &outcome)
{
    if (outcome.incoming.author == store::Author::Staff) { // typed on the paired phone: a person answered
        answered(domain::ServiceId::Unknown, AnswerSource::Human);
        return;
    }
    if (!outcome.reply || !outcome.outgoing || outcome.reply->id <= 0)
        return;
    const store::InteractionSource source = outcome.outgoing->source;
    if (source != store::InteractionSource::Llm && source != store::InteractionSource::Offline)
        return; // a rate-limit notice is no answer
    const Waiting waiting{domain::serviceFromName(outcome.incoming.service),
                          source == store::InteractionSource::Llm ? AnswerSource::Llm : AnswerSource::Offline,
                          outcome.message.receivedAtMs};
    QMutexLocker lock(&m_mutex);
    m_waiting.insert_or_assign(outcome.reply->id, waiting);
    while (m_waiting.size() > kMaxWaitingReplies) // replies that never left (withheld, failed): forget the oldest
        m_waiting.erase(m_waiting.begin());
}

void Metrics::replySent(const store::OutboxMessage &row)
{
    if (row.author == store::Author::Agent) {
        answered(domain::ServiceId::Unknown, AnswerSource::Human);
        return;
    }
    QMutexLocker lock(&m_mutex);
    const auto it = m_waiting.find(row.id);
    if (it == m_waiting.end())
        return; // a notice, or a reply queued before a restart
    const Waiting waiting = it->second;
    m_waiting.erase(it);
    lock.unlock();
    answered(waiting.service, waiting.source);
    replyLatency(waiting.source, QDateTime::currentMSecsSinceEpoch() - waiting.receivedAtMs);
}

void Metrics::answered(domain::ServiceId service, AnswerSource source)
{
    const std::size_t index = std::size_t(serviceIndex(service)) * labelCount<AnswerSource>() + std::size_t(source);
    m_answered[index].fetch_add(1, std::memory_order_relaxed);
}

void Metrics::replyLatency(AnswerSource source, qint64 ms)
{
    ms = qMax<qint64>(0, ms);
    Histogram &h = m_latency[std::size_t(source)];
    std::size_t bucket = 0;
    while (bucket < kLatencyBucketsMs.size() && ms > kLatencyBucketsMs[bucket])
        ++bucket;
    h.buckets[bucket].fetch_add(1, std::memory_order_relaxed);
    h.sumMs.fetch_add(quint64(ms), std::memory_order_relaxed);
}

void Metrics::setGauge(Gauge gauge, std::function<double()> read)
{
    QMutexLocker lock(&m_mutex);
    m_gaugeReaders[std::size_t(gauge)] = std::move(read);
}

void Metrics::setGaugeValue(Gauge gauge, double value)
{
    QMutexLocker lock(&m_mutex);
    m_gaugeValues[std::size_t(gauge)] = value;
}

void Metrics::clearGaugeValue(Gauge gauge)
{
    QMutexLocker lock(&m_mutex);
    m_gaugeValues[std::size_t(gauge)].reset();
}

QByteArray Metrics::render() const
{
    QByteArray out;
    out.reserve(8 * 1024);
    renderCounters(out);
    renderHistogram(out);
    renderGauges(out);
    return out;
}

void Metrics::renderCounters(QByteArray &out) const
{
    const auto load = [](const Counter &c) { return QByteArray::number(c.load(std::memory_order_relaxed)); };
    const char *webhooks = "concierge_webhooks_received_total";
    family(out, webhooks, "counter", "Webhooks received, by how they were answered.");
    for (std::size_t i = 0; i < m_webhooks.size(); ++i)
        sample(out, webhooks, label("outcome", kWebhookOutcomes[i]), load(m_webhooks[i]));
    const char *answered = "concierge_messages_answered_total";
    family(out, answered, "counter",
           "Messages answered (the reply accepted by WAHA, or typed on the paired phone), by service and source.");
    for (std::size_t s = 0; s < kServiceNames.size(); ++s) {
        for (std::size_t k = 0; k < kSources.size(); ++k)
            sample(out, answered, label("service", kServiceNames[s]) + ',' + label("source", kSources[k]),
                   load(m_answered[s * kSources.size() + k]));
    }
    family(out, "concierge_llm_calls_total", "counter", "HTTP calls to the LLM API (retries included).");
    sample(out, "concierge_llm_calls_total", {}, load(m_llmCalls));
    const char *errors = "concierge_llm_errors_total";
    family(out, errors, "counter", "LLM calls that failed, by reason (the assistant then answers offline).");
    for (std::size_t i = 0; i < m_llmErrors.size(); ++i)
        sample(out, errors, label("reason", kLlmErrors[i]), load(m_llmErrors[i]));
    const char *tokens = "concierge_llm_tokens_total";
    family(out, tokens, "counter", "Tokens the LLM API counted, input and output.");
    sample(out, tokens, label("direction", "input"), load(m_llmTokens[0]));
    sample(out, tokens, label("direction", "output"), load(m_llmTokens[1]));
    const char *waha = "concierge_waha_sends_total";
    family(out, waha, "counter", "Calls to WAHA's sending API, by call and outcome (failed: error or no answer).");
    for (std::size_t i = 0; i < kWahaCalls.size(); ++i) {
        sample(out, waha, label("call", kWahaCalls[i]) + ',' + label("outcome", "ok"), load(m_waha[i * 2]));
        sample(out, waha, label("call", kWahaCalls[i]) + ',' + label("outcome", "failed"), load(m_waha[i * 2 + 1]));
    }
    const char *http = "concierge_http_responses_total";
    family(out, http, "counter", "Responses of the HTTP API's handlers, by status class.");
    for (std::size_t i = 0; i < m_http.size(); ++i)
        sample(out, http, label("code", kHttpClasses[i]), load(m_http[i]));
}

void Metrics::renderHistogram(QByteArray &out) const
{
    const char *name = "concierge_reply_latency_seconds";
    family(out, name, "histogram",
           "From a message's arrival (webhook) to WAHA accepting the assistant's reply, by source.");
    const QByteArray bucket = QByteArray(name) + "_bucket";
    const QByteArray sumName = QByteArray(name) + "_sum";
    const QByteArray countName = QByteArray(name) + "_count";
    for (std::size_t s = 0; s < kSources.size(); ++s) {
        if (AnswerSource(s) == AnswerSource::Human)
            continue; // a person's answer has no message it replies to
        const Histogram &h = m_latency[s];
        const QByteArray source = label("source", kSources[s]);
        quint64 cumulative = 0;
        for (std::size_t b = 0; b < h.buckets.size(); ++b) {
            cumulative += h.buckets[b].load(std::memory_order_relaxed);
            const QByteArray le =
                b < kLatencyBucketsMs.size() ? number(kLatencyBucketsMs[b] / 1000.0) : QByteArray("+Inf");
            sample(out, bucket.constData(), source + ",le=\"" + le + '"', QByteArray::number(cumulative));
        }
        const double sum = h.sumMs.load(std::memory_order_relaxed) / 1000.0;
        sample(out, sumName.constData(), source, number(sum));
        sample(out, countName.constData(), source, QByteArray::number(cumulative));
    }
}

void Metrics::renderGauges(QByteArray &out) const
{
    std::array<std::optional<double>, labelCount<Gauge>()> values;
    {
        QMutexLocker lock(&m_mutex);
        for (std::size_t i = 0; i < values.size(); ++i) {
            if (m_gaugeValues[i])
                values[i] = m_gaugeValues[i];
            else if (m_gaugeReaders[i])
                values[i] = m_gaugeReaders[i]();
        }
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (!values[i])
            continue;
        family(out, kGauges[i].name, "gauge", kGauges[i].help);
        sample(out, kGauges[i].name, {}, number(*values[i]));
    }
    family(out, "concierge_start_time_seconds", "gauge", "When this server process started (Unix time).");
    sample(out, "concierge_start_time_seconds", {}, number(m_startedAtMs / 1000.0));
}

} // namespace concierge::ops
