#pragma once

#include "events/LiveEvent.h"
#include "inbox/ConversationFormat.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::ui::inbox {

class HandoffAlert;

// The handoff queue: conversations waiting for a person first (longest wait on top, with why and what they asked,
// urgent ones marked), then those agents are answering. Loaded from the server at start (so a restarted console
// shows who waits) and kept live from the owner and handoff events; it drives the alert.
class HandoffQueuePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HandoffQueuePanel)

public:
    HandoffQueuePanel(ConsoleClient *client, HandoffAlert *alert, QWidget *parent = nullptr);

    // The conversation that has waited longest, or "" when nobody waits.
    QString longestWaiting() const;
    int waitingCount() const { return int(m_waiting.size()); }
    QTreeWidget *tree() const { return m_tree; }

public slots:
    void refresh();
    void claimSelected();

signals:
    // Staff want to see this conversation (claimed from here, or opened).
    void openRequested(const QString &chatId);

private:
    struct Request
    {
        QString reason;
        QString summary;
        bool urgent = false;
    };

    void onEvent(const live::LiveEvent &event);
    void load(const QString &owner);
    void rebuild();
    QTreeWidgetItem *itemFor(const Conversation &c, bool waiting) const;
    QString selectedChat() const;
    bool isListed(const QString &chatId) const;
    void askSummaries();
    QString nameOf(const QString &chatId) const;

    ConsoleClient *m_client;
    HandoffAlert *m_alert;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_claim = nullptr;
    QList<Conversation> m_waiting;
    QList<Conversation> m_claimed;
    QHash<QString, Request> m_requests; // from handoff.requested events, by chat
    QHash<QString, QString> m_names;    // contact names seen in message events
    QTimer m_refresh;
    QTimer m_tick;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace concierge::ui::inbox
