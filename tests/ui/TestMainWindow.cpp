// The console's main window, driven offscreen against a fake server speaking the real API: /health, and the live
// events of GET /api/v1/events ({"events":[...], "last_id"}), through the real ConsoleClient.
#include "MainWindow.h"
#include "client/ConsoleClient.h"
#include "support/FakeHttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUrlQuery>

using concierge::testing::FakeHttpServer;
using concierge::testing::FakeResponse;
using concierge::testing::RecordedRequest;
using concierge::ui::ConsoleClient;
using concierge::ui::MainWindow;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");

// The server side of /api/v1/events: a growing list of events, served by id like the real endpoint.
struct EventSource
{
    QList<QJsonObject> events;
    QByteArray requiredToken = "console-token";

    void add(const QString &type, QJsonObject fields)
    {
        fields.insert(QStringLiteral("id"), qint64(events.size() + 1));
        fields.insert(QStringLiteral("type"), type);
        fields.insert(QStringLiteral("time"), qint64(1'780'000'000'000));
        if (!fields.contains(QStringLiteral("chat_id")))
            fields.insert(QStringLiteral("chat_id"), kChat);
        events.append(fields);
    }

    FakeResponse answer(const RecordedRequest &request) const
    {
        FakeResponse r;
        if (request.path == "/health") {
            r.body = R"({"status":"ok","components":{"database":{"status":"ok"},"cache":{"status":"ok",
                "backend":"memory"},"waha":{"status":"WORKING"},"llm":{"status":"configured"}}})";
            return r;
        }
        if (request.path != "/api/v1/events") {
            r.status = 404;
            return r;
        }
        if (request.header("authorization") != "Bearer " + requiredToken) {
            r.status = 401;
            r.body = R"({"error":{"code":"jwt_expired","message":"expired"}})";
            return r;
        }
        const QUrlQuery query(QString::fromLatin1(request.query));
        const qint64 since = query.queryItemValue(QStringLiteral("since")).toLongLong();
        const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
        QJsonArray page;
        for (const QJsonObject &event : events) {
            if (event.value(QStringLiteral("id")).toInteger() > since && page.size() < limit)
                page.append(event);
        }
        r.body = QJsonDocument(
                     QJsonObject{{QStringLiteral("events"), page}, {QStringLiteral("last_id"), qint64(events.size())}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
};

ConsoleClient *fastClient(const QString &baseUrl, const QString &token = QStringLiteral("console-token"))
{
    auto *client = new ConsoleClient(baseUrl, ConsoleClient::Options{200, 50});
    client->setToken(token);
    return client;
}

QString cell(QTableView *table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsHealthOfEachComponent()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &) {
            FakeResponse r;
            r.body = R"({"status":"degraded","components":{"database":{"status":"ok"},"cache":{"status":"degraded",
                "backend":"redis"},"waha":{"status":"SCAN_QR_CODE"},"llm":{"status":"not_configured"}}})";
            return r;
        });
        MainWindow window({server.baseUrl(), QStringLiteral("/data/webhook-token"), QStringLiteral("/data")},
                          fastClient(server.baseUrl()));
        window.show();
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        auto *components = window.findChild<QLabel *>(QStringLiteral("componentHealth"));
        QVERIFY(overall && components);
        QTRY_VERIFY_WITH_TIMEOUT(overall->text().contains(QStringLiteral("something missing")), 5000);
        QVERIFY(components->text().contains(QStringLiteral("waiting for the QR code")));
        QVERIFY(components->text().contains(QStringLiteral("redis")));
        QCOMPARE(server.requestsTo("/health").size() >= 1, true);
        auto *token = window.findChild<QLabel *>(QStringLiteral("webhookToken"));
        QVERIFY(token && token->text().contains(QStringLiteral("/data/webhook-token")));
    }

    void saysWhenTheServerIsUnreachable()
    {
        MainWindow window({QStringLiteral("http://127.0.0.1:1"), {}, {}},
                          fastClient(QStringLiteral("http://127.0.0.1:1")));
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QTRY_VERIFY_WITH_TIMEOUT(overall->text().contains(QStringLiteral("unreachable")), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Disconnected")), 5000);
        QVERIFY(!window.client()->isConnected());
    }

    void listsLiveEventsInOrder()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        EventSource source;
        source.add(QStringLiteral("message.received"), {{QStringLiteral("push_name"), QStringLiteral("Awa")},
                                                        {QStringLiteral("text"), QStringLiteral("Bonjour")}});
        source.add(QStringLiteral("message.queued"), {{QStringLiteral("text"), QStringLiteral("Messes dominicales")}});
        server.setHandler([&source](const RecordedRequest &r) { return source.answer(r); });
        MainWindow window({server.baseUrl(), {}, {}}, fastClient(server.baseUrl()));
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);
        QCOMPARE(cell(table, 0, 1), kChat);
        QVERIFY(cell(table, 0, 2).contains(QStringLiteral("Awa wrote: Bonjour")));
        QVERIFY(cell(table, 1, 2).contains(QStringLiteral("Messes dominicales")));
        QCOMPARE(window.client()->lastEventId(), 2);
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QCOMPARE(connection->text(), QStringLiteral("Connected"));

        // A later event shows up on the next poll, once.
        source.add(QStringLiteral("message.sent"), {{QStringLiteral("outbox_id"), 7}});
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
        QCOMPARE(cell(table, 2, 2), QStringLiteral("Reply delivered to WhatsApp"));
        QTRY_VERIFY_WITH_TIMEOUT(server.requestsTo("/api/v1/events").constLast().query.contains("since=3"), 5000);
        QCOMPARE(table->model()->rowCount(), 3);
    }

    void describesHandoffsInWords()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        EventSource source;
        source.add(QStringLiteral("handoff.requested"),
                   {{QStringLiteral("reason"), QStringLiteral("asked for a person")},
                    {QStringLiteral("summary"), QStringLiteral("Parler au curé")}});
        source.add(QStringLiteral("conversation.owner"), {{QStringLiteral("owner"), QStringLiteral("human:awa")}});
        source.add(QStringLiteral("conversation.owner"), {{QStringLiteral("owner"), QStringLiteral("bot")}});
        server.setHandler([&source](const RecordedRequest &r) { return source.answer(r); });
        MainWindow window({server.baseUrl(), {}, {}}, fastClient(server.baseUrl()));
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("Asks for a person (asked for a person). Parler au curé"));
        QCOMPARE(cell(table, 1, 2), QStringLiteral("Taken over by awa"));
        QCOMPARE(cell(table, 2, 2), QStringLiteral("Back with the assistant"));
    }

    void keepsABoundedHistory()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        EventSource source;
        for (int i = 0; i < 600; ++i)
            source.add(QStringLiteral("message.sent"), {{QStringLiteral("chat_id"), QString::number(i)}});
        server.setHandler([&source](const RecordedRequest &r) { return source.answer(r); });
        MainWindow window({server.baseUrl(), {}, {}}, fastClient(server.baseUrl()));
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        QTRY_COMPARE_WITH_TIMEOUT(window.client()->lastEventId(), 600, 5000);
        QCOMPARE(table->model()->rowCount(), 500);
        QCOMPARE(cell(table, 499, 1), QStringLiteral("599"));
        QCOMPARE(cell(table, 0, 1), QStringLiteral("100"));
    }

    void reconnectsAndCatchesUpAfterAnOutage()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        EventSource source;
        source.add(QStringLiteral("message.received"), {{QStringLiteral("text"), QStringLiteral("avant")}});
        server.setHandler([&source](const RecordedRequest &r) { return source.answer(r); });
        MainWindow window({server.baseUrl(), {}, {}}, fastClient(server.baseUrl()));
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        auto *connection = window.findChild<QLabel *>(QStringLiteral("connectionState"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);

        server.stop();
        QTRY_VERIFY_WITH_TIMEOUT(connection->text().contains(QStringLiteral("Disconnected")), 10000);
        source.add(QStringLiteral("message.received"), {{QStringLiteral("text"), QStringLiteral("pendant")}});
        source.add(QStringLiteral("session.status"), {{QStringLiteral("status"), QStringLiteral("WORKING")}});
        QVERIFY(server.restart());

        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 10000);
        QVERIFY(cell(table, 1, 2).contains(QStringLiteral("Parishioner wrote: pendant")));
        QCOMPARE(cell(table, 2, 2), QStringLiteral("WhatsApp session: WORKING"));
        QTRY_COMPARE_WITH_TIMEOUT(connection->text(), QStringLiteral("Connected"), 5000);
        auto *overall = window.findChild<QLabel *>(QStringLiteral("overallHealth"));
        QTRY_VERIFY_WITH_TIMEOUT(overall->text().contains(QStringLiteral("all systems working")), 5000);
    }

    void asksForANewTokenWhenTheServerRefusesIt()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        EventSource source;
        source.add(QStringLiteral("message.ack"), {{QStringLiteral("ack"), 3}});
        server.setHandler([&source](const RecordedRequest &r) { return source.answer(r); });
        auto *client = fastClient(server.baseUrl(), QStringLiteral("expired"));
        int asked = 0;
        connect(client, &ConsoleClient::authenticationRequired, client, [client, &asked] {
            ++asked;
            client->setToken(QStringLiteral("console-token"));
        });
        MainWindow window({server.baseUrl(), {}, {}}, client);
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 5000);
        QCOMPARE(cell(table, 0, 2), QStringLiteral("Receipt: read"));
        QCOMPARE(asked, 1);
    }

    void followsAServerThatStartedCountingAgain()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        EventSource source;
        source.add(QStringLiteral("message.sent"), {});
        source.add(QStringLiteral("message.sent"), {});
        server.setHandler([&source](const RecordedRequest &r) { return source.answer(r); });
        MainWindow window({server.baseUrl(), {}, {}}, fastClient(server.baseUrl()));
        auto *table = window.findChild<QTableView *>(QStringLiteral("events"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 5000);

        source.events.clear(); // a restarted server numbers its events from 1 again
        source.add(QStringLiteral("message.failed"), {{QStringLiteral("error"), QStringLiteral("waha_down")}});
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, 5000);
        QCOMPARE(cell(table, 2, 2), QStringLiteral("Reply could not be sent: waha_down"));
    }

    void logsInWithTheApi()
    {
        FakeHttpServer server;
        QVERIFY(server.start());
        server.setHandler([](const RecordedRequest &r) {
            FakeResponse answer;
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            if (body.value(QStringLiteral("password")).toString() == QStringLiteral("secret"))
                answer.body = R"({"access_token":"t0k3n","token_type":"bearer","expires_in":3600,"role":"admin"})";
            else {
                answer.status = 401;
                answer.body = R"({"error":{"code":"invalid_credentials","message":"wrong username or password"}})";
            }
            return answer;
        });
        ConsoleClient client(server.baseUrl());
        QSignalSpy failed(&client, &ConsoleClient::loginFailed);
        client.login(QStringLiteral("admin"), QStringLiteral("nope"));
        QVERIFY(failed.wait(5000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("wrong username or password"));
        QSignalSpy loggedIn(&client, &ConsoleClient::loggedIn);
        client.login(QStringLiteral("admin"), QStringLiteral("secret"));
        QVERIFY(loggedIn.wait(5000));
        QCOMPARE(client.token(), QStringLiteral("t0k3n"));
        QCOMPARE(server.requestsTo("/api/v1/auth/login").constLast().body,
                 QByteArray(R"({"password":"secret","username":"admin"})"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
