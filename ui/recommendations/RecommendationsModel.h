#pragma once

#include "storage/RecommendationStore.h"
#include "widgets/PageCache.h"
#include "widgets/PagedTableModel.h"

namespace kith::ui {

// The recommendations list: one row per recommendation given or received, fetched a page at
// a time from RecommendationStore, latest first until the user sorts otherwise.
class RecommendationsModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Direction,
        Person,
        Status,
        Platform,
        Context,
        Date, // given or received on, else requested on
        Excerpt,
        ColumnCount
    };

    explicit RecommendationsModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Columns the store cannot order by keep the current order.
    void sort(int column, Qt::SortOrder order) override;
    static bool isSortable(int column);

    Id idAt(int row) const override;
    std::optional<int> rowOf(Id id) const override;

    void setFilter(const RecommendationFilter &filter);
    const RecommendationFilter &filter() const { return m_filter; }

protected:
    Result<qint64> countRows() const override;
    void dropCache() override { m_rows.clear(); }
    QList<EntityKind> dependsOn() const override;

private:
    const RecommendationSummary *rowAt(int row) const;
    RecommendationQuery query() const;

    RecommendationFilter m_filter;
    mutable PageCache<RecommendationSummary> m_rows;
};

} // namespace kith::ui
