#include "inbox/ConversationListModel.h"

#include "client/ConsoleClient.h"

#include <QDateTime>
#include <QUrl>

#include <memory>

namespace concierge::ui::inbox {

using live::EventKind;

ConversationListModel::ConversationListModel(ConsoleClient *client, QObject *parent)
    : QAbstractListModel(parent)
    , m_client(client)
{
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(300);
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        if (m_pendingSearch == m_search)
            return;
        m_search = m_pendingSearch;
        reload();
    });
    connect(m_client, &ConsoleClient::eventReceived, this, &ConversationListModel::onEvent);
    // After a disconnection (or a server restart) the events in between may be lost: reload from the server.
    auto wasDown = std::make_shared<bool>(false);
    connect(m_client, &ConsoleClient::connectionChanged, this, [this, wasDown](bool up) {
        if (!up) {
            *wasDown = true;
        } else if (*wasDown) {
            *wasDown = false;
            reload();
        }
    });
}

void ConversationListModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void ConversationListModel::setSearch(const QString &text)
{
    m_pendingSearch = text.trimmed();
    m_searchDelay.start();
}

void ConversationListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_cursor.clear();
    m_hasMore = true;
    m_loading = false;
    endResetModel();
    fetchMore({});
}

QString ConversationListModel::pagePath() const
{
    QString path = QStringLiteral("/api/v1/conversations?limit=%1").arg(m_pageSize);
    switch (m_filter) {
    case Filter::All: break;
    case Filter::Bot: path += QStringLiteral("&owner=bot"); break;
    case Filter::Queued: path += QStringLiteral("&owner=queued"); break;
    case Filter::Human:
    case Filter::Mine: path += QStringLiteral("&owner=human"); break;
    }
    if (!m_search.isEmpty())
        path += QStringLiteral("&q=") + QString::fromLatin1(QUrl::toPercentEncoding(m_search));
    if (!m_cursor.isEmpty())
        path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(m_cursor));
    return path;
}

bool ConversationListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading;
}

void ConversationListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_loading = true;
    emit loadingChanged(true);
    const int generation = m_generation;
    m_client->get(pagePath(), this, [this, generation](const ApiReply &reply) {
        if (generation != m_generation)
            return;
        m_loading = false;
        emit loadingChanged(false);
        if (!reply.ok()) {
            m_hasMore = false; // the view would ask again at once; a reload or an event tries again
            return;
        }
        QList<Conversation> page;
        for (const QJsonValue &item : reply.items()) {
            const Conversation c = Conversation::fromJson(item.toObject());
            if (rowOf(c.chatId) < 0 && matches(c))
                page.append(c);
        }
        const QJsonValue next = reply.json.value(QLatin1String("next_cursor"));
        m_cursor = next.toString();
        m_hasMore = next.isString() && !m_cursor.isEmpty();
        if (!page.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
            m_rows.append(page);
            endInsertRows();
        } else if (m_hasMore && m_filter == Filter::Mine) {
            fetchMore({}); // a page of other agents' chats: look further
        }
    });
}

int ConversationListModel::rowOf(const QString &chatId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].chatId == chatId)
            return i;
    }
    return -1;
}

const Conversation *ConversationListModel::conversation(const QString &chatId) const
{
    const int row = rowOf(chatId);
    return row < 0 ? nullptr : &m_rows[row];
}

bool ConversationListModel::matches(const Conversation &c) const
{
    switch (m_filter) {
    case Filter::All: return true;
    case Filter::Bot: return c.owner == QLatin1String("bot");
    case Filter::Queued: return c.isQueued();
    case Filter::Human: return c.isHuman();
    case Filter::Mine: return c.owner == QStringLiteral("human:") + m_client->username();
    }
    return true;
}

void ConversationListModel::fetchOne(const QString &chatId)
{
    const int generation = m_generation;
    m_client->get(QStringLiteral("/api/v1/conversations/") + ConsoleClient::segment(chatId), this,
                  [this, generation](const ApiReply &reply) {
                      if (!reply.ok() || generation != m_generation)
                          return;
                      const Conversation c = Conversation::fromJson(reply.json);
                      const int row = rowOf(c.chatId);
                      const bool newer = row < 0 || c.lastActivityMs > m_rows[row].lastActivityMs;
                      upsert(c, newer);
                      emit conversationChanged(c);
                  });
}

void ConversationListModel::markRead(const QString &chatId)
{
    const int row = rowOf(chatId);
    if (row >= 0 && m_rows[row].unread > 0) {
        m_rows[row].unread = 0;
        emit dataChanged(index(row), index(row));
    }
    m_client->post(QStringLiteral("/api/v1/conversations/%1/read").arg(ConsoleClient::segment(chatId)), {}, this,
                   [](const ApiReply &) {});
}

void ConversationListModel::upsert(const Conversation &conversation, bool toTop)
{
    int row = rowOf(conversation.chatId);
    if (!matches(conversation) || (row < 0 && !m_search.isEmpty())) {
        if (row >= 0)
            removeAt(row);
        return; // a search shows what the server found; a live chat does not join it
    }
    if (row < 0) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(conversation);
        endInsertRows();
        return;
    }
    m_rows[row] = conversation;
    emit dataChanged(index(row), index(row));
    if (toTop)
        moveToTop(row);
}

void ConversationListModel::moveToTop(int row)
{
    if (row <= 0)
        return;
    beginMoveRows({}, row, row, {}, 0);
    m_rows.move(row, 0);
    endMoveRows();
}

void ConversationListModel::removeAt(int row)
{
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

void ConversationListModel::onEvent(const live::LiveEvent &event)
{
    if (event.chatId.isEmpty())
        return;
    const int row = rowOf(event.chatId);
    switch (event.kind) {
    case EventKind::MessageReceived:
    case EventKind::MessageQueued:
    case EventKind::MessageSent:
        if (row < 0)
            fetchOne(event.chatId);
        else
            applyMessage(row, event);
        break;
    case EventKind::OwnerChanged:
    case EventKind::HandoffRequested:
    case EventKind::HandoffReminder:
        fetchOne(event.chatId); // owner, version, waiting time and agent come together from the server
        break;
    default: break;
    }
}

void ConversationListModel::applyMessage(int row, const live::LiveEvent &event)
{
    Conversation &c = m_rows[row];
    const QString text = event.payload.value(QLatin1String("text")).toString();
    if (event.kind == EventKind::MessageSent && text == c.lastText)
        return; // the queued event already showed it
    const bool fromUser = event.kind == EventKind::MessageReceived &&
                          event.payload.value(QLatin1String("author")).toString() != QLatin1String("staff");
    c.lastText = text;
    c.lastAuthor = fromUser ? QStringLiteral("user") : QStringLiteral("assistant");
    c.lastActivityMs = event.timeMs > 0 ? event.timeMs : QDateTime::currentMSecsSinceEpoch();
    const QString pushName = event.payload.value(QLatin1String("push_name")).toString();
    if (fromUser && !pushName.isEmpty())
        c.contactName = pushName;
    if (fromUser)
        ++c.unread;
    emit dataChanged(index(row), index(row));
    emit conversationChanged(c);
    moveToTop(row);
}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Conversation &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return displayName(c);
    case ChatIdRole: return c.chatId;
    case PhoneRole: return readablePhone(c.phone.isEmpty() ? c.chatId : c.phone);
    case OwnerTextRole: return ownerText(c, m_client->username());
    case OwnerColorRole: return ownerColor(c);
    case PreviewRole: return c.lastText.simplified();
    case WaitingRole:
        return c.isQueued() && c.waitingSinceMs > 0 ? elapsedText(c.waitingSinceMs, QDateTime::currentMSecsSinceEpoch())
                                                    : QString();
    case UnreadRole: return c.unread;
    case LastActivityRole: return c.lastActivityMs;
    case Qt::ToolTipRole: return QStringLiteral("%1\n%2").arg(displayName(c), c.lastText);
    default: return {};
    }
}

} // namespace concierge::ui::inbox
