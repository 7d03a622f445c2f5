#pragma once

#include <QObject>

class QAction;

namespace concierge::ui {
class MainWindow;
}

namespace concierge::ui::inbox {

class ContactDataActions;
class ConversationPanel;
class FollowupsPanel;
class HandoffAlert;
class HandoffQueuePanel;

// The pages staff work in all day, added to the window in this order: conversations, handoff queue, follow-ups;
// with their actions in the Conversation menu (claim Ctrl+T, send Ctrl+Return, release Ctrl+Shift+R, close
// Ctrl+Shift+W, next waiting Ctrl+N) and the handoff alert (tray, sound, taskbar, waiting count in the title).
// The alert repeats every `console/handoffAlertSeconds` (QSettings, default 60).
class ConversationPages final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPages)

public:
    explicit ConversationPages(MainWindow *window);

    ConversationPanel *conversations() const { return m_conversations; }
    HandoffQueuePanel *queue() const { return m_queue; }
    FollowupsPanel *followups() const { return m_followups; }
    HandoffAlert *alert() const { return m_alert; }
    ContactDataActions *contactData() const { return m_contactData; }

    void openConversation(const QString &chatId);
    // Opens the conversation that has waited longest (Ctrl+N).
    void nextWaiting();

private:
    void buildActions();
    void updateActions();

    MainWindow *m_window;
    HandoffAlert *m_alert;
    ConversationPanel *m_conversations;
    HandoffQueuePanel *m_queue;
    FollowupsPanel *m_followups;
    QAction *m_claim = nullptr;
    QAction *m_send = nullptr;
    QAction *m_release = nullptr;
    QAction *m_close = nullptr;
    ContactDataActions *m_contactData = nullptr; // admins: export or erase the shown contact's data
};

} // namespace concierge::ui::inbox
