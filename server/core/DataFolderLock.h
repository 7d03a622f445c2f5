#pragma once

#include <QLockFile>
#include <QString>

namespace concierge {

// The data folder's lock file (DATA_DIR/concierge.lock), held by a running server: `concierge-server restore` must
// not replace the database under it. A server that died leaves a stale lock, which the next one takes over (the
// process it names is gone).
class DataFolderLock
{
public:
    explicit DataFolderLock(const QString &dataDir);
    DataFolderLock(const DataFolderLock &) = delete;
    DataFolderLock &operator=(const DataFolderLock &) = delete;

    static QString fileName(const QString &dataDir);

    // Takes the lock without waiting; false when another process (or another server in this one) holds it.
    bool tryLock();
    // Who holds it, for an error message: "process 1234 (concierge-server)"; empty when unknown.
    QString holder() const;

private:
    QLockFile m_file;
};

} // namespace concierge
