#include "ops/ConnectionTester.h"

#include "ai/LlmClient.h"
#include "integrations/BaserowClient.h"
#include "integrations/CurlClient.h"
#include "integrations/WahaClient.h"

#include <QJsonArray>
#include <QTimer>
#include <QUrl>

namespace concierge::ops {

namespace {

void answerLater(QObject *context, ConnectionTester::Callback done, ConnectionCheck check)
{
    QTimer::singleShot(0, context, [done = std::move(done), check = std::move(check)] { done(check); });
}

} // namespace

ConnectionTester::ConnectionTester(integrations::CurlClient *curl, QObject *parent)
    : QObject(parent)
    , m_curl(curl)
{
}

void ConnectionTester::test(ExternalService service, const config::Settings &settings, QObject *context, Callback done)
{
    switch (service) {
    case ExternalService::Waha: return testWaha(settings, context, std::move(done));
    case ExternalService::Llm: return testLlm(settings, context, std::move(done));
    case ExternalService::Baserow: return testBaserow(settings, context, std::move(done));
    }
}

void ConnectionTester::testWaha(const config::Settings &s, QObject *context, Callback done)
{
    if (s.wahaBaseUrl.isEmpty())
        return answerLater(context, std::move(done), {false, QStringLiteral("WAHA_BASE_URL is empty.")});
    // A client of its own: the settings under test may differ from those in force.
    auto *waha = new integrations::WahaClient(m_curl, {s.wahaBaseUrl, s.wahaApiKey, s.sessionName, kTimeoutMs}, this);
    const QString session = s.sessionName;
    waha->sessionStatus(context, [waha, session, done = std::move(done)](Result<QString> status) {
        waha->deleteLater();
        if (!status) {
            const QString code = status.error().code;
            if (code == QLatin1String("waha_unauthorized"))
                return done({false, QStringLiteral("WAHA refused the API key.")});
            if (code == QLatin1String("waha_unreachable"))
                return done({false, QStringLiteral("WAHA cannot be reached: %1.").arg(status.error().message)});
            return done({false, QStringLiteral("WAHA answered with an error: %1.").arg(status.error().message)});
        }
        done({true, QStringLiteral("WAHA answers; the session '%1' is %2.").arg(session, status.value())});
    });
}

void ConnectionTester::testLlm(const config::Settings &s, QObject *context, Callback done)
{
    ai::LlmConfig config;
    config.baseUrl = s.anthropicBaseUrl;
    config.authToken = s.anthropicAuthToken;
    config.apiKey = s.anthropicApiKey;
    config.model = s.anthropicModel;
    config.timeoutMs = kTimeoutMs;
    config.maxRetries = 0;
    auto *llm = new ai::LlmClient(m_curl, config, this);
    if (!llm->configured()) {
        llm->deleteLater();
        return answerLater(context, std::move(done),
                           {false, QStringLiteral("Set ANTHROPIC_MODEL and a token (ANTHROPIC_AUTH_TOKEN or "
                                                  "ANTHROPIC_API_KEY).")});
    }
    const QJsonObject request{
        {QStringLiteral("max_tokens"), 1},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), QStringLiteral("ping")}}}}};
    const QString model = s.anthropicModel;
    llm->createMessage(request, context, [llm, model, done = std::move(done)](const ai::LlmResponse &response) {
        llm->deleteLater();
        if (response.ok)
            return done({true, QStringLiteral("The model %1 answered.").arg(model)});
        if (response.httpStatus == 401 || response.httpStatus == 403)
            return done({false, QStringLiteral("The LLM API refused the token (HTTP %1).").arg(response.httpStatus)});
        done({false,
              QStringLiteral("The LLM API did not answer: %1 (%2).").arg(response.errorMessage, response.errorType)});
    });
}

void ConnectionTester::testBaserow(const config::Settings &s, QObject *context, Callback done)
{
    if (s.baserowUrl.isEmpty() || s.baserowAuthKey.isEmpty() || s.baserowFaqTableId <= 0)
        return answerLater(context, std::move(done),
                           {false, QStringLiteral("Set BASEROW_URL, BASEROW_AUTH_KEY and BASEROW_FAQ_TABLE_ID.")});
    QString base = s.baserowUrl;
    while (base.endsWith(u'/'))
        base.chop(1);
    integrations::OutboundRequest request;
    request.url = QUrl(QStringLiteral("%1/api/database/rows/table/%2/?user_field_names=true&size=1")
                           .arg(base)
                           .arg(s.baserowFaqTableId));
    request.timeoutMs = kTimeoutMs;
    request.headers.append({QByteArray("authorization"), QByteArray("Token " + s.baserowAuthKey.toUtf8())});
    request.headers.append({QByteArray("accept"), QByteArray("application/json")});
    const int table = s.baserowFaqTableId;
    m_curl->send(std::move(request), context, [table, done = std::move(done)](const integrations::OutboundResponse &r) {
        if (r.isSuccess())
            return done({true, QStringLiteral("Baserow answers; the FAQ table %1 can be read.").arg(table)});
        const Error error = integrations::BaserowClient::errorFrom(r);
        done({false, QStringLiteral("Baserow refused: %1 (%2).").arg(error.message, error.code)});
    });
}

} // namespace concierge::ops
