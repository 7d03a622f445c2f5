// The console's WebSocket event feed (ui/client/WebSocketEventFeed) against a real ConciergeServer: it connects,
// delivers a webhook's events, resumes from its last id after a reconnect, reports a refused token, and falls back
// to polling GET /api/v1/events when the server answers HTTP without a /live WebSocket.
#include "client/WebSocketEventFeed.h"
#include "live/EventBus.h"
#include "support/FakeHttpServer.h"
#include "support/FakeWaha.h"
#include "support/TestServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;
using concierge::ui::EventFeed;
using concierge::ui::WebSocketEventFeed;

namespace {

bool hasKind(const QList<live::LiveEvent> &events, live::EventKind kind)
{
    for (const live::LiveEvent &event : events) {
        if (event.kind == kind)
            return true;
    }
    return false;
}

} // namespace

class TestWebSocketFeed : public QObject
{
    Q_OBJECT

private slots:
    void followsAndResumesOnTheRealServer()
    {
        FakeWaha waha;
        QVERIFY(waha.start());
        TestServer server;
        server.settings().wahaBaseUrl = waha.baseUrl();
        server.settings().wahaApiKey = waha.apiKey();
        QVERIFY2(server.start().ok(), "server did not start");

        QNetworkAccessManager network;
        WebSocketEventFeed feed(&network, server.baseUrl(), 50);
        QList<live::LiveEvent> events;
        connect(&feed, &EventFeed::eventReceived, this, [&](const live::LiveEvent &e) { events.append(e); });
        QSignalSpy connection(&feed, &EventFeed::connectionChanged);
        feed.setToken(server.server()->issueConsoleToken().value());
        feed.start(0);
        QVERIFY(connection.wait(5000));
        QCOMPARE(connection.last().first().toBool(), true);

        QCOMPARE(server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(hasKind(events, live::EventKind::MessageReceived), 2000);
        QVERIFY(!feed.polling());
        // The reply's events come last (queued, then sent to the fake WAHA): after them the server is quiet, so the
        // only event published while away is the one below.
        QTRY_VERIFY_WITH_TIMEOUT(hasKind(events, live::EventKind::MessageSent), 5000);

        // Away, then back: what was published meanwhile arrives, once.
        feed.stop();
        live::EventBus *bus = server.server()->context().events;
        const qint64 missed =
            bus->publish(live::EventKind::SessionStatus, {}, {{QStringLiteral("status"), QStringLiteral("WORKING")}})
                .id;
        events.clear();
        feed.start(feed.lastId());
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.last().id == missed, 5000);
        QCOMPARE(events.size(), 1);
        QCOMPARE(feed.lastId(), missed);
    }

    void refusedTokenAsksForALogin()
    {
        TestServer server;
        QVERIFY2(server.start().ok(), "server did not start");
        QNetworkAccessManager network;
        WebSocketEventFeed feed(&network, server.baseUrl(), 50);
        QSignalSpy unauthorized(&feed, &EventFeed::unauthorized);
        feed.setToken(QStringLiteral("expired-or-forged"));
        feed.start(0);
        QVERIFY(unauthorized.wait(5000));
        feed.stop();
    }

    void fallsBackToPollingWithoutLive()
    {
        FakeHttpServer old; // answers every request, /api/v1/live included, as plain HTTP
        const auto answer = [](int status, const QByteArray &body) {
            FakeResponse response;
            response.status = status;
            response.body = body;
            return response;
        };
        old.setHandler([answer](const RecordedRequest &request) {
            if (request.path == "/api/v1/events")
                return answer(200, R"({"events":[{"id":7,"type":"session.status","time":1,"chat_id":"",)"
                                   R"("status":"WORKING"}],"last_id":7})");
            if (request.path == "/health")
                return answer(200, R"({"status":"ok"})");
            return answer(404, R"({"error":{"code":"not_found","message":"no"}})");
        });
        QVERIFY(old.start());
        QNetworkAccessManager network;
        WebSocketEventFeed feed(&network, old.baseUrl(), 50);
        QList<live::LiveEvent> events;
        connect(&feed, &EventFeed::eventReceived, this, [&](const live::LiveEvent &e) { events.append(e); });
        feed.setToken(QStringLiteral("token"));
        feed.start(0);
        QTRY_VERIFY_WITH_TIMEOUT(feed.polling(), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 5000);
        QCOMPARE(events.first().id, 7);
        QCOMPARE(feed.lastId(), 7);
        feed.stop();
    }
};

QTEST_GUILESS_MAIN(TestWebSocketFeed)
#include "TestWebSocketFeed.moc"
