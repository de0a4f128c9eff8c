#pragma once

#include "storage/EventStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The events list: one row per event, fetched a page at a time from EventStore, latest
// first until the user sorts otherwise (undated ones, still being considered, last).
class EventsModel final : public StoreTableModel<EventStore, EventQuery, EventSummary>
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Dates,
        Status,
        Location,
        PlannedCost,
        NextDeadline,
        ColumnCount
    };

    explicit EventsModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Columns the store cannot order by keep the current order.
    bool isSortable(int column) const override;

protected:
    EventSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;

private:
    QVariant display(const EventSummary &row, int column) const;
};

} // namespace kith::ui
