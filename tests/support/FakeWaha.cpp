#include "support/FakeWaha.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace concierge::testing {

namespace {

FakeResponse json(int status, const QJsonObject &body)
{
    FakeResponse response;
    response.status = status;
    response.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return response;
}

QString reason(int status)
{
    switch (status) {
    case 400: return QStringLiteral("Bad Request");
    case 401: return QStringLiteral("Unauthorized");
    case 403: return QStringLiteral("Forbidden");
    case 404: return QStringLiteral("Not Found");
    case 408: return QStringLiteral("Request Timeout");
    case 422: return QStringLiteral("Unprocessable Entity");
    case 429: return QStringLiteral("Too Many Requests");
    default: return QStringLiteral("Error");
    }
}

// NestJS HttpException shape: {"statusCode":422,"message":"...","error":"Unprocessable Entity"}.
FakeResponse httpException(int status, const QString &message)
{
    return json(status, {{QStringLiteral("statusCode"), status},
                         {QStringLiteral("message"), message},
                         {QStringLiteral("error"), reason(status)}});
}

// WAHA's answer to any other exception: 500 {statusCode, timestamp, exception, request, version}.
FakeResponse internalError(int status, const RecordedRequest &request)
{
    return json(
        status,
        {{QStringLiteral("statusCode"), status},
         {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
         {QStringLiteral("exception"), QJsonObject{{QStringLiteral("message"), QStringLiteral("Boom")},
                                                   {QStringLiteral("name"), QStringLiteral("Error")}}},
         {QStringLiteral("request"), QJsonObject{{QStringLiteral("path"), QString::fromUtf8(request.path)},
                                                 {QStringLiteral("method"), QString::fromUtf8(request.method)}}},
         {QStringLiteral("version"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2026.2.1")},
                                                 {QStringLiteral("tier"), QStringLiteral("CORE")}}}});
}

QString toJid(const QString &chatId)
{
    QString jid = chatId;
    return jid.replace(QStringLiteral("@c.us"), QStringLiteral("@s.whatsapp.net"));
}

} // namespace

FakeWaha::FakeWaha(QString apiKey, QObject *parent)
    : QObject(parent)
    , m_apiKey(std::move(apiKey))
{
    m_http.setHandler([this](const RecordedRequest &request) {
        FakeResponse response = handle(request);
        response.delayMs = m_delayMs;
        return response;
    });
}

bool FakeWaha::start()
{
    return m_http.start();
}

void FakeWaha::failNext(int n, int status)
{
    m_failures = n;
    m_failureStatus = status;
}

QString FakeWaha::nextMessageId()
{
    const quint64 random = QRandomGenerator::global()->generate64() & 0xFFFFFFFFULL;
    return QStringLiteral("3EB0%1%2")
        .arg(++m_counter, 8, 16, QLatin1Char('0'))
        .arg(random, 8, 16, QLatin1Char('0'))
        .toUpper();
}

FakeResponse FakeWaha::handle(const RecordedRequest &request)
{
    if (!request.path.startsWith("/api/")) {
        if (request.path == "/ping")
            return json(200, {{QStringLiteral("message"), QStringLiteral("pong")}});
        return httpException(
            404,
            QStringLiteral("Cannot %1 %2").arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)));
    }
    if (!m_apiKey.isEmpty() && request.header("x-api-key") != m_apiKey.toUtf8())
        return json(401,
                    {{QStringLiteral("message"), QStringLiteral("Unauthorized")}, {QStringLiteral("statusCode"), 401}});
    if (m_failures > 0) {
        --m_failures;
        return m_failureStatus >= 500 ? internalError(m_failureStatus, request)
                                      : httpException(m_failureStatus, QStringLiteral("Scripted failure"));
    }
    const QByteArray sessionsPrefix = "/api/sessions/";
    if (request.method == "GET" && request.path.startsWith(sessionsPrefix)) {
        const QString name =
            QString::fromUtf8(QByteArray::fromPercentEncoding(request.path.mid(sessionsPrefix.size())));
        if (name != m_session)
            return httpException(404, QStringLiteral("Session not found"));
        const QJsonValue me =
            m_status == u"WORKING"
                ? QJsonValue(QJsonObject{{QStringLiteral("id"), QStringLiteral("221770000000@c.us")},
                                         {QStringLiteral("pushName"), QStringLiteral("Paroisse Sainte-Anne")}})
                : QJsonValue(QJsonValue::Null);
        return json(200, {{QStringLiteral("name"), m_session},
                          {QStringLiteral("status"), m_status},
                          {QStringLiteral("config"), QJsonObject{{QStringLiteral("metadata"), QJsonObject{}}}},
                          {QStringLiteral("me"), me},
                          {QStringLiteral("presence"), QJsonValue::Null},
                          {QStringLiteral("timestamps"),
                           QJsonObject{{QStringLiteral("activity"), QDateTime::currentMSecsSinceEpoch()}}}});
    }
    if (request.method == "GET" && request.path == "/api/" + m_session.toUtf8() + "/auth/qr")
        return qrAnswer(request);
    if (request.method == "POST")
        return handleSend(request);
    return httpException(
        404, QStringLiteral("Cannot %1 %2").arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)));
}

// WAHA answers the QR only while the session waits for a scan: a PNG, or {mimetype, data} with Accept: json.
FakeResponse FakeWaha::qrAnswer(const RecordedRequest &request)
{
    if (m_status != u"SCAN_QR_CODE")
        return httpException(422, QStringLiteral("Session status is not as expected. Try again later or restart the "
                                                 "session"));
    if (!request.header("accept").contains("application/json")) {
        FakeResponse png;
        png.body = qrPng();
        png.contentType = "image/png";
        return png;
    }
    return json(200, {{QStringLiteral("mimetype"), QStringLiteral("image/png")},
                      {QStringLiteral("data"), QString::fromLatin1(qrPng().toBase64())}});
}

QByteArray FakeWaha::qrPng()
{
    // A 1x1 transparent PNG: enough for the console to decode an image.
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

FakeResponse FakeWaha::handleSend(const RecordedRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString chatId = body.value(QStringLiteral("chatId")).toString();
    const QString session = body.value(QStringLiteral("session")).toString(QStringLiteral("default"));
    const QByteArray path = request.path;
    const bool known = path == "/api/sendText" || path == "/api/sendSeen" || path == "/api/startTyping" ||
                       path == "/api/stopTyping" || path == "/api/sendFile";
    if (!known)
        return httpException(404, QStringLiteral("Cannot POST %1").arg(QString::fromUtf8(path)));
    if (chatId.isEmpty())
        return json(400, {{QStringLiteral("statusCode"), 400},
                          {QStringLiteral("message"), QJsonArray{QStringLiteral("chatId must be a string")}},
                          {QStringLiteral("error"), QStringLiteral("Bad Request")}});
    if (session != m_session)
        return httpException(
            422, QStringLiteral("WAHA Core support only 'default' session. "
                                "If you want to run more then one WhatsApp account - please get WAHA PLUS version."));
    if (m_status != u"WORKING") {
        return json(422, {{QStringLiteral("error"), QStringLiteral("Session status is not as expected. "
                                                                   "Try again later or restart the session")},
                          {QStringLiteral("session"), m_session},
                          {QStringLiteral("status"), m_status},
                          {QStringLiteral("expected"), QJsonArray{QStringLiteral("WORKING")}}});
    }
    if (path == "/api/sendText") {
        const QString text = body.value(QStringLiteral("text")).toString();
        FakeResponse response = sendTextAnswer(chatId, text);
        m_sentTexts.last().replyTo = body.value(QStringLiteral("reply_to")).toString();
        emit textSent(chatId, text);
        return response;
    }
    if (path == "/api/sendFile") {
        if (m_core)
            return httpException(422, QStringLiteral("The feature is available only in Plus version for 'NOWEB' "
                                                     "engine. Get it at https://waha.devlike.pro"));
        const QJsonObject file = body.value(QStringLiteral("file")).toObject();
        m_sentFiles.append({chatId, file.value(QStringLiteral("filename")).toString(),
                            file.value(QStringLiteral("mimetype")).toString(),
                            QByteArray::fromBase64(file.value(QStringLiteral("data")).toString().toLatin1()),
                            body.value(QStringLiteral("caption")).toString()});
        return json(201, {{QStringLiteral("id"), QStringLiteral("true_%1_%2").arg(chatId, nextMessageId())}});
    }
    if (path == "/api/sendSeen") {
        QStringList ids;
        for (const QJsonValue &id : body.value(QStringLiteral("messageIds")).toArray())
            ids.append(id.toString());
        m_seenCalls.append({chatId, ids});
        return json(201, {});
    }
    m_typing.append((path == "/api/startTyping" ? u"start:" : u"stop:") + chatId);
    return json(201, {{QStringLiteral("result"), true}});
}

FakeResponse FakeWaha::sendTextAnswer(const QString &chatId, const QString &text)
{
    const QString id = nextMessageId();
    const QString serialized = u"true_" + chatId + u'_' + id;
    m_sentTexts.append({chatId, text, id, {}});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    switch (m_engine) {
    case Engine::Gows:
        return json(201, {{QStringLiteral("id"), serialized},
                          {QStringLiteral("_data"),
                           QJsonObject{{QStringLiteral("ID"), id}, {QStringLiteral("Timestamp"), now}}}});
    case Engine::Webjs:
        return json(201, {{QStringLiteral("id"), QJsonObject{{QStringLiteral("fromMe"), true},
                                                             {QStringLiteral("remote"), chatId},
                                                             {QStringLiteral("id"), id},
                                                             {QStringLiteral("_serialized"), serialized}}},
                          {QStringLiteral("body"), text},
                          {QStringLiteral("type"), QStringLiteral("chat")},
                          {QStringLiteral("timestamp"), now},
                          {QStringLiteral("fromMe"), true}});
    case Engine::Noweb: break;
    }
    return json(201, {{QStringLiteral("key"), QJsonObject{{QStringLiteral("remoteJid"), toJid(chatId)},
                                                          {QStringLiteral("fromMe"), true},
                                                          {QStringLiteral("id"), id}}},
                      {QStringLiteral("message"), QJsonObject{{QStringLiteral("extendedTextMessage"),
                                                               QJsonObject{{QStringLiteral("text"), text}}}}},
                      {QStringLiteral("messageTimestamp"), QString::number(now)},
                      {QStringLiteral("status"), QStringLiteral("PENDING")}});
}

QByteArray FakeWaha::ackWebhookBody(const QString &shortMessageId, int ack, const QString &chatId,
                                    const QString &session)
{
    static const char *const names[] = {"ERROR", "PENDING", "SERVER", "DEVICE", "READ", "PLAYED"};
    const QString ackName = ack >= -1 && ack <= 4 ? QString::fromLatin1(names[ack + 1]) : QStringLiteral("UNKNOWN");
    const QString me = QStringLiteral("221770000000@c.us");
    const QJsonObject payload{{QStringLiteral("id"), QString(u"true_" + chatId + u'_' + shortMessageId)},
                              {QStringLiteral("from"), me},
                              {QStringLiteral("to"), chatId},
                              {QStringLiteral("participant"), QJsonValue::Null},
                              {QStringLiteral("fromMe"), true},
                              {QStringLiteral("ack"), ack},
                              {QStringLiteral("ackName"), ackName}};
    const QJsonObject envelope{
        {QStringLiteral("id"),
         QStringLiteral("evt_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))},
        {QStringLiteral("timestamp"), QDateTime::currentMSecsSinceEpoch()},
        {QStringLiteral("event"), QStringLiteral("message.ack")},
        {QStringLiteral("session"), session},
        {QStringLiteral("me"),
         QJsonObject{{QStringLiteral("id"), me}, {QStringLiteral("pushName"), QStringLiteral("Paroisse Sainte-Anne")}}},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("engine"), QStringLiteral("NOWEB")},
        {QStringLiteral("environment"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2026.2.1")},
                                                    {QStringLiteral("engine"), QStringLiteral("NOWEB")},
                                                    {QStringLiteral("tier"), QStringLiteral("CORE")}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

QByteArray FakeWaha::textWebhookBody(const QString &chatId, const QString &text, const QString &shortMessageId,
                                     const QString &pushName)
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject data{{QStringLiteral("key"), QJsonObject{{QStringLiteral("remoteJid"), toJid(chatId)},
                                                               {QStringLiteral("fromMe"), false},
                                                               {QStringLiteral("id"), shortMessageId}}},
                           {QStringLiteral("pushName"), pushName},
                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("conversation"), text}}}};
    const QJsonObject payload{{QStringLiteral("id"), QString(u"false_" + chatId + u'_' + shortMessageId)},
                              {QStringLiteral("timestamp"), nowMs / 1000},
                              {QStringLiteral("from"), chatId},
                              {QStringLiteral("fromMe"), false},
                              {QStringLiteral("source"), QStringLiteral("app")},
                              {QStringLiteral("body"), text},
                              {QStringLiteral("hasMedia"), false},
                              {QStringLiteral("media"), QJsonValue::Null},
                              {QStringLiteral("ack"), 2},
                              {QStringLiteral("ackName"), QStringLiteral("DEVICE")},
                              {QStringLiteral("vCards"), QJsonArray{}},
                              {QStringLiteral("replyTo"), QJsonValue::Null},
                              {QStringLiteral("_data"), data}};
    const QJsonObject envelope{
        {QStringLiteral("id"),
         QStringLiteral("evt_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'))},
        {QStringLiteral("timestamp"), nowMs},
        {QStringLiteral("event"), QStringLiteral("message")},
        {QStringLiteral("session"), QStringLiteral("default")},
        {QStringLiteral("metadata"), QJsonObject{}},
        {QStringLiteral("me"), QJsonObject{{QStringLiteral("id"), QStringLiteral("221770000000@c.us")},
                                           {QStringLiteral("pushName"), QStringLiteral("Paroisse Sainte-Anne")}}},
        {QStringLiteral("payload"), payload},
        {QStringLiteral("engine"), QStringLiteral("NOWEB")},
        {QStringLiteral("environment"), QJsonObject{{QStringLiteral("version"), QStringLiteral("2026.2.1")},
                                                    {QStringLiteral("engine"), QStringLiteral("NOWEB")},
                                                    {QStringLiteral("tier"), QStringLiteral("CORE")}}}};
    return QJsonDocument(envelope).toJson(QJsonDocument::Compact);
}

} // namespace concierge::testing
