#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>

#include <functional>

namespace concierge::testing {

// A request as the fake saw it.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;  // without query
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
    int delayMs = 0;       // answer after this long (a QTimer, not a sleep)
    bool hangUp = false;   // close the connection without answering
};

// A tiny scripted HTTP/1.1 server on 127.0.0.1:<random>, for faithful fakes of WAHA, the LLM API and Baserow.
// Each request is recorded and answered by the handler (default: 200 "{}"). Keep-alive is honoured.
class FakeHttpServer : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<FakeResponse(const RecordedRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    bool start(); // listens on 127.0.0.1, random port
    // Listen again on the same port after stop(), to simulate a service that comes back.
    bool restart();
    void stop();  // closes the listener and every connection
    quint16 port() const;
    QString baseUrl() const; // "http://127.0.0.1:<port>"

    void setHandler(Handler handler);
    QList<RecordedRequest> requests() const;
    QList<RecordedRequest> requestsTo(QByteArrayView path) const;
    void clearRequests();

signals:
    void requestReceived(const concierge::testing::RecordedRequest &request);

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_port = 0;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

} // namespace concierge::testing
