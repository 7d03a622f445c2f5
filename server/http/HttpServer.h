#pragma once

#include "http/HttpTypes.h"

#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace concierge::http {

// Limits a public-facing listener must hold. Named constants, one place.
struct HttpLimits
{
    qint64 maxBodyBytes = 1024 * 1024; // larger -> 413, enforced while reading
    int maxHeaderBytes = 16 * 1024;    // request line + headers; larger -> 431
    int headerTimeoutMs = 10'000;      // the whole head must arrive within this, else 408 + close
    int bodyTimeoutMs = 30'000;        // the body must arrive within this, else 408 + close
    int idleTimeoutMs = 15'000;        // keep-alive connection with nothing in flight is closed after this
    int maxConnections = 1000;         // further connections are closed at once
    int maxPipelined = 32;             // requests in flight on one connection; more are not read until answered
};

class HttpConnection;

// Takes over a connection whose first request is a WebSocket handshake ("Upgrade: websocket"). The socket is the
// handler's (no parent) and still holds the whole handshake unread: pass it to QWebSocketServer::handleConnection().
// The request is the parsed handshake, for a path or Origin check before that (to refuse: write a response and
// disconnect). Handed-over sockets no longer count against maxConnections.
using UpgradeHandler = std::function<void(const HttpRequest &request, QTcpSocket *socket)>;

// Small HTTP/1.1 server on QTcpServer + libhttp-parser. Lives in (and must be used from) one thread.
class HttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpServer)

public:
    HttpServer(IRequestHandler *handler, HttpLimits limits = {}, QObject *parent = nullptr);
    ~HttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    quint16 serverPort() const;
    QString errorString() const;
    int connectionCount() const;
    // Stops listening and drops every open connection (responses still pending are discarded).
    void close();
    // Without one, handshakes reach the IRequestHandler like any request (and the connection closes after it).
    void setUpgradeHandler(UpgradeHandler handler);

private:
    void acceptPending();
    void rejectBusy(QTcpSocket *socket);
    void forget(HttpConnection *connection);

    IRequestHandler *m_handler;
    HttpLimits m_limits;
    UpgradeHandler m_upgradeHandler;
    QTcpServer m_server;
    QList<HttpConnection *> m_connections;
    friend class HttpConnection;
};

} // namespace concierge::http
