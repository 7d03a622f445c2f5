// Several instances on one Redis: a console connected to instance B sees what reaches instance A (issue 11).
#include "ConciergeServer.h"
#include "live/EventBus.h"
#include "live/EventRelay.h"
#include "store/RedisCache.h"
#include "support/FakeWaha.h"
#include "support/TestRedis.h"
#include "support/TestServer.h"

#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace concierge;
using namespace concierge::testing;

namespace {

// A Redis database of its own: instances of other tests running at the same time use db 0 and must not be heard.
QString relayRedisUrl()
{
    return testRedisUrl(7);
}

int countOf(const QJsonArray &events, const QString &type, const QString &chatId)
{
    int n = 0;
    for (const QJsonValue &e : events) {
        const QJsonObject o = e.toObject();
        n += o.value(u"type").toString() == type && o.value(u"chat_id").toString() == chatId;
    }
    return n;
}

QJsonArray eventsOf(TestServer &server, const QByteArray &token)
{
    return server.get(QStringLiteral("/api/v1/events?since=0&limit=500"), token).json().value(u"events").toArray();
}

} // namespace

class TestLiveFanOut : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_url = relayRedisUrl();
        if (m_url.isEmpty())
            QSKIP("CONCIERGE_TEST_REDIS_URL is not set (scripts/test starts Redis)");
        QVERIFY(m_waha.start());
        for (TestServer *server : {&m_a, &m_b}) {
            server->settings().redisUrl = m_url;
            server->settings().wahaBaseUrl = m_waha.baseUrl();
            server->settings().wahaApiKey = m_waha.apiKey();
            QVERIFY(server->start().ok());
            QVERIFY(server->server()->eventRelay());
        }
        QTRY_VERIFY(m_a.server()->eventRelay()->listening() && m_b.server()->eventRelay()->listening());
    }

    void aMessageReachingOneInstanceIsSeenOnTheOther()
    {
        const QString chat = QStringLiteral("221770000711@c.us");
        QCOMPARE(m_a.postWebhook(FakeWaha::textWebhookBody(chat, QStringLiteral("Bonjour"), QStringLiteral("FAN1"),
                                                           QStringLiteral("Awa")))
                     .status,
                 200);
        const QByteArray tokenB = m_b.login();
        QTRY_COMPARE(countOf(eventsOf(m_b, tokenB), QStringLiteral("message.received"), chat), 1);
        QTRY_VERIFY(countOf(eventsOf(m_b, tokenB), QStringLiteral("message.sent"), chat) >= 1); // the reply too
        // A's own events come back from Redis too: they are not shown twice.
        const QByteArray tokenA = m_a.login();
        QCOMPARE(countOf(eventsOf(m_a, tokenA), QStringLiteral("message.received"), chat), 1);
        QCOMPARE(countOf(eventsOf(m_b, tokenB), QStringLiteral("message.received"), chat), 1);
    }

    void aMalformedMessageOnTheChannelIsIgnored()
    {
        auto intruder = store::RedisCache::create(m_url);
        QVERIFY(intruder);
        const store::RedisEndpoint endpoint = intruder.value()->endpoint();
        intruder.value()->publish(live::EventRelay::channelFor(endpoint), "{not json");
        intruder.value()->publish(live::EventRelay::channelFor(endpoint), R"({"origin":"x","event":{"type":"nope"}})");
        // Still relaying afterwards.
        const QString chat = QStringLiteral("221770000712@c.us");
        m_a.server()->context().events->publish(live::EventKind::FollowupChanged, chat);
        const QByteArray tokenB = m_b.login();
        QTRY_COMPARE(countOf(eventsOf(m_b, tokenB), QStringLiteral("followup.changed"), chat), 1);
    }

    void aDroppedSubscriptionComesBack()
    {
        const QString cli = QStandardPaths::findExecutable(QStringLiteral("redis-cli"));
        if (cli.isEmpty())
            QSKIP("redis-cli is not installed");
        live::EventRelay *relayB = m_b.server()->eventRelay();
        QSignalSpy changes(relayB, &live::EventRelay::listeningChanged);
        // As when Redis restarts or a proxy drops idle connections: the subscribed connections are cut.
        QCOMPARE(QProcess::execute(cli, {QStringLiteral("-u"), m_url, QStringLiteral("CLIENT"), QStringLiteral("KILL"),
                                         QStringLiteral("TYPE"), QStringLiteral("pubsub")}),
                 0);
        QTRY_VERIFY(!changes.isEmpty());
        QCOMPARE(changes.first().at(0).toBool(), false);
        QTRY_VERIFY_WITH_TIMEOUT(relayB->listening() && m_a.server()->eventRelay()->listening(), 10000);
        const QString chat = QStringLiteral("221770000713@c.us");
        m_a.server()->context().events->publish(live::EventKind::FollowupChanged, chat);
        const QByteArray tokenB = m_b.login();
        QTRY_COMPARE(countOf(eventsOf(m_b, tokenB), QStringLiteral("followup.changed"), chat), 1);
    }

    void cleanupTestCase()
    {
        m_a.stop();
        m_b.stop();
    }

private:
    QString m_url;
    FakeWaha m_waha;
    TestServer m_a;
    TestServer m_b;
};

QTEST_GUILESS_MAIN(TestLiveFanOut)
#include "TestLiveFanOut.moc"
