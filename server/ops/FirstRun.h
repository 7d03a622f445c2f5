#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace concierge::ops {

// Whether the parish went through the console's first-run assistant: a marker file in the data folder, so that it
// survives restarts and goes away with a fresh data folder (which is what a first run is).
class FirstRun
{
public:
    explicit FirstRun(QString dataDir)
        : m_dataDir(std::move(dataDir))
    {
    }

    bool pending() const;
    Status complete() const;
    // The admin password generated at the first start (<DATA_DIR>/admin-password), empty when none was.
    QString generatedAdminPassword() const;
    // http://<address>:<port>/api/v1/webhook where WAHA can reach the server listening on `host`: this machine's
    // LAN IPv4 addresses first (all of them for 0.0.0.0, the one given otherwise), then 127.0.0.1 (loopback only
    // when the server listens there alone).
    static QStringList webhookUrls(const QString &host, quint16 port);

private:
    QString m_dataDir;
};

} // namespace concierge::ops
