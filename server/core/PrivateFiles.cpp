#include "core/PrivateFiles.h"

#include <QDir>
#include <QFile>

namespace concierge::privateFiles {

namespace {
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kOwnerFolder = kOwnerFile | QFileDevice::ExeOwner;
} // namespace

Status makeFolder(const QString &path)
{
    if (!QDir().mkpath(path) || !QFile::setPermissions(path, kOwnerFolder))
        return Error{QStringLiteral("data_dir"), QStringLiteral("cannot create a private folder at %1").arg(path)};
    return {};
}

Status write(const QString &path, const QByteArray &content)
{
    QFile file(path);
    // Created with owner-only permissions (the umask can only take bits away); an existing file is restricted too.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, kOwnerFile) || !file.setPermissions(kOwnerFile) ||
        file.write(content) != content.size())
        return Error{QStringLiteral("data_dir"), QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return {};
}

void restrict(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, kOwnerFile);
}

} // namespace concierge::privateFiles
