#include "admin/MultiLineDelegate.h"

#include <QPlainTextEdit>

namespace concierge::ui {

QWidget *MultiLineDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *editor = new QPlainTextEdit(parent);
    editor->setTabChangesFocus(true);
    return editor;
}

void MultiLineDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    static_cast<QPlainTextEdit *>(editor)->setPlainText(index.data(Qt::EditRole).toString());
}

void MultiLineDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    model->setData(index, static_cast<QPlainTextEdit *>(editor)->toPlainText(), Qt::EditRole);
}

void MultiLineDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                             const QModelIndex &) const
{
    // At least a few lines tall, even on a one-line row.
    QRect rect = option.rect;
    rect.setHeight(qMax(rect.height(), 90));
    editor->setGeometry(rect);
}

} // namespace concierge::ui
