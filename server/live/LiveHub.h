#pragma once

#include "events/LiveEvent.h"
#include "http/HttpTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWebSocketServer>

class QTcpSocket;
class QWebSocket;

namespace concierge::auth {
class JwtService;
}

namespace concierge::live {

class EventBus;

struct LiveLimits
{
    int authTimeoutMs = 5000;            // a client must authenticate within this, else 4401
    qint64 maxQueuedBytes = 1024 * 1024; // more unsent bytes to one client: it stopped reading, dropped
    int pingIntervalMs = 30'000;         // keepalive ping; no pong within two intervals: dropped
};

// GET /api/v1/live: the consoles' WebSocket (protocol in docs/api.md, "Live WebSocket"). Takes handshakes from the
// HTTP server (HttpServer::setUpgradeHandler), authenticates with the console's JWT (?access_token= or a first
// {"type":"auth"} message), says {"type":"hello","last_id"}, then forwards every EventBus event as its LiveEvent
// JSON. {"type":"resume","since":id} (or ?since=) replays what the bus still keeps, or says {"type":"reset"} when
// that is not enough. Lives in the server thread, like the bus; a client that stops reading is dropped (its TCP
// send buffer is watched), so that no console ever slows the server.
class LiveHub final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LiveHub)

public:
    static constexpr int kCloseUnauthorized = 4401;

    LiveHub(EventBus *bus, const auth::JwtService *jwt, LiveLimits limits = {}, QObject *parent = nullptr);
    ~LiveHub() override;

    // The HTTP server's upgrade handler: any path but /api/v1/live is answered 404.
    void accept(const http::HttpRequest &request, QTcpSocket *socket);
    int clientCount() const; // authenticated clients

signals:
    void clientCountChanged(int count);

private:
    struct Client
    {
        QWebSocket *socket = nullptr;
        QPointer<QTcpSocket> tcp; // the transport under the WebSocket, for its unsent byte count
        bool authenticated = false;
        QElapsedTimer sincePong;
    };

    void onNewConnection();
    void onText(QWebSocket *socket, const QString &text);
    // These take the socket, not a Client reference: sending may drop the client (and erase its entry).
    void authenticate(QWebSocket *socket, const QString &token, qint64 since);
    void resume(QWebSocket *socket, qint64 since);
    bool send(QWebSocket *socket, const QJsonObject &message); // false: the client was dropped
    void broadcast(const LiveEvent &event);
    void pingAll();
    void drop(QWebSocket *socket);

    EventBus *m_bus;
    const auth::JwtService *m_jwt;
    LiveLimits m_limits;
    QWebSocketServer m_server;
    QHash<QWebSocket *, Client> m_clients;
    QHash<QString, QPointer<QTcpSocket>> m_handshakes; // "address|port" -> transport, until the WebSocket appears
    QTimer m_ping;
};

} // namespace concierge::live
