#include "inbox/ConversationPages.h"

#include "MainWindow.h"
#include "inbox/ContactDataActions.h"
#include "inbox/ConversationPanel.h"
#include "inbox/FollowupsPanel.h"
#include "inbox/HandoffAlert.h"
#include "inbox/HandoffQueuePanel.h"

#include <QAction>
#include <QMenu>
#include <QSettings>

namespace concierge::ui::inbox {

ConversationPages::ConversationPages(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_alert(new HandoffAlert(window, window->trayIcon(), this))
    , m_conversations(new ConversationPanel(window->client()))
    , m_queue(new HandoffQueuePanel(window->client(), m_alert))
    , m_followups(new FollowupsPanel(window->client()))
{
    setObjectName(QStringLiteral("conversationPages"));
    const int seconds = QSettings().value(QStringLiteral("console/handoffAlertSeconds"), 60).toInt();
    m_alert->setIntervalMs(seconds * 1000);
    connect(m_alert, &HandoffAlert::waitingCountChanged, window, &MainWindow::setWaitingCount);
    window->addPage(m_conversations, tr("Conversations"));
    window->addPage(m_queue, tr("Handoff queue"));
    window->addPage(m_followups, tr("Follow-ups"));
    connect(m_queue, &HandoffQueuePanel::openRequested, this, &ConversationPages::openConversation);
    connect(m_followups, &FollowupsPanel::openRequested, this, &ConversationPages::openConversation);
    connect(m_conversations, &ConversationPanel::stateChanged, this, &ConversationPages::updateActions);
    buildActions();
}

void ConversationPages::buildActions()
{
    QMenu *menu = m_window->conversationMenu();
    const auto add = [this, menu](const QString &text, const QString &name, const QList<QKeySequence> &keys,
                                  auto slot) {
        QAction *action = menu->addAction(text);
        action->setObjectName(name);
        action->setShortcuts(keys);
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_claim = add(tr("&Claim"), QStringLiteral("actionClaim"), {QKeySequence(Qt::CTRL | Qt::Key_T)},
                  [this] { m_conversations->claim(); });
    m_send = add(tr("&Send"), QStringLiteral("actionSend"),
                 {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
                 [this] { m_conversations->send(); });
    m_release = add(tr("&Hand back to the assistant"), QStringLiteral("actionRelease"),
                    {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R)}, [this] { m_conversations->release(); });
    m_close = add(tr("C&lose"), QStringLiteral("actionClose"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W)},
                  [this] { m_conversations->closeConversation(); });
    menu->addSeparator();
    add(tr("&Next waiting conversation"), QStringLiteral("actionNextWaiting"), {QKeySequence(Qt::CTRL | Qt::Key_N)},
        [this] { nextWaiting(); });
    menu->addSeparator();
    m_contactData = new ContactDataActions(m_window->client(), m_conversations, menu, m_window);
    updateActions();
}

void ConversationPages::updateActions()
{
    m_claim->setEnabled(m_conversations->canClaim());
    m_send->setEnabled(m_conversations->canSend());
    m_release->setEnabled(m_conversations->canRelease());
    m_close->setEnabled(!m_conversations->currentChatId().isEmpty());
    m_contactData->updateActions();
}

void ConversationPages::openConversation(const QString &chatId)
{
    m_window->showPage(m_conversations);
    m_conversations->openConversation(chatId);
}

void ConversationPages::nextWaiting()
{
    const QString chatId = m_queue->longestWaiting();
    if (!chatId.isEmpty())
        openConversation(chatId);
}

} // namespace concierge::ui::inbox
