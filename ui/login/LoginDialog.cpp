#include "login/LoginDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concierge::ui {

LoginDialog::LoginDialog(const QString &serverUrl, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(username, this))
    , m_password(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("loginDialog"));
    setWindowTitle(tr("Concierge — log in"));
    setMinimumWidth(440);
    m_username->setObjectName(QStringLiteral("loginUsername"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_error->setObjectName(QStringLiteral("loginError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();

    auto *intro = new QLabel(tr("Log in to the Concierge server at %1.").arg(serverUrl), this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username:"), m_username);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_login = buttons->addButton(tr("Log in"), QDialogButtonBox::AcceptRole);
    m_login->setObjectName(QStringLiteral("loginButton"));
    m_login->setDefault(true);
    m_retry = buttons->addButton(tr("Retry"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("loginRetry"));
    m_retry->hide();
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_login, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_retry, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

QString LoginDialog::username() const
{
    return m_username->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::setPassword(const QString &password)
{
    m_password->setText(password);
}

void LoginDialog::showError(const QString &message, bool retry)
{
    setBusy(false);
    m_error->setText(message);
    m_error->show();
    m_retry->setVisible(retry);
    if (!retry) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

void LoginDialog::setBusy(bool busy)
{
    m_login->setEnabled(!busy);
    m_retry->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
}

void LoginDialog::submit()
{
    if (username().isEmpty() || password().isEmpty()) {
        showError(tr("Enter your username and password."), false);
        return;
    }
    setBusy(true);
    emit submitted(username(), password());
}

} // namespace concierge::ui
