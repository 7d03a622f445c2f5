#include "http/HttpServer.h"

#include "core/Log.h"
#include "http/HttpConnection.h"
#include "http/ResponseSerializer.h"

#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace concierge::http {

HttpServer::HttpServer(IRequestHandler *handler, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_server(this) // a child, so that moveToThread() takes the listener along
    , m_bodyBudget(limits.maxBufferedBodyBytes)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
    connect(&m_server, &QTcpServer::acceptError, this, &HttpServer::onAcceptError);
}

HttpServer::~HttpServer()
{
    close();
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port)) {
        qCWarning(lcHttp).noquote() << "cannot listen on" << address.toString() << port << m_server.errorString();
        return false;
    }
    qCInfo(lcHttp).noquote() << "listening on" << address.toString() << m_server.serverPort();
    return true;
}

quint16 HttpServer::serverPort() const
{
    return m_server.serverPort();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

int HttpServer::connectionCount() const
{
    return int(m_connections.size());
}

void HttpServer::close()
{
    m_server.close();
    const QList<HttpConnection *> connections = std::exchange(m_connections, {});
    m_perAddress.clear();
    for (HttpConnection *connection : connections)
        connection->abortNow();
}

void HttpServer::stopListening()
{
    m_server.close();
}

void HttpServer::setUpgradeHandler(UpgradeHandler handler)
{
    m_upgradeHandler = std::move(handler);
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        const QHostAddress peer = plainAddress(socket->peerAddress());
        if (m_connections.size() >= m_limits.maxConnections) {
            qCInfo(lcHttp).noquote() << "connection cap" << m_limits.maxConnections << "reached: rejected"
                                     << peer.toString();
            rejectBusy(socket, QStringLiteral("Too many connections"));
            continue;
        }
        int &fromPeer = m_perAddress[peer];
        if (fromPeer >= m_limits.maxConnectionsPerAddress && !isTrustedProxy(peer)) {
            qCInfo(lcHttp).noquote() << "per-address cap" << m_limits.maxConnectionsPerAddress << "reached: rejected"
                                     << peer.toString();
            rejectBusy(socket, QStringLiteral("Too many connections from this address"));
            continue;
        }
        ++fromPeer;
        m_connections.append(new HttpConnection(socket, this));
        m_acceptBackoffMs = 0; // accepting works again: the next failure starts from the shortest pause
    }
}

// Out of file descriptors (or another accept failure): the listening socket stays readable, so accepting again at
// once would spin. Pause, and try again after a growing delay (50 ms doubling to 1 s).
void HttpServer::onAcceptError(QAbstractSocket::SocketError error)
{
    m_acceptBackoffMs = m_acceptBackoffMs == 0 ? 50 : std::min(m_acceptBackoffMs * 2, 1000);
    qCWarning(lcHttp).noquote() << "cannot accept connections:" << m_server.errorString() << "(" << error
                                << "); pausing" << m_acceptBackoffMs << "ms";
    m_server.pauseAccepting();
    m_acceptPaused = true;
    QTimer::singleShot(m_acceptBackoffMs, this, [this] {
        m_acceptPaused = false;
        if (!m_server.isListening())
            return;
        m_server.resumeAccepting();
        acceptPending();
    });
}

void HttpServer::rejectBusy(QTcpSocket *socket, const QString &message)
{
    const QByteArray busy = ResponseSerializer::serialize(
        HttpResponse::error(503, QStringLiteral("service_unavailable"), message), {false, false, 1});
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(busy);
    socket->disconnectFromHost();
}

bool HttpServer::isTrustedProxy(const QHostAddress &address) const
{
    for (const auto &[subnet, prefix] : m_limits.trustedProxies) {
        if (address.isInSubnet(subnet, prefix))
            return true;
    }
    return false;
}

QHostAddress HttpServer::clientAddress(const QHostAddress &peer, const HttpRequest &request) const
{
    if (m_limits.trustedProxies.isEmpty() || !isTrustedProxy(peer))
        return peer;
    // "client, proxy1, proxy2": the rightmost address that is not one of our proxies is the client (anything left of
    // it could have been written by the client itself).
    const QList<QByteArray> hops = request.header("x-forwarded-for").split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            break;
        if (!isTrustedProxy(hop))
            return hop;
    }
    return peer;
}

void HttpServer::forget(HttpConnection *connection)
{
    if (!m_connections.removeOne(connection))
        return;
    const auto it = m_perAddress.find(connection->peer());
    if (it != m_perAddress.end() && --it.value() <= 0)
        m_perAddress.erase(it);
}

} // namespace concierge::http
