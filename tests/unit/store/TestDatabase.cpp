#include "support/DatabaseBlocker.h"
#include "support/DatabaseCount.h"
#include "support/StoreTestDb.h"

#include "store/Database.h"
#include "store/DatabaseUrl.h"
#include "store/InboxRepository.h"
#include "store/Migrations.h"
#include "store/PgStatement.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTest>

#include <future>

using namespace concierge;
using namespace concierge::store;
using concierge::store::testing::StoreTestDb;

namespace {

InboxMessage message(const QString &id)
{
    InboxMessage m;
    m.wahaMessageId = id;
    m.chatId = QStringLiteral("221770000001@c.us");
    m.text = QStringLiteral("Bonjour");
    m.receivedAtMs = 1;
    return m;
}

Database::Job<bool> insertJob(const QString &id)
{
    return [id](DbContext &ctx) {
        InboxMessage m = message(id);
        return InboxRepository::insertIfNew(ctx, m);
    };
}

int inboxCount(Database &db)
{
    auto count = db.runSync<int>([](DbContext &ctx) { return InboxRepository::count(ctx); });
    return count ? count.value() : -1;
}

// PostgreSQL: a row of `table` (a text key), inserted by a libpq statement given as the job's last one.
Database::Job<bool> insertLastJob(const QString &table, const QVariant &key)
{
    return [table, key](DbContext &ctx) -> Result<bool> {
        auto &q = ctx.preparePg(QStringLiteral("INSERT INTO %1 (k) VALUES (?)").arg(table));
        if (Status st = ctx.execLast(q, {key}); !st)
            return st.error();
        return true;
    };
}

qint64 rowsOf(Database &db, const QString &table)
{
    return testing::countOf(db, QStringLiteral("SELECT COUNT(*) FROM ") + table);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void urlParsing();
    void badUrlNamesTheSetting();
    void describeHidesPassword();
    void closedDatabaseFailsJobs();

    void migrationsIdempotent_data() { testing::addBackendRows(); }
    void migrationsIdempotent();
    void groupCommitUnderLoad_data() { testing::addBackendRows(); }
    void groupCommitUnderLoad();
    void failingJobDoesNotUndoOthers_data() { testing::addBackendRows(); }
    void failingJobDoesNotUndoOthers();
    void commitFailureFailsTheBatch_data() { testing::addBackendRows(); }
    void commitFailureFailsTheBatch();
    void callbackSkippedForDestroyedContext_data() { testing::addBackendRows(); }
    void callbackSkippedForDestroyedContext();
    void runSyncFromDatabaseThreadRefused_data() { testing::addBackendRows(); }
    void runSyncFromDatabaseThreadRefused();
    void reconnectsAfterDroppedConnection();
    void pgBatchBeginsWithItsFirstStatement();
    void reconnectsWhenTheBeginRidesWithAStatement();
    void failingFirstLibpqStatementDoesNotUndoOthers();
    void lastStatementCarriesTheCommit();
    void failingLastStatementUndoesOnlyItsJob();
    void carriedCommitErrorReachesEveryJob();
    void inboxInsertThroughput_data() { testing::addBackendRows(); }
    void inboxInsertThroughput();
};

void TestDatabase::urlParsing()
{
    auto url =
        DatabaseUrl::parse(QStringLiteral("postgresql://postgres.abc:p%40ss%3Aw0rd@aws-0-eu.pooler.supabase.com:5432/"
                                          "postgres?sslmode=require&connect_timeout=10"));
    QVERIFY2(url.ok(), qPrintable(url.error().message));
    QCOMPARE(url->host, QStringLiteral("aws-0-eu.pooler.supabase.com"));
    QCOMPARE(url->port, 5432);
    QCOMPARE(url->user, QStringLiteral("postgres.abc"));
    QCOMPARE(url->password, QStringLiteral("p@ss:w0rd"));
    QCOMPARE(url->database, QStringLiteral("postgres"));
    QCOMPARE(url->connectOptions(QStringLiteral("t_1")),
             QStringLiteral("sslmode='require';connect_timeout='10';options='-csearch_path=t_1'"));
    QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgres://u@h/db"))->port, 5432);
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://u@h")).ok());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://h/db")).ok());
    QVERIFY(!DatabaseUrl::parse(QStringLiteral("postgresql://u@h/db?bad-key=1")).ok());
}

void TestDatabase::badUrlNamesTheSetting()
{
    Database db(DbConfig{QStringLiteral("mysql://u:p@h/db"), QString(), QString()});
    const Status status = db.open();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains(QLatin1String("DATABASE_URL")), qPrintable(status.error().message));
    QVERIFY(!db.healthy());
}

void TestDatabase::describeHidesPassword()
{
    Database db(DbConfig{QStringLiteral("postgresql://me:s3cretpw@127.0.0.1:1/db?connect_timeout=1"), QString(), {}});
    QCOMPARE(db.describe(), QStringLiteral("postgresql://me@127.0.0.1:1/db"));
    const Status status = db.open(); // nothing listens on port 1
    QVERIFY(!status.ok());
    QVERIFY(!status.error().message.contains(QLatin1String("s3cretpw")));
    QCOMPARE(db.dialect(), Dialect::Postgres);
}

void TestDatabase::closedDatabaseFailsJobs()
{
    QTemporaryDir dir;
    Database db(DbConfig{QString(), dir.filePath(QStringLiteral("x.db")), QString()});
    QObject context;
    std::optional<Error> error;
    db.run<bool>(insertJob(QStringLiteral("a")), &context,
                 [&](Result<bool> r) { error = r.ok() ? Error() : r.error(); });
    QVERIFY(!error); // delivered through the event loop, never inside run()
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->code, QStringLiteral("db_unavailable"));
    QCOMPARE(db.runSync<bool>(insertJob(QStringLiteral("b"))).error().code, QStringLiteral("db_unavailable"));
}

void TestDatabase::migrationsIdempotent()
{
    STORE_TEST_DB(testDb);
    for (int round = 0; round < 2; ++round) {
        Database db(testDb.config());
        const Status status = db.open();
        QVERIFY2(status.ok(), qPrintable(status.error().message));
        QVERIFY(db.healthy());
        auto versions = db.runSync<int>([](DbContext &ctx) -> Result<int> {
            QSqlQuery q(ctx.db());
            if (!q.exec(QStringLiteral("SELECT COUNT(*), MAX(version) FROM schema_migrations")) || !q.next())
                return Error{QStringLiteral("x"), q.lastError().text()};
            return q.value(0).toInt() * 1000 + q.value(1).toInt();
        });
        QVERIFY(versions.ok());
        QCOMPARE(versions.value(), int(Migrations::steps().size()) * 1000 + Migrations::latestVersion());
    }
}

void TestDatabase::groupCommitUnderLoad()
{
    STORE_TEST_DB(testDb);
    constexpr int kJobs = 2000;
    {
        Database db(testDb.config());
        QVERIFY(db.open().ok());
        QObject context;
        int done = 0;
        int inserted = 0;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kJobs; ++i)
            db.run<bool>(insertJob(QStringLiteral("msg-%1").arg(i)), &context, [&](Result<bool> r) {
                ++done;
                inserted += (r.ok() && r.value()) ? 1 : 0;
            });
        QTRY_COMPARE_WITH_TIMEOUT(done, kJobs, 60000);
        qInfo("%s: %d inbox inserts through run() in %lld ms: %.0f rows/s", QTest::currentDataTag(), kJobs,
              timer.elapsed(), kJobs * 1000.0 / std::max<qint64>(1, timer.elapsed()));
        QCOMPARE(inserted, kJobs);
        // Redeliveries are acknowledged as duplicates.
        QCOMPARE(db.runSync<bool>(insertJob(QStringLiteral("msg-7"))).value(), false);
    }
    Database reopened(testDb.config());
    QVERIFY(reopened.open().ok());
    QCOMPARE(inboxCount(reopened), kJobs);
    auto pending = reopened.runSync<QList<InboxMessage>>([](DbContext &ctx) { return InboxRepository::pending(ctx); });
    QVERIFY(pending.ok());
    QCOMPARE(pending->size(), kJobs);
    QCOMPARE(pending->constFirst().wahaMessageId, QStringLiteral("msg-0")); // queue order kept
    QCOMPARE(pending->constLast().wahaMessageId, QStringLiteral("msg-1999"));
}

void TestDatabase::failingJobDoesNotUndoOthers()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QObject context;
    testing::DatabaseBlocker gate(db); // the jobs queued meanwhile form one batch
    QList<int> outcomes;               // 1 ok, 0 failed, in callback order
    const auto record = [&](Result<bool> r) { outcomes.append(r.ok() ? 1 : 0); };
    db.run<bool>(insertJob(QStringLiteral("a")), &context, record);
    db.run<bool>(
        [](DbContext &ctx) -> Result<bool> {
            InboxMessage m = message(QStringLiteral("b"));
            if (auto r = InboxRepository::insertIfNew(ctx, m); !r.ok() || !r.value())
                return Error{QStringLiteral("test"), QStringLiteral("insert failed")};
            return Error{QStringLiteral("test"), QStringLiteral("changed my mind after writing")};
        },
        &context, record);
    db.run<bool>(
        [](DbContext &ctx) -> Result<bool> {
            auto &q = ctx.prepare(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            if (auto st = ctx.exec(q); !st)
                return st.error();
            return true;
        },
        &context, record);
    db.run<bool>(insertJob(QStringLiteral("c")), &context, record);
    gate.release();
    QTRY_COMPARE(outcomes.size(), 4);
    QCOMPARE(outcomes, (QList<int>{1, 0, 0, 1}));
    auto ids = db.runSync<QList<InboxMessage>>([](DbContext &ctx) { return InboxRepository::pending(ctx); });
    QCOMPARE(ids->size(), 2);
    QCOMPARE(ids->at(0).wahaMessageId, QStringLiteral("a"));
    QCOMPARE(ids->at(1).wahaMessageId, QStringLiteral("c"));
    QVERIFY(db.healthy());
}

void TestDatabase::commitFailureFailsTheBatch()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QObject context;
    // A deferred foreign key is checked only at COMMIT: the whole batch fails there.
    QVERIFY(db.runSync<bool>([](DbContext &ctx) -> Result<bool> {
                  QSqlQuery q(ctx.db());
                  if (!q.exec(QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY)")) ||
                      !q.exec(QStringLiteral(
                          "CREATE TABLE c (pid INTEGER REFERENCES p (id) DEFERRABLE INITIALLY DEFERRED)")))
                      return Error{QStringLiteral("x"), q.lastError().text()};
                  return true;
              }).ok());
    testing::DatabaseBlocker gate(db); // the jobs queued meanwhile form one batch
    QList<QString> codes;
    db.run<bool>(insertJob(QStringLiteral("innocent")), &context,
                 [&](Result<bool> r) { codes.append(r.ok() ? QStringLiteral("ok") : r.error().code); });
    db.run<bool>(
        [](DbContext &ctx) -> Result<bool> {
            QSqlQuery q(ctx.db());
            if (!q.exec(QStringLiteral("INSERT INTO c (pid) VALUES (99)")))
                return Error{QStringLiteral("x"), q.lastError().text()};
            return true;
        },
        &context, [&](Result<bool> r) { codes.append(r.ok() ? QStringLiteral("ok") : r.error().code); });
    gate.release();
    QTRY_COMPARE(codes.size(), 2);
    QCOMPARE(codes, (QList<QString>{QStringLiteral("db_error"), QStringLiteral("db_error")}));
    QVERIFY(!db.healthy());
    QCOMPARE(inboxCount(db), 0); // the innocent row went with the batch
    QVERIFY(db.healthy());       // and the next batch worked
}

void TestDatabase::callbackSkippedForDestroyedContext()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    testing::DatabaseBlocker gate(db); // the jobs queued meanwhile form one batch
    bool deadCalled = false;
    bool liveCalled = false;
    auto *doomed = new QObject;
    db.run<bool>(insertJob(QStringLiteral("a")), doomed, [&](Result<bool>) { deadCalled = true; });
    QObject live;
    db.run<bool>(insertJob(QStringLiteral("b")), &live, [&](Result<bool>) { liveCalled = true; });
    delete doomed; // before the job even ran
    gate.release();
    QTRY_VERIFY(liveCalled); // callbacks are delivered in order: the dead one would have come first
    QVERIFY(!deadCalled);
    QCOMPARE(inboxCount(db), 2); // the job itself still ran

    // Destroyed after the callback was posted but before it ran: Qt drops the queued call.
    auto *late = new QObject;
    bool lateCalled = false;
    auto posted = db.runSync<bool>(insertJob(QStringLiteral("c"))); // flush
    QVERIFY(posted.ok());
    std::promise<void> ran;
    db.run<bool>(
        [&ran](DbContext &) -> Result<bool> {
            ran.set_value();
            return true;
        },
        late, [&](Result<bool>) { lateCalled = true; });
    ran.get_future().wait();
    QVERIFY(db.runSync<bool>([](DbContext &) -> Result<bool> { return true; }).ok()); // its commit is done
    delete late;
    bool after = false;
    db.run<bool>([](DbContext &) -> Result<bool> { return true; }, &live, [&](Result<bool>) { after = true; });
    QTRY_VERIFY(after);
    QVERIFY(!lateCalled);
}

void TestDatabase::runSyncFromDatabaseThreadRefused()
{
    STORE_TEST_DB(testDb);
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    auto nested = db.runSync<QString>([&db](DbContext &) -> Result<QString> {
        auto inner = db.runSync<bool>([](DbContext &) -> Result<bool> { return true; });
        return inner.ok() ? QStringLiteral("ran") : inner.error().code;
    });
    QVERIFY(nested.ok());
    QCOMPARE(nested.value(), QStringLiteral("db_deadlock"));
}

void TestDatabase::reconnectsAfterDroppedConnection()
{
    const QString url = qEnvironmentVariable("CONCIERGE_TEST_DATABASE_URL");
    if (url.isEmpty())
        QSKIP("CONCIERGE_TEST_DATABASE_URL is not set: PostgreSQL not tested");
    StoreTestDb testDb(url);
    QVERIFY2(testDb.ready(), qPrintable(testDb.error()));
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QVERIFY(db.runSync<bool>(insertJob(QStringLiteral("before"))).ok());
    auto pid = db.runSync<int>([](DbContext &ctx) -> Result<int> {
        QSqlQuery q(ctx.db());
        if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next())
            return Error{QStringLiteral("x"), q.lastError().text()};
        return q.value(0).toInt();
    });
    QVERIFY(pid.ok());
    QVERIFY2(testDb.admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid.value())),
             qPrintable(testDb.error()));
    auto after = db.runSync<bool>(insertJob(QStringLiteral("after")));
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QVERIFY(after.value());
    QVERIFY(db.healthy());
    QCOMPARE(inboxCount(db), 2);
}

namespace {

// The transaction's start time, read by a libpq statement (PgStatement) or a QtSql one.
Result<QString> transactionStartByLibpq(DbContext &ctx)
{
    auto &q = ctx.preparePg(QStringLiteral("SELECT now()::text"));
    if (Status st = ctx.exec(q, {}); !st)
        return st.error();
    q.next();
    return q.value(0).toString();
}

Result<QString> transactionStartByQtSql(DbContext &ctx)
{
    auto &q = ctx.prepare(QStringLiteral("SELECT now()::text"));
    if (Status st = ctx.exec(q); !st)
        return st.error();
    q.next();
    return q.value(0).toString();
}

} // namespace

// PostgreSQL sends a batch's BEGIN with its first statement (DbContext::deferBegin): whichever way that statement
// runs, every statement of the batch is still in one transaction (now() is the transaction's start: two statements
// on their own would each read their own); a batch that runs none sends neither BEGIN nor COMMIT.
void TestDatabase::pgBatchBeginsWithItsFirstStatement()
{
    POSTGRES_TEST_DB(testDb, "the deferred BEGIN is PostgreSQL's");
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    using Starts = QStringList;
    const auto startsOf = [&db](bool libpqFirst) {
        return db.runSync<Starts>([libpqFirst](DbContext &ctx) -> Result<Starts> {
            Starts starts;
            for (int i = 0; i < 3; ++i) {
                auto start = (i == 0) == libpqFirst ? transactionStartByLibpq(ctx) : transactionStartByQtSql(ctx);
                if (!start)
                    return start.error();
                starts.append(start.value());
            }
            return starts;
        });
    };
    Database::Counters before = db.counters();
    auto libpqFirst = startsOf(true);
    QVERIFY2(libpqFirst.ok(), qPrintable(libpqFirst.error().message));
    QCOMPARE(libpqFirst->size(), 3);
    QCOMPARE(libpqFirst->count(libpqFirst->first()), 3);
    // Its three statements and COMMIT: the BEGIN went in the first one's round trip.
    QCOMPARE(db.counters().statements - before.statements, quint64(4));

    before = db.counters();
    auto qtSqlFirst = startsOf(false);
    QVERIFY2(qtSqlFirst.ok(), qPrintable(qtSqlFirst.error().message));
    QCOMPARE(qtSqlFirst->count(qtSqlFirst->first()), 3);
    QVERIFY(qtSqlFirst->first() != libpqFirst->first());                // another transaction
    QCOMPARE(db.counters().statements - before.statements, quint64(5)); // BEGIN alone before a QtSql statement

    before = db.counters();
    QVERIFY(db.runSync<bool>([](DbContext &) -> Result<bool> { return true; }).value());
    QCOMPARE(db.counters().statements - before.statements, quint64(0));
    QCOMPARE(db.counters().transactions - before.transactions, quint64(1));
}

// A connection dropped between two batches shows at the next batch's BEGIN, here carried by a libpq statement: the
// batch runs again on a new connection, and its caller sees only the result.
void TestDatabase::reconnectsWhenTheBeginRidesWithAStatement()
{
    POSTGRES_TEST_DB(testDb, "the deferred BEGIN is PostgreSQL's");
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    const auto backendByLibpq = [](DbContext &ctx) -> Result<int> {
        auto &q = ctx.preparePg(QStringLiteral("SELECT pg_backend_pid()"));
        if (Status st = ctx.exec(q, {}); !st)
            return st.error();
        q.next();
        return q.value(0).toInt();
    };
    auto before = db.runSync<int>(backendByLibpq);
    QVERIFY2(before.ok(), qPrintable(before.error().message));
    QVERIFY2(testDb.admin(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(before.value())),
             qPrintable(testDb.error()));
    auto after = db.runSync<int>(backendByLibpq);
    QVERIFY2(after.ok(), qPrintable(after.error().message));
    QVERIFY(after.value() != before.value());
    QVERIFY(db.healthy());
    QVERIFY(db.runSync<bool>(insertJob(QStringLiteral("after"))).value());
    QCOMPARE(inboxCount(db), 1);
}

// The batch's first statement, a libpq one, fails: its BEGIN did run, so the transaction is rolled back and the batch
// runs again job by job; the other job's row is committed.
void TestDatabase::failingFirstLibpqStatementDoesNotUndoOthers()
{
    POSTGRES_TEST_DB(testDb, "the deferred BEGIN is PostgreSQL's");
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QObject context;
    testing::DatabaseBlocker gate(db);
    QList<int> outcomes;
    const auto record = [&](Result<bool> r) { outcomes.append(r.ok() ? 1 : 0); };
    db.run<bool>(
        [](DbContext &ctx) -> Result<bool> {
            auto &q = ctx.preparePg(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            if (Status st = ctx.exec(q, {}); !st)
                return st.error();
            return true;
        },
        &context, record);
    db.run<bool>(insertJob(QStringLiteral("a")), &context, record);
    gate.release();
    QTRY_COMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes, (QList<int>{0, 1}));
    QCOMPARE(inboxCount(db), 1);
    QVERIFY(db.healthy());
}

// The last job of a batch gives its last statement with execLast(): the batch's BEGIN and COMMIT travel with it, one
// round trip for the batch, and the row is durable for any other connection once the job's answer is in. A job that
// is not the batch's last runs it like any other statement: the jobs after it are in the same transaction.
void TestDatabase::lastStatementCarriesTheCommit()
{
    POSTGRES_TEST_DB(testDb, "the carried COMMIT is PostgreSQL's");
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QVERIFY2(testDb.admin(QStringLiteral("CREATE TABLE %1.carried (k text PRIMARY KEY)").arg(testDb.config().schema)),
             qPrintable(testDb.error()));
    Database other(testDb.config()); // another connection: sees only what was committed
    QVERIFY(other.open().ok());

    Database::Counters before = db.counters();
    auto alone = db.runSync<bool>(insertLastJob(QStringLiteral("carried"), QStringLiteral("alone")));
    QVERIFY2(alone.ok(), qPrintable(alone.error().message));
    QCOMPARE(db.counters().statements - before.statements, quint64(1)); // no COMMIT of its own
    QCOMPARE(db.counters().transactions - before.transactions, quint64(1));
    QCOMPARE(rowsOf(other, QStringLiteral("carried")), 1);

    // Its last statement first in a batch of two: the COMMIT waits for the second job.
    before = db.counters();
    QVERIFY(db.runSync<bool>(insertJob(QStringLiteral("probe"))).value());
    const quint64 insertWithCommit = db.counters().statements - before.statements; // BEGIN, its statements, COMMIT
    QObject context;
    QList<int> outcomes;
    const auto record = [&](Result<bool> r) { outcomes.append(r.ok() ? 1 : 0); };
    auto gate = std::make_unique<testing::DatabaseBlocker>(db);
    before = db.counters();
    db.run<bool>(insertLastJob(QStringLiteral("carried"), QStringLiteral("first")), &context, record);
    db.run<bool>(insertJob(QStringLiteral("second")), &context, record);
    gate->release();
    QTRY_COMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes, (QList<int>{1, 1}));
    QCOMPARE(db.counters().statements - before.statements - testing::DatabaseBlocker::ownStatements(db),
             insertWithCommit); // the first's statement (with the BEGIN), the second's statements, then COMMIT
    QCOMPARE(rowsOf(other, QStringLiteral("carried")), 2);
    QCOMPARE(inboxCount(other), 2);
}

// The batch's last statement fails: PostgreSQL skips the COMMIT sent with it, the transaction is rolled back and the
// batch runs again job by job. The other job's row is committed, the connection goes on.
void TestDatabase::failingLastStatementUndoesOnlyItsJob()
{
    POSTGRES_TEST_DB(testDb, "the carried COMMIT is PostgreSQL's");
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QVERIFY2(testDb.admin(QStringLiteral("CREATE TABLE %1.carried (k text PRIMARY KEY)").arg(testDb.config().schema)),
             qPrintable(testDb.error()));
    QObject context;
    QList<int> outcomes;
    const auto record = [&](Result<bool> r) { outcomes.append(r.ok() ? 1 : 0); };
    auto gate = std::make_unique<testing::DatabaseBlocker>(db);
    db.run<bool>(insertJob(QStringLiteral("a")), &context, record);
    db.run<bool>(insertLastJob(QStringLiteral("carried"), QVariant()), &context, record); // NULL key: refused
    gate->release();
    QTRY_COMPARE(outcomes.size(), 2);
    QCOMPARE(outcomes, (QList<int>{1, 0}));
    QCOMPARE(inboxCount(db), 1);
    QCOMPARE(rowsOf(db, QStringLiteral("carried")), 0);
    QVERIFY(db.runSync<bool>(insertLastJob(QStringLiteral("carried"), QStringLiteral("after"))).ok());
    QCOMPARE(rowsOf(db, QStringLiteral("carried")), 1);
    QVERIFY(db.healthy());
}

// The statement succeeds but the COMMIT that went with it fails (a deferred constraint, checked at COMMIT): nothing of
// the batch is committed, and every job of it hears the COMMIT's error, as when COMMIT is sent alone.
void TestDatabase::carriedCommitErrorReachesEveryJob()
{
    POSTGRES_TEST_DB(testDb, "the carried COMMIT is PostgreSQL's");
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QVERIFY2(testDb.admin(QStringLiteral("CREATE TABLE %1.deferred_keys (k text UNIQUE DEFERRABLE INITIALLY DEFERRED)")
                              .arg(testDb.config().schema)),
             qPrintable(testDb.error()));
    QVERIFY(db.runSync<bool>(insertLastJob(QStringLiteral("deferred_keys"), QStringLiteral("taken"))).ok());
    QObject context;
    QStringList errors;
    const auto record = [&](Result<bool> r) { errors.append(r.ok() ? QString() : r.error().message); };
    auto gate = std::make_unique<testing::DatabaseBlocker>(db);
    db.run<bool>(insertJob(QStringLiteral("a")), &context, record);
    db.run<bool>(insertLastJob(QStringLiteral("deferred_keys"), QStringLiteral("taken")), &context, record);
    gate->release();
    QTRY_COMPARE(errors.size(), 2);
    for (const QString &error : std::as_const(errors))
        QVERIFY2(error.contains(QLatin1String("COMMIT failed")), qPrintable(error));
    QCOMPARE(inboxCount(db), 0);
    QCOMPARE(rowsOf(db, QStringLiteral("deferred_keys")), 1);
    QVERIFY(db.runSync<bool>(insertJob(QStringLiteral("b"))).value()); // the connection goes on
    QVERIFY(db.healthy());
}

// Not a QBENCHMARK: prints rows/s of durable inbox inserts through run() (what the webhook does), checks only that
// every row made it.
void TestDatabase::inboxInsertThroughput()
{
    STORE_TEST_DB(testDb);
    const int jobs = testDb.isPostgres() ? 10000 : 20000;
    Database db(testDb.config());
    QVERIFY(db.open().ok());
    QObject context;
    int done = 0;
    int inserted = 0;
    qint64 elapsedMs = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < jobs; ++i)
        db.run<bool>(insertJob(QStringLiteral("bench-%1").arg(i)), &context, [&](Result<bool> r) {
            inserted += (r.ok() && r.value()) ? 1 : 0;
            if (++done == jobs)
                elapsedMs = timer.elapsed();
        });
    QTRY_COMPARE_WITH_TIMEOUT(done, jobs, 120000);
    qInfo("THROUGHPUT %s: %d inbox inserts through run() (each its own savepoint, ~256 per commit) in %lld ms:"
          " %.0f rows/s",
          QTest::currentDataTag(), jobs, elapsedMs, jobs * 1000.0 / double(std::max<qint64>(1, elapsedMs)));
    QCOMPARE(inserted, jobs);
    QCOMPARE(inboxCount(db), jobs);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "TestDatabase.moc"
