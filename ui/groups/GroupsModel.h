#pragma once

#include "storage/GroupStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The online group list: one row per group, fetched a page at a time.
class GroupsModel final : public StoreTableModel<GroupStore, GroupQuery, GroupSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Platform,
        Joined,
        Members,
        FoundVia,
        ColumnCount
    };

    explicit GroupsModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Columns without an order of their own leave the current order as it is.
    bool isSortable(int column) const override { return column != FoundVia; }

protected:
    GroupSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;
};

} // namespace kith::ui
