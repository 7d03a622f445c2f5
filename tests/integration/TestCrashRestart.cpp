// kill -9 of the real concierge-server between the 200 and the reply, then a restart: every message gets exactly
// one reply (SQLite and PostgreSQL). Also the headless binary's --help and a bad setting. Issue 2, point 7.
#include "support/DbPeek.h"
#include "support/PipelineKit.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace concierge::testing;

namespace {

QString binary()
{
    return QStringLiteral(CONCIERGE_BINARY_DIR "/bin/concierge-server");
}

// The environment of a child server: ours without anything that would point it elsewhere.
QProcessEnvironment cleanEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList keys = env.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1String("ANTHROPIC_")) || key.startsWith(QLatin1String("BASEROW_")) ||
            key.startsWith(QLatin1String("WAHA_")) || key.startsWith(QLatin1String("WEBHOOK_")) ||
            key.startsWith(QLatin1String("DATABASE_")) || key == QLatin1String("REDIS_URL") ||
            key == QLatin1String("PORT") || key == QLatin1String("HOST") || key == QLatin1String("DATA_DIR"))
            env.remove(key);
    }
    env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("warning"));
    return env;
}

constexpr auto kToken = "crash-test-webhook-token-0123456789";

std::unique_ptr<DbPeek> peekInto(const QString &backend, const QString &sqlitePath, const PgSchema *pg)
{
    return backend == QLatin1String("sqlite") ? std::make_unique<DbPeek>(sqlitePath) : std::make_unique<DbPeek>(*pg);
}

} // namespace

class TestCrashRestart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpListsOptions();
    void badSettingStopsStartup();
    void killNineLosesNothing_data() { addBackendRows(); }
    void killNineLosesNothing();

private:
    void startServer(QProcess &process, const QProcessEnvironment &env, quint16 port);
};

void TestCrashRestart::initTestCase()
{
    QVERIFY2(QFile::exists(binary()), qPrintable(binary() + QStringLiteral(" is missing")));
}

void TestCrashRestart::helpListsOptions()
{
    QProcess process;
    process.setProcessEnvironment(cleanEnvironment());
    process.start(binary(), {QStringLiteral("--help")});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("--env-file")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("--help")), qPrintable(out));
}

void TestCrashRestart::badSettingStopsStartup()
{
    QTemporaryDir dir;
    QProcess process;
    QProcessEnvironment env = cleanEnvironment();
    env.insert(QStringLiteral("DATA_DIR"), dir.path());
    env.insert(QStringLiteral("PORT"), QStringLiteral("abc"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(dir.path());
    process.start(binary(), {});
    QVERIFY(process.waitForFinished(15000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    const QString err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QVERIFY2(err.contains(QLatin1String("PORT")), qPrintable(err));
    QVERIFY2(!err.contains(u'\n'), qPrintable(err)); // one line
}

void TestCrashRestart::startServer(QProcess &process, const QProcessEnvironment &env, quint16 port)
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

void TestCrashRestart::killNineLosesNothing()
{
    QFETCH(QString, backend);
    std::unique_ptr<PgSchema> pg;
    QTemporaryDir dir;
    QProcessEnvironment env = cleanEnvironment();
    if (backend == QLatin1String("postgresql")) {
        if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
            QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL row skipped");
        pg = std::make_unique<PgSchema>();
        QVERIFY(pg->ready());
        env.insert(QStringLiteral("DATABASE_URL"), pg->url());
        env.insert(QStringLiteral("DATABASE_SCHEMA"), pg->name());
    }
    FakeWaha waha;
    QVERIFY(waha.start());
    waha.down(); // the replies cannot leave before the crash
    const quint16 port = freePort();
    QVERIFY(port != 0);
    env.insert(QStringLiteral("DATA_DIR"), dir.path());
    env.insert(QStringLiteral("HOST"), QStringLiteral("127.0.0.1"));
    env.insert(QStringLiteral("PORT"), QString::number(port));
    env.insert(QStringLiteral("WEBHOOK_VERIFY_TOKEN"), QString::fromLatin1(kToken));
    env.insert(QStringLiteral("WAHA_BASE_URL"), waha.baseUrl());
    env.insert(QStringLiteral("WAHA_API_KEY"), waha.apiKey());
    env.insert(QStringLiteral("DEMO_DATA"), QStringLiteral("true"));

    QProcess first;
    first.setWorkingDirectory(dir.path());
    startServer(first, env, port);
    if (QTest::currentTestFailed())
        return;

    constexpr int kChats = 4;
    constexpr int kPerChat = 6;
    QList<QByteArray> bodies;
    QList<QString> chats;
    for (int c = 0; c < kChats; ++c)
        chats.append(QStringLiteral("22177123%1@c.us").arg(c, 4, 10, QLatin1Char('0')));
    for (int m = 0; m < kPerChat; ++m)
        for (int c = 0; c < kChats; ++c)
            bodies.append(FakeWaha::textWebhookBody(chats.at(c), QStringLiteral("Bonjour, question %1").arg(m),
                                                    QStringLiteral("3EB0CRASH%1x%2").arg(c).arg(m)));
    const QString url = QStringLiteral("http://127.0.0.1:%1/api/v1/webhook").arg(port);
    const QList<int> statuses = postConcurrently(url, bodies, {{"X-Waha-Token", kToken}});
    QCOMPARE(statuses, QList<int>(bodies.size(), 200));
    first.kill(); // SIGKILL, right after the last 200
    QVERIFY(first.waitForFinished(10000));
    QCOMPARE(first.exitStatus(), QProcess::CrashExit);
    QCOMPARE(waha.sentTexts().size(), 0);
    {
        // Every acknowledged message survived the crash; its answer is still owed (inbox or outbox pending).
        const std::unique_ptr<DbPeek> peek = peekInto(backend, dir.path() + QStringLiteral("/concierge.db"), pg.get());
        QCOMPARE(peek->count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(bodies.size()));
        const qint64 inboxPending = peek->count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'"));
        // "sending": a reply whose WAHA call (to the WAHA that is down) was under way at the kill; sent at restart.
        const qint64 outboxPending =
            peek->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status IN ('pending', 'sending')"));
        qInfo() << "at the crash:" << inboxPending << "messages unprocessed," << outboxPending << "replies unsent";
        QCOMPARE(inboxPending + outboxPending, qint64(bodies.size()));
        QCOMPARE(peek->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status NOT IN ('pending', 'sending')")),
                 qint64(0));
    }

    QVERIFY(waha.up());
    QProcess second;
    second.setWorkingDirectory(dir.path());
    startServer(second, env, port);
    if (QTest::currentTestFailed())
        return;
    QTRY_COMPARE_WITH_TIMEOUT(waha.sentTexts().size(), bodies.size(), 30000);

    // Nothing left to send, nothing sent twice.
    const std::unique_ptr<DbPeek> peek = peekInto(backend, dir.path() + QStringLiteral("/concierge.db"), pg.get());
    QTRY_COMPARE_WITH_TIMEOUT(peek->count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")),
                              qint64(0), 10000);
    QCOMPARE(peek->count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), qint64(0));
    QCOMPARE(peek->count(QStringLiteral("SELECT COUNT(*) FROM inbox")), qint64(bodies.size()));
    QCOMPARE(peek->count(QStringLiteral("SELECT COUNT(*) FROM outbox")), qint64(bodies.size()));
    QCOMPARE(peek->count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'in'")),
             qint64(bodies.size()));
    QCOMPARE(waha.sentTexts().size(), bodies.size());
    QHash<QString, int> perChat;
    for (const FakeWaha::SentText &sent : waha.sentTexts())
        ++perChat[sent.chatId];
    for (const QString &chat : chats)
        QCOMPARE(perChat.value(chat), kPerChat);

    second.terminate();
    QVERIFY(second.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCrashRestart)
#include "TestCrashRestart.moc"
