#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace concierge::ui {

// Asks a remote console's user for a username and password. It only shows: RemoteLogin submits the login and tells
// it why one failed (wrong password, account disabled, server unreachable), inline, under the fields.
class LoginDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginDialog)

public:
    LoginDialog(const QString &serverUrl, const QString &username, QWidget *parent = nullptr);

    QString username() const;
    QString password() const;
    void setPassword(const QString &password);
    // Shows why the last attempt failed; `retry` offers to try again as is (the server was unreachable).
    void showError(const QString &message, bool retry);
    // Disables the form while a login is in flight.
    void setBusy(bool busy);

signals:
    void submitted(const QString &username, const QString &password);

private:
    void submit();

    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_login = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace concierge::ui
