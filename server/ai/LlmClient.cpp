#include "ai/LlmClient.h"

#include "core/Log.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace concierge::ai {

using integrations::OutboundRequest;
using integrations::OutboundResponse;

namespace {

constexpr int kInitialRetryDelayMs = 500;
constexpr int kMaxBackoffMs = 8'000;
constexpr int kMaxRetryAfterMs = 60'000;

QJsonObject parseObject(const QByteArray &body)
{
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    return err.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject{};
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

// z.ai reports "insufficient balance / no resource package" as HTTP 429 with error type or code "1113"; retrying
// cannot help.
bool isInsufficientBalance(int status, const QJsonObject &error)
{
    return status == 429 && (jsonText(error.value(QLatin1String("type"))) == QLatin1String("1113") ||
                             jsonText(error.value(QLatin1String("code"))) == QLatin1String("1113"));
}

// A FastAPI validation error echoes the offending "input" (the conversation's texts): keep only where and why.
QJsonValue withoutInput(const QJsonValue &detail)
{
    if (!detail.isArray())
        return detail;
    QJsonArray kept;
    for (const QJsonValue &item : detail.toArray()) {
        QJsonObject entry = item.toObject();
        entry.remove(QLatin1String("input"));
        kept.append(entry);
    }
    return kept;
}

// Fills errorType/errorMessage for an HTTP error answer (Anthropic shape, z.ai shape, FastAPI 422, or no JSON).
void describeHttpError(const OutboundResponse &http, LlmResponse &out)
{
    const QJsonObject body = parseObject(http.body);
    const QJsonObject error = body.value(QLatin1String("error")).toObject();
    if (out.requestId.isEmpty())
        out.requestId = body.value(QLatin1String("request_id")).toString();
    out.errorMessage = error.value(QLatin1String("message")).toString();
    if (isInsufficientBalance(http.status, error)) {
        out.errorType = QStringLiteral("insufficient_balance");
    } else if (const QString type = error.value(QLatin1String("type")).toString(); !type.isEmpty()) {
        out.errorType = type;
    } else if (body.contains(QLatin1String("detail"))) { // FastAPI validation error (z.ai 422)
        out.errorType = QStringLiteral("invalid_request_error");
        out.errorMessage = QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("detail"), withoutInput(body.value(QLatin1String("detail")))}})
                .toJson(QJsonDocument::Compact));
    } else if (http.status == 413) {
        out.errorType = QStringLiteral("request_too_large");
    } else {
        out.errorType = QStringLiteral("http_%1").arg(http.status);
    }
}

// Parses a 2xx body; false when it is not a Messages API response.
bool parseSuccess(const QByteArray &bytes, LlmResponse &out)
{
    const QJsonObject body = parseObject(bytes);
    const QJsonValue content = body.value(QLatin1String("content"));
    if (body.isEmpty() || !content.isArray())
        return false;
    out.content = content.toArray();
    out.stopReason = body.value(QLatin1String("stop_reason")).toString();
    if (out.requestId.isEmpty())
        out.requestId = body.value(QLatin1String("request_id")).toString();
    QString text;
    for (const QJsonValue &block : std::as_const(out.content)) {
        const QJsonObject b = block.toObject();
        if (b.value(QLatin1String("type")).toString() == QLatin1String("text"))
            text += b.value(QLatin1String("text")).toString();
    }
    out.text = text;
    const QJsonObject usage = body.value(QLatin1String("usage")).toObject();
    out.usage.inputTokens += usage.value(QLatin1String("input_tokens")).toInt() +
                             usage.value(QLatin1String("cache_creation_input_tokens")).toInt() +
                             usage.value(QLatin1String("cache_read_input_tokens")).toInt();
    out.usage.outputTokens += usage.value(QLatin1String("output_tokens")).toInt();
    return true;
}

} // namespace

std::optional<QJsonObject> LlmResponse::toolInput(const QString &toolName) const
{
    for (const QJsonValue &block : content) {
        const QJsonObject b = block.toObject();
        if (b.value(QLatin1String("type")).toString() == QLatin1String("tool_use") &&
            b.value(QLatin1String("name")).toString() == toolName) {
            const QJsonValue input = b.value(QLatin1String("input"));
            if (!input.isObject())
                return std::nullopt;
            return input.toObject();
        }
    }
    return std::nullopt;
}

struct LlmClient::Call
{
    QByteArray body;
    QPointer<QObject> context;
    bool hadContext = false;
    Callback done;
    int retriesTaken = 0;
    QElapsedTimer clock;
    LlmResponse result;
};

LlmGate::LlmGate(int limit)
    : m_limit(std::max(1, limit))
{
}

void LlmGate::enter(std::function<void()> go)
{
    if (m_inFlight >= m_limit) {
        m_waiting.enqueue(std::move(go));
        return;
    }
    ++m_inFlight;
    go();
}

void LlmGate::leave()
{
    --m_inFlight;
    // The place goes straight to the first waiting attempt.
    if (!m_waiting.isEmpty() && m_inFlight < m_limit) {
        ++m_inFlight;
        m_waiting.dequeue()();
    }
}

LlmClient::LlmClient(integrations::CurlClient *http, LlmConfig config, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_config(std::move(config))
    , m_gate(std::make_shared<LlmGate>(m_config.maxInFlight))
{
}

bool LlmClient::configured() const
{
    return !m_config.baseUrl.trimmed().isEmpty() && !m_config.model.trimmed().isEmpty() &&
           (!m_config.authToken.isEmpty() || !m_config.apiKey.isEmpty());
}

QUrl LlmClient::messagesUrl() const
{
    QString base = m_config.baseUrl.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    return QUrl(base + QStringLiteral("/v1/messages"));
}

OutboundRequest LlmClient::buildRequest(const QByteArray &body) const
{
    OutboundRequest request;
    request.method = "POST";
    request.url = messagesUrl();
    request.body = body;
    request.timeoutMs = m_config.timeoutMs;
    request.headers.append({QByteArray("anthropic-version"), QByteArray("2023-06-01")});
    request.headers.append({QByteArray("content-type"), QByteArray("application/json")});
    request.headers.append({QByteArray("accept"), QByteArray("application/json")});
    if (!m_config.authToken.isEmpty())
        request.headers.append({QByteArray("authorization"), QByteArray("Bearer " + m_config.authToken.toUtf8())});
    else
        request.headers.append({QByteArray("x-api-key"), QByteArray(m_config.apiKey.toUtf8())});
    return request;
}

void LlmClient::createMessage(QJsonObject request, QObject *context, Callback done)
{
    auto call = std::make_shared<Call>();
    call->context = context;
    call->hadContext = context != nullptr;
    call->done = std::move(done);
    call->clock.start();
    if (!configured()) {
        call->result.errorType = QStringLiteral("not_configured");
        call->result.errorMessage = QStringLiteral("LLM base URL, model or credential missing");
        QTimer::singleShot(0, context ? context : this, [call] { call->done(call->result); });
        return;
    }
    if (!request.contains(QLatin1String("model")))
        request.insert(QStringLiteral("model"), m_config.model);
    if (!request.contains(QLatin1String("max_tokens")))
        request.insert(QStringLiteral("max_tokens"), m_config.maxTokens);
    call->body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    attempt(call);
}

void LlmClient::attempt(const std::shared_ptr<Call> &call)
{
    if (call->hadContext && !call->context)
        return; // the caller went away: no point in spending another attempt
    m_gate->enter([self = QPointer(this), call, gate = m_gate] {
        if (self)
            self->send(call);
        else
            gate->leave();
    });
}

void LlmClient::send(const std::shared_ptr<Call> &call)
{
    if (call->hadContext && !call->context) {
        m_gate->leave(); // gone while its attempt waited for a place
        return;
    }
    ++call->result.usage.calls;
    // No context for the transfer: its callback must run to give the place back, whoever went away meanwhile.
    m_http->send(buildRequest(call->body), nullptr,
                 [self = QPointer(this), call, gate = m_gate](const OutboundResponse &response) {
                     gate->leave();
                     if (self)
                         self->onAnswer(call, response);
                 });
}

QList<domain::ChatTurn> LlmClient::conversation(const QList<domain::ChatTurn> &history, int maxTurns,
                                                const QString &finalUserText)
{
    QList<domain::ChatTurn> kept;
    for (const domain::ChatTurn &turn : history) {
        // Agent turns are not the assistant's words: the model only sees the parent and itself.
        if (turn.speaker != domain::Speaker::Agent && !turn.text.trimmed().isEmpty())
            kept.append(turn);
    }
    if (kept.size() > maxTurns)
        kept = kept.mid(kept.size() - std::max(maxTurns, 0));
    if (!kept.isEmpty() && kept.constLast().speaker == domain::Speaker::User &&
        kept.constLast().text.trimmed() == finalUserText.trimmed())
        kept.removeLast(); // the pipeline may already have stored the message being handled
    kept.append(domain::ChatTurn{domain::Speaker::User, finalUserText});

    QList<domain::ChatTurn> out;
    for (const domain::ChatTurn &turn : std::as_const(kept)) {
        if (out.isEmpty() && turn.speaker != domain::Speaker::User)
            continue;
        if (!out.isEmpty() && out.constLast().speaker == turn.speaker)
            out.last().text += QLatin1Char('\n') + turn.text;
        else
            out.append(turn);
    }
    return out;
}

bool LlmClient::shouldRetry(const OutboundResponse &response, const QString &errorType)
{
    if (errorType == QLatin1String("insufficient_balance") || errorType == QLatin1String("malformed_response"))
        return false;
    const QByteArray hint = response.header("x-should-retry").trimmed().toLower();
    if (hint == "true")
        return true;
    if (hint == "false")
        return false;
    const int s = response.status;
    return s == 0 || s == 408 || s == 409 || s == 429 || s >= 500;
}

int LlmClient::retryDelayMs(const OutboundResponse &response, int retriesTaken)
{
    bool ok = false;
    const double ms = response.header("retry-after-ms").trimmed().toDouble(&ok);
    if (ok && ms >= 0 && ms <= kMaxRetryAfterMs)
        return int(ms);
    const QByteArray retryAfter = response.header("retry-after").trimmed();
    if (!retryAfter.isEmpty()) {
        double seconds = retryAfter.toDouble(&ok);
        if (!ok) { // an HTTP date
            const QDateTime at = QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            ok = at.isValid();
            seconds = ok ? QDateTime::currentDateTimeUtc().msecsTo(at) / 1000.0 : 0;
        }
        if (ok && seconds >= 0 && seconds <= kMaxRetryAfterMs / 1000)
            return int(seconds * 1000);
    }
    const double backoff = std::min<double>(kInitialRetryDelayMs * std::pow(2.0, retriesTaken), kMaxBackoffMs);
    const double jitter = 1.0 - 0.25 * QRandomGenerator::global()->generateDouble();
    return int(backoff * jitter);
}

void LlmClient::onAnswer(const std::shared_ptr<Call> &call, const OutboundResponse &response)
{
    LlmResponse &r = call->result;
    r.httpStatus = response.status;
    r.requestId = QString::fromLatin1(response.header("request-id"));
    r.errorType.clear();
    r.errorMessage.clear();
    if (response.status == 0) {
        r.errorType = response.timedOut ? QStringLiteral("timeout") : QStringLiteral("network");
        r.errorMessage = response.error;
    } else if (response.isSuccess()) {
        r.ok = parseSuccess(response.body, r);
        if (!r.ok) {
            r.errorType = QStringLiteral("malformed_response");
            r.errorMessage = QStringLiteral("the answer is not a Messages API response");
        }
    } else {
        describeHttpError(response, r);
    }
    if (m_observer)
        m_observer(r);
    if (!r.ok) {
        const QString requestId = r.requestId.isEmpty() ? QStringLiteral("-") : r.requestId;
        logging::event(lcLlm(), QtWarningMsg,
                       QStringLiteral("LLM call failed: status %1, %2, request id %3, attempt %4: %5")
                           .arg(QString::number(response.status), r.errorType, requestId,
                                QString::number(r.usage.calls), r.errorMessage.left(200)),
                       {{QStringLiteral("status"), r.httpStatus},
                        {QStringLiteral("error_type"), r.errorType},
                        {QStringLiteral("request_id"), r.requestId},
                        {QStringLiteral("attempt"), r.usage.calls}});
        if (call->retriesTaken < m_config.maxRetries && shouldRetry(response, r.errorType)) {
            const int wanted = retryDelayMs(response, call->retriesTaken);
            const int delay = std::clamp(int(wanted * m_config.retryDelayScale), 0, m_config.maxRetryDelayMs);
            ++call->retriesTaken;
            QObject *ctx = call->context ? call->context.data() : this;
            QTimer::singleShot(delay, ctx, [self = QPointer(this), call] {
                if (self)
                    self->attempt(call);
            });
            return;
        }
    }
    r.usage.latencyMs = call->clock.elapsed();
    if (call->hadContext && !call->context)
        return;
    call->done(r);
}

} // namespace concierge::ai
