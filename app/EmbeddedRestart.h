#pragma once

#include "config/Settings.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QProgressDialog;
class QWidget;

namespace concierge {
class ServerHost;
}

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::app {

// The embedded console's server: mints the console's token and restarts the server when settings that need it were
// saved (MainWindow::serverRestartRequested), on the same port, in a worker thread so that the window stays
// responsive behind a busy indicator; the console then reconnects and reloads (ConsoleClient::resynchronized).
class EmbeddedRestart final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmbeddedRestart)

public:
    using SettingsSource = std::function<Result<config::Settings>()>;

    EmbeddedRestart(ServerHost *host, ui::ConsoleClient *client, SettingsSource settings, QObject *parent = nullptr);
    ~EmbeddedRestart() override;

    // Gives the client a fresh token (not while the server restarts: it asks again once it is back).
    void refreshToken();
    // Re-reads the settings and restarts the server; `window` shows the busy indicator and any error.
    void restart(QWidget *window);
    bool restarting() const { return m_restarting; }

signals:
    void finished(bool ok);

private:
    void done(const Status &status);

    ServerHost *m_host;
    QPointer<ui::ConsoleClient> m_client;
    SettingsSource m_settings;
    QPointer<QWidget> m_window;
    QPointer<QProgressDialog> m_progress;
    QThread *m_worker = nullptr;
    bool m_restarting = false;
};

} // namespace concierge::app
