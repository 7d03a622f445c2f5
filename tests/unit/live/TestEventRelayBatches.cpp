// PostgreSQL + Redis close to SQLite (issue 14, PostgreSQL round 5): the events an instance publishes in one turn of
// its event loop (about five per message handled) go to the other instances as one Redis message, in order, and an
// instance drops its own events coming back without parsing them. A return to one PUBLISH per event fails here.

#include "live/EventBus.h"
#include "live/EventRelay.h"
#include "store/RedisCache.h"
#include "store/RedisSubscriber.h"
#include "support/TestRedis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace concierge;

namespace {

// A Redis database of its own: the channel is per database, and other tests use theirs.
QString batchRedisUrl()
{
    return concierge::testing::testRedisUrl(12);
}

} // namespace

class TestEventRelayBatches final : public QObject
{
    Q_OBJECT

private slots:
    void eventsOfOneTurnGoAsOneMessage()
    {
        const QString url = batchRedisUrl();
        if (url.isEmpty())
            QSKIP("CONCIERGE_TEST_REDIS_URL is not set (scripts/test starts Redis)");
        auto cacheA = store::RedisCache::create(url);
        auto cacheB = store::RedisCache::create(url);
        QVERIFY(cacheA && cacheB);
        const store::RedisEndpoint endpoint = cacheA.value()->endpoint();
        live::EventBus busA;
        live::EventBus busB;
        live::EventRelay relayA(&busA, cacheA.value().get(), endpoint);
        live::EventRelay relayB(&busB, cacheB.value().get(), endpoint);
        store::RedisSubscriber listener(endpoint, live::EventRelay::channelFor(endpoint));
        QSignalSpy onChannel(&listener, &store::RedisSubscriber::message);
        QStringList onB; // the chats of the events B's consoles see
        connect(&busB, &live::EventBus::published, this,
                [&onB](const live::LiveEvent &event) { onB.append(event.chatId); });
        int onA = 0;
        connect(&busA, &live::EventBus::published, this, [&onA](const live::LiveEvent &) { ++onA; });
        QTRY_VERIFY(relayA.listening() && relayB.listening() && listener.subscribed());

        const QStringList chats{QStringLiteral("221770000901@c.us"), QStringLiteral("221770000902@c.us"),
                                QStringLiteral("221770000903@c.us")};
        for (const QString &chat : chats)
            busA.publish(live::EventKind::FollowupChanged, chat);

        QTRY_COMPARE(onB.size(), 3);
        QCOMPARE(onB, chats); // in order
        QTRY_COMPARE(onChannel.size(), 1);
        const QJsonObject message = QJsonDocument::fromJson(onChannel.at(0).at(0).toByteArray()).object();
        QCOMPARE(message.value(u"events").toArray().size(), 3);

        // A single event keeps the first version's shape; A's own events are not shown twice on A.
        busA.publish(live::EventKind::FollowupChanged, chats.at(0));
        QTRY_COMPARE(onChannel.size(), 2);
        QVERIFY(QJsonDocument::fromJson(onChannel.at(1).at(0).toByteArray()).object().contains(u"event"));
        QTRY_COMPARE(onB.size(), 4);
        QCOMPARE(onA, 4);
    }
};

QTEST_GUILESS_MAIN(TestEventRelayBatches)
#include "TestEventRelayBatches.moc"
