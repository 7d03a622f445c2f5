#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace concierge::integrations {

class CurlClient;
struct OutboundRequest;
struct OutboundResponse;

struct WahaConfig
{
    QString baseUrl; // "http://127.0.0.1:3000"
    QString apiKey;  // X-Api-Key; the header is left out when empty
    QString session = QStringLiteral("default");
    int timeoutMs = 15'000; // WAHA itself waits ~10 s before its 422 "not WORKING"
};

struct WahaResult
{
    bool ok = false;
    bool retryable = false; // network error, timeout, 5xx, 429, 408, 422 "session not WORKING"
    int httpStatus = 0;     // 0 when no HTTP answer arrived
    QString error;          // for logs and the console; never holds the API key
    QString messageId;      // short WhatsApp id of a sent message ("3EB0..."), empty when unknown
    // A stable code for failures the caller acts on: "waha_plus_required" (sendFile on WAHA Core, which answers 422
    // "available only in Plus version": send a link instead); empty otherwise.
    QString errorCode;
};

// The WAHA sending API (external-apis.md §1.7-1.8) on the shared CurlClient. Every call is asynchronous; a callback
// runs exactly once in this thread unless `context` was destroyed first.
class WahaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WahaClient)

public:
    using Callback = std::function<void(const WahaResult &)>;
    using StatusCallback = std::function<void(Result<QString>)>;

    WahaClient(CurlClient *curl, WahaConfig config, QObject *parent = nullptr);

    bool configured() const;
    const WahaConfig &config() const { return m_config; }
    void setConfig(WahaConfig config) { m_config = std::move(config); } // settings changed at run time
    // Told of every POST WAHA answered or failed to answer (route "/api/sendText", ...). For the server's metrics.
    using Observer = std::function<void(QStringView route, const WahaResult &result)>;
    void setObserver(Observer observer) { m_observer = std::move(observer); }

    void sendSeen(const QString &chatId, const QStringList &messageIds, QObject *context, Callback done);
    // replyTo: the serialized id of the message answered (payload.id), or empty.
    void sendText(const QString &chatId, const QString &text, const QString &replyTo, QObject *context, Callback done);
    // POST /api/sendFile with the bytes inline (base64 "data"). Plus only: on WAHA Core the result has errorCode
    // "waha_plus_required" (not retryable).
    void sendFile(const QString &chatId, const QString &fileName, const QString &mimeType, const QByteArray &bytes,
                  QObject *context, Callback done, const QString &caption = {});
    // Fire and forget: failures are only logged.
    void startTyping(const QString &chatId);
    void stopTyping(const QString &chatId);
    // GET /api/sessions/{session} -> "WORKING", "SCAN_QR_CODE", ...; errors: waha_not_configured, waha_unreachable,
    // waha_unauthorized, waha_http_error, waha_bad_response.
    void sessionStatus(QObject *context, StatusCallback done);
    // GET /api/{session}/auth/qr (Accept: application/json) -> {"mimetype","data":<base64 PNG>}. Errors as
    // sessionStatus(), plus waha_not_scanning (WAHA answers 422: the session is not waiting for a scan).
    using QrCallback = std::function<void(Result<QJsonObject>)>;
    void qrCode(QObject *context, QrCallback done);

    // Exposed for tests and for callers that parse WAHA answers themselves.
    static QString normalizeChatId(const QString &chatId); // "221771234567" -> "221771234567@c.us"
    static QString parseMessageId(const QByteArray &body); // GOWS, NOWEB and WEBJS answer shapes
    static WahaResult toResult(const OutboundResponse &response);

private:
    void post(const char *path, const QJsonObject &body, QObject *context, Callback done);
    void fireAndForget(const char *path, const QString &chatId);
    OutboundRequest getRequest(const QString &path) const;
    // GET `path` and hand its JSON object to `done`; the errors every read shares (not configured, unreachable, key
    // refused, HTTP error) come as Errors, and `refusal` may name one for a status of its own (e.g. 422).
    using JsonCallback = std::function<void(Result<QJsonObject>)>;
    void getJson(const QString &path, QObject *context, std::function<std::optional<Error>(int status)> refusal,
                 JsonCallback done);

    CurlClient *m_curl;
    WahaConfig m_config;
    Observer m_observer;
};

} // namespace concierge::integrations
