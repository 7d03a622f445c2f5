#include "EmbeddedRestart.h"

#include "ServerHost.h"
#include "client/ConsoleClient.h"

#include <QMessageBox>
#include <QProgressDialog>
#include <QThread>

#include <memory>

namespace concierge::app {

namespace {
// Shown without a nested event loop: the console keeps following the server behind it.
void tell(QWidget *window, QMessageBox::Icon icon, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(icon, title, text, QMessageBox::Ok, window);
    box->setObjectName(QStringLiteral("restartError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
} // namespace

EmbeddedRestart::EmbeddedRestart(ServerHost *host, ui::ConsoleClient *client, SettingsSource settings, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_client(client)
    , m_settings(std::move(settings))
{
    connect(client, &ui::ConsoleClient::authenticationRequired, this, &EmbeddedRestart::refreshToken);
}

EmbeddedRestart::~EmbeddedRestart()
{
    if (m_worker) { // quitting during a restart: let it end before the host goes
        m_worker->wait();
        delete m_worker;
    }
}

void EmbeddedRestart::refreshToken()
{
    if (m_restarting || !m_client)
        return;
    if (auto token = m_host->consoleToken())
        m_client->setToken(token.value());
}

void EmbeddedRestart::restart(QWidget *window)
{
    if (m_restarting)
        return;
    m_window = window;
    auto settings = m_settings();
    if (!settings) {
        tell(window, QMessageBox::Warning, tr("The server was not restarted"),
             tr("A setting is wrong: %1\nCorrect it in the settings, then save again.").arg(settings.error().message));
        emit finished(false);
        return;
    }
    config::Settings next = settings.value();
    next.port = m_host->port(); // the console (and WAHA's webhook) know the server at this address
    m_restarting = true;
    m_progress = new QProgressDialog(tr("Restarting the server with the new settings…"), QString(), 0, 0, window);
    m_progress->setObjectName(QStringLiteral("restartProgress"));
    m_progress->setWindowTitle(tr("Concierge"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(0);
    m_progress->show();
    // Stopping and starting the server waits for its thread: never in the GUI thread.
    auto status = std::make_shared<Status>();
    ServerHost *host = m_host;
    m_worker = QThread::create([host, next, status] { *status = host->restart(next); });
    connect(m_worker, &QThread::finished, this, [this, status] {
        m_worker->deleteLater();
        m_worker = nullptr;
        done(*status);
    });
    m_worker->start();
}

void EmbeddedRestart::done(const Status &status)
{
    m_restarting = false;
    if (m_progress)
        m_progress->deleteLater();
    if (!status) {
        tell(m_window, QMessageBox::Critical, tr("The server did not restart"),
             tr("The server could not start again: %1\nCorrect the settings and save them again, "
                "or quit and start Concierge again.")
                 .arg(status.error().message));
        emit finished(false);
        return;
    }
    refreshToken();
    if (m_client) { // reconnect now rather than at the next retry; the feed's reset makes the panels reload
        m_client->stop();
        m_client->start();
    }
    emit finished(true);
}

} // namespace concierge::app
