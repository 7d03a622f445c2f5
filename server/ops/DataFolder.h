#pragma once

#include "core/Result.h"

#include <QString>

namespace concierge::ops {

// The data folder (DATA_DIR) holds children's names and birth dates, the generated secrets and the console's
// settings: the folder is its owner's only (0700) and so is every file in it (0600), whatever the umask the server
// was started with and whatever an earlier version left behind.
class DataFolder
{
public:
    explicit DataFolder(QString path)
        : m_path(std::move(path))
    {
    }

    // Creates the folder (and its parents) if needed, owner-only, and closes the files already in it. Call before
    // anything is written there.
    Status prepare() const;
    // Takes the group's and others' rights off every file in the folder. Call once the database is open: SQLite
    // creates concierge.db, -wal and -shm with the umask's permissions (later -wal and -shm copy the database's).
    void tighten() const;

private:
    QString m_path;
};

} // namespace concierge::ops
