// The `concierge` program itself, as a user starts it: `--connect URL` with CONCIERGE_PASSWORD logs in without a
// dialog and follows the server live; a second `concierge` on the same data folder hands over to the first and ends.
#include "support/TestServer.h"

#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using concierge::testing::httpRequest;
using concierge::testing::TestServer;

namespace {

QString program()
{
    return QStringLiteral(CONCIERGE_BINARY_DIR "/bin/concierge");
}

QProcessEnvironment environment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("CONCIERGE_UI_LANGUAGE"), QStringLiteral("en"));
    return env;
}

// The consoles following this server's live WebSocket (authenticated ones only), from GET /health.
int liveConsoles(const QString &baseUrl)
{
    const QJsonObject health = httpRequest("GET", baseUrl + QStringLiteral("/health")).json();
    return health.value(QLatin1String("components"))
        .toObject()
        .value(QLatin1String("live"))
        .toObject()
        .value(QLatin1String("clients"))
        .toInt(-1);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

void end(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(10000))
        process.kill();
}

} // namespace

class TestConsoleProgram : public QObject
{
    Q_OBJECT

private slots:
    void connectsWithThePasswordFromTheEnvironment()
    {
        TestServer server;
        QVERIFY(server.start().ok());
        QCOMPARE(liveConsoles(server.baseUrl()), 0);
        QProcess console;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("CONCIERGE_PASSWORD"), QString::fromLatin1(TestServer::kAdminPassword));
        console.setProcessEnvironment(env);
        console.start(program(), {QStringLiteral("--connect"), server.baseUrl(), QStringLiteral("--user"),
                                  QStringLiteral("admin")});
        QVERIFY(console.waitForStarted());
        // Logged in (the live WebSocket takes only a valid token) with no dialog to fill.
        QTRY_COMPARE_WITH_TIMEOUT(liveConsoles(server.baseUrl()), 1, 20000);
        QCOMPARE(console.state(), QProcess::Running);
        end(console);
    }

    void secondConsoleOnTheSameFolderHandsOver()
    {
        QTemporaryDir dataDir;
        const quint16 port = freePort();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DATA_DIR"), dataDir.path());
        env.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
        env.insert(QStringLiteral("PORT"), QString::number(port));
        env.insert(QStringLiteral("DEMO_DATA"), QStringLiteral("false"));
        const QStringList arguments{QStringLiteral("--env-file"), dataDir.filePath(QStringLiteral("none.env"))};
        QFile empty(dataDir.filePath(QStringLiteral("none.env")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();

        QProcess first;
        first.setProcessEnvironment(env);
        first.start(program(), arguments);
        QVERIFY(first.waitForStarted());
        const QString baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        QTRY_VERIFY_WITH_TIMEOUT(httpRequest("GET", baseUrl + QStringLiteral("/health"), {}, {}, 1000).status == 200,
                                 30000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.start(program(), arguments);
        QVERIFY(second.waitForFinished(20000)); // it found the first one instead of failing on the busy port
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        end(first);
    }
};

QTEST_MAIN(TestConsoleProgram)
#include "TestConsoleProgram.moc"
