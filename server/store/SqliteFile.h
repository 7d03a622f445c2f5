#pragma once

#include "core/Result.h"

#include <QString>

namespace concierge::store {

// Operations on a SQLite database file from a connection of their own, beside a server that may be running on it
// (WAL mode lets one writer and many readers work at once): the `backup` and `restore` commands and the erasure of
// a contact's data use them.
namespace sqliteFile {

// Writes a consistent copy of the database at `sourcePath` (one read transaction: what was committed when it
// started) to `targetPath`, which must not exist or be empty; created owner-only (0600).
Status backup(const QString &sourcePath, const QString &targetPath);

// Checks that `path` is a Concierge database this program can open: PRAGMA integrity_check says "ok" and its schema
// version is one of ours. Returns that version.
Result<int> verify(const QString &path);

// Copies the write-ahead log into the database file and truncates it to zero bytes, so that the pages it held
// (deleted rows included) are gone from the disk. Fails (busy) while a reader holds an old snapshot.
Status truncateLog(const QString &path);

} // namespace sqliteFile
} // namespace concierge::store
