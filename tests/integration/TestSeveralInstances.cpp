// Several concierge-server processes on one PostgreSQL and one Redis (issue 11): a chat's messages reaching
// different instances are answered once each, in order; an instance killed with SIGKILL has its messages answered by
// another within the lease; a console on B sees what reached A; a claim through A silences the bot on B.
#include "integration/ServerInstances.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QWebSocket>

using namespace concierge::testing;

namespace {

constexpr int kLeaseSeconds = 2;

int sentTo(const FakeWaha &waha, const QString &chatId)
{
    int n = 0;
    for (const FakeWaha::SentText &sent : waha.sentTexts())
        n += sent.chatId == chatId;
    return n;
}

QString chat(const QString &prefix, int i)
{
    return QStringLiteral("2217%1%2@c.us").arg(prefix).arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestSeveralInstances : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void alternateInstancesAnswerOnceInOrder();
    void killedInstanceIsTakenOver();
    void consoleOnBSeesMessageOnA();
    void claimThroughASilencesB();

private:
    // Every outbox row of the chat answers an earlier inbox row than the next one: handled in arrival order.
    void verifyInOrder(DbPeek &peek, const QString &chatId, int expected);
    std::unique_ptr<PgSchema> m_pg;
};

void TestSeveralInstances::init()
{
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL") ||
        qEnvironmentVariableIsEmpty("CONCIERGE_TEST_REDIS_URL"))
        QSKIP("needs the test PostgreSQL and Redis (scripts/test starts them)");
    m_pg = std::make_unique<PgSchema>();
    QVERIFY(m_pg->ready());
}

void TestSeveralInstances::verifyInOrder(DbPeek &peek, const QString &chatId, int expected)
{
    const QList<QVariant> answered =
        peek.column(QStringLiteral("SELECT inbox_id FROM outbox WHERE chat_id = '%1' ORDER BY id").arg(chatId));
    QCOMPARE(answered.size(), expected);
    for (int i = 1; i < answered.size(); ++i)
        QVERIFY2(answered.at(i - 1).toLongLong() < answered.at(i).toLongLong(), qPrintable(chatId));
}

void TestSeveralInstances::alternateInstancesAnswerOnceInOrder()
{
    FakeWaha waha;
    QVERIFY(waha.start());
    ServerInstance a(*m_pg, waha, kLeaseSeconds), b(*m_pg, waha, kLeaseSeconds), c(*m_pg, waha, kLeaseSeconds);
    QVERIFY(a.start());
    QVERIFY(b.start());
    QVERIFY(c.start());
    const QList<ServerInstance *> instances{&a, &b, &c};

    // Round m: message m of every chat at once, through instance m % 3 (each chat's next message reaches another
    // instance than its previous one, while that one may still hold the chat).
    constexpr int kChats = 10;
    constexpr int kPerChat = 6;
    for (int m = 0; m < kPerChat; ++m) {
        QList<QByteArray> bodies;
        for (int i = 0; i < kChats; ++i)
            bodies.append(FakeWaha::textWebhookBody(chat(QStringLiteral("71"), i),
                                                    QStringLiteral("Bonjour, question %1").arg(m),
                                                    QStringLiteral("ALT%1x%2").arg(i).arg(m)));
        const ServerInstance *through = instances.at(m % instances.size());
        QCOMPARE(postConcurrently(through->url(QStringLiteral("/api/v1/webhook")), bodies,
                                  {{"X-Waha-Token", kInstancesToken}}),
                 QList<int>(kChats, 200));
    }
    const int total = kChats * kPerChat;
    QTRY_COMPARE_WITH_TIMEOUT(waha.sentTexts().size(), total, 20000);

    DbPeek peek(*m_pg);
    QTRY_COMPARE_WITH_TIMEOUT(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")),
                              qint64(0), 10000);
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), qint64(0));
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(total));
    for (int i = 0; i < kChats; ++i) {
        QCOMPARE(sentTo(waha, chat(QStringLiteral("71"), i)), kPerChat);
        verifyInOrder(peek, chat(QStringLiteral("71"), i), kPerChat);
    }
    QVERIFY(a.terminate());
    QVERIFY(b.terminate());
    QVERIFY(c.terminate());
    // A clean stop gives every lease back.
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM chat_leases")), qint64(0));
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM instances")), qint64(0));
}

void TestSeveralInstances::killedInstanceIsTakenOver()
{
    FakeWaha waha;
    QVERIFY(waha.start());
    waha.down(); // the replies cannot leave before the kill
    ServerInstance a(*m_pg, waha, kLeaseSeconds), b(*m_pg, waha, kLeaseSeconds);
    QVERIFY(a.start());
    QVERIFY(b.start());

    constexpr int kChats = 4;
    constexpr int kPerChat = 5;
    QList<QByteArray> bodies;
    for (int m = 0; m < kPerChat; ++m)
        for (int i = 0; i < kChats; ++i)
            bodies.append(FakeWaha::textWebhookBody(chat(QStringLiteral("72"), i), QStringLiteral("Question %1").arg(m),
                                                    QStringLiteral("KILL%1x%2").arg(i).arg(m)));
    const QList<int> statuses =
        postConcurrently(a.url(QStringLiteral("/api/v1/webhook")), bodies, {{"X-Waha-Token", kInstancesToken}});
    QCOMPARE(statuses, QList<int>(bodies.size(), 200));
    a.kill(); // mid-burst: A held the chats and their unsent replies
    QElapsedTimer sinceKill;
    sinceKill.start();
    QVERIFY(waha.up());

    QTRY_COMPARE_WITH_TIMEOUT(waha.sentTexts().size(), bodies.size(), 40000);
    qInfo() << "all" << bodies.size() << "answered" << sinceKill.elapsed() << "ms after the kill (lease"
            << kLeaseSeconds << "s)";
    // Within the lease, plus a beat and B's retry backoff for WAHA (first retry after 1 s). A reply A had claimed
    // for a WAHA call when it was killed ("sending") waits one WAHA timeout (15 s) and one lease more: A's call
    // might still be under way (fencing, docs/ARCHITECTURE.md "Several instances").
    QVERIFY2(sinceKill.elapsed() < kLeaseSeconds * 2000 + 15000 + 6000,
             qPrintable(QString::number(sinceKill.elapsed())));
    DbPeek peek(*m_pg);
    QTRY_COMPARE_WITH_TIMEOUT(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")),
                              qint64(0), 10000);
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(bodies.size()));
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), qint64(0));
    for (int i = 0; i < kChats; ++i) {
        QCOMPARE(sentTo(waha, chat(QStringLiteral("72"), i)), kPerChat);
        verifyInOrder(peek, chat(QStringLiteral("72"), i), kPerChat);
    }
    QCOMPARE(waha.sentTexts().size(), bodies.size()); // nothing sent twice meanwhile
    QVERIFY(b.terminate());
}

void TestSeveralInstances::consoleOnBSeesMessageOnA()
{
    FakeWaha waha;
    QVERIFY(waha.start());
    ServerInstance a(*m_pg, waha, kLeaseSeconds), b(*m_pg, waha, kLeaseSeconds);
    QVERIFY(a.start());
    QVERIFY(b.start());
    const QByteArray token = b.login();
    QVERIFY(!token.isEmpty());

    QWebSocket socket;
    QSignalSpy frames(&socket, &QWebSocket::textMessageReceived);
    socket.open(QUrl(
        QStringLiteral("ws://127.0.0.1:%1/api/v1/live?access_token=%2").arg(b.port()).arg(QString::fromUtf8(token))));
    QTRY_VERIFY_WITH_TIMEOUT(!frames.isEmpty(), 10000); // hello
    const QString chatId = chat(QStringLiteral("73"), 1);
    QCOMPARE(a.postText(chatId, QStringLiteral("Bonjour"), QStringLiteral("LIVE1")), 200);
    auto seen = [&frames, &chatId] {
        for (const QList<QVariant> &frame : frames) {
            const QJsonObject event = QJsonDocument::fromJson(frame.at(0).toString().toUtf8()).object();
            if (event.value(u"type").toString() == QLatin1String("message.received") &&
                event.value(u"chat_id").toString() == chatId)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(seen(), 10000);
    socket.close();
}

void TestSeveralInstances::claimThroughASilencesB()
{
    FakeWaha waha;
    QVERIFY(waha.start());
    ServerInstance a(*m_pg, waha, kLeaseSeconds), b(*m_pg, waha, kLeaseSeconds);
    QVERIFY(a.start());
    QVERIFY(b.start());
    const QString chatId = chat(QStringLiteral("74"), 1);
    QCOMPARE(b.postText(chatId, QStringLiteral("Bonjour"), QStringLiteral("CLAIM1")), 200);
    QTRY_COMPARE_WITH_TIMEOUT(sentTo(waha, chatId), 1, 10000);

    const QByteArray token = a.login();
    QVERIFY(!token.isEmpty());
    const HttpResult claimed =
        httpRequest("POST", a.url(QStringLiteral("/api/v1/conversations/%1/claim").arg(chatId)), "{}",
                    {{"Authorization", "Bearer " + token}, {"Content-Type", "application/json"}});
    QCOMPARE(claimed.status, 200);

    // Through B now: recorded (the inbox row is handled), never answered.
    QCOMPARE(b.postText(chatId, QStringLiteral("Vous êtes là ?"), QStringLiteral("CLAIM2")), 200);
    DbPeek peek(*m_pg);
    QTRY_COMPARE_WITH_TIMEOUT(
        peek.count(
            QStringLiteral("SELECT COUNT(*) FROM inbox WHERE chat_id = '%1' AND status <> 'pending'").arg(chatId)),
        qint64(2), 10000);
    QCOMPARE(
        peek.count(
            QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'in' AND chat_id = '%1'").arg(chatId)),
        qint64(2));
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE chat_id = '%1'").arg(chatId)), qint64(1));
    QCOMPARE(sentTo(waha, chatId), 1);
}

QTEST_GUILESS_MAIN(TestSeveralInstances)
#include "TestSeveralInstances.moc"
