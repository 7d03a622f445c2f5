#include "core/DataFolderLock.h"

namespace concierge {

DataFolderLock::DataFolderLock(const QString &dataDir)
    : m_file(fileName(dataDir))
{
    // Never stale by age: a server runs for months. A lock whose process is gone is taken over all the same.
    m_file.setStaleLockTime(0);
}

QString DataFolderLock::fileName(const QString &dataDir)
{
    return dataDir + QStringLiteral("/concierge.lock");
}

bool DataFolderLock::tryLock()
{
    return m_file.tryLock(0);
}

QString DataFolderLock::holder() const
{
    qint64 pid = 0;
    QString host;
    QString application;
    if (!m_file.getLockInfo(&pid, &host, &application))
        return {};
    return QStringLiteral("process %1 (%2)").arg(pid).arg(application);
}

} // namespace concierge
