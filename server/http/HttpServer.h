#pragma once

#include "http/HttpTypes.h"

#include <QObject>
#include <QTcpServer>

namespace concierge::http {

// Limits a public-facing listener must hold. Named constants, one place.
struct HttpLimits
{
    qint64 maxBodyBytes = 1024 * 1024;   // larger -> 413, enforced while reading
    int maxHeaderBytes = 16 * 1024;      // request line + headers; larger -> 431
    int headerTimeoutMs = 10'000;        // the whole head must arrive within this, else 408 + close
    int bodyTimeoutMs = 30'000;          // the body must arrive within this, else 408 + close
    int idleTimeoutMs = 15'000;          // keep-alive connection with nothing in flight is closed after this
    int maxConnections = 1000;           // further connections are closed at once
    int maxPipelined = 32;               // requests in flight on one connection; more are not read until answered
};

class HttpConnection;

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
    void close();

private:
    void acceptPending();
    void forget(HttpConnection *connection);

    IRequestHandler *m_handler;
    HttpLimits m_limits;
    QTcpServer m_server;
    QList<HttpConnection *> m_connections;
    friend class HttpConnection;
};

} // namespace concierge::http
