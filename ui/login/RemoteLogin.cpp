#include "login/RemoteLogin.h"

#include "login/LoginDialog.h"

namespace concierge::ui {

RemoteLogin::RemoteLogin(ConsoleClient *client, QString username, QString password, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_username(std::move(username))
    , m_password(std::move(password))
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(kUnreachableRetryMs);
    connect(&m_retry, &QTimer::timeout, this, [this] { attempt(m_username, m_password); });
    connect(client, &ConsoleClient::loggedIn, this, &RemoteLogin::onLoggedIn);
    connect(client, &ConsoleClient::loginRefused, this, &RemoteLogin::onRefused);
    connect(client, &ConsoleClient::authenticationRequired, this, &RemoteLogin::onAuthenticationRequired);
}

RemoteLogin::~RemoteLogin()
{
    delete m_dialog.data();
}

void RemoteLogin::start()
{
    if (!m_username.isEmpty() && !m_password.isEmpty())
        attempt(m_username, m_password);
    else
        showDialog({}, false);
}

QString RemoteLogin::describe(ConsoleClient::LoginFailure failure, const QString &message, const QString &url)
{
    switch (failure) {
    case ConsoleClient::LoginFailure::WrongPassword: return tr("Wrong username or password. Check them and try again.");
    case ConsoleClient::LoginFailure::AccountDisabled:
        return tr("This account is disabled. Ask the parish administrator to enable it again.");
    case ConsoleClient::LoginFailure::Unreachable:
        return tr("The server %1 cannot be reached (%2). Check that concierge-server runs there and that this PC "
                  "is on the network, then press Retry.")
            .arg(url, message);
    case ConsoleClient::LoginFailure::TooManyAttempts: return tr("Too many attempts. Wait a minute, then try again.");
    case ConsoleClient::LoginFailure::Refused: break;
    }
    return tr("The server refused the login (%1). Check the server address %2.").arg(message, url);
}

void RemoteLogin::attempt(const QString &username, const QString &password)
{
    if (!m_client || m_inFlight)
        return;
    m_inFlight = true;
    m_username = username;
    m_password = password;
    m_client->login(username, password);
}

void RemoteLogin::onLoggedIn()
{
    m_inFlight = false;
    m_retry.stop();
    if (m_dialog) {
        m_dialog->accept();
        m_dialog->deleteLater();
    }
    if (!m_ready) {
        m_ready = true;
        emit ready();
    }
}

void RemoteLogin::onRefused(ConsoleClient::LoginFailure failure, const QString &message)
{
    m_inFlight = false;
    const bool unreachable = failure == ConsoleClient::LoginFailure::Unreachable;
    if (unreachable && !m_password.isEmpty())
        m_retry.start(); // try again by itself (a kiosk started before its server), dialog or not
    if (unreachable && m_ready && !m_dialog)
        return; // the connection label already says the server is away
    if (failure != ConsoleClient::LoginFailure::TooManyAttempts && !unreachable)
        m_password.clear(); // it no longer works: do not try it again on the next refusal
    showDialog(describe(failure, message, m_client ? m_client->baseUrl() : QString()), unreachable);
}

void RemoteLogin::onAuthenticationRequired()
{
    if (!m_ready || m_inFlight || m_dialog || m_retry.isActive())
        return; // the first login, or one already under way, will settle it
    if (!m_password.isEmpty())
        attempt(m_username, m_password);
    else
        showDialog(tr("Your session has ended. Log in again."), false);
}

void RemoteLogin::showDialog(const QString &error, bool retry)
{
    if (!m_dialog) {
        m_dialog = new LoginDialog(m_client ? m_client->baseUrl() : QString(), m_username, m_window);
        if (m_window)
            m_dialog->setWindowModality(Qt::WindowModal);
        connect(m_dialog, &LoginDialog::submitted, this, &RemoteLogin::attempt);
        connect(m_dialog, &QDialog::rejected, this, [this] {
            m_dialog->deleteLater();
            if (!m_ready)
                emit cancelled();
        });
    }
    if (!m_password.isEmpty())
        m_dialog->setPassword(m_password); // Retry with what was given (CONCIERGE_PASSWORD included)
    if (!error.isEmpty())
        m_dialog->showError(error, retry);
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
}

} // namespace concierge::ui
