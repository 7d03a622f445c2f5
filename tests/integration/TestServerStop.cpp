// systemd stops the service with SIGTERM, a terminal with SIGINT: the real concierge-server stops accepting,
// finishes what is in flight (at most 10 s), records it, and exits with 0. Issue 10.
#include "support/PipelineKit.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace concierge::testing;

namespace {

constexpr auto kToken = "stop-test-webhook-token-0123456789";
constexpr qint64 kStopLimitMs = 10'000; // the most the server may take to stop (the unit's promise)

QString binary()
{
    return QStringLiteral(CONCIERGE_BINARY_DIR "/bin/concierge-server");
}

// The environment of the child: ours without anything that would point it elsewhere.
QProcessEnvironment serverEnvironment(const QString &dataDir, quint16 port, const FakeWaha &waha)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("ANTHROPIC_")) || key.startsWith(QLatin1String("BASEROW_")) ||
            key.startsWith(QLatin1String("WAHA_")) || key.startsWith(QLatin1String("WEBHOOK_")) ||
            key.startsWith(QLatin1String("DATABASE_")) || key == QLatin1String("REDIS_URL"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warning"));
    env.insert(QStringLiteral("DATA_DIR"), dataDir);
    env.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("PORT"), QString::number(port));
    env.insert(QStringLiteral("WEBHOOK_VERIFY_TOKEN"), QString::fromLatin1(kToken));
    env.insert(QStringLiteral("WAHA_BASE_URL"), waha.baseUrl());
    env.insert(QStringLiteral("WAHA_API_KEY"), waha.apiKey());
    return env;
}

// The statuses of the outbox rows, read with a connection of our own once the server is gone.
QStringList outboxStatuses(const QString &dbPath)
{
    QStringList statuses;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("stop-peek"));
        db.setDatabaseName(dbPath);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT status FROM outbox ORDER BY id"));
            while (q.next())
                statuses.append(q.value(0).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("stop-peek"));
    return statuses;
}

} // namespace

class TestServerStop final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(QFile::exists(binary()), qPrintable(binary() + QStringLiteral(" is missing"))); }
    void sigtermFinishesTheReplyInFlight();
    void sigintStopsAnIdleServerAtOnce();

private:
    void startServer(QProcess &process, const QProcessEnvironment &env, quint16 port);
    // Sends the signal and waits (without blocking the fake WAHA in this process) for the exit; *tookMs: how long.
    void stopWith(QProcess &process, int signal, qint64 *tookMs);
};

void TestServerStop::startServer(QProcess &process, const QProcessEnvironment &env, quint16 port)
{
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(binary(), {});
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    const QString health = QStringLiteral("http://127.0.0.1:%1/health").arg(port);
    QTRY_VERIFY_WITH_TIMEOUT(
        httpRequest("GET", health, {}, {}, 1000).status == 200 || process.state() == QProcess::NotRunning, 30000);
    QCOMPARE(process.state(), QProcess::Running);
}

void TestServerStop::stopWith(QProcess &process, int signal, qint64 *tookMs)
{
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(process.processId()), signal);
    QTRY_COMPARE_WITH_TIMEOUT(process.state(), QProcess::NotRunning, int(kStopLimitMs) + 5000);
    *tookMs = clock.elapsed();
}

void TestServerStop::sigtermFinishesTheReplyInFlight()
{
    FakeWaha waha;
    QVERIFY(waha.start());
    waha.setDelayMs(1500); // WAHA takes its time to confirm: the reply is still on its way when the stop comes
    QTemporaryDir dir;
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QProcess server;
    startServer(server, serverEnvironment(dir.path(), port, waha), port);
    if (QTest::currentTestFailed())
        return;

    const QString chat = QStringLiteral("221771230001@c.us");
    const HttpResult posted =
        httpRequest("POST", QStringLiteral("http://127.0.0.1:%1/api/v1/webhook").arg(port),
                    FakeWaha::textWebhookBody(chat, QStringLiteral("Bonjour"), QStringLiteral("3EB0STOP01")),
                    {{"X-Waha-Token", kToken}});
    QCOMPARE(posted.status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(waha.sentTexts().size(), 1, 15000); // WAHA has the reply; its answer is delayed

    qint64 tookMs = 0;
    stopWith(server, SIGTERM, &tookMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(tookMs < kStopLimitMs, qPrintable(QString::number(tookMs)));
    // The server waited for WAHA's answer and recorded it: nothing is owed, nothing would be sent twice.
    QCOMPARE(outboxStatuses(dir.filePath(QStringLiteral("concierge.db"))), QStringList{QStringLiteral("sent")});
    QCOMPARE(waha.sentTexts().constFirst().chatId, chat);
}

void TestServerStop::sigintStopsAnIdleServerAtOnce()
{
    FakeWaha waha;
    QVERIFY(waha.start());
    QTemporaryDir dir;
    const quint16 port = freePort();
    QVERIFY(port != 0);
    QProcess server;
    startServer(server, serverEnvironment(dir.path(), port, waha), port);
    if (QTest::currentTestFailed())
        return;

    qint64 tookMs = 0;
    stopWith(server, SIGINT, &tookMs);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(server.exitStatus(), QProcess::NormalExit);
    QCOMPARE(server.exitCode(), 0);
    QVERIFY2(tookMs < 3000, qPrintable(QString::number(tookMs))); // nothing in flight: no reason to wait
    QCOMPARE(httpRequest("GET", QStringLiteral("http://127.0.0.1:%1/health").arg(port), {}, {}, 2000).status, 0);
}

QTEST_GUILESS_MAIN(TestServerStop)
#include "TestServerStop.moc"
