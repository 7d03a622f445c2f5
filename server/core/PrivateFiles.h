#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace concierge {

// The data folder holds children's names and birth dates, tokens and password hashes: only its owner may read it,
// whatever the umask the program was started with (folder 0700, files 0600).
namespace privateFiles {

// Creates the folder (and its parents) if needed and restricts it to its owner.
Status makeFolder(const QString &path);
// Writes `content` to a new or truncated file created owner-only (no moment when others could read it).
Status write(const QString &path, const QByteArray &content);
// Restricts an existing file to its owner; a missing file is fine.
void restrict(const QString &path);

} // namespace privateFiles
} // namespace concierge
