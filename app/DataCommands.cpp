#include "DataCommands.h"

#include "core/DataFolderLock.h"
#include "core/PrivateFiles.h"
#include "store/SqliteFile.h"

#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace concierge::app {

namespace {

void printLine(FILE *stream, const QString &line)
{
    std::fprintf(stream, "%s\n", qPrintable(line));
}

int fail(const QString &message)
{
    printLine(stderr, QStringLiteral("concierge-server: ") + message);
    return 1;
}

QString databasePath(const config::Settings &settings)
{
    return settings.dataDir + QStringLiteral("/concierge.db");
}

// Streams `from` into a new owner-only file `to`.
Status copyPrivately(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot read %1: %2").arg(from, source.errorString())};
    if (Status created = privateFiles::write(to, {}); !created)
        return created;
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Append))
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot write %1: %2").arg(to, target.errorString())};
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || target.write(chunk) != chunk.size())
            return Error{QStringLiteral("io_error"), QStringLiteral("cannot copy %1 to %2").arg(from, to)};
    }
    if (!target.flush())
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot write %1").arg(to)};
    return Status::success();
}

// Moves the current database (and its log, which may hold committed pages) aside as concierge.db.before-restore:
// SQLite reads "X-wal" as the log of "X", so the pair stays one database. The -shm index is rebuilt; drop it.
Status moveAside(const QString &db)
{
    const QString aside = db + QStringLiteral(".before-restore");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(aside + suffix);
    if (QFile::exists(db) && !QFile::rename(db, aside))
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot rename %1 to %2").arg(db, aside)};
    if (QFile::exists(db + QStringLiteral("-wal")) &&
        !QFile::rename(db + QStringLiteral("-wal"), aside + QStringLiteral("-wal")))
        return Error{QStringLiteral("io_error"), QStringLiteral("cannot move %1-wal aside").arg(db)};
    QFile::remove(db + QStringLiteral("-shm"));
    QFile::remove(db + QStringLiteral("-journal"));
    return Status::success();
}

} // namespace

int runBackup(const config::Settings &settings, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        printLine(stderr, QStringLiteral("usage: concierge-server backup FILE"));
        return 2;
    }
    if (!settings.databaseUrl.isEmpty())
        return fail(QStringLiteral("the database is PostgreSQL (DATABASE_URL): back it up with pg_dump, e.g.\n"
                                   "  pg_dump --format=custom --file=concierge.dump \"$DATABASE_URL\""));
    const QString target = QFileInfo(arguments.at(1)).absoluteFilePath();
    if (Status copied = store::sqliteFile::backup(databasePath(settings), target); !copied)
        return fail(copied.error().message);
    auto version = store::sqliteFile::verify(target);
    if (!version)
        return fail(QStringLiteral("the copy did not pass its check: ") + version.error().message);
    printLine(stdout, QStringLiteral("backed up %1 to %2 (schema version %3, integrity ok)")
                          .arg(databasePath(settings), target)
                          .arg(version.value()));
    return 0;
}

int runRestore(const config::Settings &settings, const QStringList &arguments)
{
    if (arguments.size() != 2) {
        printLine(stderr, QStringLiteral("usage: concierge-server restore FILE"));
        return 2;
    }
    if (!settings.databaseUrl.isEmpty())
        return fail(QStringLiteral("the database is PostgreSQL (DATABASE_URL): restore it with pg_restore"));
    const QString source = QFileInfo(arguments.at(1)).absoluteFilePath();
    auto version = store::sqliteFile::verify(source);
    if (!version)
        return fail(version.error().message + QStringLiteral(": nothing was changed"));
    if (Status folder = privateFiles::makeFolder(settings.dataDir); !folder)
        return fail(folder.error().message);
    DataFolderLock lock(settings.dataDir);
    if (!lock.tryLock())
        return fail(QStringLiteral("a Concierge server is running on %1 (%2): stop it first (systemctl stop "
                                   "concierge-server, or quit the console); nothing was changed")
                        .arg(settings.dataDir, lock.holder()));
    const QString db = databasePath(settings);
    const bool hadDatabase = QFile::exists(db);
    if (Status moved = moveAside(db); !moved)
        return fail(moved.error().message);
    if (Status copied = copyPrivately(source, db); !copied) {
        QFile::remove(db);
        QFile::rename(db + QStringLiteral(".before-restore"), db);
        QFile::rename(db + QStringLiteral(".before-restore-wal"), db + QStringLiteral("-wal"));
        return fail(copied.error().message + QStringLiteral(": the previous database was put back"));
    }
    printLine(stdout,
              QStringLiteral("restored %1 (schema version %2) into %3").arg(source).arg(version.value()).arg(db));
    if (hadDatabase)
        printLine(stdout, QStringLiteral("the previous database is kept as %1.before-restore").arg(db));
    return 0;
}

} // namespace concierge::app
