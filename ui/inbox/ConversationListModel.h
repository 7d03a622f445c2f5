#pragma once

#include "events/LiveEvent.h"
#include "inbox/ConversationFormat.h"

#include <QAbstractListModel>
#include <QList>
#include <QTimer>

namespace concierge::ui {
class ConsoleClient;
}

namespace concierge::ui::inbox {

// Every conversation, newest activity first, paged lazily from GET /api/v1/conversations (the view asks for more
// when it scrolls to the end, so 10,000 chats cost one page at a time) and kept live from the event feed: new
// activity moves a chat to the top; a chat the model has not loaded yet is fetched alone.
class ConversationListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationListModel)

public:
    enum class Filter { All, Bot, Queued, Human, Mine };
    enum Role {
        ChatIdRole = Qt::UserRole + 1,
        NameRole,
        PhoneRole,
        OwnerTextRole,
        OwnerColorRole,
        PreviewRole,
        WaitingRole, // the waiting time text, empty unless queued
        UnreadRole,
        LastActivityRole,
    };

    explicit ConversationListModel(ConsoleClient *client, QObject *parent = nullptr);

    void setPageSize(int size) { m_pageSize = size; }
    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);
    // The search text; applied after a short pause in typing (debounced) so each key does not cost a request.
    void setSearch(const QString &text);
    QString search() const { return m_search; }
    void reload();

    int rowOf(const QString &chatId) const;
    const Conversation *conversation(const QString &chatId) const;
    Conversation at(int row) const { return m_rows.value(row); }
    // The server's copy of one chat (after an action or an event), put in place or moved to the top.
    void fetchOne(const QString &chatId);
    void markRead(const QString &chatId);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void conversationChanged(const concierge::ui::inbox::Conversation &conversation);
    void loadingChanged(bool loading);

private:
    void onEvent(const live::LiveEvent &event);
    void applyMessage(int row, const live::LiveEvent &event);
    void upsert(const Conversation &conversation, bool toTop);
    void moveToTop(int row);
    void removeAt(int row);
    bool matches(const Conversation &conversation) const;
    QString pagePath() const;

    ConsoleClient *m_client;
    QList<Conversation> m_rows;
    Filter m_filter = Filter::All;
    QString m_search;
    QString m_pendingSearch;
    QTimer m_searchDelay;
    QString m_cursor;
    bool m_hasMore = true;
    bool m_loading = false;
    int m_generation = 0; // a reload drops the answers of pages asked before it
    int m_pageSize = 50;
};

} // namespace concierge::ui::inbox
