#pragma once

#include "interchange/Importer.h"

#include <QAbstractTableModel>
#include <QStyledItemDelegate>

namespace kith::ui {

// The people of an import plan the user has a say about: those matching someone (an update
// of a stored person, or a duplicate of a stored person or of an earlier row), one row each,
// with an editable Action column (Merge, Skip, Create) that writes ImportPlan::setAction.
// New and rejected rows have nothing to choose and are counted elsewhere.
class ImportPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Found, // "Update (profile address)", "Duplicate (e-mail)"
        Matches,
        Changes,
        Action,
        ColumnCount
    };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // The plan stays the caller's and must outlive its use here; nullptr empties the model.
    void setPlan(interchange::ImportPlan *plan);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // The batch row (index into plan.people) behind a model row.
    qsizetype batchRow(int row) const;
    // Sets the action of the given model rows; rows that cannot take it keep theirs.
    void setActions(const QList<int> &rows, interchange::RowAction action);

    static QString actionLabel(interchange::RowAction action);

Q_SIGNALS:
    void actionsChanged();

private:
    interchange::ImportPlan *m_plan = nullptr;
    QList<qsizetype> m_rows; // batch rows shown
};

// A combo box of Merge, Skip and Create for the Action column.
class RowActionDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
};

} // namespace kith::ui
