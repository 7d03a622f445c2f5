#pragma once

#include "http/HttpTypes.h"

#include <QHash>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace concierge::http {

// Limits a public-facing listener must hold. Named constants, one place.
struct HttpLimits
{
    qint64 maxBodyBytes = 1024 * 1024;              // larger -> 413, enforced while reading
    int maxHeaderBytes = 16 * 1024;                 // request line + headers; larger -> 431
    int headerTimeoutMs = 10'000;                   // the whole head must arrive within this, else 408 + close
    int bodyTimeoutMs = 30'000;                     // the body must arrive within this, else 408 + close
    int idleTimeoutMs = 15'000;                     // keep-alive connection with nothing in flight is closed after this
    int maxConnections = 1000;                      // further connections are answered 503 and closed at once
    int maxConnectionsPerAddress = 64;              // one client address may not hold more (trusted proxies excepted)
    qint64 maxBufferedBodyBytes = 64 * 1024 * 1024; // bodies still arriving, all connections together; more -> 503
    // Reverse proxies (address or CIDR subnet) whose X-Forwarded-For names the real client, and which the
    // per-address cap does not apply to.
    QList<QPair<QHostAddress, int>> trustedProxies;
    int maxPipelined = 32; // requests in flight on one connection; more are not read until answered
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
    // Stops accepting connections; the open ones carry on (a graceful stop lets their requests finish).
    void stopListening();
    // Without one, handshakes reach the IRequestHandler like any request (and the connection closes after it).
    void setUpgradeHandler(UpgradeHandler handler);
    // Refuses requests from their head alone (see HeadCheck); set before listen().
    void setHeadCheck(HeadCheck check) { m_headCheck = std::move(check); }
    // Accepting pauses while the process is out of file descriptors (EMFILE) instead of spinning on the error.
    bool acceptingPaused() const { return m_acceptPaused; }
    qint64 bufferedBodyBytes() const { return m_bodyBudget.used(); }
    // The client's address: the TCP peer, or what a trusted proxy put in X-Forwarded-For.
    QHostAddress clientAddress(const QHostAddress &peer, const HttpRequest &request) const;
    bool isTrustedProxy(const QHostAddress &address) const;

private:
    void acceptPending();
    void onAcceptError(QAbstractSocket::SocketError error);
    void rejectBusy(QTcpSocket *socket, const QString &message);
    void forget(HttpConnection *connection);

    IRequestHandler *m_handler;
    HttpLimits m_limits;
    UpgradeHandler m_upgradeHandler;
    QTcpServer m_server;
    QList<HttpConnection *> m_connections;
    QHash<QHostAddress, int> m_perAddress;
    BodyBudget m_bodyBudget;
    HeadCheck m_headCheck;
    int m_acceptBackoffMs = 0;
    bool m_acceptPaused = false;
    friend class HttpConnection;
};

} // namespace concierge::http
