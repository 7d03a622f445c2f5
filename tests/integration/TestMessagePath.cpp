// The path of a message on SQLite and PostgreSQL: inbox before the 200, one reply per WAHA id, order per chat,
// concurrency cap, sessions in Redis or in process, rate limit, interactions, the reply calls, delivery receipts.
// Issue 2, points 2, 3, 4 (rate limit, Redis on/off), 5, 6 (reply calls, acks).
#include "support/PipelineKit.h"

#include "pipeline/ChatDispatcher.h"
#include "pipeline/Pipeline.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace concierge::testing;

namespace {

const QString kChat = QStringLiteral("221771234567@c.us");

QString chatNumber(int i)
{
    return QStringLiteral("2217700%1@c.us").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestMessagePath : public QObject
{
    Q_OBJECT

private slots:
    void replyAndInteractions_data() { addBackendRows(); }
    void replyAndInteractions();
    void fastDurableAck_data() { addBackendRows(); }
    void fastDurableAck();
    void redeliveryAnsweredOnce_data() { addBackendRows(); }
    void redeliveryAnsweredOnce();
    void orderWithinAChat_data() { addBackendRows(); }
    void orderWithinAChat();
    void concurrencyCap_data() { addBackendRows(); }
    void concurrencyCap();
    void rateLimit_data() { addBackendRows(); }
    void rateLimit();
    void seenThenTextWithApiKey_data() { addBackendRows(); }
    void seenThenTextWithApiKey();
    void ackUpdatesDelivery_data() { addBackendRows(); }
    void ackUpdatesDelivery();
    void sessionCache_data();
    void sessionCache();
};

void TestMessagePath::replyAndInteractions()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    PIPELINE_START(rig);
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE status = 'sent'")),
                              qint64(1), 5000);
    const QList<QVariantMap> rows = rig.rows(QStringLiteral(
        "SELECT chat_id, direction, author, text, service, status, latency_ms FROM interactions ORDER BY id"));
    QCOMPARE(rows.size(), 2);
    const QVariantMap &in = rows.at(0);
    const QVariantMap &out = rows.at(1);
    QCOMPARE(in.value(QStringLiteral("chat_id")).toString(), kChat);
    QCOMPARE(in.value(QStringLiteral("direction")).toString(), QStringLiteral("in"));
    QCOMPARE(in.value(QStringLiteral("text")).toString(),
             QStringLiteral("Bonjour, quels sont les horaires des messes dimanche ?"));
    QCOMPARE(in.value(QStringLiteral("status")).toString(), QStringLiteral("received"));
    QVERIFY2(!in.value(QStringLiteral("service")).toString().isEmpty(), "the question was not routed to a service");
    QCOMPARE(out.value(QStringLiteral("chat_id")).toString(), kChat);
    QCOMPARE(out.value(QStringLiteral("direction")).toString(), QStringLiteral("out"));
    QCOMPARE(out.value(QStringLiteral("author")).toString(), QStringLiteral("bot"));
    QCOMPARE(out.value(QStringLiteral("text")).toString(), rig.waha.sentTexts().first().text);
    QCOMPARE(out.value(QStringLiteral("service")).toString(), in.value(QStringLiteral("service")).toString());
    QCOMPARE(out.value(QStringLiteral("status")).toString(), QStringLiteral("sent"));
    const qint64 latency = out.value(QStringLiteral("latency_ms")).toLongLong();
    QVERIFY2(latency >= 0 && latency < 10000, qPrintable(QString::number(latency)));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'done'")), qint64(1));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(1));
}

void TestMessagePath::fastDurableAck()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.waha.setDelayMs(3000); // a slow WAHA must not slow the acknowledgement down
    PIPELINE_START(rig);
    QList<qint64> elapsed;
    for (int i = 0; i < 7; ++i) {
        const QString id = QStringLiteral("3EB0FAST%1").arg(i);
        QElapsedTimer clock;
        clock.start();
        const int status = rig.postText(chatNumber(i), QStringLiteral("Bonjour"), id);
        elapsed.append(clock.elapsed());
        QCOMPARE(status, 200);
        // Durable before the 200: the row is there as soon as the answer is.
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE waha_message_id = ?"),
                           {QString(u"false_" + chatNumber(i) + u'_' + id)}),
                 qint64(1));
    }
    std::sort(elapsed.begin(), elapsed.end());
    QVERIFY2(elapsed.at(elapsed.size() / 2) < 250, qPrintable(QStringLiteral("median ack %1 ms").arg(elapsed.at(3))));
}

void TestMessagePath::redeliveryAnsweredOnce()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    PIPELINE_START(rig);
    const QByteArray body = fixture(QStringLiteral("waha/message-text-noweb.json"));
    const HttpResult first = rig.server.postWebhook(body);
    const HttpResult second = rig.server.postWebhook(body);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    QCOMPARE(first.json().value(QLatin1String("status")).toString(), QStringLiteral("accepted"));
    QCOMPARE(second.json().value(QLatin1String("status")).toString(), QStringLiteral("duplicate"));

    // Five deliveries of another message at the same time.
    const QByteArray other = FakeWaha::textWebhookBody(QStringLiteral("221775550101@c.us"), QStringLiteral("Bonjour"),
                                                       QStringLiteral("3EB0CONCURRENT01"));
    const QList<int> statuses =
        postConcurrently(rig.server.baseUrl() + QStringLiteral("/api/v1/webhook"), QList<QByteArray>(5, other),
                         {{"X-Waha-Token", TestServer::kWebhookToken}});
    QCOMPARE(statuses, QList<int>(5, 200));
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(2),
                              10000);
    QCOMPARE(rig.waha.sentTexts().size(), 2);
    QCOMPARE(rig.repliesTo(kChat), 1);
    QCOMPARE(rig.repliesTo(QStringLiteral("221775550101@c.us")), 1);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(2));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), qint64(0));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(2));
}

void TestMessagePath::orderWithinAChat()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.settings().rateLimitPerMinute = 1000;
    rig.waha.setDelayMs(20); // replies overlap the next messages
    PIPELINE_START(rig);
    constexpr int kCount = 20;
    QList<QByteArray> bodies;
    for (int i = 0; i < kCount; ++i)
        bodies.append(FakeWaha::textWebhookBody(kChat, QStringLiteral("Question numéro %1 sur la messe").arg(i),
                                                QStringLiteral("3EB0ORDER%1").arg(i, 4, 10, QLatin1Char('0'))));
    for (const QByteArray &body : bodies) // in order, without waiting for any reply
        QCOMPARE(rig.server.postWebhook(body).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), kCount, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")),
                              qint64(kCount), 10000);

    // Handled in order: incoming interactions by id follow the posting order.
    const QList<QVariantMap> incoming =
        rig.rows(QStringLiteral("SELECT text FROM interactions WHERE direction = 'in' ORDER BY id"));
    QCOMPARE(incoming.size(), kCount);
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(incoming.at(i).value(QStringLiteral("text")).toString(),
                 QStringLiteral("Question numéro %1 sur la messe").arg(i));
    // Sent in order: the WAHA ids of the replies, by message received, come in the order WAHA saw them.
    const QList<QVariantMap> replies = rig.rows(QStringLiteral(
        "SELECT o.waha_message_id AS wid FROM outbox o JOIN inbox i ON i.id = o.inbox_id ORDER BY i.id"));
    QCOMPARE(replies.size(), kCount);
    const auto sent = rig.waha.sentTexts();
    for (int i = 0; i < kCount; ++i)
        QCOMPARE(replies.at(i).value(QStringLiteral("wid")).toString(), sent.at(i).messageId);
}

void TestMessagePath::concurrencyCap()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.settings().maxConcurrentRequests = 2;
    rig.waha.setDelayMs(50);
    PIPELINE_START(rig);
    auto *dispatcher = rig.server.server()->context().pipeline->dispatcher();
    int maxActive = 0;
    bool capBinding = false; // two chats running while others waited
    QTimer sampler;
    sampler.setInterval(0);
    connect(&sampler, &QTimer::timeout, this, [&] {
        maxActive = qMax(maxActive, dispatcher->activeChats());
        capBinding = capBinding || (dispatcher->activeChats() == 2 && dispatcher->queuedMessages() > 0);
    });
    sampler.start();
    constexpr int kChats = 6;
    constexpr int kPerChat = 3;
    QList<QByteArray> bodies;
    for (int m = 0; m < kPerChat; ++m)
        for (int c = 0; c < kChats; ++c)
            bodies.append(FakeWaha::textWebhookBody(chatNumber(c), QStringLiteral("Message %1").arg(m),
                                                    QStringLiteral("3EB0CAP%1x%2").arg(c).arg(m)));
    const QList<int> statuses = postConcurrently(rig.server.baseUrl() + QStringLiteral("/api/v1/webhook"), bodies,
                                                 {{"X-Waha-Token", TestServer::kWebhookToken}});
    QCOMPARE(statuses, QList<int>(kChats * kPerChat, 200));
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), kChats * kPerChat, 30000);
    sampler.stop();
    QVERIFY2(maxActive <= 2, qPrintable(QStringLiteral("%1 chats ran at once").arg(maxActive)));
    QVERIFY2(capBinding, "the cap of 2 was never reached with work waiting: concurrency not exercised");
    for (int c = 0; c < kChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), kPerChat);
}

void TestMessagePath::rateLimit()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.server.settings().rateLimitPerMinute = 3;
    PIPELINE_START(rig);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(rig.postText(kChat, QStringLiteral("Bonjour, message %1").arg(i), QStringLiteral("3EB0RATE%1").arg(i)),
                 200);
    // Every message handled, then the count of replies is final.
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")),
                              qint64(0), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")),
                              qint64(0), 10000);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(4));
    const auto sent = rig.waha.sentTexts();
    QCOMPARE(sent.size(), 4); // 3 answers + one polite notice
    const QString notice = sent.at(3).text;
    for (int i = 0; i < 3; ++i)
        QVERIFY(sent.at(i).text != notice);
    QCOMPARE(rig.count(QStringLiteral(
                 "SELECT COUNT(*) FROM interactions WHERE direction = 'in' AND status = 'rate_limited'")),
             qint64(3));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'in'")), qint64(6));
    QCOMPARE(
        rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'out' AND text = ?"), {notice}),
        qint64(1));
    // Another chat is not limited.
    QCOMPARE(
        rig.postText(QStringLiteral("221775550101@c.us"), QStringLiteral("Bonjour"), QStringLiteral("3EB0RATEOTHER")),
        200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 5, 10000);
    QCOMPARE(rig.repliesTo(kChat), 4);
}

void TestMessagePath::seenThenTextWithApiKey()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    rig.waha.setDelayMs(30);
    PIPELINE_START(rig);
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
    QCOMPARE(rig.waha.seenCalls().size(), 1);
    QCOMPARE(rig.waha.seenCalls().first().chatId, kChat);
    QCOMPARE(rig.waha.seenCalls().first().messageIds,
             QStringList{QStringLiteral("false_221771234567@c.us_3EB0C4A1B2C3D4E5F6A7")});
    int seenAt = -1;
    int textAt = -1;
    const auto requests = rig.waha.http().requests();
    for (int i = 0; i < requests.size(); ++i) {
        const RecordedRequest &r = requests.at(i);
        if (r.path == "/api/sendSeen" || r.path == "/api/sendText") {
            QCOMPARE(r.header("x-api-key"), rig.waha.apiKey().toUtf8());
            (r.path == "/api/sendSeen" ? seenAt : textAt) = i;
        }
    }
    QVERIFY(seenAt >= 0);
    QVERIFY2(seenAt < textAt, "sendText went before sendSeen");
}

void TestMessagePath::ackUpdatesDelivery()
{
    PipelineRig rig;
    PIPELINE_USE_BACKEND(rig.server, rig.pg);
    PIPELINE_START(rig);
    QCOMPARE(rig.server.postWebhook(fixture(QStringLiteral("waha/message-text-noweb.json"))).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'sent'")), qint64(1),
                              10000);
    const QString wahaId = rig.waha.sentTexts().first().messageId;
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE waha_message_id = ?"), {wahaId}), qint64(1));
    auto outboxStatus = [&] {
        return rig.rows(QStringLiteral("SELECT status, ack FROM outbox WHERE waha_message_id = ?"), {wahaId}).value(0);
    };
    auto replyInteractionStatus = [&] {
        return rig.rows(QStringLiteral("SELECT status FROM interactions WHERE direction = 'out'"))
            .value(0)
            .value(QStringLiteral("status"))
            .toString();
    };

    HttpResult r = rig.server.postWebhook(FakeWaha::ackWebhookBody(wahaId, 2, kChat));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("recorded"));
    QCOMPARE(outboxStatus().value(QStringLiteral("status")).toString(), QStringLiteral("delivered"));
    QCOMPARE(outboxStatus().value(QStringLiteral("ack")).toInt(), 2);
    QCOMPARE(replyInteractionStatus(), QStringLiteral("delivered"));

    r = rig.server.postWebhook(FakeWaha::ackWebhookBody(wahaId, 3, kChat));
    QCOMPARE(r.status, 200);
    QCOMPARE(outboxStatus().value(QStringLiteral("status")).toString(), QStringLiteral("read"));
    QCOMPARE(replyInteractionStatus(), QStringLiteral("read"));

    // A late DEVICE ack does not move a read message back.
    QCOMPARE(rig.server.postWebhook(FakeWaha::ackWebhookBody(wahaId, 2, kChat)).status, 200);
    QCOMPARE(outboxStatus().value(QStringLiteral("status")).toString(), QStringLiteral("read"));

    // The shipped fixture acknowledges a message this server never sent: 200, nothing changes.
    r = rig.server.postWebhook(fixture(QStringLiteral("waha/message-ack.json")));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(QLatin1String("status")).toString(), QStringLiteral("unknown_message"));
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status = 'read'")), qint64(1));
}

void TestMessagePath::sessionCache_data()
{
    QTest::addColumn<QString>("cache");
    QTest::newRow("memory") << QStringLiteral("memory");
    QTest::newRow("redis") << QStringLiteral("redis");
}

void TestMessagePath::sessionCache()
{
    QFETCH(QString, cache);
    PipelineRig rig;
    if (cache == QLatin1String("redis")) {
        const QString url = qEnvironmentVariable("CONCIERGE_TEST_REDIS_URL");
        if (url.isEmpty())
            QSKIP("CONCIERGE_TEST_REDIS_URL is not set: Redis row skipped");
        rig.server.settings().redisUrl = url;
    }
    PIPELINE_START(rig);
    // A chat id of its own, so that runs sharing the test Redis do not meet.
    const QString chat =
        QStringLiteral("22177%1@c.us").arg(QDateTime::currentMSecsSinceEpoch() % 10000000, 7, 10, QLatin1Char('0'));
    QCOMPARE(rig.postText(chat, QStringLiteral("Bonjour, quels sont les horaires des messes ?"),
                          QStringLiteral("3EB0SESS1")),
             200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 1, 10000);
    QCOMPARE(rig.postText(chat, QStringLiteral("Et en semaine ?"), QStringLiteral("3EB0SESS2")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(rig.waha.sentTexts().size(), 2, 10000);
    const QJsonObject health = rig.server.get(QStringLiteral("/health")).json();
    const QJsonObject cacheHealth =
        health.value(QLatin1String("components")).toObject().value(QLatin1String("cache")).toObject();
    QCOMPARE(cacheHealth.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
    QCOMPARE(cacheHealth.value(QLatin1String("backend")).toString().startsWith(cache), true);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM sessions WHERE chat_id = ?"), {chat}), qint64(1));
}

QTEST_GUILESS_MAIN(TestMessagePath)
#include "TestMessagePath.moc"
