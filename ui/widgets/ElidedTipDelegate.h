#pragma once

#include <QStyledItemDelegate>

namespace kith::ui {

// Shows a cell's whole text as its tooltip when the cell is too narrow for it and the model
// gives no tooltip of its own: columns fitted to a narrow list elide their longer texts.
class ElidedTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;
};

} // namespace kith::ui
