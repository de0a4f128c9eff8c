#pragma once

#include "storage/RecommendationStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The recommendations list: one row per recommendation given or received, fetched a page at
// a time from RecommendationStore, latest first until the user sorts otherwise.
class RecommendationsModel final
    : public StoreTableModel<RecommendationStore, RecommendationQuery, RecommendationSummary>
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
    bool isSortable(int column) const override;

protected:
    RecommendationSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;
};

} // namespace kith::ui
