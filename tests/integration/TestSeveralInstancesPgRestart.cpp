// Two concierge-server processes on one PostgreSQL restarted (pg_ctl restart -m fast) in the middle of a burst
// (issue 11): webhooks refused with 503 while nothing can be stored are delivered again, both instances reconnect by
// themselves, and every acknowledged message is answered once, in its chat's order.
#include "integration/ServerInstances.h"

#include <QHash>

using namespace concierge::testing;

namespace {

QString chat(int i)
{
    return QStringLiteral("22175%1@c.us").arg(i, 5, 10, QLatin1Char('0'));
}

QList<QByteArray> burst(const QString &tag, int chats, int perChat)
{
    QList<QByteArray> bodies;
    for (int m = 0; m < perChat; ++m)
        for (int i = 0; i < chats; ++i)
            bodies.append(FakeWaha::textWebhookBody(chat(i), QStringLiteral("Question %1 %2").arg(tag).arg(m),
                                                    QStringLiteral("%1%2x%3").arg(tag).arg(i).arg(m)));
    return bodies;
}

// Whether the instance's /health says its database answers.
bool databaseUp(const ServerInstance &instance)
{
    const QJsonObject health = httpRequest("GET", instance.url(QStringLiteral("/health")), {}, {}, 2000).json();
    return health.value(u"components").toObject().value(u"database").toObject().value(u"status").toString() ==
           QLatin1String("ok");
}

} // namespace

class TestSeveralInstancesPgRestart : public QObject
{
    Q_OBJECT

private slots:
    void postgresRestartMidBurst();

private:
    // Like WAHA: bodies refused (503) are delivered again, through the other instance, once its database is back.
    void deliver(const QList<ServerInstance *> &instances, QList<QByteArray> bodies);
};

void TestSeveralInstancesPgRestart::deliver(const QList<ServerInstance *> &instances, QList<QByteArray> bodies)
{
    QElapsedTimer waited;
    waited.start();
    for (int round = 0; !bodies.isEmpty() && !waited.hasExpired(60000); ++round) {
        const ServerInstance *through = instances.at(round % instances.size());
        const QList<int> statuses = postConcurrently(through->url(QStringLiteral("/api/v1/webhook")), bodies,
                                                     {{"X-Waha-Token", kInstancesToken}});
        QList<QByteArray> refused;
        for (qsizetype i = 0; i < bodies.size(); ++i) {
            QVERIFY2(statuses.at(i) == 200 || statuses.at(i) == 503 || statuses.at(i) == 0,
                     qPrintable(QString::number(statuses.at(i))));
            if (statuses.at(i) != 200)
                refused.append(bodies.at(i));
        }
        qInfo() << "round" << round << "through port" << through->port() << ":" << refused.size() << "of"
                << bodies.size() << "refused after" << waited.elapsed() << "ms";
        bodies = refused;
        if (!bodies.isEmpty())
            QTRY_VERIFY_WITH_TIMEOUT(databaseUp(*instances.at((round + 1) % instances.size())), 30000);
    }
    QVERIFY(bodies.isEmpty());
}

void TestSeveralInstancesPgRestart::postgresRestartMidBurst()
{
    if (const QString why = PostgresRestart::unavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_REDIS_URL"))
        QSKIP("needs the test Redis of scripts/lib/test-services.sh");
    PgSchema pg;
    QVERIFY(pg.ready());
    FakeWaha waha;
    QVERIFY(waha.start());
    waha.setDelayMs(30); // replies are in flight while PostgreSQL goes away
    ServerInstance a(pg, waha, 2), b(pg, waha, 2);
    QVERIFY(a.start());
    QVERIFY(b.start());
    const QList<ServerInstance *> instances{&a, &b};

    constexpr int kChats = 12;
    deliver(instances, burst(QStringLiteral("PRA"), kChats, 2));
    if (QTest::currentTestFailed())
        return;
    PostgresRestart restart;
    QVERIFY(restart.start());
    deliver(instances, burst(QStringLiteral("PRB"), kChats, 2)); // the same chats, later questions
    if (QTest::currentTestFailed())
        return;
    QTRY_VERIFY_WITH_TIMEOUT(!restart.running(), 30000);
    QVERIFY(restart.succeeded());
    QElapsedTimer sinceRestart;
    sinceRestart.start();

    const int total = kChats * 4;
    QTRY_COMPARE_WITH_TIMEOUT(waha.sentTexts().size(), total, 30000);
    qInfo() << "all answered" << sinceRestart.elapsed() << "ms after PostgreSQL was back";
    DbPeek peek(pg);
    QTRY_COMPARE_WITH_TIMEOUT(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")),
                              qint64(0), 20000);
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(total));
    QCOMPARE(peek.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), qint64(0));
    QHash<QString, int> perChat;
    for (const FakeWaha::SentText &sent : waha.sentTexts())
        ++perChat[sent.chatId];
    for (int i = 0; i < kChats; ++i)
        QCOMPARE(perChat.value(chat(i)), 4);
    QCOMPARE(waha.sentTexts().size(), total); // nothing sent twice
    QVERIFY(a.terminate());
    QVERIFY(b.terminate());
}

QTEST_GUILESS_MAIN(TestSeveralInstancesPgRestart)
#include "TestSeveralInstancesPgRestart.moc"
