#include "integrations/CurlClient.h"
#include "support/FakeHttpServer.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using concierge::integrations::CurlClient;
using concierge::integrations::OutboundRequest;
using concierge::integrations::OutboundResponse;
using concierge::testing::FakeHttpServer;
using concierge::testing::FakeResponse;
using concierge::testing::RecordedRequest;

class TestCurlClient : public QObject
{
    Q_OBJECT

private:
    // Sends one request and waits (event loop, no sleep) for its answer.
    static std::optional<OutboundResponse> exec(CurlClient &client, OutboundRequest request, int waitMs = 10'000)
    {
        std::optional<OutboundResponse> result;
        QObject context;
        client.send(std::move(request), &context, [&result](const OutboundResponse &r) { result = r; });
        (void)QTest::qWaitFor([&result] { return result.has_value(); }, waitMs);
        return result;
    }

    static FakeResponse answer(int status, QByteArray body, int delayMs = 0,
                               QByteArray contentType = "application/json")
    {
        FakeResponse response;
        response.status = status;
        response.body = std::move(body);
        response.delayMs = delayMs;
        response.contentType = std::move(contentType);
        return response;
    }

    static OutboundRequest get(const FakeHttpServer &fake, const QString &path)
    {
        OutboundRequest request;
        request.url = QUrl(fake.baseUrl() + path);
        return request;
    }

private slots:
    void statusBodyAndHeadersRoundTrip()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &) {
            FakeResponse response = answer(201, R"({"ok":true})");
            response.headers.append(qMakePair(QByteArray("X-Request-Id"), QByteArray("abc-123")));
            return response;
        });
        CurlClient client;
        OutboundRequest request = get(fake, QStringLiteral("/v1/items?limit=5&q=x"));
        request.headers = {{"X-Api-Key", "secret-key"}, {"Accept", "application/json"}};
        const auto response = exec(client, request);
        QVERIFY(response);
        QCOMPARE(response->status, 201);
        QVERIFY(response->isSuccess());
        QVERIFY(response->error.isEmpty());
        QCOMPARE(response->body, QByteArray(R"({"ok":true})"));
        QCOMPARE(response->header("x-request-id"), QByteArray("abc-123"));
        QCOMPARE(response->header("content-type"), QByteArray("application/json"));
        QCOMPARE(fake.requests().size(), 1);
        const RecordedRequest seen = fake.requests().first();
        QCOMPARE(seen.method, QByteArray("GET"));
        QCOMPARE(seen.path, QByteArray("/v1/items"));
        QCOMPARE(seen.query, QByteArray("limit=5&q=x"));
        QCOMPARE(seen.header("x-api-key"), QByteArray("secret-key"));
        QCOMPARE(client.inFlight(), 0);
    }

    void bodyArrivesIntact_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("size");
        QTest::newRow("POST small") << QByteArray("POST") << 17;
        QTest::newRow("POST 300 KB") << QByteArray("POST") << 300'000;
        QTest::newRow("PUT") << QByteArray("PUT") << 4096;
        QTest::newRow("PATCH") << QByteArray("PATCH") << 100;
        QTest::newRow("DELETE with body") << QByteArray("DELETE") << 10;
        QTest::newRow("POST empty") << QByteArray("POST") << 0;
    }

    void bodyArrivesIntact()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, size);
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &r) { return answer(200, r.body); });
        QByteArray body(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            body[i] = char(i * 7 % 256); // every byte value, NULs included
        CurlClient client;
        OutboundRequest request = get(fake, QStringLiteral("/echo"));
        request.method = method;
        request.body = body;
        request.headers = {{"Content-Type", "application/octet-stream"}};
        const auto response = exec(client, request);
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(fake.requests().size(), 1);
        QCOMPARE(fake.requests().first().method, method);
        QCOMPARE(fake.requests().first().body, body);
        QCOMPARE(fake.requests().first().header("content-length"), QByteArray::number(size));
        QCOMPARE(response->body, body);
    }

    void fiftyConcurrentRequestsAllComplete()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &r) { return answer(200, r.path, 20, "text/plain"); });
        CurlClient client;
        QHash<int, QByteArray> answers;
        int calls = 0;
        for (int i = 0; i < 50; ++i) {
            client.send(get(fake, QStringLiteral("/n/%1").arg(i)), this, [&, i](const OutboundResponse &r) {
                ++calls;
                answers.insert(i, r.status == 200 ? r.body : r.error.toUtf8());
            });
        }
        QCOMPARE(client.inFlight(), 50);
        QTRY_COMPARE_WITH_TIMEOUT(calls, 50, 15'000);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(answers.value(i), "/n/" + QByteArray::number(i));
        QCOMPARE(client.inFlight(), 0);
        QVERIFY(fake.connectionCount() > 1); // they really ran side by side
    }

    void connectionRefusedGivesStatusZeroAndError()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        const QString url = fake.baseUrl();
        fake.stop();
        CurlClient client;
        OutboundRequest request;
        request.url = QUrl(url + QStringLiteral("/x"));
        const auto response = exec(client, request);
        QVERIFY(response);
        QCOMPARE(response->status, 0);
        QVERIFY(!response->isSuccess());
        QVERIFY(!response->error.isEmpty());
        QVERIFY(!response->timedOut);
    }

    void slowAnswerTimesOut()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &) { return answer(200, "late", 3'000); });
        CurlClient client;
        OutboundRequest request = get(fake, QStringLiteral("/slow"));
        request.timeoutMs = 300;
        const auto response = exec(client, request);
        QVERIFY(response);
        QVERIFY(response->timedOut);
        QCOMPARE(response->status, 0);
        QVERIFY(!response->error.isEmpty());
        QVERIFY2(response->elapsedMs < 2'500, qPrintable(QString::number(response->elapsedMs)));
    }

    void hangUpIsATransportError()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &) {
            FakeResponse response;
            response.hangUp = true;
            return response;
        });
        CurlClient client;
        const auto response = exec(client, get(fake, QStringLiteral("/drop")));
        QVERIFY(response);
        QCOMPARE(response->status, 0);
        QVERIFY(!response->error.isEmpty());
        QVERIFY(!response->timedOut);
    }

    void sequentialRequestsReuseOneConnection()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        CurlClient client;
        for (int i = 0; i < 5; ++i) {
            OutboundRequest request = get(fake, QStringLiteral("/seq"));
            request.method = i % 2 ? "POST" : "GET";
            request.body = i % 2 ? QByteArray("{}") : QByteArray();
            const auto response = exec(client, request);
            QVERIFY(response);
            QCOMPARE(response->status, 200);
        }
        QCOMPARE(fake.requests().size(), 5);
        QCOMPARE(fake.connectionCount(), 1);
    }

    void serviceDownThenBackOnSamePort()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        const quint16 port = fake.port();
        CurlClient client;
        QCOMPARE(exec(client, get(fake, QStringLiteral("/a")))->status, 200);
        fake.stop();
        QCOMPARE(exec(client, get(fake, QStringLiteral("/b")))->status, 0);
        QVERIFY(fake.restart());
        QCOMPARE(fake.port(), port);
        const auto back = exec(client, get(fake, QStringLiteral("/c")));
        QVERIFY(back);
        QCOMPARE(back->status, 200);
        QCOMPARE(fake.requestsTo("/c").size(), 1);
    }

    void deadContextSkipsCallback()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &r) { return answer(200, "{}", r.path == "/first" ? 100 : 400); });
        CurlClient client;
        bool dropped = false;
        auto context = std::make_unique<QObject>();
        client.send(get(fake, QStringLiteral("/first")), context.get(),
                    [&](const OutboundResponse &) { dropped = true; });
        bool later = false;
        client.send(get(fake, QStringLiteral("/second")), this, [&](const OutboundResponse &) { later = true; });
        context.reset();
        QTRY_VERIFY_WITH_TIMEOUT(later, 5'000); // /second answers after /first
        QVERIFY(!dropped);
        QCOMPARE(client.inFlight(), 0);
    }

    void nullContextAlwaysRuns()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        CurlClient client;
        int calls = 0;
        client.send(get(fake, QStringLiteral("/x")), nullptr, [&](const OutboundResponse &r) { calls += r.status; });
        QTRY_COMPARE(calls, 200);
    }

    void destroyingClientWithRequestsInFlightIsSafe()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler([](const RecordedRequest &) { return answer(200, "{}", 200); });
        auto client = std::make_unique<CurlClient>();
        int calls = 0;
        for (int i = 0; i < 5; ++i)
            client->send(get(fake, QStringLiteral("/x")), this, [&](const OutboundResponse &) { ++calls; });
        QTRY_COMPARE(fake.requests().size(), 5);
        client.reset();
        // The fake still answers the dead client's sockets; nothing may run or crash.
        CurlClient other;
        const auto response = exec(other, get(fake, QStringLiteral("/after")));
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        QCOMPARE(calls, 0);
    }

    void callbackMayDeleteTheClient()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        auto *client = new CurlClient;
        QPointer<CurlClient> guard(client);
        int calls = 0;
        for (int i = 0; i < 3; ++i) {
            client->send(get(fake, QStringLiteral("/x")), this, [&](const OutboundResponse &) {
                ++calls;
                delete guard.data();
            });
        }
        QTRY_VERIFY(guard.isNull());
        QVERIFY(calls >= 1);
    }

    void callbackMayStartTheNextRequest()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        CurlClient client;
        int remaining = 10;
        std::function<void(const OutboundResponse &)> next = [&](const OutboundResponse &r) {
            QCOMPARE(r.status, 200);
            if (--remaining > 0)
                client.send(get(fake, QStringLiteral("/chain")), this, next);
        };
        client.send(get(fake, QStringLiteral("/chain")), this, next);
        QTRY_COMPARE(remaining, 0);
        QCOMPARE(fake.requests().size(), 10);
        QCOMPARE(fake.connectionCount(), 1);
    }

    // The fake itself: several requests in one segment, answered in order even when the first one is delayed.
    void fakeServerAnswersPipelinedRequestsInOrder()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        fake.setHandler(
            [](const RecordedRequest &r) { return answer(200, r.path + r.body, r.path == "/slow" ? 150 : 0); });
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, fake.port());
        socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n"
                     "POST /b HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc"
                     "GET /c HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY(closed.wait(5'000)); // "Connection: close" honoured after the last answer
        const qsizetype slow = received.indexOf("/slow");
        const qsizetype b = received.indexOf("/babc");
        const qsizetype c = received.indexOf("\r\n\r\n/c");
        QVERIFY2(slow >= 0 && b > slow && c > b, received.constData());
        QCOMPARE(received.count("HTTP/1.1 200 OK"), 3);
        QCOMPARE(fake.requests().size(), 3);
        QCOMPARE(fake.requestsTo("/b").value(0).body, QByteArray("abc"));
        QCOMPARE(fake.connectionCount(), 1);
    }

    void fakeServerRejectsMalformedRequests()
    {
        FakeHttpServer fake;
        QVERIFY(fake.start());
        QTcpSocket socket;
        QByteArray received;
        connect(&socket, &QTcpSocket::readyRead, this, [&] { received += socket.readAll(); });
        QSignalSpy closed(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, fake.port());
        socket.write("GET /x HTTP/1.1\r\nContent-Length: abc\r\n\r\n");
        QVERIFY(closed.wait(5'000));
        QVERIFY2(received.startsWith("HTTP/1.1 400"), received.constData());
        QVERIFY(fake.requests().isEmpty());
    }

    void invalidUrlFailsAsynchronously()
    {
        CurlClient client;
        bool called = false;
        OutboundResponse seen;
        client.send(OutboundRequest{}, this, [&](const OutboundResponse &r) {
            called = true;
            seen = r;
        });
        QVERIFY(!called); // never from inside send()
        QTRY_VERIFY(called);
        QCOMPARE(seen.status, 0);
        QVERIFY(!seen.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCurlClient)
#include "TestCurlClient.moc"
