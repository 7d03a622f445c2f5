#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>
#include <optional>

using namespace concierge::http;

namespace {

// Answers by path: /echo at once, /slow?ms=N&id=X later from a timer, /keep stores the Responder, /twice answers
// twice, /close asks for the connection to be closed.
class TestHandler final : public IRequestHandler
{
public:
    void handleRequest(const HttpRequest &request, Responder respond) override
    {
        ++count;
        last = request;
        const QUrlQuery query(QString::fromUtf8(request.query));
        const QString id = query.queryItemValue(QStringLiteral("id"));
        if (request.path == "/slow") {
            const int ms = query.queryItemValue(QStringLiteral("ms")).toInt();
            QTimer::singleShot(ms, [respond, id] { respond(HttpResponse::text(200, id.toUtf8())); });
        } else if (request.path == "/keep") {
            kept = respond;
        } else if (request.path == "/twice") {
            respond(HttpResponse::text(200, "first"));
            respond(HttpResponse::text(200, "second"));
        } else if (request.path == "/close") {
            HttpResponse response = HttpResponse::text(200, "bye");
            response.headers.append({QByteArray("Connection"), QByteArray("close")});
            respond(response);
        } else if (request.path == "/id") {
            respond(HttpResponse::text(200, id.toUtf8()));
        } else {
            respond(HttpResponse::json(200, QJsonObject{{QStringLiteral("method"), QString::fromUtf8(request.method)},
                                                        {QStringLiteral("path"), QString::fromUtf8(request.path)},
                                                        {QStringLiteral("query"), QString::fromUtf8(request.query)},
                                                        {QStringLiteral("body"), QString::fromUtf8(request.body)}}));
        }
    }

    int count = 0;
    HttpRequest last;
    Responder kept;
};

struct RawResponse
{
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &field : headers)
            if (QByteArrayView(field.first).compare(name, Qt::CaseInsensitive) == 0)
                return field.second;
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &field : headers)
            if (QByteArrayView(field.first).compare(name, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    }
    QJsonObject errorObject() const { return QJsonDocument::fromJson(body).object().value(u"error").toObject(); }
};

// A raw TCP client so that any bytes, malformed included, can be sent.
class RawClient
{
public:
    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { buffer += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
        connected = QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }

    void send(const QByteArray &bytes) { socket.write(bytes); }

    // Parses one response off the front of the buffer, if complete.
    std::optional<RawResponse> take(bool head = false)
    {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return std::nullopt;
        RawResponse response;
        const QList<QByteArray> lines = buffer.first(end).split('\n');
        response.status = lines.first().mid(9, 3).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.append({line.first(colon), line.sliced(colon + 1).trimmed()});
        }
        const bool noBody = head || response.status < 200 || response.status == 204 || response.status == 304;
        const qsizetype length = noBody ? 0 : response.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return std::nullopt;
        response.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        return response;
    }

    // Waits on readyRead (QTest::qWaitFor polls every 10 ms, too coarse for the speed check).
    RawResponse next(bool head = false)
    {
        QElapsedTimer elapsed;
        elapsed.start();
        std::optional<RawResponse> response = take(head);
        while (!response && elapsed.elapsed() < 5000 && socket.state() == QAbstractSocket::ConnectedState) {
            QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
            if (readyRead.wait(int(5000 - elapsed.elapsed())))
                response = take(head);
        }
        if (!response)
            response = take(head);
        return response.value_or(RawResponse{});
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        return QTest::qWaitFor([this] { return socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    }

    QTcpSocket socket;
    QByteArray buffer;
    bool connected = false;
};

void checkStandardHeaders(const RawResponse &response)
{
    QVERIFY(response.hasHeader("content-length"));
    QVERIFY(response.hasHeader("content-type"));
    QVERIFY(response.header("date").endsWith(" GMT"));
}

} // namespace

class TestHttpServer final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HttpServer> start(HttpLimits limits = {})
    {
        auto server = std::make_unique<HttpServer>(&m_handler, limits);
        if (!server->listen(QHostAddress::LocalHost, 0))
            return nullptr;
        return server;
    }

    static HttpLimits shortTimeouts()
    {
        HttpLimits limits;
        limits.headerTimeoutMs = 200;
        limits.bodyTimeoutMs = 200;
        limits.idleTimeoutMs = 200;
        return limits;
    }

    TestHandler m_handler;

private slots:
    void init() { m_handler = TestHandler(); }

    void getKeepsConnectionAlive()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        QVERIFY(client.connected);
        client.send("GET /echo?x=1 HTTP/1.1\r\nHost: a\r\n\r\n");
        RawResponse response = client.next();
        QCOMPARE(response.status, 200);
        checkStandardHeaders(response);
        QCOMPARE(response.header("content-type"), "application/json");
        QVERIFY(!response.hasHeader("connection"));
        const QJsonObject body = QJsonDocument::fromJson(response.body).object();
        QCOMPARE(body.value(u"path").toString(), u"/echo");
        QCOMPARE(body.value(u"query").toString(), u"x=1");
        QCOMPARE(m_handler.last.peer, QHostAddress(QHostAddress::LocalHost));

        client.send("GET /id?id=second HTTP/1.1\r\nHost: a\r\n\r\n");
        response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, "second");
        QCOMPARE(server->connectionCount(), 1);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void percentDecodedPathAndAbsoluteForm()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /a%20b?q=%20 HTTP/1.1\r\n\r\nGET http://host:1/abs/path?k=v HTTP/1.1\r\n\r\n");
        RawResponse response = client.next();
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"path").toString(), u"/a b");
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"query").toString(), u"q=%20");
        response = client.next();
        QCOMPARE(QJsonDocument::fromJson(response.body).object().value(u"path").toString(), u"/abs/path");
        QCOMPARE(m_handler.last.query, "k=v");
    }

    void headHasNoBody()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("HEAD /echo HTTP/1.1\r\n\r\n");
        RawResponse response = client.next(true);
        QCOMPARE(response.status, 200);
        checkStandardHeaders(response);
        QVERIFY(response.header("content-length").toInt() > 0);
        // Had a body been written, it would be read as the next response's status line.
        client.send("GET /id?id=after HTTP/1.1\r\n\r\n");
        response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.body, "after");
    }

    void postBodyWithContentLength()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 11\r\nContent-Type: text/plain\r\n\r\nhello world");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(m_handler.last.body, "hello world");
        QCOMPARE(m_handler.last.method, "POST");
        QCOMPARE(m_handler.last.header("CONTENT-TYPE"), "text/plain");
        QVERIFY(m_handler.last.header("x-missing").isEmpty());
    }

    void chunkedBody()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(m_handler.last.body, "hello world");
    }

    void contentLengthOverLimitIsRejectedAtOnce()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 1024;
        auto server = start(limits);
        QVERIFY(server);
        RawClient client(server->serverPort());
        // No body is sent at all: the answer must not wait for it.
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 50000000\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 413);
        checkStandardHeaders(response);
        QCOMPARE(response.header("connection"), "close");
        QCOMPARE(response.errorObject().value(u"code").toString(), u"payload_too_large");
        QVERIFY(!response.errorObject().value(u"message").toString().isEmpty());
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handler.count, 0);
    }

    void contentLengthOverLimitWithBodyStillAnswered()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 1024;
        auto server = start(limits);
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 200000\r\n\r\n" + QByteArray(200000, 'x'));
        QCOMPARE(client.next().status, 413);
        QVERIFY(client.waitClosed());
        QTRY_COMPARE(server->connectionCount(), 0);
    }

    void chunkedBodyOverLimit()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 1024;
        auto server = start(limits);
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 3; ++i)
            client.send("200\r\n" + QByteArray(512, 'y') + "\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 413);
        QCOMPARE(response.errorObject().value(u"code").toString(), u"payload_too_large");
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handler.count, 0);
    }

    void headersOverLimit()
    {
        HttpLimits limits;
        limits.maxHeaderBytes = 1024;
        auto server = start(limits);
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /echo HTTP/1.1\r\nX-Big: " + QByteArray(2000, 'h') + "\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 431);
        QCOMPARE(response.errorObject().value(u"code").toString(), u"header_too_large");
        QVERIFY(client.waitClosed());

        RawClient longUrl(server->serverPort());
        longUrl.send("GET /" + QByteArray(2000, 'u') + " HTTP/1.1\r\n\r\n");
        QCOMPARE(longUrl.next().status, 431);
        QCOMPARE(m_handler.count, 0);
    }

    void headersJustUnderLimitPass()
    {
        HttpLimits limits;
        limits.maxHeaderBytes = 1024;
        auto server = start(limits);
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /echo HTTP/1.1\r\nX-Big: " + QByteArray(900, 'h') + "\r\n\r\n");
        QCOMPARE(client.next().status, 200);
    }

    void slowlorisGetsHeaderTimeout()
    {
        auto server = start(shortTimeouts());
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /echo HTTP/1.1\r\n");
        // One byte every 20 ms: the head never completes, and trickling must not extend the deadline.
        QTimer drip;
        QObject::connect(&drip, &QTimer::timeout, &client.socket, [&client] {
            if (client.socket.state() == QAbstractSocket::ConnectedState)
                client.send("a");
        });
        client.send("X-Slow: ");
        QElapsedTimer elapsed;
        elapsed.start();
        drip.start(20);
        const RawResponse response = client.next();
        QCOMPARE(response.status, 408);
        QCOMPARE(response.errorObject().value(u"code").toString(), u"request_timeout");
        QVERIFY(client.waitClosed());
        QVERIFY2(elapsed.elapsed() >= 150, QByteArray::number(elapsed.elapsed()).constData());
        QVERIFY2(elapsed.elapsed() < 3000, QByteArray::number(elapsed.elapsed()).constData());
        QCOMPARE(m_handler.count, 0);
    }

    void bodyTimeout()
    {
        auto server = start(shortTimeouts());
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\n0123456789");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 408);
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handler.count, 0);
    }

    void idleKeepAliveClosedSilently()
    {
        auto server = start(shortTimeouts());
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /echo HTTP/1.1\r\n\r\n");
        QCOMPARE(client.next().status, 200);
        QSignalSpy disconnected(&client.socket, &QTcpSocket::disconnected);
        QVERIFY(disconnected.wait(3000));
        QVERIFY(client.buffer.isEmpty()); // silently: no 408 for a connection with nothing in progress
        QTRY_COMPARE(server->connectionCount(), 0);

        RawClient silent(server->serverPort()); // never sends anything
        QVERIFY(silent.waitClosed(3000));
        QVERIFY(silent.buffer.isEmpty());
    }

    void activeKeepAliveIsNotCutByIdleTimeout()
    {
        auto server = start(shortTimeouts());
        QVERIFY(server);
        RawClient client(server->serverPort());
        QElapsedTimer elapsed;
        elapsed.start();
        int answered = 0;
        // Requests every 50 ms for 3 idle periods: each exchange restarts the idle deadline.
        while (elapsed.elapsed() < 600) {
            client.send("GET /echo HTTP/1.1\r\n\r\n");
            QCOMPARE(client.next().status, 200);
            ++answered;
            QTimer pause;
            pause.setSingleShot(true);
            QSignalSpy tick(&pause, &QTimer::timeout);
            pause.start(50);
            QVERIFY(tick.wait(1000));
        }
        QVERIFY(answered >= 5);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void connectionCap()
    {
        HttpLimits limits;
        limits.maxConnections = 2;
        auto server = start(limits);
        QVERIFY(server);
        RawClient first(server->serverPort());
        RawClient second(server->serverPort());
        QTRY_COMPARE(server->connectionCount(), 2);
        RawClient third(server->serverPort());
        QVERIFY(third.waitClosed());
        if (auto busy = third.take())
            QCOMPARE(busy->status, 503);
        QCOMPARE(server->connectionCount(), 2);

        first.send("GET /echo HTTP/1.1\r\n\r\n");
        QCOMPARE(first.next().status, 200);
        second.socket.abort();
        QTRY_COMPARE(server->connectionCount(), 1);
        RawClient fourth(server->serverPort());
        fourth.send("GET /echo HTTP/1.1\r\n\r\n");
        QCOMPARE(fourth.next().status, 200);
    }

    void http10ClosesByDefault()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /echo HTTP/1.0\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(response.header("connection"), "close");
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handler.last.httpMinor, 0);
        QVERIFY(!m_handler.last.keepAlive);
    }

    void http10KeepAliveHonoured()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /echo HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        RawResponse response = client.next();
        QCOMPARE(response.header("connection"), "keep-alive");
        client.send("GET /id?id=2 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        response = client.next();
        QCOMPARE(response.body, "2");
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void connectionCloseHonoured()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        // The request after the closing one must not be answered.
        client.send("GET /id?id=1 HTTP/1.1\r\nConnection: close\r\n\r\nGET /id?id=2 HTTP/1.1\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.body, "1");
        QCOMPARE(response.header("connection"), "close");
        QVERIFY(client.waitClosed());
        QVERIFY(client.buffer.isEmpty());
        QCOMPARE(m_handler.count, 1);
    }

    void handlerMayAskToClose()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /close HTTP/1.1\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.body, "bye");
        QCOMPARE(response.header("connection"), "close");
        QVERIFY(client.waitClosed());
    }

    void pipelinedResponsesKeepRequestOrder()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /slow?ms=150&id=1 HTTP/1.1\r\n\r\n"
                    "GET /slow?ms=0&id=2 HTTP/1.1\r\n\r\n"
                    "GET /id?id=3 HTTP/1.1\r\n\r\n"
                    "POST /echo HTTP/1.1\r\nContent-Length: 4\r\n\r\nbody"
                    "GET /slow?ms=30&id=5 HTTP/1.1\r\n\r\n");
        QCOMPARE(client.next().body, "1");
        QCOMPARE(client.next().body, "2");
        QCOMPARE(client.next().body, "3");
        QCOMPARE(QJsonDocument::fromJson(client.next().body).object().value(u"body").toString(), u"body");
        QCOMPARE(client.next().body, "5");
        QCOMPARE(m_handler.count, 5);
    }

    void pipelineBackpressure()
    {
        HttpLimits limits;
        limits.maxPipelined = 2;
        auto server = start(limits);
        QVERIFY(server);
        RawClient client(server->serverPort());
        QByteArray requests;
        for (int i = 0; i < 8; ++i)
            requests += "GET /slow?ms=" + QByteArray::number((8 - i) * 5) + "&id=" + QByteArray::number(i) +
                        " HTTP/1.1\r\n\r\n";
        client.send(requests);
        QTRY_VERIFY(m_handler.count >= 1);
        QVERIFY(m_handler.count <= 2); // the rest waits until answers free positions
        for (int i = 0; i < 8; ++i)
            QCOMPARE(client.next().body, QByteArray::number(i));
    }

    void clientGoneBeforeDeferredResponse()
    {
        auto server = start();
        QVERIFY(server);
        {
            RawClient client(server->serverPort());
            client.send("GET /keep HTTP/1.1\r\n\r\n");
            QTRY_COMPARE(m_handler.count, 1);
            client.socket.abort();
        }
        QTRY_COMPARE(server->connectionCount(), 0);
        QVERIFY(m_handler.kept);
        const Responder copy = m_handler.kept;
        m_handler.kept(HttpResponse::text(200, "late")); // the connection is gone: a no-op
        copy(HttpResponse::text(200, "later"));
        QCOMPARE(server->connectionCount(), 0);
    }

    void responderOutlivesServer()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /keep HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(m_handler.count, 1);
        server.reset();
        QTRY_VERIFY(client.socket.state() == QAbstractSocket::UnconnectedState);
        m_handler.kept(HttpResponse::text(200, "late"));
    }

    void clientGoneMidRequest()
    {
        auto server = start();
        QVERIFY(server);
        {
            RawClient client(server->serverPort());
            client.send("POST /echo HTTP/1.1\r\nContent-Length: 100\r\n\r\npartial");
            QTRY_COMPARE(server->connectionCount(), 1);
            client.socket.abort();
        }
        QTRY_COMPARE(server->connectionCount(), 0);
        QCOMPARE(m_handler.count, 0);
    }

    void responderSecondCallIgnored()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        QTest::ignoreMessage(QtWarningMsg, "a Responder was called more than once; the extra response is ignored");
        client.send("GET /twice HTTP/1.1\r\n\r\nGET /id?id=next HTTP/1.1\r\n\r\n");
        QCOMPARE(client.next().body, "first");
        QCOMPARE(client.next().body, "next");
        QVERIFY(client.buffer.isEmpty());
    }

    void malformedRequests_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("garbage") << QByteArray("\x01\x02garbage\r\n\r\n");
        QTest::newRow("bad content-length") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: abc\r\n\r\n"
                                                          "GET /smuggled HTTP/1.1\r\n\r\n");
        QTest::newRow("two content-lengths") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 3\r\n"
                                                           "Content-Length: 30\r\n\r\nabc");
        QTest::newRow("chunked and length") << QByteArray("POST /echo HTTP/1.1\r\nContent-Length: 3\r\n"
                                                          "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
        QTest::newRow("bad method") << QByteArray("FROB /echo HTTP/1.1\r\n\r\n");
        QTest::newRow("bad target") << QByteArray("GET echo HTTP/1.1\r\n\r\n");
        QTest::newRow("space in target") << QByteArray("GET /a b HTTP/1.1\r\n\r\n");
        QTest::newRow("bad chunk size") << QByteArray("POST /echo HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                                      "zz\r\nhello\r\n0\r\n\r\n");
        QTest::newRow("encoded nul") << QByteArray("GET /a%00b HTTP/1.1\r\n\r\n");
        QTest::newRow("bad version") << QByteArray("GET /echo HTTP/9.1\r\n\r\n");
    }

    void malformedRequests()
    {
        QFETCH(QByteArray, request);
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send(request);
        const RawResponse response = client.next();
        QVERIFY2(response.status == 400 || response.status == 505, QByteArray::number(response.status).constData());
        checkStandardHeaders(response);
        QCOMPARE(response.header("connection"), "close");
        QVERIFY(!response.errorObject().value(u"code").toString().isEmpty());
        QVERIFY(client.waitClosed());
        QCOMPARE(m_handler.count, 0); // neither the bad request nor anything after it reached the handler
    }

    void expectContinue()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("POST /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(client.next().status, 100);
        QCOMPARE(m_handler.count, 0);
        client.send("hello");
        const RawResponse response = client.next();
        QCOMPARE(response.status, 200);
        QCOMPARE(m_handler.last.body, "hello");
    }

    void expectContinueRejected()
    {
        HttpLimits limits;
        limits.maxBodyBytes = 10;
        auto server = start(limits);
        QVERIFY(server);
        RawClient tooLarge(server->serverPort());
        tooLarge.send("POST /echo HTTP/1.1\r\nContent-Length: 50\r\nExpect: 100-continue\r\n\r\n");
        QCOMPARE(tooLarge.next().status, 413);
        QVERIFY(tooLarge.waitClosed());

        RawClient unknown(server->serverPort());
        unknown.send("POST /echo HTTP/1.1\r\nContent-Length: 5\r\nExpect: something\r\n\r\n");
        const RawResponse response = unknown.next();
        QCOMPARE(response.status, 417);
        QCOMPARE(response.errorObject().value(u"code").toString(), u"expectation_failed");
    }

    void closeDropsConnections()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        QTRY_COMPARE(server->connectionCount(), 1);
        server->close();
        QCOMPARE(server->connectionCount(), 0);
        QVERIFY(client.waitClosed());
    }

    void webSocketUpgradeHandedOver()
    {
        auto server = start();
        QVERIFY(server);
        QWebSocketServer webSockets(QStringLiteral("test"), QWebSocketServer::NonSecureMode);
        QByteArray upgradePath;
        server->setUpgradeHandler([&](const HttpRequest &request, QTcpSocket *socket) {
            upgradePath = request.path;
            webSockets.handleConnection(socket);
        });
        QSignalSpy accepted(&webSockets, &QWebSocketServer::newConnection);

        QWebSocket client;
        QSignalSpy connected(&client, &QWebSocket::connected);
        QSignalSpy received(&client, &QWebSocket::textMessageReceived);
        client.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/live").arg(server->serverPort())));
        QVERIFY(connected.wait(5000));
        QTRY_COMPARE(accepted.size(), 1);
        QCOMPARE(upgradePath, "/api/v1/live");
        std::unique_ptr<QWebSocket> serverSide(webSockets.nextPendingConnection());
        QVERIFY(serverSide);
        serverSide->sendTextMessage(QStringLiteral("hello"));
        QVERIFY(received.wait(5000));
        QCOMPARE(received.first().first().toString(), u"hello");
        QCOMPARE(server->connectionCount(), 0); // no longer the HTTP server's
        QCOMPARE(m_handler.count, 0);

        // Plain requests still work (and pipelining through the probe of the first request).
        RawClient plain(server->serverPort());
        plain.send("GET /id?id=a HTTP/1.1\r\n\r\nPOST /echo HTTP/1.1\r\nContent-Length: 2\r\n\r\nokGET /id?id=c "
                   "HTTP/1.1\r\n\r\n");
        QCOMPARE(plain.next().body, "a");
        QCOMPARE(QJsonDocument::fromJson(plain.next().body).object().value(u"body").toString(), u"ok");
        QCOMPARE(plain.next().body, "c");
    }

    void upgradeWithoutHandlerIsAnOrdinaryRequest()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        client.send("GET /id?id=ws HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n");
        const RawResponse response = client.next();
        QCOMPARE(response.body, "ws");
        QCOMPARE(response.header("connection"), "close");
        QVERIFY(client.waitClosed());
    }

    void runsInWorkerThread()
    {
        QThread thread;
        thread.start();
        auto *server = new HttpServer(&m_handler);
        server->moveToThread(&thread);
        quint16 port = 0;
        QMetaObject::invokeMethod(
            server, [server, &port] { port = server->listen(QHostAddress::LocalHost, 0) ? server->serverPort() : 0; },
            Qt::BlockingQueuedConnection);
        QVERIFY(port != 0);
        RawClient client(port);
        client.send("GET /id?id=threaded HTTP/1.1\r\n\r\n");
        QCOMPARE(client.next().body, "threaded");
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
        QVERIFY(client.waitClosed());
        thread.quit();
        QVERIFY(thread.wait(5000));
    }

    // Not a benchmark: a guard against per-request stalls (Nagle, timers) that would show as 40 ms per reply.
    void manyKeepAliveRequestsAreFast()
    {
        auto server = start();
        QVERIFY(server);
        RawClient client(server->serverPort());
        QElapsedTimer elapsed;
        elapsed.start();
        for (int i = 0; i < 300; ++i) {
            client.send("POST /id?id=" + QByteArray::number(i) + " HTTP/1.1\r\nContent-Length: 2\r\n\r\n{}");
            QCOMPARE(client.next().body, QByteArray::number(i));
        }
        QVERIFY2(elapsed.elapsed() < 3000, QByteArray::number(elapsed.elapsed()).constData());
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "TestHttpServer.moc"
