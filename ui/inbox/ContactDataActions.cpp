#include "inbox/ContactDataActions.h"

#include "client/ConsoleClient.h"
#include "inbox/ConversationFormat.h"
#include "inbox/ConversationListModel.h"
#include "inbox/ConversationPanel.h"
#include "inbox/ThreadView.h"

#include <QAction>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>

namespace concierge::ui::inbox {

ContactDataActions::ContactDataActions(ConsoleClient *client, ConversationPanel *panel, QMenu *menu, QWidget *window)
    : QObject(window)
    , m_client(client)
    , m_panel(panel)
    , m_window(window)
    , m_export(menu->addAction(tr("E&xport contact data…")))
    , m_erase(menu->addAction(tr("&Erase contact data…")))
{
    setObjectName(QStringLiteral("contactDataActions"));
    m_export->setObjectName(QStringLiteral("actionExportContact"));
    m_erase->setObjectName(QStringLiteral("actionEraseContact"));
    connect(m_export, &QAction::triggered, this, &ContactDataActions::chooseExportFile);
    connect(m_erase, &QAction::triggered, this, &ContactDataActions::confirmErase);
    connect(m_client, &ConsoleClient::loggedIn, this, &ContactDataActions::updateActions);
    updateActions();
}

void ContactDataActions::updateActions()
{
    const bool admin = m_client->isAdmin();
    const bool shown = !m_panel->currentChatId().isEmpty();
    for (QAction *action : {m_export, m_erase}) {
        action->setVisible(admin);
        action->setEnabled(admin && shown);
    }
}

void ContactDataActions::chooseExportFile()
{
    const QString chatId = m_panel->currentChatId();
    if (chatId.isEmpty())
        return;
    const QString suggested = QStringLiteral("contact-%1.json").arg(chatId.section(u'@', 0, 0));
    auto *dialog = new QFileDialog(m_window, tr("Export contact data"), suggested, tr("JSON files (*.json)"));
    dialog->setObjectName(QStringLiteral("exportContactDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("json"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, chatId](const QString &path) { exportTo(chatId, path); });
    dialog->open();
}

void ContactDataActions::exportTo(const QString &chatId, const QString &path)
{
    m_client->get(
        QStringLiteral("/api/v1/contacts/%1/export").arg(ConsoleClient::segment(chatId)), this,
        [this, path](const ApiReply &reply) {
            if (!reply.ok()) {
                warn(tr("Export contact data"),
                     tr("The contact's data could not be exported: %1").arg(reply.errorMessage));
                return;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(QJsonDocument(reply.json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
                warn(tr("Export contact data"),
                     tr("Cannot write %1: %2. Choose another folder and try again.").arg(path, file.errorString()));
                return;
            }
            emit exported(path);
        });
}

void ContactDataActions::confirmErase()
{
    const QString chatId = m_panel->currentChatId();
    if (chatId.isEmpty())
        return;
    const Conversation &shown = m_panel->current();
    const QString name = displayName(shown);
    const QString number = readablePhone(shown.phone.isEmpty() ? chatId : shown.phone);
    const QString who = name == number ? number : QStringLiteral("%1 (%2)").arg(name, number);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Erase contact data"),
                                tr("Erase everything held about %1?").arg(who), QMessageBox::Cancel, m_window);
    box->setObjectName(QStringLiteral("eraseContactConfirm"));
    box->setInformativeText(tr("Their messages, sessions, handoffs and follow-ups are deleted for good. This cannot "
                               "be undone. Certificates and the audit log are kept; the audit log records the "
                               "erasure."));
    QPushButton *erase = box->addButton(tr("Erase"), QMessageBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("confirmErase"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, chatId, erase](QAbstractButton *button) {
        if (button == erase)
            this->erase(chatId);
    });
    box->open();
}

void ContactDataActions::erase(const QString &chatId)
{
    m_client->remove(QStringLiteral("/api/v1/contacts/%1").arg(ConsoleClient::segment(chatId)), this,
                     [this, chatId](const ApiReply &reply) {
                         if (!reply.ok()) {
                             warn(tr("Erase contact data"),
                                  tr("The contact's data was not erased: %1").arg(reply.errorMessage));
                             return;
                         }
                         // Load the thread afresh: it is empty now.
                         if (m_panel->currentChatId() == chatId) {
                             m_panel->thread()->setConversation(QString(), QString());
                             m_panel->thread()->setConversation(chatId, QString());
                             m_panel->refresh();
                         }
                         m_panel->model()->fetchOne(chatId);
                         emit erased(chatId);
                     });
}

void ContactDataActions::warn(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("contactDataError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace concierge::ui::inbox
