#pragma once

#include "config/Settings.h"

#include <QStringList>

namespace concierge::app {

// `concierge-server backup FILE`: a consistent copy of the SQLite database, taken while a server may be running on
// it (VACUUM INTO: one read transaction), owner-only (0600), checked afterwards. With PostgreSQL it points to
// pg_dump. Returns the exit code: 0 done, 2 bad usage, 1 failed.
int runBackup(const config::Settings &settings, const QStringList &arguments);

// `concierge-server restore FILE`: checks that FILE is a Concierge database (integrity, known schema version),
// refuses while a server holds the data folder, keeps the current database as concierge.db.before-restore (with its
// write-ahead log) and puts FILE in its place (0600). Same exit codes.
int runRestore(const config::Settings &settings, const QStringList &arguments);

} // namespace concierge::app
