// What one client without credentials can no longer do to the server (issue 12): hold every connection from one
// address, make the server buffer bodies it will refuse, or hide behind a proxy; and an exhausted file-descriptor
// table pauses accepting instead of spinning. Real sockets on loopback: 127.0.0.2 is another client address.
#include "http/HttpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <sys/resource.h>
#include <unistd.h>

#include <memory>
#include <vector>

using namespace concierge::http;

namespace {

class EchoHandler final : public IRequestHandler
{
public:
    void handleRequest(const HttpRequest &request, Responder respond) override
    {
        lastPeer = request.peer;
        respond(HttpResponse::text(200, request.body.isEmpty() ? QByteArray("ok") : request.body));
    }
    QHostAddress lastPeer;
};

std::unique_ptr<QTcpSocket> connectFrom(const QString &source, quint16 port)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->bind(QHostAddress(source), 0);
    socket->connectToHost(QHostAddress::LocalHost, port);
    return socket->waitForConnected(3000) ? std::move(socket) : nullptr;
}

// Sends a request and waits (running the event loop, so that the server in this thread works) for the status line
// of the answer ("HTTP/1.1 200 OK" -> 200); 0 if none came.
int statusOf(QTcpSocket &socket, const QByteArray &request = "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
{
    if (!request.isEmpty())
        socket.write(request);
    QByteArray answer = socket.readAll();
    QSignalSpy arrived(&socket, &QTcpSocket::readyRead);
    while (!answer.contains("\r\n") && arrived.wait(5000))
        answer += socket.readAll();
    const QList<QByteArray> parts = answer.split(' ');
    return parts.size() > 1 ? parts.at(1).toInt() : 0;
}

} // namespace

class TestConnectionLimits final : public QObject
{
    Q_OBJECT

private slots:
    void oneAddressCannotTakeEveryConnection()
    {
        EchoHandler handler;
        HttpLimits limits;
        limits.maxConnectionsPerAddress = 4;
        HttpServer server(&handler, limits);
        QVERIFY(server.listen(QHostAddress::Any, 0));

        std::vector<std::unique_ptr<QTcpSocket>> idle; // an attacker's idle sockets
        for (int i = 0; i < 4; ++i) {
            idle.push_back(connectFrom(QStringLiteral("127.0.0.2"), server.serverPort()));
            QVERIFY(idle.back());
        }
        QTRY_COMPARE(server.connectionCount(), 4);
        auto fifth = connectFrom(QStringLiteral("127.0.0.2"), server.serverPort());
        QVERIFY(fifth);
        QCOMPARE(statusOf(*fifth, {}), 503);

        // Another address (WAHA) is still served.
        auto waha = connectFrom(QStringLiteral("127.0.0.1"), server.serverPort());
        QVERIFY(waha);
        QCOMPARE(statusOf(*waha), 200);

        // A closed connection gives its place back.
        idle.front()->disconnectFromHost();
        QTRY_COMPARE(server.connectionCount(), 4);
        auto again = connectFrom(QStringLiteral("127.0.0.2"), server.serverPort());
        QVERIFY(again);
        QCOMPARE(statusOf(*again), 200);
    }

    void aTrustedProxyIsNotCappedAndNamesTheClient()
    {
        EchoHandler handler;
        HttpLimits limits;
        limits.maxConnectionsPerAddress = 1;
        limits.trustedProxies = {QHostAddress::parseSubnet(QStringLiteral("127.0.0.3/32"))};
        HttpServer server(&handler, limits);
        QVERIFY(server.listen(QHostAddress::Any, 0));
        auto first = connectFrom(QStringLiteral("127.0.0.3"), server.serverPort());
        auto second = connectFrom(QStringLiteral("127.0.0.3"), server.serverPort());
        QVERIFY(first && second);
        QCOMPARE(statusOf(*second, "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 1.2.3.4, 198.51.100.7\r\n\r\n"), 200);
        QCOMPARE(handler.lastPeer, QHostAddress(QStringLiteral("198.51.100.7")));

        // The same header from an untrusted client changes nothing.
        auto direct = connectFrom(QStringLiteral("127.0.0.1"), server.serverPort());
        QCOMPARE(statusOf(*direct, "GET / HTTP/1.1\r\nHost: x\r\nX-Forwarded-For: 198.51.100.7\r\n\r\n"), 200);
        QCOMPARE(handler.lastPeer, QHostAddress(QStringLiteral("127.0.0.1")));
    }

    void aRefusedHeadIsAnsweredBeforeItsBody()
    {
        EchoHandler handler;
        HttpServer server(&handler);
        server.setHeadCheck([](const HttpRequest &head) -> std::optional<HttpRejection> {
            if (head.header("x-waha-token") == "right")
                return std::nullopt;
            return HttpRejection{401, QStringLiteral("unauthorized"), QStringLiteral("no")};
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        auto socket = connectFrom(QStringLiteral("127.0.0.1"), server.serverPort());
        // Announces a megabyte, sends none of it: the answer comes anyway, and nothing is buffered.
        QCOMPARE(statusOf(*socket, "POST /api/v1/webhook HTTP/1.1\r\nHost: x\r\nX-Waha-Token: wrong\r\n"
                                   "Content-Length: 1000000\r\n\r\n"),
                 401);
        QCOMPARE(server.bufferedBodyBytes(), 0);

        auto good = connectFrom(QStringLiteral("127.0.0.1"), server.serverPort());
        QCOMPARE(statusOf(*good, "POST /x HTTP/1.1\r\nHost: x\r\nX-Waha-Token: right\r\nContent-Length: 2\r\n\r\nhi"),
                 200);
    }

    void partialBodiesTogetherAreBounded()
    {
        EchoHandler handler;
        HttpLimits limits;
        limits.maxBufferedBodyBytes = 100'000;
        HttpServer server(&handler, limits);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const QByteArray head = "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 80000\r\n\r\n";
        auto slow = connectFrom(QStringLiteral("127.0.0.1"), server.serverPort());
        slow->write(head + QByteArray(70'000, 'a')); // most of its body, then nothing
        QTRY_COMPARE(server.bufferedBodyBytes(), 70'000);
        auto second = connectFrom(QStringLiteral("127.0.0.1"), server.serverPort());
        second->write(head + QByteArray(40'000, 'b'));
        QCOMPARE(statusOf(*second, {}), 503);
        QCOMPARE(server.bufferedBodyBytes(), 70'000);

        // The slow one finishes: its memory is the handler's now, and the budget is free again.
        slow->write(QByteArray(10'000, 'a'));
        QCOMPARE(statusOf(*slow, {}), 200);
        QCOMPARE(server.bufferedBodyBytes(), 0);
    }

    void runningOutOfDescriptorsPausesAccepting()
    {
        EchoHandler handler;
        HttpServer server(&handler);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        // Sockets of the earlier cases close on deferred deletion; let them go now, or one of them freed during the
        // tight limit would hand accept() a low descriptor and make the pause come and go.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        rlimit original{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &original), 0);
        // Connect clients first, then lower the limit so that the server cannot accept them.
        std::vector<std::unique_ptr<QTcpSocket>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<QTcpSocket>());
            clients.back()->connectToHost(QHostAddress::LocalHost, server.serverPort());
        }
        // New descriptors take the lowest free number: a limit at that number leaves none for accept().
        const int lowestFree = dup(0);
        QVERIFY(lowestFree >= 0);
        close(lowestFree);
        rlimit tight = original;
        tight.rlim_cur = rlim_t(lowestFree);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &tight), 0);
        QTRY_VERIFY(server.acceptingPaused());
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &original), 0);
        // Room again: the waiting clients are accepted and answered.
        QTRY_COMPARE(server.connectionCount(), 3);
        QCOMPARE(statusOf(*clients.front()), 200);
        // A retry that was already scheduled may still be pending on a slow machine: it ends by itself.
        QTRY_VERIFY(!server.acceptingPaused());
    }
};

QTEST_GUILESS_MAIN(TestConnectionLimits)
#include "TestConnectionLimits.moc"
