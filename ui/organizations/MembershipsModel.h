#pragma once

#include "storage/MembershipStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The membership list: the user's memberships and their contacts', a page at a time.
class MembershipsModel final
    : public StoreTableModel<MembershipStore, MembershipQuery, MembershipSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        Organization,
        Member,
        Role,
        Status,
        Dues,
        Renewal,
        ColumnCount
    };

    explicit MembershipsModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Columns without an order of their own leave the current order as it is.
    bool isSortable(int column) const override { return column != Role; }

protected:
    MembershipSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;
};

// "75.00 USD per quarter"; empty without dues.
QString formatDues(const std::optional<Money> &dues, DuesPeriod period);
// "30/04/2026 (in 5 days)", "01/03/2026 (overdue)"; empty without a date.
QString formatRenewal(const QDate &renewal, MembershipStatus status, const QDate &today);

} // namespace kith::ui
