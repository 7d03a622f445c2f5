#include "http/HttpServer.h"

#include "core/Log.h"
#include "http/HttpConnection.h"
#include "http/ResponseSerializer.h"

#include <QTcpSocket>

namespace concierge::http {

HttpServer::HttpServer(IRequestHandler *handler, HttpLimits limits, QObject *parent)
    : QObject(parent)
    , m_handler(handler)
    , m_limits(limits)
    , m_server(this) // a child, so that moveToThread() takes the listener along
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::acceptPending);
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
    for (HttpConnection *connection : connections)
        connection->abortNow();
}

void HttpServer::setUpgradeHandler(UpgradeHandler handler)
{
    m_upgradeHandler = std::move(handler);
}

void HttpServer::acceptPending()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_connections.size() < m_limits.maxConnections) {
            m_connections.append(new HttpConnection(socket, this));
            continue;
        }
        qCInfo(lcHttp).noquote() << "connection cap" << m_limits.maxConnections << "reached: rejected"
                                 << socket->peerAddress().toString();
        rejectBusy(socket);
    }
}

void HttpServer::rejectBusy(QTcpSocket *socket)
{
    const QByteArray busy = ResponseSerializer::serialize(
        HttpResponse::error(503, QStringLiteral("service_unavailable"), QStringLiteral("Too many connections")),
        {false, false, 1});
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    socket->write(busy);
    socket->disconnectFromHost();
}

void HttpServer::forget(HttpConnection *connection)
{
    m_connections.removeOne(connection);
}

} // namespace concierge::http
