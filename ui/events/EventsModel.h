#pragma once

#include "storage/EventStore.h"
#include "widgets/PageCache.h"
#include "widgets/PagedTableModel.h"

namespace kith::ui {

// The events list: one row per event, fetched a page at a time from EventStore, latest
// first until the user sorts otherwise (undated ones, still being considered, last).
class EventsModel final : public PagedTableModel
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
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);

    Id idAt(int row) const override;
    std::optional<int> rowOf(Id id) const override;

    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }

protected:
    Result<qint64> countRows() const override;
    void dropCache() override { m_rows.clear(); }
    QList<EntityKind> dependsOn() const override;

private:
    const EventSummary *rowAt(int row) const;
    EventQuery query() const;
    QVariant display(const EventSummary &row, int column) const;

    EventFilter m_filter;
    mutable PageCache<EventSummary> m_rows;
};

// "6/25/26 – 6/30/26", or the one date of a one-day event; empty when undated.
QString formatDateRange(const QDate &start, const QDate &end);

} // namespace kith::ui
