#pragma once

#include "storage/OrganizationStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The organization list: one row per organization, fetched a page at a time.
class OrganizationsModel final
    : public StoreTableModel<OrganizationStore, OrganizationQuery, OrganizationSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Location,
        People,
        Member, // whether the user holds an active membership there
        ColumnCount
    };

    explicit OrganizationsModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Columns without an order of their own leave the current order as it is.
    bool isSortable(int column) const override { return column != Member; }

protected:
    OrganizationSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;
};

} // namespace kith::ui
