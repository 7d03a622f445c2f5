#pragma once

#include "config/Settings.h"
#include "core/Result.h"

#include <QString>

namespace concierge::ops {

// The server's own configuration file, <DATA_DIR>/concierge.env, written by the console's settings dialog. It is
// read at start after .env (--env-file) and before the process environment (app/CommandLine.cpp). Writing keeps
// its comments and every line it does not change; the file is owner-only (0600): it holds secrets.
class SettingsFile
{
public:
    explicit SettingsFile(QString path)
        : m_path(std::move(path))
    {
    }
    static QString pathIn(const QString &dataDir) { return dataDir + QStringLiteral("/concierge.env"); }

    QString path() const { return m_path; }
    // Sets each key (an existing KEY= line is replaced in place, a new one appended).
    Status update(const config::Environment &values) const;
    // The value as written in a .env line: quoted when it holds spaces, '#' or quotes.
    static QString quoted(const QString &value);

private:
    QString m_path;
};

} // namespace concierge::ops
