#pragma once

#include "config/Settings.h"
#include "core/Result.h"

#include <QObject>
#include <QThread>

namespace concierge::live {
class EventBus;
}

namespace concierge {

class ConciergeServer;

// Runs a ConciergeServer in its own thread with its own event loop (never the GUI thread). The console and the
// headless program both use it.
class ServerHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerHost)

public:
    explicit ServerHost(config::Settings settings, QObject *parent = nullptr);
    ~ServerHost() override; // stops the server and joins its thread

    // Builds and starts the server in its thread; returns once it listens, or with the reason it could not.
    Status start();
    void stop();
    // Stops accepting, lets what is in flight finish (at most maxMs, see ConciergeServer::drain), then stops.
    void stopGracefully(int maxMs);
    // Stops the server and starts it again with these settings (e.g. after they were saved). Blocks until it
    // listens again, so call it from a worker thread when a window is open (app/EmbeddedRestart).
    Status restart(config::Settings settings);
    quint16 port() const { return m_port; }
    bool running() const { return m_server != nullptr; }
    QString webhookTokenFile() const { return m_webhookTokenFile; }
    // A fresh bearer token for the configured admin, for the console in this process (asked again when it expires).
    Result<QString> consoleToken();
    // Lives in the server thread: connect to it with a queued connection (the default across threads).
    live::EventBus *events() const { return m_events; }

private:
    config::Settings m_settings;
    QThread m_thread;
    QObject m_anchor;
    ConciergeServer *m_server = nullptr;
    live::EventBus *m_events = nullptr;
    quint16 m_port = 0;
    QString m_webhookTokenFile;
};

} // namespace concierge
