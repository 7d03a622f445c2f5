#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace concierge::store {

enum class Dialect { Sqlite, Postgres };

class SqliteStatement;
class PgStatement;

struct DbConfig
{
    QString url;          // "postgresql://user:pass@host:port/db?sslmode=require"; empty -> SQLite at sqlitePath
    QString sqlitePath;   // file path; used when url is empty
    QString schema;       // PostgreSQL only: search_path for this connection (tests use a fresh schema); may be empty
    int walLimitMb = 256; // SQLite only: the write-ahead log is reused in place, reset (TRUNCATE) past half of this
    // SQLite only: synchronous=FULL, every commit reaches the disk (fsync) before its callbacks run, so an
    // acknowledged webhook survives a power cut; false: synchronous=NORMAL (durable at checkpoints only).
    bool syncFull = true;
};

// What a job sees: the connection of the database thread, inside a transaction.
class DbContext
{
public:
    DbContext(QSqlDatabase db, Dialect dialect);
    ~DbContext();
    QSqlDatabase &db() { return m_db; }
    Dialect dialect() const { return m_dialect; }
    // A prepared query for this SQL (cached per connection, so a reference: QSqlQuery cannot be copied); bind values
    // then call exec(query). Valid until the job returns.
    QSqlQuery &prepare(const QString &sql);
    // exec() with an Error that names the statement when it fails.
    Status exec(QSqlQuery &query);
    // Binds `values` to the positional placeholders in order, then exec(query).
    Status exec(QSqlQuery &query, const QVariantList &values);
    // exec(query, values), planned for this execution on PostgreSQL (SQLite: the same as exec). For statements whose
    // best plan depends on a table's size now: PostgreSQL keeps a prepared statement's generic plan after five runs,
    // and one made while the inbox was nearly empty (a new database, before autovacuum's first ANALYZE) walks every
    // pending row to find a few chats' ones.
    Status execPlannedNow(QSqlQuery &query, const QVariantList &values);
    // SQLite only: this SQL as a statement of SQLite's own interface, for the few statements every webhook runs
    // (SqliteStatement says what it saves); cached per connection like prepare(). Run it with exec(statement).
    SqliteStatement &prepareSqlite(const QString &sql);
    // statement.run(), counted like exec().
    Result<int> exec(SqliteStatement &statement);
    // PostgreSQL only: this SQL as a statement of libpq's own interface, for the grouped statements of the message
    // path (PgStatement says what it saves); cached per connection like prepare(). Run it with exec(statement, ..).
    PgStatement &preparePg(const QString &sql);
    // statement.exec(values), counted like exec().
    Status exec(PgStatement &statement, const QVariantList &values);
    // exec(statement, values) for a job's last statement: the job only reads its rows afterwards, and succeeds if it
    // did. When the job is the last of its batch (allowCommitWithLast), the batch's COMMIT travels in the same round
    // trip (PgStatement::execAround) and Database sends none: a batch of one such statement is one round trip,
    // BEGIN, it, COMMIT (the webhooks' intake, PgAccept). Nothing may run after it: its transaction is over.
    Status execLast(PgStatement &statement, const QVariantList &values);
    // Database's plain batches: whether the job about to run is the batch's last.
    void allowCommitWithLast(bool allowed) { m_commitMayTravel = allowed; }
    // The batch's COMMIT went with a statement (execLast): the batch is over. Its error (the COMMIT failed, or its
    // outcome is unknown), taken once with the state.
    bool commitSent() const { return m_commitSent; }
    std::optional<Error> takeCommitError();
    // PostgreSQL: an inbox id just stored or settled here. Each time the inbox's ids have doubled (from
    // kFirstReplanAtInboxId on; ids come from one sequence, whichever instance stored them), the cached plans are
    // dropped (DISCARD PLANS) and made again at their next runs: this connection's now, every other connection of
    // this process at its next batch (the ids seen are noted process-wide: a connection that stores no webhook, see
    // Pipeline::shareWithInstances, follows the inbox all the same). A prepared statement keeps the generic plan made
    // after its fifth run: on a new database, one made on nearly empty tables reads them whole (the cheapest way
    // through a few pages), and would go on doing so as they grow to thousands of rows. A failure is only logged (the
    // plans stay). SQLite: nothing (it plans each statement at prepare, on the indexes alone).
    void replanAsInboxGrows(qint64 inboxId);
    static constexpr qint64 kFirstReplanAtInboxId = 1000;
    // Finishes every cached statement (so that SQLite can commit) and, with `forget`, drops them (reconnect).
    void resetStatements(bool forget);
    // Statements executed through exec() on this connection (counted for Database::counters()).
    quint64 executed() const { return m_executed; }
    void countExecuted() { ++m_executed; }
    // PostgreSQL: the batch's BEGIN goes with its first statement (Database's plain batches). A libpq statement
    // carries it in the same round trip (PgStatement::execAround: 0.09 ms less a batch); a QtSql one sends it
    // just before. A batch that ran no statement has no transaction to commit: beginStillDeferred().
    void deferBegin();
    bool beginStillDeferred() const { return m_beginDeferred; }
    void dropDeferredBegin() { m_beginDeferred = false; }
    // The deferred BEGIN failed (a dropped connection): the batch never started, as when Database's own BEGIN
    // fails. Taken once.
    std::optional<Error> takeBeginError();

private:
    Status beginIfDeferred(); // before a QtSql statement: the deferred BEGIN, alone
    Status execPg(PgStatement &statement, const QVariantList &values, bool withCommit);
    void warnIfCommitted(); // a statement after the batch's COMMIT went with execLast(): outside the transaction

    QSqlDatabase m_db;
    Dialect m_dialect;
    bool m_beginDeferred = false;
    std::optional<Error> m_beginError;
    bool m_commitMayTravel = false;
    bool m_commitSent = false;
    std::optional<Error> m_commitError;
    std::unordered_map<QString, QSqlQuery> m_statements;
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>> m_sqliteStatements; // finalized before m_db closes
    std::unordered_map<QString, std::unique_ptr<PgStatement>> m_pgStatements;         // of the connection m_db holds
    int m_pgStatementsMade = 0;                                                       // names them, once per connection
    quint64 m_executed = 0;
    qint64 m_replanAtInboxId = kFirstReplanAtInboxId;
};

namespace detail {
class PendingJob;
}

// One connection, on one dedicated thread. Jobs queued from any thread are run in order; the jobs waiting at a time
// are run in one transaction (group commit), each in its own savepoint so that one failing job does not undo the
// others. A job's callback runs in the context object's thread after the transaction committed: an inbox row is
// durable when its callback runs (on SQLite with DbConfig::syncFull, on the disk: the commit's fsync is done). The
// webhooks that arrive while one commit is being synced are the next batch: one fsync for all of them.
class Database final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Database)

public:
    explicit Database(DbConfig config, QObject *parent = nullptr);
    ~Database() override; // stops the thread after the queued jobs ran

    // Connects, applies migrations, starts the thread. Blocking: call at startup.
    Status open();
    void close();
    Dialect dialect() const;
    bool healthy() const; // the last batch or ping succeeded
    // SQLite: the write-ahead log is over DbConfig::walLimitMb although checkpoints were tried (a long reader holds
    // them back); new webhooks are then refused with 503 (WAHA retries) until it shrinks. Always false on PostgreSQL.
    bool walOverLimit() const;
    // SQLite: empties the write-ahead log after the next batch (whatever its size). After startup's migrations and
    // seeding, which leave a log of megabytes that would otherwise stay until it is reused: on a
    // nearly full disk, that room is what a checkpoint needs to grow the database file. No-op on PostgreSQL.
    void resetLogSoon();
    QString describe() const; // "sqlite:/path/file.db" or "postgresql://user@host:port/db" (never the password)
    // Batches committed and the jobs they carried since open(): jobs / transactions is the group commit's factor
    // (one fsync per transaction with SQLITE_SYNC=full); `queued`: jobs waiting now. For tests and /metrics.
    struct Counters
    {
        quint64 transactions = 0;
        quint64 jobs = 0;
        quint64 queued = 0;
        quint64 statements = 0; // run through DbContext::exec and the transaction control: round trips on PostgreSQL
    };
    Counters counters() const;

    template <typename T> using Job = std::function<Result<T>(DbContext &)>;

    // Urgent jobs are what someone waits on now (a webhook's 200): a batch takes them first, and only a few normal
    // jobs beside them while they keep coming (on SQLite, about 1 ms of them: the rest go to the next transaction),
    // so a flood of messages is acknowledged at once and handled behind.
    enum class Priority { Normal, Urgent };

    // Queue a job. `done` runs in `context`'s thread with the job's result (or the commit's error), unless
    // `context` is gone by then.
    template <typename T>
    void run(Job<T> job, QObject *context, std::function<void(Result<T>)> done, Priority priority = Priority::Normal);

    // A job that runs together with the jobs of the same `runner` queued next to it: the database thread hands
    // `runner` the items of all of them at once (one statement for all on PostgreSQL, see InboxRepository::insertNew)
    // and expects one value per item, in order. If the runner fails, the batch runs again with each job alone.
    template <typename Item, typename T>
    using GroupRunner = Result<std::vector<T>> (*)(DbContext &, const std::vector<Item *> &);
    template <typename Item, typename T>
    void runGrouped(GroupRunner<Item, T> runner, std::shared_ptr<Item> item, QObject *context,
                    std::function<void(Result<T>)> done, Priority priority = Priority::Normal);

    // Queue a job and wait for it. For startup, tests and tools only: never on the hot path.
    template <typename T> Result<T> runSync(Job<T> job);

private:
    struct Private;
    // Takes the job to the database thread, or fails it at once (through its own delivery) when closed.
    void enqueue(std::unique_ptr<detail::PendingJob> job, Priority priority = Priority::Normal);
    bool onDatabaseThread() const;
    std::unique_ptr<Private> d;
};

} // namespace concierge::store

#include "store/Database_impl.h"
