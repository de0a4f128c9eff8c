#pragma once

#include "storage/GroupStore.h"
#include "widgets/PageCache.h"
#include "widgets/PagedTableModel.h"

namespace kith::ui {

// The online group list: one row per group, fetched a page at a time.
class GroupsModel final : public PagedTableModel
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
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column) { return column != FoundVia; }

    Id idAt(int row) const override;
    std::optional<int> rowOf(Id id) const override;

    void setFilter(const GroupFilter &filter);
    const GroupFilter &filter() const { return m_filter; }

protected:
    Result<qint64> countRows() const override;
    void dropCache() override { m_rows.clear(); }
    QList<EntityKind> dependsOn() const override;

private:
    const GroupSummary *rowAt(int row) const;
    GroupQuery query() const;

    GroupFilter m_filter;
    mutable PageCache<GroupSummary> m_rows;
};

} // namespace kith::ui
