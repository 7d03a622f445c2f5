#include "support/FakeAnthropic.h"

#include <QDateTime>
#include <QJsonDocument>

#include <algorithm>

namespace concierge::testing {

namespace {

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

FakeResponse invalid(const QString &message)
{
    return FakeAnthropic::error(400, QStringLiteral("invalid_request_error"), message);
}

// What z.ai (FastAPI) answers to role "system" inside messages.
FakeResponse fastApiRoleError(int index, const QString &role)
{
    const QJsonObject item{
        {QStringLiteral("type"), QStringLiteral("literal_error")},
        {QStringLiteral("loc"),
         QJsonArray{QStringLiteral("body"), QStringLiteral("messages"), index, QStringLiteral("role")}},
        {QStringLiteral("msg"), QStringLiteral("Input should be 'user' or 'assistant'")},
        {QStringLiteral("input"), role},
    };
    FakeResponse r;
    r.status = 422;
    r.body = json(QJsonObject{{QStringLiteral("detail"), QJsonArray{item}}});
    return r;
}

} // namespace

FakeAnthropic::FakeAnthropic(QByteArray pathPrefix, QObject *parent)
    : QObject(parent)
    , m_prefix(std::move(pathPrefix))
{
    m_server.setHandler([this](const RecordedRequest &request) { return handle(request); });
}

bool FakeAnthropic::start()
{
    return m_server.start();
}

QString FakeAnthropic::baseUrl() const
{
    return m_server.baseUrl() + QString::fromLatin1(m_prefix);
}

QList<RecordedRequest> FakeAnthropic::requests() const
{
    return m_server.requestsTo(QByteArray(m_prefix + "/v1/messages"));
}

QList<QJsonObject> FakeAnthropic::requestBodies() const
{
    QList<QJsonObject> out;
    for (const RecordedRequest &r : requests())
        out.append(QJsonDocument::fromJson(r.body).object());
    return out;
}

std::optional<FakeResponse> FakeAnthropic::validate(const RecordedRequest &request) const
{
    if (request.method != "POST" || request.path != m_prefix + "/v1/messages")
        return error(404, QStringLiteral("not_found_error"), QStringLiteral("Not Found"));
    if (request.header("anthropic-version") != "2023-06-01")
        return invalid(QStringLiteral("anthropic-version: header is required"));
    const QByteArray auth = request.header("authorization");
    const QByteArray key = request.header("x-api-key");
    const bool bearerOk = !m_bearer.isEmpty() && auth == "Bearer " + m_bearer;
    const bool keyOk = !m_apiKey.isEmpty() && key == m_apiKey;
    const bool anyOk = m_bearer.isEmpty() && m_apiKey.isEmpty() && (!auth.isEmpty() || !key.isEmpty());
    if (!bearerOk && !keyOk && !anyOk)
        return error(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
    if (!request.header("content-type").startsWith("application/json"))
        return invalid(QStringLiteral("content-type must be application/json"));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(QStringLiteral("There was an issue with your request body: invalid JSON"));
    const QJsonObject body = doc.object();
    const QJsonArray messages = body.value(QLatin1String("messages")).toArray();
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString role = messages.at(i).toObject().value(QLatin1String("role")).toString();
        if (role != QLatin1String("user") && role != QLatin1String("assistant"))
            return fastApiRoleError(int(i), role);
    }
    if (!body.value(QLatin1String("model")).isString() || body.value(QLatin1String("model")).toString().isEmpty())
        return invalid(QStringLiteral("model: Field required"));
    if (!body.value(QLatin1String("max_tokens")).isDouble() || body.value(QLatin1String("max_tokens")).toInt() < 1)
        return invalid(QStringLiteral("max_tokens: Field required"));
    if (messages.isEmpty())
        return invalid(QStringLiteral("messages: at least one message is required"));
    for (qsizetype i = 0; i < messages.size(); ++i) {
        const QString role = messages.at(i).toObject().value(QLatin1String("role")).toString();
        const QString expected = i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant");
        if (role != expected)
            return invalid(QStringLiteral("messages: roles must alternate between \"user\" and \"assistant\", "
                                          "starting with \"user\""));
    }
    const QJsonValue system = body.value(QLatin1String("system"));
    if (!system.isUndefined() && !system.isString() && !system.isArray())
        return invalid(QStringLiteral("system: Input should be a valid string or list"));
    const QJsonObject toolChoice = body.value(QLatin1String("tool_choice")).toObject();
    if (toolChoice.value(QLatin1String("type")).toString() == QLatin1String("tool")) {
        bool found = false;
        for (const QJsonValue &tool : body.value(QLatin1String("tools")).toArray())
            found = found || tool.toObject().value(QLatin1String("name")) == toolChoice.value(QLatin1String("name"));
        if (!found)
            return invalid(QStringLiteral("tool_choice names a tool that is not in tools"));
    }
    return std::nullopt;
}

FakeResponse FakeAnthropic::handle(const RecordedRequest &request)
{
    ++m_counter;
    const FakeResponse fallback = m_default.value_or(text(QStringLiteral("ok")));
    FakeResponse response = validate(request).value_or(m_script.isEmpty() ? fallback : m_script.dequeue());
    response.headers.append({"request-id", "req_fake_" + QByteArray::number(m_counter)});
    if (m_answerDelayMs > 0) {
        response.delayMs += m_answerDelayMs;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_answerDueMs.append(now + response.delayMs);
        // Requests still waiting when this one came in (their answers are due later than now).
        int waiting = 0;
        for (qint64 due : std::as_const(m_answerDueMs))
            waiting += due > now ? 1 : 0;
        m_peakConcurrent = std::max(m_peakConcurrent, waiting);
    }
    return response;
}

int FakeAnthropic::peakConcurrentRequests() const
{
    return m_peakConcurrent;
}

FakeResponse FakeAnthropic::message(const QJsonArray &content, const QString &stopReason, int inputTokens,
                                    int outputTokens)
{
    FakeResponse r;
    r.body = json(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("msg_fake")},
        {QStringLiteral("type"), QStringLiteral("message")},
        {QStringLiteral("role"), QStringLiteral("assistant")},
        {QStringLiteral("model"), QStringLiteral("glm-4.5")},
        {QStringLiteral("content"), content},
        {QStringLiteral("stop_reason"), stopReason},
        {QStringLiteral("stop_sequence"), QJsonValue::Null},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("input_tokens"), inputTokens}, {QStringLiteral("output_tokens"), outputTokens}}},
    });
    return r;
}

FakeResponse FakeAnthropic::toolUse(const QString &name, const QJsonObject &input)
{
    return message(QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("tool_use")},
                                          {QStringLiteral("id"), QStringLiteral("toolu_fake1")},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("input"), input}}},
                   QStringLiteral("tool_use"));
}

FakeResponse FakeAnthropic::text(const QString &text, bool thinkingFirst)
{
    QJsonArray content;
    if (thinkingFirst)
        content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("thinking")},
                                   {QStringLiteral("thinking"), QStringLiteral("The user asks something; check.")},
                                   {QStringLiteral("signature"), QStringLiteral("sig_fake")}});
    content.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}});
    return message(content, QStringLiteral("end_turn"));
}

FakeResponse FakeAnthropic::error(int status, const QString &type, const QString &message,
                                  QList<QPair<QByteArray, QByteArray>> headers)
{
    FakeResponse r;
    r.status = status;
    r.headers = std::move(headers);
    r.body = json(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"), QJsonObject{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}}},
        {QStringLiteral("request_id"), QStringLiteral("req_body_id")},
    });
    return r;
}

FakeResponse FakeAnthropic::invalidRequest(const QString &message)
{
    return error(400, QStringLiteral("invalid_request_error"), message);
}

FakeResponse FakeAnthropic::unauthorized()
{
    return error(401, QStringLiteral("authentication_error"), QStringLiteral("invalid x-api-key"));
}

FakeResponse FakeAnthropic::rateLimited(int retryAfterSeconds)
{
    return error(429, QStringLiteral("rate_limit_error"), QStringLiteral("Number of request tokens has exceeded"),
                 {{"retry-after", QByteArray::number(retryAfterSeconds)}});
}

FakeResponse FakeAnthropic::insufficientBalance()
{
    FakeResponse r;
    r.status = 429;
    r.body = json(QJsonObject{
        {QStringLiteral("type"), QStringLiteral("error")},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), QStringLiteral("1113")},
                     {QStringLiteral("message"), QStringLiteral("Insufficient balance or no resource package.")}}},
    });
    return r;
}

FakeResponse FakeAnthropic::serverError()
{
    return error(500, QStringLiteral("api_error"), QStringLiteral("Internal server error"));
}

FakeResponse FakeAnthropic::overloaded()
{
    return error(529, QStringLiteral("overloaded_error"), QStringLiteral("Overloaded"));
}

FakeResponse FakeAnthropic::delayed(FakeResponse response, int delayMs)
{
    response.delayMs = delayMs;
    return response;
}

} // namespace concierge::testing
