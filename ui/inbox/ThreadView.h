#pragma once

#include "events/LiveEvent.h"

#include <QList>
#include <QTextBrowser>
#include <QTimer>

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::ui::inbox {

// One conversation as a chat thread: the user's messages on the left, the replies (assistant, agent, phone) on the
// right with who wrote them, full text (selectable), time, delivery ticks and the service and intent the assistant
// chose. History comes from GET .../messages a page at a time, older pages when scrolled to the top; live events
// reload the newest page (a message's author, status and service come from the server, not guessed).
class ThreadView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    struct Message
    {
        qint64 id = 0;
        QString author;
        QString agent;
        QString text;
        qint64 timeMs = 0;
        QString status;
        QString service;
        QString intent;
    };

    explicit ThreadView(ConsoleClient *client, QWidget *parent = nullptr);

    void setConversation(const QString &chatId, const QString &contactName);
    void setContactName(const QString &contactName);
    QString chatId() const { return m_chatId; }
    const QList<Message> &messages() const { return m_messages; }
    bool hasOlder() const { return m_more; }
    void loadOlder();
    // Reload the newest page soon (several events in a row cost one request).
    void refreshSoon();
    void setPageSize(int size) { m_pageSize = size; }

signals:
    void loaded();

private:
    void onEvent(const live::LiveEvent &event);
    void loadNewest();
    void merge(const QJsonArray &items);
    void render();
    QString bubble(const Message &message) const;

    ConsoleClient *m_client;
    QString m_chatId;
    QString m_contact;
    QList<Message> m_messages; // oldest first
    bool m_more = false;
    bool m_loadingOlder = false;
    bool m_rendering = false;
    int m_generation = 0;
    int m_pageSize = 50;
    QTimer m_refresh;
};

} // namespace concierge::ui::inbox
