#include "store/Database.h"

#include "core/Log.h"
#include "core/ThreadName.h"
#include "store/DatabaseUrl.h"
#include "store/Migrations.h"
#include "store/PgStatement.h"
#include "store/SqliteStatement.h"
#include "store/WalCheckpointer.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

#include <sys/statvfs.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace concierge::store {

namespace {

constexpr int kMaxBatch = 256;          // jobs per transaction (group commit)
constexpr int kNormalBesideUrgent = 16; // normal jobs a batch still takes while urgent ones wait
// The time those normal jobs may take before the batch commits without the rest (put back at the queue's front): an
// acknowledgement waits for every job of its batch, and a processing job on a large database may read for
// milliseconds (bench/README.md "Flat with history and the p99, round 6").
constexpr auto kNormalBudgetBesideUrgent = std::chrono::microseconds(1000);
constexpr auto kIdlePing = std::chrono::seconds(30); // keeps healthy() true to life and PG connections warm
// How often the log is brought back to its start (rewindLogSoon): each time costs the database thread an fsync of
// the database file; the log's file holds what is written meanwhile (kept under half of SQLITE_WAL_LIMIT_MB).
constexpr auto kLogRewindInterval = std::chrono::seconds(1);
QAtomicInteger<quint64> s_connectionCounter;
// SQLite's page cache (default 2 MB). A batch of webhooks on a large database dirties a page of each index per
// message (random keys: message ids, chats); a cache smaller than a batch's pages spills them into the log in the
// middle of the transaction and reads the b-trees' upper levels again and again. 32 MB at most, used as needed.
const QString kCacheSize = QStringLiteral("PRAGMA cache_size=-32768");

// The end of the run of jobs from `first` on that may run together (PendingJob::groupsWith).
size_t groupEnd(const std::vector<std::unique_ptr<detail::PendingJob>> &batch, size_t first)
{
    size_t end = first + 1;
    while (end < batch.size() && batch[first]->groupsWith(*batch[end]))
        ++end;
    return end;
}

Error dbError(const QString &what, const QSqlError &error)
{
    return Error{QStringLiteral("db_error"), what + QStringLiteral(": ") + error.text()};
}

// Bytes free on the filesystem holding `path`, or -1. statvfs, not QStorageInfo: that one also parses the mount
// table, and this runs after every batch.
qint64 freeBytesAt(const QString &path)
{
    struct statvfs info
    {
    };
    if (::statvfs(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return qint64(info.f_bavail) * qint64(info.f_frsize);
}

} // namespace

// ---- DbContext ----

DbContext::DbContext(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

DbContext::~DbContext() = default;

QSqlQuery &DbContext::prepare(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery query(m_db);
        if (!query.prepare(sql)) // a bad statement is reported by exec() (lastError stays set)
            qCWarning(lcStore) << "prepare failed:" << sql.left(80) << query.lastError().text();
        it = m_statements.emplace(sql, std::move(query)).first;
    } else {
        it->second.finish();
    }
    return it->second;
}

void DbContext::deferBegin()
{
    m_beginDeferred = true;
    m_beginError.reset();
}

std::optional<Error> DbContext::takeBeginError()
{
    return std::exchange(m_beginError, std::nullopt);
}

Status DbContext::beginIfDeferred()
{
    if (!m_beginDeferred)
        return Status::success();
    m_beginDeferred = false;
    ++m_executed;
    QSqlQuery begin(m_db);
    if (begin.exec(QStringLiteral("BEGIN")))
        return Status::success();
    m_beginError = dbError(QStringLiteral("BEGIN"), begin.lastError());
    return *m_beginError;
}

Status DbContext::exec(QSqlQuery &query)
{
    warnIfCommitted();
    if (Status begun = beginIfDeferred(); !begun)
        return begun;
    ++m_executed;
    if (query.exec())
        return Status::success();
    return dbError(QStringLiteral("SQL failed (%1)").arg(query.lastQuery().simplified().left(60)), query.lastError());
}

Status DbContext::exec(QSqlQuery &query, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return exec(query);
}

Status DbContext::execPlannedNow(QSqlQuery &query, const QVariantList &values)
{
    if (m_dialect != Dialect::Postgres)
        return exec(query, values);
    // Two short statements around it: the setting is read at each execution (choose_custom_plan), and reset so that
    // every other statement keeps its cached plan (planning them all again cost more than it saved).
    if (Status custom =
            exec(prepare(QStringLiteral("SELECT set_config('plan_cache_mode', 'force_custom_plan', false)")));
        !custom)
        return custom;
    const Status status = exec(query, values);
    const Status reset = exec(prepare(QStringLiteral("SELECT set_config('plan_cache_mode', 'auto', false)")));
    return status ? reset : status;
}

namespace {
std::atomic<qint64> g_newestInboxId{0}; // of every connection of this process (DbContext::replanAsInboxGrows)
} // namespace

void DbContext::replanAsInboxGrows(qint64 inboxId)
{
    if (m_dialect != Dialect::Postgres)
        return;
    qint64 newest = g_newestInboxId.load(std::memory_order_relaxed);
    while (inboxId > newest && !g_newestInboxId.compare_exchange_weak(newest, inboxId, std::memory_order_relaxed)) {
    }
    newest = qMax(newest, inboxId);
    if (newest < m_replanAtInboxId)
        return;
    m_replanAtInboxId = 2 * newest;
    QSqlQuery discard(m_db); // not prepared: PostgreSQL prepares no utility statement
    if (!discard.exec(QStringLiteral("DISCARD PLANS")))
        qCWarning(lcStore) << "cannot drop the cached plans:" << discard.lastError().text();
}

SqliteStatement &DbContext::prepareSqlite(const QString &sql)
{
    Q_ASSERT(m_dialect == Dialect::Sqlite);
    auto &statement = m_sqliteStatements[sql];
    if (!statement)
        statement = std::make_unique<SqliteStatement>(sqliteHandleOf(*this), sql);
    return *statement;
}

Result<int> DbContext::exec(SqliteStatement &statement)
{
    ++m_executed;
    return statement.run();
}

PgStatement &DbContext::preparePg(const QString &sql)
{
    Q_ASSERT(m_dialect == Dialect::Postgres);
    auto &statement = m_pgStatements[sql];
    if (!statement) {
        const QByteArray name = "concierge_" + QByteArray::number(++m_pgStatementsMade);
        statement = std::make_unique<PgStatement>(pgHandleOf(*this), name, sql);
    }
    return *statement;
}

Status DbContext::exec(PgStatement &statement, const QVariantList &values)
{
    return execPg(statement, values, false);
}

Status DbContext::execLast(PgStatement &statement, const QVariantList &values)
{
    return execPg(statement, values, m_commitMayTravel);
}

Status DbContext::execPg(PgStatement &statement, const QVariantList &values, bool withCommit)
{
    warnIfCommitted();
    ++m_executed;
    const PgStatement::Around around{std::exchange(m_beginDeferred, false), withCommit};
    if (!around.begin && !around.commit)
        return statement.exec(values);
    PgStatement::AroundOutcome outcome;
    Status status = statement.execAround(values, around, &outcome);
    if (outcome.beginFailed)
        m_beginError = status.error();
    m_commitSent = outcome.commitSent;
    m_commitError = outcome.commitError;
    return status;
}

std::optional<Error> DbContext::takeCommitError()
{
    m_commitSent = false;
    return std::exchange(m_commitError, std::nullopt);
}

void DbContext::warnIfCommitted()
{
    if (m_commitSent) // a job's bug: its last statement was not its last
        qCWarning(lcStore) << "a statement runs after its batch's COMMIT, outside the transaction";
}

void DbContext::resetStatements(bool forget)
{
    if (forget) {
        m_sqliteStatements.clear();
        m_pgStatements.clear(); // prepared on the connection being replaced
        m_pgStatementsMade = 0;
        m_statements.clear();
        return;
    }
    for (auto &entry : m_statements)
        entry.second.finish();
    for (auto &entry : m_pgStatements)
        entry.second->finish();
}

// ---- Database ----

struct Database::Private
{
    Database *q = nullptr;
    DbConfig config;
    Dialect dialect = Dialect::Sqlite;
    QString description;
    QString connectionName;
    std::optional<DatabaseUrl> pgUrl;

    std::thread thread;
    std::atomic<std::thread::id> threadId;
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::unique_ptr<detail::PendingJob>> queue;
    std::deque<std::unique_ptr<detail::PendingJob>> urgent;
    size_t batchUrgent = 0; // the urgent jobs at the front of the batch being run (database thread)
    std::vector<std::unique_ptr<detail::PendingJob>> deferred; // normal jobs past the budget, for the next batch
    bool running = false;                                      // the thread accepts jobs
    bool stopping = false;                                     // drain the queue, then exit
    std::atomic<bool> healthy{false};
    std::atomic<bool> walOverLimit{false};
    std::atomic<quint64> transactions{0}; // committed
    std::atomic<quint64> committedJobs{0};
    std::atomic<quint64> statements{0};                      // copied from ctx after each batch
    std::chrono::steady_clock::time_point nextWalCheckpoint; // after a checkpoint a reader held back
    std::atomic<bool> walResetWanted{false};                 // resetLogSoon()
    std::chrono::steady_clock::time_point nextLogRewind;     // rewindLogSoon()
    quint64 rewindAfterPass = 0;                             // the checkpointer's pass the last rewind followed
    bool walResetAfterFailure = false; // a batch failed (a full disk): reset the log at the next chance, any size
    QString walPath;                   // SQLite: the -wal file beside the database
    std::optional<DbContext> ctx;      // lives on the database thread only
    // SQLite only. Made, used and destroyed on the database thread alone: set from open()'s thread, the database
    // thread could read it half-made (UBSan: a null checkpointer in rewindLogSoon, TestRegistryImport).
    std::unique_ptr<WalCheckpointer> checkpointer;

    Status connect();
    void startCheckpointer();
    bool ping();
    bool reconnect();
    void loop();
    void runBatch(std::vector<std::unique_ptr<detail::PendingJob>> &batch);
    bool deferRest(std::vector<std::unique_ptr<detail::PendingJob>> &batch, size_t first,
                   std::chrono::steady_clock::time_point normalStart);
    void requeueDeferred();
    std::optional<Error> tryBatch(std::vector<std::unique_ptr<detail::PendingJob>> &batch, bool &committing);
    std::optional<Error> runBatchPlain(std::vector<std::unique_ptr<detail::PendingJob>> &batch, bool &committing,
                                       bool &jobFailed);
    std::optional<Error> runBatchWithSavepoints(std::vector<std::unique_ptr<detail::PendingJob>> &batch,
                                                bool &committing);
    bool execRaw(const QString &sql, Error *error = nullptr);
    void boundWal();
    void rewindLogSoon(std::chrono::steady_clock::time_point now, qint64 logSize);
    bool truncateLog(Error *error);
    bool logResetBeforeWriting(Error *error);
    bool logTooBigForRoom(qint64 logSize) const;
    bool control(const QStringList &statements, Error *error);
};

Database::Database(DbConfig config, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->config = std::move(config);
    d->dialect = d->config.url.trimmed().isEmpty() ? Dialect::Sqlite : Dialect::Postgres;
    d->connectionName = QStringLiteral("concierge-db-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    if (d->dialect == Dialect::Sqlite) {
        d->description = QStringLiteral("sqlite:") + QFileInfo(d->config.sqlitePath).absoluteFilePath();
    } else {
        auto url = DatabaseUrl::parse(d->config.url);
        if (url) {
            d->pgUrl = url.value();
            d->description = url->describe();
        } else {
            d->description = QStringLiteral("postgresql://(invalid DATABASE_URL)");
        }
    }
}

Database::~Database()
{
    close();
}

Dialect Database::dialect() const
{
    return d->dialect;
}

bool Database::healthy() const
{
    return d->healthy.load();
}

void Database::resetLogSoon()
{
    if (d->dialect != Dialect::Sqlite)
        return;
    d->walResetWanted = true; // boundWal() runs after every batch
}

bool Database::walOverLimit() const
{
    return d->walOverLimit.load();
}

QString Database::describe() const
{
    return d->description;
}

Database::Counters Database::counters() const
{
    std::lock_guard lock(d->mutex);
    return Counters{d->transactions.load(), d->committedJobs.load(), quint64(d->queue.size() + d->urgent.size()),
                    d->statements.load()};
}

bool Database::onDatabaseThread() const
{
    return d->threadId.load() == std::this_thread::get_id();
}

Status Database::open()
{
    if (d->thread.joinable())
        return Status::success();
    if (d->dialect == Dialect::Postgres && !d->pgUrl) {
        auto url = DatabaseUrl::parse(d->config.url);
        return url.error();
    }
    std::promise<Status> opened;
    auto openedFuture = opened.get_future();
    d->stopping = false;
    d->thread = std::thread([this, &opened] {
        nameThisThread("concierge-db");
        d->threadId = std::this_thread::get_id();
        Status status = d->connect();
        if (status) {
            status = Migrations::apply(*d->ctx);
            d->ctx->resetStatements(true);
        }
        // Temporary tables and sort runs in memory once migrated: a migration's index build on a large table would
        // hold all its sort runs there (the inbox's rebuild, migration 13, on 1M rows: 295 MB against 71 MB in files).
        if (status && d->dialect == Dialect::Sqlite)
            d->execRaw(QStringLiteral("PRAGMA temp_store=MEMORY"));
        {
            std::lock_guard lock(d->mutex);
            d->running = status.ok();
        }
        d->healthy = status.ok();
        const bool ok = status.ok();
        if (ok && d->dialect == Dialect::Sqlite)
            d->startCheckpointer();
        opened.set_value(std::move(status)); // `opened` dies after this: do not touch it again
        if (ok)
            d->loop();
        d->checkpointer.reset(); // its passes end before this thread's connection, the log's last, closes
        d->ctx.reset();
        QSqlDatabase::removeDatabase(d->connectionName);
        d->threadId = std::thread::id();
    });
    Status status = openedFuture.get();
    if (!status) {
        d->thread.join();
        qCWarning(lcStore) << "database" << d->description << "failed to open:" << status.error().message;
    } else {
        qCInfo(lcStore) << "database open:" << d->description;
    }
    return status;
}

void Database::close()
{
    if (!d->thread.joinable())
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->wake.notify_all();
    d->thread.join();
    d->healthy = false;
}

void Database::enqueue(std::unique_ptr<detail::PendingJob> job, Priority priority)
{
    {
        std::lock_guard lock(d->mutex);
        if (d->running && !d->stopping) {
            (priority == Priority::Urgent ? d->urgent : d->queue).push_back(std::move(job));
            d->wake.notify_one();
            return;
        }
    }
    const Error closed{QStringLiteral("db_unavailable"), QStringLiteral("the database is not open")};
    job->finish(&closed);
}

// ---- the database thread ----

Status Database::Private::connect()
{
    QSqlDatabase db;
    if (dialect == Dialect::Sqlite) {
        const QFileInfo file(config.sqlitePath);
        if (config.sqlitePath.isEmpty() || !QDir().mkpath(file.absolutePath()))
            return Error{QStringLiteral("db_unavailable"),
                         QStringLiteral("cannot create the folder of the database file %1").arg(config.sqlitePath)};
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(file.absoluteFilePath());
        walPath = file.absoluteFilePath() + QStringLiteral("-wal");
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        db.setHostName(pgUrl->host);
        db.setPort(pgUrl->port);
        db.setDatabaseName(pgUrl->database);
        db.setUserName(pgUrl->user);
        db.setPassword(pgUrl->password);
        db.setConnectOptions(pgUrl->connectOptions(config.schema));
        if (pgUrl->port == 6543)
            qCWarning(lcStore) << "port 6543 looks like Supabase's transaction pooler, which breaks prepared"
                                  " statements: use the session pooler (5432)";
    }
    if (!db.isValid())
        return Error{QStringLiteral("db_unavailable"), QStringLiteral("the Qt SQL driver is missing")};
    if (!db.open())
        return dbError(QStringLiteral("cannot connect to %1").arg(description), db.lastError());
    ctx.emplace(db, dialect);
    if (dialect == Dialect::Sqlite) {
        // journal_size_limit: the log file is cut back to half the limit whenever it is reset or reused from its start.
        // FULL: the log is synced at every commit, before any callback (a webhook's 200) runs; NORMAL syncs it at
        // checkpoints only, so a power cut may lose the last commits (a crash of the process loses nothing).
        const QString synchronous =
            config.syncFull ? QStringLiteral("PRAGMA synchronous=FULL") : QStringLiteral("PRAGMA synchronous=NORMAL");
        const QString sizeLimit =
            QStringLiteral("PRAGMA journal_size_limit=%1").arg(qint64(config.walLimitMb) * 1024 * 1024 / 2);
        for (const QString &pragma :
             {QStringLiteral("PRAGMA journal_mode=WAL"), synchronous, QStringLiteral("PRAGMA busy_timeout=5000"),
              QStringLiteral("PRAGMA foreign_keys=ON"), QStringLiteral("PRAGMA temp_store=FILE"), kCacheSize,
              QStringLiteral("PRAGMA secure_delete=ON") /* a contact's erased texts leave no trace in the files */,
              QStringLiteral("PRAGMA wal_autocheckpoint=0") /* WalCheckpointer and boundWal() do it */, sizeLimit}) {
            Error error;
            if (!execRaw(pragma, &error))
                return error;
        }
    }
    return Status::success();
}

bool Database::Private::execRaw(const QString &sql, Error *error)
{
    QSqlQuery query(ctx->db());
    if (query.exec(sql))
        return true;
    if (error)
        *error = dbError(sql, query.lastError());
    return false;
}

bool Database::Private::ping()
{
    if (!ctx->db().isOpen())
        return false;
    QSqlQuery query(ctx->db());
    return query.exec(QStringLiteral("SELECT 1")) && query.next();
}

bool Database::Private::reconnect()
{
    qCWarning(lcStore) << "database connection lost, reconnecting to" << description;
    ctx->resetStatements(true);
    ctx->db().close();
    if (!ctx->db().open()) {
        qCWarning(lcStore) << "reconnect failed:" << ctx->db().lastError().text();
        return false;
    }
    return true;
}

void Database::Private::loop()
{
    for (;;) {
        std::vector<std::unique_ptr<detail::PendingJob>> batch;
        {
            std::unique_lock lock(mutex);
            const bool woken =
                wake.wait_for(lock, kIdlePing, [this] { return stopping || !queue.empty() || !urgent.empty(); });
            if (!woken) {
                lock.unlock();
                healthy = ping() || reconnect();
                continue;
            }
            if (queue.empty() && urgent.empty()) { // stopping and drained
                running = false;
                return;
            }
            while (!urgent.empty() && batch.size() < size_t(kMaxBatch)) {
                batch.push_back(std::move(urgent.front()));
                urgent.pop_front();
            }
            batchUrgent = batch.size();
            const size_t normalLimit = batch.empty() ? size_t(kMaxBatch) : batch.size() + kNormalBesideUrgent;
            while (!queue.empty() && batch.size() < std::min(normalLimit, size_t(kMaxBatch))) {
                batch.push_back(std::move(queue.front()));
                queue.pop_front();
            }
        }
        runBatch(batch);
        requeueDeferred();
        if (dialect == Dialect::Sqlite)
            boundWal();
    }
}

void Database::Private::startCheckpointer()
{
    checkpointer = std::make_unique<WalCheckpointer>(config.sqlitePath);
    checkpointer->start();
}

void Database::Private::boundWal()
{
    // Usually the log is reused in place (rewindLogSoon). A TRUNCATE checkpoint resets it when that has not kept it
    // under half the limit (a reader held a snapshot), when resetLogSoon() asked for it, and on a nearly full disk,
    // sooner and without the pause: a checkpoint may grow the database file by as much as the log holds, so the log
    // is reset while the free room is still twice its size. Past that, the log would take the last of the room and
    // no checkpoint could ever shrink it again; webhooks are refused until it is reset.
    const qint64 limit = qint64(config.walLimitMb) * 1024 * 1024;
    const qint64 size = QFileInfo(walPath).size();
    const bool roomTight = logTooBigForRoom(size);
    const auto now = std::chrono::steady_clock::now();
    if (!roomTight && !walResetWanted.load() && size <= limit / 2) {
        rewindLogSoon(now, size);
        walOverLimit = false;
        return;
    }
    if (now < nextWalCheckpoint && !roomTight) {
        if (size <= limit)
            walOverLimit = false; // over only once a checkpoint could not bring it back (below)
        return;
    }
    // Over the limit, webhooks are refused anyway: wait a little longer for the checkpointer's PASSIVE pass (which
    // holds the checkpoint lock) or a short reader.
    execRaw(size > limit || roomTight ? QStringLiteral("PRAGMA busy_timeout=500")
                                      : QStringLiteral("PRAGMA busy_timeout=20"));
    const bool done = truncateLog(nullptr);
    execRaw(QStringLiteral("PRAGMA busy_timeout=5000"));
    const qint64 after = QFileInfo(walPath).size();
    if (done && after == 0)
        walResetWanted = false;
    if (!done || after > 0) // a reader held it back, or the disk is full: not after every batch
        nextWalCheckpoint = now + std::chrono::milliseconds(250);
    const bool over = after > limit || logTooBigForRoom(after);
    if (over != walOverLimit.load())
        qCWarning(lcStore).noquote() << QStringLiteral("write-ahead log %1 MB: %2")
                                            .arg(after / (1024 * 1024))
                                            .arg(over
                                                     ? QStringLiteral("over its limit or the free disk space, webhooks "
                                                                      "refused until it shrinks")
                                                     : QStringLiteral("back under its limit"));
    walOverLimit = over;
}

void Database::Private::rewindLogSoon(std::chrono::steady_clock::time_point now, qint64 logSize)
{
    // Appending to the log grows its file, and the fsync of every commit then also writes the file's size and
    // blocks: ~2.5x the cost of an fsync of blocks overwritten in place (`dd oflag=dsync` on this disk). SQLite
    // writes the log from its start again once a checkpoint has copied all of it back (when the next write begins).
    // WalCheckpointer copies most of it from its own thread; right after one of its passes, this thread copies the
    // frames written during that pass (no write comes in meanwhile: it is the only writer), so that the next batch
    // reuses the file in place. Not after every pass: each costs an fsync of the database file.
    if (!checkpointer || logSize == 0 || now < nextLogRewind)
        return;
    const quint64 passes = checkpointer->passes();
    if (passes == rewindAfterPass)
        return;
    const auto passesHeld = checkpointer->tryHoldPasses();
    if (!passesHeld.owns_lock())
        return; // a pass is running: after the next one
    rewindAfterPass = passes;
    nextLogRewind = now + kLogRewindInterval;
    execRaw(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
}

bool Database::Private::truncateLog(Error *error)
{
    // Readers are waited for up to the busy timeout set by the caller; the checkpointer's pass is waited for here.
    std::unique_lock<std::mutex> passesHeld;
    if (checkpointer)
        passesHeld = checkpointer->holdPasses();
    return execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), error);
}

bool Database::Private::logTooBigForRoom(qint64 logSize) const
{
    const qint64 room = freeBytesAt(QFileInfo(walPath).absolutePath());
    return logSize > 0 && room >= 0 && logSize > room / 2;
}

bool Database::Private::logResetBeforeWriting(Error *error)
{
    // After a failed batch (typically a full disk) nothing is written until the log is reset, whatever its size: the
    // room freed meanwhile must go to the checkpoint first (it may need to grow the database file). New log frames
    // would take it instead and, on a small disk, all of it, leaving no room for any checkpoint ever again
    // (TestDiskAndPooler::sqliteOnFullFilesystemRecovers). A short busy timeout: a reader only delays it a batch.
    if (!walResetAfterFailure)
        return true;
    execRaw(QStringLiteral("PRAGMA busy_timeout=20"));
    Error checkpointError;
    const bool checkpointed = truncateLog(&checkpointError);
    execRaw(QStringLiteral("PRAGMA busy_timeout=5000"));
    if (checkpointed && QFileInfo(walPath).size() == 0) {
        walResetAfterFailure = false;
        nextWalCheckpoint = {}; // the pause set while the disk was full must not let the log grow unwatched now
        return true;
    }
    *error = Error{QStringLiteral("db_error"),
                   QStringLiteral("the database log cannot be reset yet (is the disk full?)") +
                       (checkpointed ? QString() : QStringLiteral(": ") + checkpointError.message)};
    return false;
}

void Database::Private::runBatch(std::vector<std::unique_ptr<detail::PendingJob>> &batch)
{
    ctx->replanAsInboxGrows(0); // what the other connections of this process saw

    std::optional<Error> error;
    Error notReset;
    const bool mayWrite = dialect != Dialect::Sqlite || logResetBeforeWriting(&notReset);
    if (!mayWrite)
        error = notReset;
    for (int attempt = 0; mayWrite && attempt < 2; ++attempt) {
        bool committing = false;
        error = tryBatch(batch, committing);
        if (!error)
            break;
        // A dropped connection shows as a failed BEGIN, SAVEPOINT or ROLLBACK TO. Before COMMIT nothing is durable
        // yet, so the batch may run again once; after a failed COMMIT the outcome is unknown: report it.
        if (attempt > 0 || committing || ping() || !reconnect())
            break;
    }
    healthy = !error.has_value();
    if (error && dialect == Dialect::Sqlite)
        walResetAfterFailure = true;
    statements = ctx->executed();
    if (!error) {
        transactions.fetch_add(1, std::memory_order_relaxed);
        committedJobs.fetch_add(batch.size(), std::memory_order_relaxed);
    }
    if (error)
        qCWarning(lcStore) << "batch of" << batch.size() << "jobs failed:" << error->message;
    // The callbacks bound for the thread the Database lives in (the server's, where nearly every context lives) go
    // out as one event; the Database outlives its users there, and each callback still checks its own context.
    detail::Deliveries local{q->thread(), {}};
    for (auto &job : batch)
        job->finish(error ? &*error : nullptr, &local);
    if (!local.callbacks.empty()) {
        QMetaObject::invokeMethod(
            q,
            [callbacks = std::move(local.callbacks)]() mutable {
                for (auto &callback : callbacks)
                    callback();
            },
            Qt::QueuedConnection);
    }
}

bool Database::Private::control(const QStringList &statements, Error *error)
{
    if (dialect == Dialect::Postgres) { // one round trip: the simple query protocol takes several statements
        ctx->countExecuted();
        return execRaw(statements.join(QLatin1String("; ")), error);
    }
    for (const QString &sql : statements) { // SQLite: no round trips, but cached statements save the parsing
        ctx->countExecuted();
        QSqlQuery &query = ctx->prepare(sql);
        if (!query.exec()) {
            *error = dbError(sql, query.lastError());
            return false;
        }
    }
    return true;
}

std::optional<Error> Database::Private::tryBatch(std::vector<std::unique_ptr<detail::PendingJob>> &batch,
                                                 bool &committing)
{
    // Fast path: every job in one plain transaction. A savepoint per job costs two statements and, on SQLite, a
    // sub-journal write of every page the job touches; jobs rarely fail. When one does, the whole transaction is
    // rolled back and the batch runs again with a savepoint per job, so that only the failing job is undone.
    // A batch of one job needs no savepoint either: its failure rolls back the transaction, and its result says why.
    bool jobFailed = false;
    std::optional<Error> error = runBatchPlain(batch, committing, jobFailed);
    if (!jobFailed || batch.size() == 1)
        return error;
    return runBatchWithSavepoints(batch, committing);
}

std::optional<Error> Database::Private::runBatchPlain(std::vector<std::unique_ptr<detail::PendingJob>> &batch,
                                                      bool &committing, bool &jobFailed)
{
    Error error;
    if (dialect == Dialect::Postgres)
        ctx->deferBegin(); // sent with the first statement: one round trip less
    else if (!control({QStringLiteral("BEGIN")}, &error))
        return error;
    std::chrono::steady_clock::time_point normalStart;
    for (size_t first = 0; first < batch.size();) {
        if (first == batchUrgent)
            normalStart = std::chrono::steady_clock::now();
        if (deferRest(batch, first, normalStart))
            break;
        const size_t end = groupEnd(batch, first);
        ctx->allowCommitWithLast(end == batch.size()); // its last statement may carry the COMMIT (execLast)
        bool ok = false;
        if (end - first == 1) {
            ok = batch[first]->execute(*ctx);
        } else { // neighbours of one group: one statement for all (the same order as one by one)
            std::vector<detail::PendingJob *> group;
            for (size_t i = first; i < end; ++i)
                group.push_back(batch[i].get());
            ok = batch[first]->executeGroup(*ctx, group);
        }
        ctx->allowCommitWithLast(false);
        first = end;
        ctx->resetStatements(false);
        if (std::optional<Error> begin = ctx->takeBeginError())
            return begin; // as a failed BEGIN: nothing ran (the connection is retried)
        // The batch committed with its last statement: no COMMIT, nor rerun, to send.
        if (ctx->commitSent()) {
            committing = true;
            if (!ok)
                qCWarning(lcStore) << "a job failed after its last statement committed";
            return ctx->takeCommitError();
        }
        if (!ok) {
            jobFailed = true;
            const bool begun = !ctx->beginStillDeferred();
            ctx->dropDeferredBegin();
            if (begun)
                QSqlQuery(ctx->db()).exec(QStringLiteral("ROLLBACK"));
            return std::nullopt;
        }
    }
    if (ctx->beginStillDeferred()) { // no statement ran: nothing to commit
        ctx->dropDeferredBegin();
        return std::nullopt;
    }
    committing = true;
    if (control({QStringLiteral("COMMIT")}, &error))
        return std::nullopt;
    // SQLite keeps a transaction whose COMMIT failed open; PostgreSQL has ended it already.
    if (dialect == Dialect::Sqlite)
        QSqlQuery(ctx->db()).exec(QStringLiteral("ROLLBACK"));
    return error;
}

bool Database::Private::deferRest(std::vector<std::unique_ptr<detail::PendingJob>> &batch, size_t first,
                                  std::chrono::steady_clock::time_point normalStart)
{
    // Only beside urgent jobs, and after one normal job at least: processing still moves on under a flood of acks.
    // The savepoint path (a job failed) runs what is left of the batch whole: rare. SQLite only: on PostgreSQL each
    // transaction is a round trip more, and its acks go through the leases' own batches (LeaseLog).
    if (dialect != Dialect::Sqlite || batchUrgent == 0 || first <= batchUrgent ||
        std::chrono::steady_clock::now() - normalStart <= kNormalBudgetBesideUrgent)
        return false;
    // Before those a retry of this batch (a reconnect) deferred already: the order stays the queue's.
    deferred.insert(deferred.begin(), std::make_move_iterator(batch.begin() + qsizetype(first)),
                    std::make_move_iterator(batch.end()));
    batch.resize(first);
    return true;
}

void Database::Private::requeueDeferred()
{
    // At the queue's front, in their order: they were taken before anything queued since.
    if (deferred.empty())
        return;
    std::lock_guard lock(mutex);
    queue.insert(queue.begin(), std::make_move_iterator(deferred.begin()), std::make_move_iterator(deferred.end()));
    deferred.clear();
}

std::optional<Error> Database::Private::runBatchWithSavepoints(std::vector<std::unique_ptr<detail::PendingJob>> &batch,
                                                               bool &committing)
{
    static const QString begin = QStringLiteral("BEGIN");
    static const QString savepoint = QStringLiteral("SAVEPOINT job");
    static const QString release = QStringLiteral("RELEASE SAVEPOINT job");
    static const QString rollbackTo = QStringLiteral("ROLLBACK TO SAVEPOINT job");
    // Each job runs in its own savepoint; the statements between two jobs go together (PostgreSQL: one round trip,
    // safe because QPSQL reports only the first statement's error and none of the later ones can fail alone).
    // COMMIT always goes alone: its error (a deferred constraint) must be seen. It also commits the last savepoint.
    Error error;
    QStringList next{begin};
    bool lastOk = true;
    for (auto &job : batch) {
        next.append(savepoint);
        if (!control(next, &error))
            break;
        lastOk = job->execute(*ctx);
        ctx->resetStatements(false);
        next = lastOk ? QStringList{release} : QStringList{rollbackTo, release};
    }
    if (error.code.isEmpty() && (lastOk || control({rollbackTo}, &error))) {
        committing = true;
        if (control({QStringLiteral("COMMIT")}, &error))
            return std::nullopt;
    }
    // SQLite keeps a transaction whose COMMIT failed open; PostgreSQL has ended it already.
    if (!committing || dialect == Dialect::Sqlite)
        QSqlQuery(ctx->db()).exec(QStringLiteral("ROLLBACK"));
    return error;
}

} // namespace concierge::store
