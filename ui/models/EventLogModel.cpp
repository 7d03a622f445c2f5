#include "models/EventLogModel.h"

#include <QDateTime>

namespace concierge::ui {

EventLogModel::EventLogModel(int maxRows, QObject *parent)
    : QAbstractTableModel(parent)
    , m_maxRows(maxRows)
{
}

void EventLogModel::append(const live::LiveEvent &event)
{
    if (m_rows.size() >= m_maxRows) {
        beginRemoveRows({}, 0, 0);
        m_rows.removeFirst();
        endRemoveRows();
    }
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({QDateTime::fromMSecsSinceEpoch(event.timeMs).toString(QStringLiteral("HH:mm:ss")), event.chatId,
                   describe(event)});
    endInsertRows();
}

QString EventLogModel::describe(const live::LiveEvent &event) const
{
    switch (event.kind) {
    case live::EventKind::MessageReceived: {
        const auto p = live::MessageReceivedPayload::fromJson(event.payload);
        const QString who = p.author == QLatin1String("staff") ? tr("Staff (phone)") : p.pushName;
        return tr("%1 wrote: %2").arg(who.isEmpty() ? tr("Parishioner") : who, p.text);
    }
    case live::EventKind::MessageQueued:
        return tr("Assistant answers: %1").arg(live::MessageQueuedPayload::fromJson(event.payload).text);
    case live::EventKind::MessageSent: return tr("Reply delivered to WhatsApp");
    case live::EventKind::MessageFailed:
        return tr("Reply could not be sent: %1").arg(live::MessageSentPayload::fromJson(event.payload).error);
    case live::EventKind::MessageAck:
        return tr("Receipt: %1")
            .arg(live::MessageAckPayload::fromJson(event.payload).ack >= 3 ? tr("read") : tr("delivered"));
    case live::EventKind::SessionStatus:
        return tr("WhatsApp session: %1").arg(live::SessionStatusPayload::fromJson(event.payload).status);
    case live::EventKind::OwnerChanged: return describeOwner(live::OwnerChangedPayload::fromJson(event.payload).owner);
    case live::EventKind::HandoffRequested: {
        const auto p = live::HandoffRequestedPayload::fromJson(event.payload);
        return tr("Asks for a person (%1). %2").arg(p.reason, p.summary);
    }
    case live::EventKind::HandoffReminder: {
        const auto p = live::HandoffReminderPayload::fromJson(event.payload);
        return p.returnedToQueue ? tr("No answer from %1: back in the queue").arg(p.owner.section(u':', 1))
                                 : tr("Reminder: %1 has not answered yet").arg(p.owner.section(u':', 1));
    }
    case live::EventKind::FollowupChanged: {
        const auto p = live::FollowupChangedPayload::fromJson(event.payload);
        return p.done ? tr("Follow-up done: %1").arg(p.reason) : tr("Follow-up to do: %1").arg(p.reason);
    }
    case live::EventKind::CodeLockout:
        return tr("Too many wrong parent codes: code checks refused until %1")
            .arg(QDateTime::fromMSecsSinceEpoch(live::CodeLockoutPayload::fromJson(event.payload).untilMs)
                     .toString(QStringLiteral("HH:mm")));
    case live::EventKind::HealthChanged:
        return tr("Server health: %1").arg(event.payload.value(QLatin1String("overall")).toString());
    }
    return live::eventKindName(event.kind);
}

QString EventLogModel::describeOwner(const QString &owner) const
{
    if (owner == QLatin1String("queued"))
        return tr("Waiting for a person");
    if (owner.startsWith(QLatin1String("human:")))
        return tr("Taken over by %1").arg(owner.section(u':', 1));
    return tr("Back with the assistant");
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || role != Qt::DisplayRole)
        return {};
    const Row &row = m_rows.at(index.row());
    switch (index.column()) {
    case TimeColumn: return row.time;
    case ConversationColumn: return row.conversation;
    case DescriptionColumn: return row.description;
    default: return {};
    }
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn: return tr("Time");
    case ConversationColumn: return tr("Conversation");
    case DescriptionColumn: return tr("Event");
    default: return {};
    }
}

} // namespace concierge::ui
