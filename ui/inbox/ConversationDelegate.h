#pragma once

#include <QStyledItemDelegate>

namespace concierge::ui::inbox {

// One conversation row: a strip in the owner's colour, name and number, when, who has it and the last message,
// the waiting time of a queued chat and the unread badge.
class ConversationDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace concierge::ui::inbox
