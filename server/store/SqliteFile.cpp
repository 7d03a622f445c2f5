#include "store/SqliteFile.h"

#include "core/PrivateFiles.h"
#include "store/Migrations.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace concierge::store::sqliteFile {

namespace {

Error fileError(const QString &what, const QString &detail)
{
    return Error{QStringLiteral("db_unavailable"), what + QStringLiteral(": ") + detail};
}

// One short-lived QSQLITE connection with a unique name, removed when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("concierge-sqlite-file-%1").arg(counter.fetchAndAddRelaxed(1));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    // The first column of the first row, or an error naming the statement.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        query.prepare(sql);
        for (const QVariant &value : values)
            query.addBindValue(value);
        if (!query.exec())
            return fileError(sql, query.lastError().text());
        return query.next() ? query.value(0) : QVariant();
    }

private:
    QString m_name;
    QString m_error;
};

} // namespace

Status backup(const QString &sourcePath, const QString &targetPath)
{
    if (!QFileInfo::exists(sourcePath))
        return fileError(QStringLiteral("no database at %1").arg(sourcePath), QStringLiteral("nothing to copy"));
    const QFileInfo target(targetPath);
    if (target.exists() && target.size() > 0)
        return Error{QStringLiteral("io_error"),
                     QStringLiteral("%1 already exists: choose a new file").arg(targetPath)};
    // VACUUM INTO writes into an empty file as it finds it: create it owner-only first, whatever the umask.
    if (Status created = privateFiles::write(targetPath, {}); !created)
        return created;
    Connection db(sourcePath);
    if (!db.ok())
        return fileError(QStringLiteral("cannot open %1").arg(sourcePath), db.error());
    if (auto copied = db.scalar(QStringLiteral("VACUUM INTO ?"), {target.absoluteFilePath()}); !copied) {
        QFile::remove(targetPath);
        return copied.error();
    }
    privateFiles::restrict(targetPath);
    return Status::success();
}

Result<int> verify(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return Error{QStringLiteral("io_error"), QStringLiteral("%1: no such file").arg(path)};
    Connection db(path);
    if (!db.ok())
        return fileError(QStringLiteral("cannot open %1").arg(path), db.error());
    auto integrity = db.scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return Error{QStringLiteral("not_a_database"), QStringLiteral("%1 is not a SQLite database").arg(path)};
    if (integrity->toString() != QLatin1String("ok"))
        return Error{QStringLiteral("not_a_database"),
                     QStringLiteral("%1 is damaged: %2").arg(path, integrity->toString())};
    auto version = db.scalar(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!version)
        return Error{QStringLiteral("not_a_database"), QStringLiteral("%1 is not a Concierge database").arg(path)};
    const int number = version->toInt();
    if (number < 1 || number > Migrations::latestVersion())
        return Error{QStringLiteral("not_a_database"),
                     QStringLiteral("%1 has schema version %2; this program knows 1 to %3")
                         .arg(path)
                         .arg(number)
                         .arg(Migrations::latestVersion())};
    return number;
}

Status truncateLog(const QString &path)
{
    if (!QFileInfo::exists(path))
        return Status::success();
    Connection db(path);
    if (!db.ok())
        return fileError(QStringLiteral("cannot open %1").arg(path), db.error());
    // Returns (busy, log frames, checkpointed frames): busy 1 means a reader kept part of the log.
    auto busy = db.scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!busy)
        return busy.error();
    if (busy->toInt() != 0)
        return Error{QStringLiteral("db_busy"), QStringLiteral("a reader held the write-ahead log back")};
    return Status::success();
}

} // namespace concierge::store::sqliteFile
