#pragma once

#include "storage/InteractionStore.h"
#include "widgets/PageCache.h"
#include "widgets/PagedTableModel.h"

namespace kith::ui {

// The interactions list: one row per interaction, fetched a page at a time from
// InteractionStore, newest first until the user sorts otherwise.
class InteractionsModel final : public PagedTableModel
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
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);

    Id idAt(int row) const override;
    std::optional<int> rowOf(Id id) const override;

    void setFilter(const InteractionFilter &filter);
    const InteractionFilter &filter() const { return m_filter; }

protected:
    Result<qint64> countRows() const override;
    void dropCache() override { m_rows.clear(); }
    QList<EntityKind> dependsOn() const override;

private:
    const InteractionSummary *rowAt(int row) const;
    InteractionQuery query() const;
    QString followUpText(const InteractionSummary &row) const;

    InteractionFilter m_filter;
    mutable PageCache<InteractionSummary> m_rows;
};

} // namespace kith::ui
