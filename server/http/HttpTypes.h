#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonObject>
#include <QList>
#include <QPair>

#include <functional>
#include <optional>

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

// An IPv4 client seen through a dual-stack listener ("::ffff:10.0.0.5") as the plain IPv4 address, so that limits
// and trusted-proxy subnets written in IPv4 apply to it.
QHostAddress plainAddress(const QHostAddress &address);

// Why a request is refused before its handler sees it: the status and the code and message of the JSON error.
struct HttpRejection
{
    int status = 400;
    QString code;
    QString message;
};

// Looks at a request's head (method, path, headers; no body yet) as soon as it has arrived: a rejection is answered
// at once and the body is never read (a webhook with a wrong token costs no memory).
using HeadCheck = std::function<std::optional<HttpRejection>(const HttpRequest &head)>;

// The bytes of request bodies still arriving, over all connections of one server (one thread): a bound on what
// clients can make the server hold before any handler runs.
class BodyBudget
{
public:
    explicit BodyBudget(qint64 limit)
        : m_limit(limit)
    {
    }
    bool take(qint64 bytes)
    {
        if (m_used + bytes > m_limit)
            return false;
        m_used += bytes;
        return true;
    }
    void give(qint64 bytes) { m_used -= bytes; }
    qint64 used() const { return m_used; }

private:
    qint64 m_limit;
    qint64 m_used = 0;
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
