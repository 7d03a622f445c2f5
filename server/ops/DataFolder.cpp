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
    // Only the group's and others' bits go: a file of the owner's keeps what the owner may do with it. Symbolic
    // links are left alone: changing their mode would change their target, which may be anywhere.
    constexpr QFileDevice::Permissions kOwnerBits = QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner | QFileDevice::ReadUser |
                                                    QFileDevice::WriteUser | QFileDevice::ExeUser;
    const QStringList files = QDir(m_path).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    for (const QString &name : files) {
        QFile file(m_path + u'/' + name);
        const QFileDevice::Permissions permissions = file.permissions();
        if (permissions & ~kOwnerBits)
            file.setPermissions(permissions & kOwnerBits);
    }
}

} // namespace concierge::ops
