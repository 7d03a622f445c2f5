#pragma once

#include "client/ConsoleClient.h"
#include "login/LoginDialog.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

class QWidget;

namespace concierge::ui {

// Keeps a remote console (`concierge --connect URL`) logged in. The first login is silent when a password is given
// (CONCIERGE_PASSWORD, for kiosk starts), else through the login dialog. Later, when the server refuses the token
// (it expired, or the server restarted with another key: ConsoleClient::authenticationRequired), it logs in again
// silently with the password it remembers, and shows the dialog only when that fails.
class RemoteLogin final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteLogin)

public:
    static constexpr int kUnreachableRetryMs = 5000;

    RemoteLogin(ConsoleClient *client, QString username, QString password, QObject *parent = nullptr);
    ~RemoteLogin() override;

    // Starts the first login; ends with ready() or, when the user closes the dialog, cancelled().
    void start();
    // Parents the dialog, when it has to be shown again, to the console's window.
    void setWindow(QWidget *window) { m_window = window; }
    // The dialog when it is shown, else null.
    LoginDialog *dialog() const { return m_dialog; }
    // The text shown for a failed login, in the user's language.
    static QString describe(ConsoleClient::LoginFailure failure, const QString &message, const QString &url);

signals:
    void ready();
    void cancelled();

private:
    void attempt(const QString &username, const QString &password);
    void onLoggedIn();
    void onRefused(ConsoleClient::LoginFailure failure, const QString &message);
    void onAuthenticationRequired();
    void showDialog(const QString &error, bool retry);

    QPointer<ConsoleClient> m_client;
    QString m_username;
    QString m_password;
    QPointer<LoginDialog> m_dialog;
    QPointer<QWidget> m_window;
    QTimer m_retry;
    bool m_ready = false;
    bool m_inFlight = false;
};

} // namespace concierge::ui
