// `concierge-server backup` and `restore` through the real binary: a backup taken while messages are being written
// opens, passes integrity_check and holds every row committed before it started; it is owner-only. Restore refuses
// while a server uses the data folder, restores into a stopped one (the previous database kept aside, no stale log
// left) and the server starts on it; a file that is not a Concierge database changes nothing; PostgreSQL points to
// pg_dump.
#include "core/DataFolderLock.h"
#include "store/SqliteFile.h"
#include "support/PipelineKit.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace concierge;
using namespace concierge::testing;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QProcessEnvironment environmentFor(const QString &dataDir, const QString &databaseUrl = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATA_DIR"), dataDir);
    env.insert(QStringLiteral("DATABASE_URL"), databaseUrl);
    env.insert(QStringLiteral("LOG_LEVEL"), QStringLiteral("error"));
    return env;
}

void startCommand(QProcess &process, const QString &dataDir, const QStringList &arguments,
                  const QString &databaseUrl = {})
{
    process.setProcessEnvironment(environmentFor(dataDir, databaseUrl));
    process.setWorkingDirectory(dataDir); // no stray .env
    process.start(QStringLiteral(CONCIERGE_BINARY_DIR "/bin/concierge-server"), arguments);
}

Run finish(QProcess &process)
{
    Run run;
    // Already finished (the test's event loop ran meanwhile) counts as finished.
    if (process.state() != QProcess::NotRunning && !process.waitForFinished(60'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

Run command(const QString &dataDir, const QStringList &arguments, const QString &databaseUrl = {})
{
    QProcess process;
    startCommand(process, dataDir, arguments, databaseUrl);
    return finish(process);
}

// Rows of a table in a database file, read on a connection of the test's own.
qint64 rowsIn(const QString &path, const QString &table)
{
    qint64 n = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("backup-check"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next())
                n = q.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("backup-check"));
    return n;
}

// The file's permission bits (0600: owner only).
unsigned modeOf(const QString &path)
{
    struct stat info
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? unsigned(info.st_mode & 0777) : 0u;
}

QString chat(int i)
{
    return QStringLiteral("2217711%1@c.us").arg(i, 5, 10, QLatin1Char('0'));
}

} // namespace

class TestBackupRestore : public QObject
{
    Q_OBJECT

private slots:
    void backupWhileWritingThenRestore()
    {
        PipelineRig rig;
        PIPELINE_START(rig);
        const QString dataDir = rig.server.dataDir();
        for (int i = 0; i < 20; ++i)
            QCOMPARE(rig.postText(chat(i), QStringLiteral("Bonjour %1").arg(i), QStringLiteral("3EB0BK%1").arg(i)),
                     200);
        const qint64 committed = rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox"));
        QCOMPARE(committed, qint64(20));

        // The backup runs while more messages arrive and are answered.
        QTemporaryDir backups;
        const QString backup = backups.filePath(QStringLiteral("concierge-backup.db"));
        QProcess process;
        startCommand(process, dataDir, {QStringLiteral("backup"), backup});
        int posted = 20;
        for (; posted < 40 || (process.state() != QProcess::NotRunning && posted < 2000); ++posted)
            QCOMPARE(rig.postText(chat(posted), QStringLiteral("Bonjour %1").arg(posted),
                                  QStringLiteral("3EB0BK%1").arg(posted)),
                     200);
        const Run backedUp = finish(process);
        QVERIFY2(backedUp.exitCode == 0, qPrintable(backedUp.err));
        QVERIFY(backedUp.out.contains(QStringLiteral("integrity ok")));
        QCOMPARE(modeOf(backup), 0600u);
        auto version = store::sqliteFile::verify(backup);
        QVERIFY2(version, qPrintable(version ? QString() : version.error().message));
        const qint64 copied = rowsIn(backup, QStringLiteral("inbox"));
        QVERIFY2(copied >= committed && copied <= posted, qPrintable(QString::number(copied)));
        // A second backup to the same file is refused rather than overwriting it.
        QCOMPARE(command(dataDir, {QStringLiteral("backup"), backup}).exitCode, 1);

        // Restore refuses while the server holds the data folder, and changes nothing.
        const Run refused = command(dataDir, {QStringLiteral("restore"), backup});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("running")), qPrintable(refused.err));
        QVERIFY(!QFile::exists(dataDir + QStringLiteral("/concierge.db.before-restore")));

        // Stopped: restored, the previous database kept aside, no stale log; the server starts on the copy.
        QTRY_COMPARE_WITH_TIMEOUT(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE status = 'pending'")), 0,
                                  30000);
        rig.server.stop();
        const Run restored = command(dataDir, {QStringLiteral("restore"), backup});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QVERIFY(QFile::exists(dataDir + QStringLiteral("/concierge.db.before-restore")));
        QVERIFY(!QFile::exists(dataDir + QStringLiteral("/concierge.db-wal")));
        QVERIFY(!QFile::exists(dataDir + QStringLiteral("/concierge.db-shm")));
        QCOMPARE(modeOf(dataDir + QStringLiteral("/concierge.db")), 0600u);
        QCOMPARE(rowsIn(dataDir + QStringLiteral("/concierge.db.before-restore"), QStringLiteral("inbox")),
                 qint64(posted));
        PIPELINE_START(rig);
        QCOMPARE(rig.count(QStringLiteral("SELECT COUNT(*) FROM inbox")), copied);
    }

    void notADatabaseChangesNothing()
    {
        QTemporaryDir dir;
        const QString dataDir = dir.filePath(QStringLiteral("data"));
        QVERIFY(QDir().mkpath(dataDir));
        QFile junk(dir.filePath(QStringLiteral("notes.db")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(8192, 'x'));
        junk.close();
        const Run run = command(dataDir, {QStringLiteral("restore"), junk.fileName()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("nothing was changed")), qPrintable(run.err));
        QVERIFY(!QFile::exists(dataDir + QStringLiteral("/concierge.db")));
        QCOMPARE(command(dataDir, {QStringLiteral("restore")}).exitCode, 2);
    }

    void postgresPointsToPgDump()
    {
        QTemporaryDir dir;
        const QString url = QStringLiteral("postgresql://concierge@127.0.0.1:1/concierge");
        const Run backup = command(dir.path(), {QStringLiteral("backup"), dir.filePath(QStringLiteral("x.db"))}, url);
        QVERIFY(backup.exitCode != 0);
        QVERIFY2(backup.err.contains(QStringLiteral("pg_dump")), qPrintable(backup.err));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.db"))));
    }

    // One server per data folder: a second one on it is refused, the lock is free again once the first stopped.
    void oneServerPerDataFolder()
    {
        TestServer first;
        QVERIFY(first.start());
        DataFolderLock lock(first.dataDir());
        QVERIFY(!lock.tryLock());
        QVERIFY(lock.holder().contains(QString::number(QCoreApplication::applicationPid())));
        first.stop();
        QVERIFY(lock.tryLock());
    }
};

QTEST_GUILESS_MAIN(TestBackupRestore)
#include "TestBackupRestore.moc"
