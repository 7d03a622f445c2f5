// Exactly once through two more faults of issue 12 (point 1): SQLite on a real, tiny filesystem that fills up and
// frees up again, and PostgreSQL connections dropped under the server's feet as a pooler or a failover does. The
// server is never restarted to recover: every acknowledged message is answered once, counted at the fake WAHA.
#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "support/PipelineKit.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace concierge;
using namespace concierge::testing;

namespace {

QString chatNumber(int i)
{
    return QStringLiteral("22178%1@c.us").arg(500000 + i, 7, 10, QLatin1Char('0'));
}

// perChat messages from each of `chats` chats, with ids unique to `tag`.
QList<QByteArray> burst(const QString &tag, int chats, int perChat, int textBytes = 0)
{
    QList<QByteArray> bodies;
    for (int m = 0; m < perChat; ++m)
        for (int c = 0; c < chats; ++c) {
            QString text = QStringLiteral("Bonjour, question %1").arg(m);
            if (textBytes > text.size())
                text += QString(textBytes - text.size(), QLatin1Char('x'));
            bodies.append(
                FakeWaha::textWebhookBody(chatNumber(c), text, QStringLiteral("3EB0%1%2x%3").arg(tag).arg(c).arg(m)));
        }
    return bodies;
}

// Once every outbox row is "sent" nothing can go out again (a row is claimed only from "pending"): WAHA's counts
// are final.
bool allSent(PipelineRig &rig, qint64 expected)
{
    return rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")) == 0 &&
           rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox")) == expected &&
           rig.count(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE status <> 'sent'")) == 0;
}

// A tmpfs of `size` mounted on a fresh folder, unmounted when it goes. We run as root in CI; elsewhere mount is
// refused and the test is skipped.
class TinyFilesystem
{
public:
    explicit TinyFilesystem(const QString &size)
    {
        if (!m_parent.isValid())
            return;
        m_path = m_parent.path() + QStringLiteral("/data");
        QDir().mkpath(m_path);
        QProcess mount;
        mount.start(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                              QStringLiteral("size=") + size, QStringLiteral("tmpfs"), m_path});
        m_mounted = mount.waitForFinished(10000) && mount.exitStatus() == QProcess::NormalExit && mount.exitCode() == 0;
        if (!m_mounted)
            m_why = QString::fromLocal8Bit(mount.readAllStandardError()).trimmed();
    }
    ~TinyFilesystem()
    {
        if (m_mounted)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool mounted() const { return m_mounted; }
    QString why() const { return m_why; }
    QString path() const { return m_path; }

    // Writes a filler file until the filesystem refuses more; returns the bytes written.
    qint64 fill()
    {
        QFile filler(m_path + QStringLiteral("/filler"));
        if (!filler.open(QIODevice::Append))
            return -1;
        const QByteArray block(4096, 'f');
        qint64 written = 0;
        while (filler.write(block) == block.size() && filler.flush())
            written += block.size();
        return written;
    }
    void free() { QFile::remove(m_path + QStringLiteral("/filler")); }

private:
    QTemporaryDir m_parent;
    QString m_path;
    QString m_why;
    bool m_mounted = false;
};

// Terminates every backend of the test database but this one, as a pooler dropping its server connections does.
// Returns how many were terminated, or -1.
int terminateBackends()
{
    const auto url = store::DatabaseUrl::parse(qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL"));
    if (!url)
        return -1;
    const QString connection = QStringLiteral("pooler-drop");
    int terminated = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setUserName(url->user);
        db.setPassword(url->password);
        db.setDatabaseName(url->database);
        QSqlQuery query(db);
        if (db.open() &&
            query.exec(QStringLiteral("SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity"
                                      " WHERE datname = current_database() AND pid <> pg_backend_pid()")) &&
            query.next())
            terminated = query.value(0).toInt();
        else
            qWarning() << "terminateBackends:" << db.lastError().text() << query.lastError().text();
    }
    QSqlDatabase::removeDatabase(connection);
    return terminated;
}

} // namespace

class TestDiskAndPooler : public QObject
{
    Q_OBJECT

private slots:
    void sqliteOnFullFilesystemRecovers();
    void postgresBackendsTerminatedMidBurst();
};

void TestDiskAndPooler::sqliteOnFullFilesystemRecovers()
{
    // 4 MB: the database with its demo data and indexes takes ~0.6 MB, its log ~2.5 MB at most while seeding. When the
    // disk frees up, nothing is written before the log is reset (the checkpoint may need to grow the database file):
    // otherwise the redelivered messages would grow the log into the freed room and leave none for any checkpoint ever
    // again.
    TinyFilesystem disk(QStringLiteral("4m"));
    if (!disk.mounted())
        QSKIP(qPrintable(QStringLiteral("cannot mount a tmpfs (needs root): ") + disk.why()));
    PipelineRig rig;
    rig.server.settings().dataDir = disk.path();
    rig.server.settings().rateLimitPerMinute = 1000;
    PIPELINE_START(rig);
    // What migrations and seeding wrote leaves the log at startup: megabytes that a small disk needs.
    const QString log = QDir(disk.path()).filePath(QStringLiteral("concierge.db-wal"));
    QTRY_COMPARE_WITH_TIMEOUT(QFileInfo(log).size(), qint64(0), 10000);
    QVERIFY(postUntilAcknowledged(rig, burst(QStringLiteral("WARM"), 1, 1)) == 0);
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, 1), 10000);

    QVERIFY(disk.fill() > 0);
    constexpr int kChats = 20;
    const QList<QByteArray> bodies = burst(QStringLiteral("FULL"), kChats, 2, 3000);
    const QString url = rig.server.baseUrl() + QStringLiteral("/api/v1/webhook");
    const QList<int> statuses = postConcurrently(url, bodies, {{"X-Waha-Token", TestServer::kWebhookToken}});
    for (int status : statuses)
        QVERIFY2(status == 200 || status == 503, qPrintable(QStringLiteral("status %1").arg(status)));
    QVERIFY2(statuses.contains(503), "the full filesystem refused nothing: the fault was not reproduced");

    // The disk frees up: what was acknowledged is answered, what was refused is delivered again and answered.
    disk.free();
    QVERIFY(postUntilAcknowledged(rig, bodies) >= 0);
    const int total = 1 + int(bodies.size());
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, total), 60000);
    QCOMPARE(rig.waha.sentTexts().size(), total);
    for (int c = 1; c < kChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), 2);
    QCOMPARE(rig.repliesTo(chatNumber(0)), 3); // and the warm-up
    QTRY_COMPARE_WITH_TIMEOUT(rig.healthComponent("database").value(QLatin1String("status")).toString(),
                              QStringLiteral("ok"), 10000);
    rig.server.stop(); // before the filesystem goes
}

void TestDiskAndPooler::postgresBackendsTerminatedMidBurst()
{
    if (qEnvironmentVariableIsEmpty("CONCIERGE_TEST_DATABASE_URL"))
        QSKIP("needs the test PostgreSQL of scripts/lib/test-services.sh (CONCIERGE_TEST_DATABASE_URL)");
    PipelineRig rig;
    rig.pg = std::make_unique<PgSchema>();
    QVERIFY(rig.pg->ready());
    rig.server.usePostgres(*rig.pg);
    rig.server.settings().rateLimitPerMinute = 1000;
    rig.waha.setDelayMs(30); // replies are in flight while the connections go
    // No REDIS_URL here: the deployer is told what stays per instance.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("PostgreSQL without REDIS_URL")));
    PIPELINE_START(rig);

    constexpr int kChats = 30;
    const QList<QByteArray> first = burst(QStringLiteral("POA"), kChats, 2);
    const QList<QByteArray> second = burst(QStringLiteral("POB"), kChats, 2); // later questions, same chats
    QVERIFY(postUntilAcknowledged(rig, first) >= 0);
    QVERIFY(terminateBackends() > 0); // the server's connections, while the first half is being answered

    // And again, several times, while the second half arrives.
    int drops = 0;
    int terminated = 0;
    QTimer dropper;
    dropper.setInterval(40);
    QObject::connect(&dropper, &QTimer::timeout, &dropper, [&] {
        terminated += std::max(0, terminateBackends());
        if (++drops == 5)
            dropper.stop();
    });
    dropper.start();
    QVERIFY(postUntilAcknowledged(rig, second) >= 0);
    QTRY_VERIFY_WITH_TIMEOUT(!dropper.isActive(), 10000);
    qInfo("backends terminated during the second half: %d", terminated);

    const int total = int(first.size() + second.size());
    QTRY_VERIFY_WITH_TIMEOUT(allSent(rig, total), 60000);
    QCOMPARE(rig.waha.sentTexts().size(), total);
    for (int c = 0; c < kChats; ++c)
        QCOMPARE(rig.repliesTo(chatNumber(c)), 4);
    QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM interactions WHERE direction = 'in'")), qint64(total));
    QTRY_COMPARE_WITH_TIMEOUT(rig.healthComponent("database").value(QLatin1String("status")).toString(),
                              QStringLiteral("ok"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(rig.healthComponent("backlog").value(QLatin1String("outbox_unsent")).toInt(), 0, 10000);
}

QTEST_MAIN(TestDiskAndPooler)
#include "TestDiskAndPooler.moc"
