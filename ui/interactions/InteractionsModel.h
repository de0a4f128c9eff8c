#pragma once

#include "storage/InteractionStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The interactions list: one row per interaction, fetched a page at a time from
// InteractionStore, newest first until the user sorts otherwise.
class InteractionsModel final
    : public StoreTableModel<InteractionStore, InteractionQuery, InteractionSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Kind,
        People,
        Event,
        Summary,
        FollowUp,
        ColumnCount
    };

    explicit InteractionsModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Columns the store cannot order by keep the current order.
    bool isSortable(int column) const override;

protected:
    InteractionSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;

private:
    QString followUpText(const InteractionSummary &row) const;
};

} // namespace kith::ui
