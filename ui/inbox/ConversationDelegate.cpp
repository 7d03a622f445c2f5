#include "inbox/ConversationDelegate.h"

#include "inbox/ConversationListModel.h"

#include <QApplication>
#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

namespace concierge::ui::inbox {

namespace {

using Role = ConversationListModel::Role;

QString whenText(qint64 ms)
{
    if (ms <= 0)
        return {};
    const QDateTime when = QDateTime::fromMSecsSinceEpoch(ms);
    if (when.date() == QDate::currentDate())
        return QLocale().toString(when.time(), QLocale::ShortFormat);
    return QLocale().toString(when.date(), QLocale::ShortFormat);
}

void drawBadge(QPainter *painter, const QRect &area, int unread, const QFont &font)
{
    const QString text = unread > 99 ? QStringLiteral("99+") : QString::number(unread);
    QFont bold = font;
    bold.setBold(true);
    const int width = qMax(area.height(), QFontMetrics(bold).horizontalAdvance(text) + 10);
    const QRect badge(area.right() - width, area.top(), width, area.height());
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(0x16, 0xa3, 0x4a));
    painter->drawRoundedRect(badge, area.height() / 2.0, area.height() / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(bold);
    painter->drawText(badge, Qt::AlignCenter, text);
}

} // namespace

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    return {280, line * 3 + 14};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette &palette = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    painter->fillRect(option.rect, selected ? palette.highlight() : palette.base());
    const QColor ownerColor = index.data(Role::OwnerColorRole).value<QColor>();
    painter->fillRect(QRect(option.rect.left(), option.rect.top() + 4, 5, option.rect.height() - 8), ownerColor);
    painter->setPen(palette.color(QPalette::Midlight));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());

    const QColor text = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Text);
    const QColor dim = selected ? text : palette.color(QPalette::PlaceholderText);
    const int line = option.fontMetrics.height();
    const QRect body = option.rect.adjusted(14, 5, -10, -5);
    QFont bold = option.font;
    bold.setBold(true);

    // Line 1: name, number, time.
    const QString when = whenText(index.data(Role::LastActivityRole).toLongLong());
    const int whenWidth = option.fontMetrics.horizontalAdvance(when) + 8;
    QRect first(body.left(), body.top(), body.width() - whenWidth, line);
    painter->setFont(bold);
    painter->setPen(text);
    const QString name = index.data(Role::NameRole).toString();
    const QString elidedName = QFontMetrics(bold).elidedText(name, Qt::ElideRight, first.width() * 2 / 3);
    painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, elidedName);
    const int nameWidth = QFontMetrics(bold).horizontalAdvance(elidedName) + 8;
    painter->setFont(option.font);
    painter->setPen(dim);
    const QString phone = index.data(Role::PhoneRole).toString();
    if (phone != name)
        painter->drawText(first.adjusted(nameWidth, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(phone, Qt::ElideRight, first.width() - nameWidth));
    painter->drawText(QRect(body.right() - whenWidth, body.top(), whenWidth, line), Qt::AlignRight, when);

    // Line 2: who has it, and how long it has waited.
    const QRect second(body.left(), body.top() + line + 2, body.width(), line);
    painter->setPen(selected ? text : ownerColor);
    painter->setFont(bold);
    QString owner = index.data(Role::OwnerTextRole).toString();
    const QString waiting = index.data(Role::WaitingRole).toString();
    if (!waiting.isEmpty())
        owner = tr("%1 · %2").arg(owner, waiting);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter, owner);

    // Line 3: the last message, and the unread badge.
    const int unread = index.data(Role::UnreadRole).toInt();
    const QRect third(body.left(), body.top() + 2 * line + 4, body.width() - (unread > 0 ? line + 16 : 0), line);
    painter->setFont(option.font);
    painter->setPen(dim);
    painter->drawText(
        third, Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(index.data(Role::PreviewRole).toString(), Qt::ElideRight, third.width()));
    if (unread > 0)
        drawBadge(painter, QRect(body.left(), third.top(), body.width(), line), unread, option.font);
    painter->restore();
}

} // namespace concierge::ui::inbox
