#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>

namespace concierge::http {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One parsed HTTP/1.x request, fully read (body included) before it reaches a handler.
struct HttpRequest
{
    QByteArray method;  // "GET", "POST", ...
    QByteArray path;    // decoded path without the query, e.g. "/api/v1/webhook"
    QByteArray query;   // raw query string without '?', may be empty
    HeaderList headers; // names as received; look up with header()
    QByteArray body;    // raw bytes (HMAC is computed over exactly these)
    QHostAddress peer;
    int httpMinor = 1;     // 0 for HTTP/1.0
    bool keepAlive = true; // what the connection will do after this request

    // Case-insensitive lookup; empty when absent.
    QByteArray header(QByteArrayView name) const;
};

struct HttpResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    HeaderList headers; // extra headers (Content-Length, Connection, Date are added by the server)
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject &body);
    // The API's one error shape: {"error": {"code": ..., "message": ...}}
    static HttpResponse error(int status, const QString &code, const QString &message);
    static HttpResponse text(int status, const QByteArray &body);
};

// Answers one request. Call it exactly once, from the server's thread. It is safe to call after the client went
// away (the response is then dropped), and safe to keep for later (deferred responses).
using Responder = std::function<void(HttpResponse)>;

// The only thing the transport knows about the application.
class IRequestHandler
{
public:
    virtual ~IRequestHandler() = default;
    virtual void handleRequest(const HttpRequest &request, Responder respond) = 0;
};

} // namespace concierge::http
