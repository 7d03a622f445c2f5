#include "live/LiveHub.h"

#include "auth/JwtService.h"
#include "core/Log.h"
#include "http/ResponseSerializer.h"
#include "live/EventBus.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>
#include <QWebSocket>

namespace concierge::live {

namespace {

const QLatin1String kType("type");

QString endpointKey(const QHostAddress &address, quint16 port)
{
    return address.toString() + u'|' + QString::number(port);
}

qint64 sinceParam(const QUrlQuery &query)
{
    bool ok = false;
    const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong(&ok);
    return ok && since >= 0 ? since : -1; // -1: no resume asked
}

} // namespace

LiveHub::LiveHub(EventBus *bus, const auth::JwtService *jwt, LiveLimits limits, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_jwt(jwt)
    , m_limits(limits)
    , m_server(QStringLiteral("concierge"), QWebSocketServer::NonSecureMode)
{
    connect(&m_server, &QWebSocketServer::newConnection, this, &LiveHub::onNewConnection);
    connect(m_bus, &EventBus::published, this, &LiveHub::broadcast);
    m_ping.setInterval(m_limits.pingIntervalMs);
    connect(&m_ping, &QTimer::timeout, this, &LiveHub::pingAll);
    m_ping.start();
}

LiveHub::~LiveHub()
{
    const auto sockets = m_clients.keys();
    m_clients.clear();
    for (QWebSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

void LiveHub::accept(const http::HttpRequest &request, QTcpSocket *socket)
{
    if (request.path != "/api/v1/live") {
        socket->write(http::ResponseSerializer::serialize(
            http::HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no WebSocket here")),
            {false, false, 1}));
        connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
        socket->disconnectFromHost();
        return;
    }
    m_handshakes.removeIf([](const auto &entry) { return entry.value().isNull(); }); // failed handshakes
    m_handshakes.insert(endpointKey(socket->peerAddress(), socket->peerPort()), socket);
    m_server.handleConnection(socket);
}

int LiveHub::clientCount() const
{
    int count = 0;
    for (const Client &client : m_clients)
        count += client.authenticated ? 1 : 0;
    return count;
}

void LiveHub::onNewConnection()
{
    while (QWebSocket *socket = m_server.nextPendingConnection()) {
        Client client;
        client.socket = socket;
        client.tcp = m_handshakes.take(endpointKey(socket->peerAddress(), socket->peerPort()));
        client.sincePong.start();
        m_clients.insert(socket, client);
        connect(socket, &QWebSocket::textMessageReceived, this,
                [this, socket](const QString &text) { onText(socket, text); });
        connect(socket, &QWebSocket::pong, this, [this, socket] {
            if (auto it = m_clients.find(socket); it != m_clients.end())
                it->sincePong.restart();
        });
        connect(socket, &QWebSocket::disconnected, this, [this, socket] { drop(socket); });
        const QUrlQuery query(socket->requestUrl());
        const QString token = query.queryItemValue(QStringLiteral("access_token"), QUrl::FullyDecoded);
        if (!token.isEmpty()) {
            authenticate(socket, token, sinceParam(query));
            continue;
        }
        QTimer::singleShot(m_limits.authTimeoutMs, socket, [this, socket] {
            auto it = m_clients.find(socket);
            if (it != m_clients.end() && !it->authenticated)
                socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized),
                              QStringLiteral("authentication timeout"));
        });
    }
}

void LiveHub::onText(QWebSocket *socket, const QString &text)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const QString type = message.value(kType).toString();
    const qint64 since =
        message.contains(QLatin1String("since")) ? qint64(message.value(QLatin1String("since")).toDouble(-1)) : -1;
    if (!it->authenticated) {
        if (type == QLatin1String("auth"))
            authenticate(socket, message.value(QLatin1String("access_token")).toString(), since);
        else
            socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized), QStringLiteral("authenticate first"));
        return;
    }
    if (type == QLatin1String("resume") && since >= 0)
        resume(socket, since);
}

void LiveHub::authenticate(QWebSocket *socket, const QString &token, qint64 since)
{
    const auto claims = m_jwt->verify(token);
    if (!claims) {
        qCInfo(lcAuth) << "live client refused:" << claims.error().code;
        socket->close(QWebSocketProtocol::CloseCode(kCloseUnauthorized), claims.error().code);
        return;
    }
    m_clients[socket].authenticated = true;
    emit clientCountChanged(clientCount());
    if (send(socket, {{kType, QStringLiteral("hello")}, {QStringLiteral("last_id"), m_bus->lastId()}}) && since >= 0)
        resume(socket, since);
}

void LiveHub::resume(QWebSocket *socket, qint64 since)
{
    const qint64 last = m_bus->lastId();
    const QList<LiveEvent> missed = m_bus->since(since, EventBus::kKeep);
    // Events the bus no longer keeps, or ids from before a restart: the console reloads from the REST API.
    const bool gap =
        since > last || (!missed.isEmpty() && missed.constFirst().id > since + 1) || (missed.isEmpty() && since < last);
    if (gap) {
        send(socket, {{kType, QStringLiteral("reset")}, {QStringLiteral("last_id"), last}});
        return;
    }
    for (const LiveEvent &event : missed) {
        if (!send(socket, event.toJson()))
            return;
    }
}

bool LiveHub::send(QWebSocket *socket, const QJsonObject &message)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return false;
    socket->sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
    if (it->tcp && it->tcp->bytesToWrite() > m_limits.maxQueuedBytes) {
        qCWarning(lcHttp) << "live client not reading (" << it->tcp->bytesToWrite() << "bytes queued): dropped";
        drop(socket);
        return false;
    }
    return true;
}

void LiveHub::broadcast(const LiveEvent &event)
{
    const QJsonObject json = event.toJson();
    const auto sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        auto it = m_clients.find(socket);
        if (it != m_clients.end() && it->authenticated)
            send(socket, json);
    }
}

void LiveHub::pingAll()
{
    const auto sockets = m_clients.keys();
    for (QWebSocket *socket : sockets) {
        auto it = m_clients.find(socket);
        if (it == m_clients.end())
            continue;
        if (it->sincePong.elapsed() > 2 * qint64(m_limits.pingIntervalMs))
            drop(socket);
        else
            socket->ping();
    }
}

void LiveHub::drop(QWebSocket *socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end())
        return;
    const bool counted = it->authenticated;
    m_clients.erase(it);
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    if (counted)
        emit clientCountChanged(clientCount());
}

} // namespace concierge::live
