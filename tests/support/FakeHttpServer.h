#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <functional>
#include <memory>
#include <unordered_map>

class QTcpSocket;

namespace concierge::testing {

// A request as the fake saw it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path; // without query
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers; // names lower-cased
    QByteArray body;
    QByteArray header(QByteArrayView lowerCaseName) const;
};

struct FakeResponse
{
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray contentType = "application/json";
    int delayMs = 0;     // answer after this long (a QTimer, not a sleep)
    bool hangUp = false; // close the connection without answering
};

// A tiny scripted HTTP/1.1 server on 127.0.0.1:<random>, for faithful fakes of WAHA, the LLM API and Baserow.
// Each request is recorded and answered by the handler (default: 200 "{}"). Keep-alive is honoured.
class FakeHttpServer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;
    bool start(); // listens on 127.0.0.1, random port
    // Listen again on the same port after stop(), to simulate a service that comes back.
    bool restart();
    void stop(); // closes the listener and every connection
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:<port>"

    void setHandler(Handler handler);
    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> requestsTo(QByteArrayView path) const;
    void clearRequests();
    int requestCount() const { return int(m_requests.size()); }

    // TCP connections accepted since start() (or the last resetConnectionCount()), and those open now.
    int connectionCount() const { return m_connectionCount; }
    int openConnections() const { return int(m_connections.size()); }
    void resetConnectionCount() { m_connectionCount = 0; }
    bool isListening() const { return m_server.isListening(); }

signals:
    void requestReceived(const concierge::testing::RecordedRequest &request);

private:
    struct Connection;
    enum class Parse { Incomplete, Bad, Ok };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    Parse takeRequest(QTcpSocket *socket, Connection &connection, RecordedRequest &request, bool &close);
    void answer(QTcpSocket *socket, const FakeResponse &response);
    void dropConnection(QTcpSocket *socket);

    QTcpServer m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
    std::unordered_map<QTcpSocket *, std::unique_ptr<Connection>> m_connections;
    int m_connectionCount = 0;
};

} // namespace concierge::testing
