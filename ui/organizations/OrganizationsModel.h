#pragma once

#include "storage/OrganizationStore.h"
#include "widgets/PageCache.h"
#include "widgets/PagedTableModel.h"

namespace kith::ui {

// The organization list: one row per organization, fetched a page at a time.
class OrganizationsModel final : public PagedTableModel
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
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column) { return column != Member; }

    Id idAt(int row) const override;
    std::optional<int> rowOf(Id id) const override;

    void setFilter(const OrganizationFilter &filter);
    const OrganizationFilter &filter() const { return m_filter; }

protected:
    Result<qint64> countRows() const override;
    void dropCache() override { m_rows.clear(); }
    QList<EntityKind> dependsOn() const override;

private:
    const OrganizationSummary *rowAt(int row) const;
    OrganizationQuery query() const;

    OrganizationFilter m_filter;
    mutable PageCache<OrganizationSummary> m_rows;
};

} // namespace kith::ui
