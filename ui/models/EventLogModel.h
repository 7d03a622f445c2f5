#pragma once

#include "events/LiveEvent.h"

#include <QAbstractTableModel>
#include <QList>

namespace concierge::ui {

// The live events the console has seen, newest last, as rows of a table: time, conversation, what happened.
// Bounded: the oldest rows go when there are more than maxRows.
class EventLogModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventLogModel)

public:
    enum Column { TimeColumn, ConversationColumn, DescriptionColumn, ColumnCount };
    static constexpr int kDefaultMaxRows = 500;

    explicit EventLogModel(int maxRows = kDefaultMaxRows, QObject *parent = nullptr);

    void append(const live::LiveEvent &event);
    // A sentence for the supervisor, in the console's language.
    QString describe(const live::LiveEvent &event) const;
    QString describeOwner(const QString &owner) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString time;
        QString conversation;
        QString description;
    };

    int m_maxRows;
    QList<Row> m_rows;
};

} // namespace concierge::ui
