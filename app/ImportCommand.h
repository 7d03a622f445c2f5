#pragma once

#include "config/Settings.h"

#include <QStringList>

namespace concierge::app {

// `concierge-server import parents|students|faq FILE.csv`: imports into the configured database (a second connection
// beside a running server is fine: SQLite in WAL mode, PostgreSQL), prints one line per rejected row and then
// "accepted N, rejected M". Returns the exit code: 0 when the file was read, 2 when it could not be (or a bad usage),
// 1 when the database failed.
int runImport(const config::Settings &settings, const QStringList &arguments);

} // namespace concierge::app
