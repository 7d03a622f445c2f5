#pragma once

#include "client/ApiReply.h"
#include "inbox/ConversationFormat.h"

#include "shell/UnsavedWork.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::ui::inbox {

class ConversationListModel;
class ThreadView;

// The conversations page: the live list on the left (filters, search), the selected conversation on the right as a
// chat thread with its actions (claim, release, close) and a composer that only the owning agent can use.
class ConversationPanel final : public QWidget, public UnsavedWork
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationPanel)

public:
    explicit ConversationPanel(ConsoleClient *client, QWidget *parent = nullptr);

    ConversationListModel *model() const { return m_model; }
    ThreadView *thread() const { return m_thread; }
    QString currentChatId() const { return m_current.chatId; }
    const Conversation &current() const { return m_current; }
    // Shows a conversation (from the list, the queue or a shortcut), loaded from the server if the list lacks it.
    void openConversation(const QString &chatId);

    bool canClaim() const;
    bool canRelease() const;
    bool canSend() const;

    // Replies typed but not sent, kept per conversation while staff look at others.
    bool hasUnsavedChanges() const override;
    QString unsavedChangesSummary() const override;

public slots:
    void claim();
    void release();
    void closeConversation();
    void send();
    void refresh();

signals:
    // Who owns the shown conversation changed (or another one is shown): menu actions follow.
    void stateChanged();

private:
    QWidget *buildList();
    QWidget *buildDetail();
    void display(const Conversation &conversation);
    void updateState();
    void act(const QString &action);
    void showError(const ApiReply &reply);
    void showConflict(const QString &sentence);
    bool isMine() const;

    ConsoleClient *m_client;
    ConversationListModel *m_model;
    Conversation m_current;
    QListView *m_list = nullptr;
    QLineEdit *m_search = nullptr;
    QButtonGroup *m_filters = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_owner = nullptr;
    QLabel *m_error = nullptr;
    ThreadView *m_thread = nullptr;
    QPushButton *m_claim = nullptr;
    QPushButton *m_release = nullptr;
    QPushButton *m_close = nullptr;
    QPlainTextEdit *m_composer = nullptr;
    QHash<QString, QString> m_drafts; // chat id -> reply typed but not sent (the shown one is in m_composer)
    QPushButton *m_send = nullptr;
    QLabel *m_hint = nullptr;
};

} // namespace concierge::ui::inbox
