// What goes wrong around a message: Redis dies and comes back, WAHA is down, answers 5xx, 422 (session not
// WORKING) or 401. Issue 2, points 4 (Redis killed mid-run) and 6 (retries and backoff).
#include "support/PipelineKit.h"

#include <QJsonObject>
#include <QTest>

using namespace concierge::testing;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");

QJsonObject healthOf(PipelineRig &rig)
{
    return rig.server.get(QStringLiteral("/health")).json();
}

QString cacheStatus(PipelineRig &rig)
{
    return healthOf(rig)
        .value(QLatin1String("components"))
        .toObject()
        .value(QLatin1String("cache"))
        .toObject()
        .value(QLatin1String("status"))
        .toString();
}

QString overall(PipelineRig &rig)
{
    return healthOf(rig).value(QLatin1String("status")).toString();
}

// The first WAHA session poll is over (so that it does not eat a scripted failure).
bool sessionPolled(PipelineRig &rig)
{
    return !rig.waha.http().requestsTo("/api/sessions/default").isEmpty();
}

int sendTextCalls(PipelineRig &rig)
{
    return int(rig.waha.http().requestsTo("/api/sendText").size());
}

} // namespace

class TestResilience : public QObject
{
    Q_OBJECT

private slots:
    void redisKilledMidRun();
    void wahaDownThenBack_data() { addBackendRows(); }
    void wahaDownThenBack();
    void waha500TwiceThenOk_data() { addBackendRows(); }
    void waha500TwiceThenOk();
    void sessionNotWorkingIsRetried();
    void wrongApiKeyFailsForGood_data() { addBackendRows(); }
    void wrongApiKeyFailsForGood();
};

void TestResilience::redisKilledMidRun()
{
    if (RedisProcess::executable().isEmpty())
        QSKIP("redis-server is not installed");
    RedisProcess redis;
    const quint16 port = freePort();
    QVERIFY(redis.start(port));
    PipelineRig rig;
    rig.server.settings().redisUrl = redis.url();
    PIPELINE_START(rig);
    QTRY_COMPARE_WITH_TIMEOUT(overall(rig), QStringLiteral("ok"), 10000);

    QCOMPARE(rig.postText(kChat, QStringLiteral("Bonjour"), QStringLiteral("3EB0REDIS1")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);

    redis.kill();
    // Messages keep flowing on the in-process fallback.
    QCOMPARE(rig.postText(kChat, QStringLiteral("Quels sont les horaires des messes ?"), QStringLiteral("3EB0REDIS2")),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(cacheStatus(rig), QStringLiteral("degraded"), 10000);
    QCOMPARE(overall(rig), QStringLiteral("degraded"));
    QCOMPARE(rig.postText(QStringLiteral("221775550101@c.us"), QStringLiteral("Bonjour"), QStringLiteral("3EB0REDIS3")),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 3, 10000);

    QVERIFY(redis.start(port));
    QTRY_COMPARE_WITH_TIMEOUT(cacheStatus(rig), QStringLiteral("ok"), 20000);
    QCOMPARE(overall(rig), QStringLiteral("ok"));
    QCOMPARE(rig.postText(kChat, QStringLiteral("Merci"), QStringLiteral("3EB0REDIS4")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 4, 10000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'in'")), qint64(4));
}

void TestResilience::wahaDownThenBack()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    PIPELINE_START(rig);
    QTRY_VERIFY_WITH_TIMEOUT(sessionPolled(rig), 10000);
    rig.waha.down();
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    // The first attempt failed and a retry is planned.
    QTRY_VERIFY_WITH_TIMEOUT(
        rig.count(QStringLiteral("SELECT MAX(attempts) FROM outbox WHERE status = 'pending'")) >= 1, 10000);
    QCOMPARE(rig.waha.sentTexts().size(), 0);
    QVERIFY(rig.waha.up());
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 15000);
    QCOMPARE(rig.waha.sentTexts().first().chatId, kChat);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(1),
                              5000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'out' AND status = 'sent'")),
             qint64(1));
    QCOMPARE(rig.waha.sentTexts().size(), 1);
}

void TestResilience::waha500TwiceThenOk()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    PIPELINE_START(rig);
    QTRY_VERIFY_WITH_TIMEOUT(sessionPolled(rig), 10000);
    rig.waha.failNext(2, 500); // sendSeen, then the first sendText
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(1),
                              5000);
    QCOMPARE(sendTextCalls(rig), 2);
    QCOMPARE(rig.count(QStringLiteral("SELECT attempts FROM outbox")), qint64(1));
    QCOMPARE(rig.waha.sentTexts().size(), 1);

    // Twice in a row on the text itself: two retries (1 s, then 2 s), still one reply.
    rig.waha.failNext(3, 503);
    QCOMPARE(rig.postText(QStringLiteral("221775550101@c.us"), QStringLiteral("Bonjour"), QStringLiteral("3EB0FAIL2")),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.repliesTo(QStringLiteral("221775550101@c.us")), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(2),
                              5000);
    QCOMPARE(sendTextCalls(rig), 5);
    QCOMPARE(rig.waha.sentTexts().size(), 2);
}

void TestResilience::sessionNotWorkingIsRetried()
{
    PipelineRig rig;
    PIPELINE_START(rig);
    QTRY_VERIFY_WITH_TIMEOUT(sessionPolled(rig), 10000);
    rig.waha.setSessionStatus(QStringLiteral("STARTING")); // send endpoints answer 422 "not as expected"
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(sendTextCalls(rig) >= 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        rig.count(QStringLiteral("SELECT MAX(attempts) FROM outbox WHERE status = 'pending'")) >= 1, 10000);
    rig.waha.setSessionStatus(QStringLiteral("WORKING"));
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(1),
                              5000);
}

void TestResilience::wrongApiKeyFailsForGood()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.settings().wahaApiKey = QStringLiteral("not-the-waha-key");
    PIPELINE_START(rig);
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")),
                              qint64(1), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'out' AND status = 'failed'")),
        qint64(1), 5000);
    const QVariantMap row = rig.rows(QStringLiteral("SELECT attempts, last_error FROM outbox")).value(0);
    QVERIFY2(row.value(QStringLiteral("last_error")).toString().contains(QStringLiteral("401")),
             qPrintable(row.value(QStringLiteral("last_error")).toString()));
    QCOMPARE(sendTextCalls(rig), 1); // refused for good: not retried
    QCOMPARE(rig.waha.sentTexts().size(), 0);
    // Other work goes on: the next message is tried (and refused) too, once.
    QCOMPARE(rig.postText(QStringLiteral("221775550101@c.us"), QStringLiteral("Bonjour"), QStringLiteral("3EB0KEY2")),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'failed'")),
                              qint64(2), 10000);
    QCOMPARE(sendTextCalls(rig), 2);
}

QTEST_GUILESS_MAIN(TestResilience)
#include "TestResilience.moc"
