// Acknowledged means on disk (issue 14): SQLite commits with synchronous=FULL unless told otherwise, and the inbox
// inserts that wait together share one transaction (one fsync), each callback running only after that commit.
#include "config/Settings.h"
#include "store/Database.h"
#include "store/MessageLog.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <future>
#include <memory>

using namespace concierge;
using namespace concierge::store;

namespace {

qint64 synchronousOf(Database &db)
{
    auto value = db.runSync<qint64>([](DbContext &ctx) -> Result<qint64> {
        QSqlQuery q(ctx.db());
        if (!q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next())
            return Error{QStringLiteral("db_error"), QStringLiteral("PRAGMA synchronous failed")};
        return q.value(0).toLongLong();
    });
    return value ? value.value() : -1;
}

// Whether a row is visible to another connection, i.e. committed.
bool committedElsewhere(const QString &path, const QString &wahaId)
{
    const QString name = QStringLiteral("durable-commit-observer");
    bool found = false;
    {
        QSqlDatabase observer = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        observer.setDatabaseName(path);
        observer.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (observer.open()) {
            QSqlQuery q(observer);
            q.prepare(QStringLiteral("SELECT COUNT(*) FROM inbox WHERE waha_message_id = ?"));
            q.addBindValue(wahaId);
            found = q.exec() && q.next() && q.value(0).toInt() == 1;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return found;
}

std::shared_ptr<InboxMessage> webhookMessage(int i)
{
    auto m = std::make_shared<InboxMessage>();
    m->wahaMessageId = QStringLiteral("false_22177%1@c.us_DUR%1").arg(i, 6, 10, QLatin1Char('0'));
    m->chatId = QStringLiteral("22177%1@c.us").arg(i, 6, 10, QLatin1Char('0'));
    m->text = QStringLiteral("Bonjour %1").arg(i);
    m->receivedAtMs = 1764316800000 + i;
    return m;
}

} // namespace

class TestDurableCommit : public QObject
{
    Q_OBJECT

private slots:
    void fullByDefault()
    {
        QTemporaryDir dir;
        Database db(DbConfig{QString(), dir.filePath(QStringLiteral("full.db")), QString()});
        QVERIFY(db.open().ok());
        QCOMPARE(synchronousOf(db), 2); // FULL
    }

    void normalOnlyWhenAsked()
    {
        QTemporaryDir dir;
        DbConfig config{QString(), dir.filePath(QStringLiteral("normal.db")), QString()};
        config.syncFull = false;
        Database db(config);
        QVERIFY(db.open().ok());
        QCOMPARE(synchronousOf(db), 1); // NORMAL
    }

    // SQLITE_SYNC: full unless the deployer writes "normal" (which says what it risks); anything else is refused.
    void syncSetting()
    {
        using config::SettingsLoader;
        QVERIFY(SettingsLoader::fromEnvironment({})->sqliteSyncFull);
        QVERIFY(
            SettingsLoader::fromEnvironment({{QStringLiteral("SQLITE_SYNC"), QStringLiteral("FULL")}})->sqliteSyncFull);
        QVERIFY(!SettingsLoader::fromEnvironment({{QStringLiteral("SQLITE_SYNC"), QStringLiteral("normal")}})
                     ->sqliteSyncFull);
        auto bad = SettingsLoader::fromEnvironment({{QStringLiteral("SQLITE_SYNC"), QStringLiteral("off")}});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(QStringLiteral("SQLITE_SYNC")), qPrintable(bad.error().message));
        QVERIFY2(bad.error().message.contains(QStringLiteral("power cut")), qPrintable(bad.error().message));
    }

    // Webhooks arriving while the database thread is busy (here: held by a slow job) are committed together, and
    // each is told "stored" only once its row is committed.
    void waitingInsertsShareOneCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("group.db"));
        Database db(DbConfig{QString(), path, QString()});
        QVERIFY(db.open().ok());
        MessageLog log(&db);

        std::promise<void> started;
        std::promise<void> release;
        std::shared_future<void> released = release.get_future().share();
        bool blockerDone = false;
        db.run<bool>(
            [&started, released](DbContext &) -> Result<bool> {
                started.set_value();
                released.wait();
                return true;
            },
            this, [&blockerDone](Result<bool>) { blockerDone = true; });
        started.get_future().wait(); // the blocker's batch is running: what comes next waits behind it

        constexpr int kMessages = 40;
        const Database::Counters before = db.counters();
        int acked = 0;
        int visibleWhenAcked = 0;
        for (int i = 0; i < kMessages; ++i) {
            auto message = webhookMessage(i);
            log.accept(message, this, [&, message](Result<bool> inserted) {
                QVERIFY(inserted && inserted.value());
                ++acked;
                if (committedElsewhere(path, message->wahaMessageId))
                    ++visibleWhenAcked;
            });
        }
        QCOMPARE(db.counters().queued, quint64(kMessages));
        QCoreApplication::processEvents();
        QCOMPARE(acked, 0); // nothing is acknowledged before its commit
        release.set_value();
        QTRY_COMPARE(acked, kMessages);
        QVERIFY(blockerDone);
        QCOMPARE(visibleWhenAcked, kMessages);
        const Database::Counters after = db.counters();
        // The blocker's transaction, then ONE for the forty inserts.
        QCOMPARE(after.transactions - before.transactions, quint64(2));
        QCOMPARE(after.jobs - before.jobs, quint64(kMessages + 1));
    }
};

QTEST_GUILESS_MAIN(TestDurableCommit)
#include "TestDurableCommit.moc"
