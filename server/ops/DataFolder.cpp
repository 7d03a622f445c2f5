#include "ops/DataFolder.h"

#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>

namespace concierge::ops {

Status DataFolder::prepare() const
{
    if (!privateFiles::makeFolder(m_path))
        return Error{QStringLiteral("invalid_setting"),
                     QStringLiteral("DATA_DIR: cannot create folder '%1'").arg(m_path)};
    tighten();
    return {};
}

void DataFolder::tighten() const
{
    // Symbolic links are left alone: changing the mode would change their target, which may be anywhere.
    const QStringList files = QDir(m_path).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString &name : files)
        privateFiles::restrict(m_path + u'/' + name);
}

} // namespace concierge::ops
