#include "integrations/WahaClient.h"

#include "core/Log.h"
#include "integrations/CurlClient.h"
#include "integrations/WahaIds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QUrl>

namespace concierge::integrations {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kMaxErrorText = 200;

// The human part of a WAHA error body: {"message": ...} (HttpException; its "error" is only the reason phrase),
// {"error": ...} (422 session not WORKING), {"exception": {"message"}} (500), else the raw start of the body.
QString errorText(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QLatin1String key : {QLatin1String("message"), QLatin1String("error")}) {
        const QJsonValue value = object.value(key);
        if (value.isString())
            return value.toString().left(kMaxErrorText);
        if (value.isArray() && !value.toArray().isEmpty())
            return value.toArray().first().toString().left(kMaxErrorText);
    }
    if (object.value(QLatin1String("exception")).isObject())
        return object.value(QLatin1String("exception")).toObject().value(QLatin1String("message")).toString();
    return QString::fromUtf8(body.left(kMaxErrorText));
}

bool sessionNotWorking(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonArray expected = object.value(QLatin1String("expected")).toArray();
    return expected.contains(QLatin1String("WORKING")) || body.contains("Session status is not as expected");
}

// WAHA Core refuses media with 422 and a message like "The feature is available only in Plus version".
bool plusRequired(int status, const QByteArray &body)
{
    return status == 422 && !sessionNotWorking(body) && body.toLower().contains("plus version");
}

bool retryableStatus(int status, const QByteArray &body)
{
    if (status >= 500 || status == 429 || status == 408)
        return true;
    return status == 422 && sessionNotWorking(body);
}

} // namespace

WahaClient::WahaClient(CurlClient *curl, WahaConfig config, QObject *parent)
    : QObject(parent)
    , m_curl(curl)
    , m_config(std::move(config))
{
}

bool WahaClient::configured() const
{
    const QUrl url(m_config.baseUrl);
    return m_curl && url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty() &&
           !m_config.session.isEmpty();
}

QString WahaClient::normalizeChatId(const QString &chatId)
{
    return integrations::normalizeChatId(chatId);
}

QString WahaClient::parseMessageId(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QJsonValue key = object.value(QLatin1String("key"));
    if (key.isObject()) // NOWEB: a raw Baileys message
        return key.toObject().value(QLatin1String("id")).toString();
    const QJsonValue id = object.value(QLatin1String("id"));
    if (id.isString()) // GOWS
        return id.toString().isEmpty() ? QString() : shortMessageId(id.toString());
    if (id.isObject()) { // WEBJS: {id: {fromMe, remote, id, _serialized}}
        const QJsonObject webjs = id.toObject();
        const QString plain = webjs.value(QLatin1String("id")).toString();
        if (!plain.isEmpty())
            return plain;
        const QString serialized = webjs.value(QLatin1String("_serialized")).toString();
        return serialized.isEmpty() ? QString() : shortMessageId(serialized);
    }
    return {};
}

WahaResult WahaClient::toResult(const OutboundResponse &response)
{
    WahaResult result;
    result.httpStatus = response.status;
    if (response.status == 0) {
        result.retryable = true;
        result.error = response.timedOut ? u"timeout: "_s + response.error : response.error;
        return result;
    }
    if (response.isSuccess()) {
        result.ok = true;
        result.messageId = parseMessageId(response.body);
        return result;
    }
    result.retryable = retryableStatus(response.status, response.body);
    if (plusRequired(response.status, response.body))
        result.errorCode = QStringLiteral("waha_plus_required");
    result.error = QStringLiteral("HTTP %1: %2").arg(response.status).arg(errorText(response.body));
    return result;
}

void WahaClient::post(const char *path, const QJsonObject &body, QObject *context, Callback done)
{
    const QString route = QLatin1String(path);
    if (!configured()) {
        WahaResult result;
        result.retryable = true; // the setting may be filled in later; the caller's retry budget decides
        result.error = QStringLiteral("WAHA is not configured");
        QPointer<QObject> ctx(context);
        QTimer::singleShot(0, this, [ctx, hasContext = context != nullptr, done = std::move(done), result] {
            if ((!hasContext || ctx) && done)
                done(result);
        });
        return;
    }
    OutboundRequest request;
    request.method = "POST";
    QString base = m_config.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    request.url = QUrl(base + route);
    request.timeoutMs = m_config.timeoutMs;
    request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json"}};
    if (!m_config.apiKey.isEmpty())
        request.headers.append(qMakePair(QByteArray("X-Api-Key"), m_config.apiKey.toUtf8()));
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);

    const QString maskedKey = maskSecret(m_config.apiKey);
    m_curl->send(std::move(request), context,
                 [route, maskedKey, observer = m_observer, done = std::move(done)](const OutboundResponse &r) {
                     const WahaResult result = toResult(r);
                     if (observer)
                         observer(route, result);
                     if (!result.ok) {
                         const QString hint =
                             r.status == 401 ? u" (check WAHA_API_KEY; ours is "_s + maskedKey + u')' : QString();
                         logging::event(
                             lcWaha(), QtWarningMsg,
                             u"POST "_s + route + u" failed: "_s + result.error +
                                 (result.retryable ? u" (retryable)"_s : u" (not retryable)"_s) + hint,
                             {{u"route"_s, route}, {u"status"_s, r.status}, {u"retryable"_s, result.retryable}});
                     }
                     if (done)
                         done(result);
                 });
}

void WahaClient::sendText(const QString &chatId, const QString &text, const QString &replyTo, QObject *context,
                          Callback done)
{
    QJsonObject body{{QLatin1String("session"), m_config.session},
                     {QLatin1String("chatId"), normalizeChatId(chatId)},
                     {QLatin1String("text"), text}};
    if (!replyTo.isEmpty())
        body.insert(QLatin1String("reply_to"), replyTo);
    post("/api/sendText", body, context, std::move(done));
}

void WahaClient::sendFile(const QString &chatId, const QString &fileName, const QString &mimeType,
                          const QByteArray &bytes, QObject *context, Callback done, const QString &caption)
{
    const QJsonObject file{{QLatin1String("mimetype"), mimeType},
                           {QLatin1String("filename"), fileName},
                           {QLatin1String("data"), QString::fromLatin1(bytes.toBase64())}};
    QJsonObject body{{QLatin1String("session"), m_config.session},
                     {QLatin1String("chatId"), normalizeChatId(chatId)},
                     {QLatin1String("file"), file}};
    if (!caption.isEmpty())
        body.insert(QLatin1String("caption"), caption);
    post("/api/sendFile", body, context, std::move(done));
}

void WahaClient::sendSeen(const QString &chatId, const QStringList &messageIds, QObject *context, Callback done)
{
    QJsonObject body{{QLatin1String("session"), m_config.session}, {QLatin1String("chatId"), normalizeChatId(chatId)}};
    if (!messageIds.isEmpty()) // without ids WAHA marks the whole chat read
        body.insert(QLatin1String("messageIds"), QJsonArray::fromStringList(messageIds));
    post("/api/sendSeen", body, context, std::move(done));
}

void WahaClient::fireAndForget(const char *path, const QString &chatId)
{
    const QJsonObject body{{QLatin1String("session"), m_config.session},
                           {QLatin1String("chatId"), normalizeChatId(chatId)}};
    post(path, body, this, {}); // post() already logs failures
}

void WahaClient::startTyping(const QString &chatId)
{
    fireAndForget("/api/startTyping", chatId);
}

void WahaClient::stopTyping(const QString &chatId)
{
    fireAndForget("/api/stopTyping", chatId);
}

void WahaClient::sessionStatus(QObject *context, StatusCallback done)
{
    getJson(u"/api/sessions/" + QString::fromLatin1(QUrl::toPercentEncoding(m_config.session)), context, {},
            [done = std::move(done)](Result<QJsonObject> answer) {
                if (!done)
                    return;
                if (!answer)
                    return done(answer.error());
                const QString status = answer->value(QLatin1String("status")).toString();
                if (status.isEmpty())
                    return done(Error{u"waha_bad_response"_s, u"no status in the session answer"_s});
                done(status);
            });
}

void WahaClient::getJson(const QString &path, QObject *context, std::function<std::optional<Error>(int status)> refusal,
                         JsonCallback done)
{
    QPointer<QObject> ctx(context);
    const bool hasContext = context != nullptr;
    if (!configured()) {
        QTimer::singleShot(0, this, [ctx, hasContext, done = std::move(done)] {
            if ((!hasContext || ctx) && done)
                done(Error{u"waha_not_configured"_s, u"WAHA is not configured"_s});
        });
        return;
    }
    m_curl->send(getRequest(path), context,
                 [refusal = std::move(refusal), done = std::move(done)](const OutboundResponse &r) {
                     if (!done)
                         return;
                     if (r.status == 0)
                         return done(Error{u"waha_unreachable"_s, r.error});
                     if (r.status == 401)
                         return done(Error{u"waha_unauthorized"_s, u"WAHA rejected the API key"_s});
                     if (refusal) {
                         if (std::optional<Error> refused = refusal(r.status))
                             return done(*refused);
                     }
                     if (!r.isSuccess())
                         return done(Error{u"waha_http_error"_s,
                                           QStringLiteral("HTTP %1: %2").arg(r.status).arg(errorText(r.body))});
                     done(QJsonDocument::fromJson(r.body).object());
                 });
}

OutboundRequest WahaClient::getRequest(const QString &path) const
{
    OutboundRequest request;
    QString base = m_config.baseUrl;
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    request.url = QUrl(base + path);
    request.timeoutMs = m_config.timeoutMs;
    request.headers = {{"Accept", "application/json"}};
    if (!m_config.apiKey.isEmpty())
        request.headers.append(qMakePair(QByteArray("X-Api-Key"), m_config.apiKey.toUtf8()));
    return request;
}

void WahaClient::qrCode(QObject *context, QrCallback done)
{
    const auto notScanning = [](int status) -> std::optional<Error> {
        if (status != 422)
            return std::nullopt;
        return Error{u"waha_not_scanning"_s, u"the WhatsApp session is not waiting for a QR scan"_s};
    };
    getJson(u"/api/" + QString::fromLatin1(QUrl::toPercentEncoding(m_config.session)) + u"/auth/qr", context,
            notScanning, [done = std::move(done)](Result<QJsonObject> answer) {
                if (!done)
                    return;
                if (!answer)
                    return done(answer.error());
                if (answer->value(QLatin1String("data")).toString().isEmpty())
                    return done(Error{u"waha_bad_response"_s, u"no image in the QR answer"_s});
                done(QJsonObject{{u"mimetype"_s, answer->value(QLatin1String("mimetype")).toString(u"image/png"_s)},
                                 {u"data"_s, answer->value(QLatin1String("data"))}});
            });
}

} // namespace concierge::integrations
