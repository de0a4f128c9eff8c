#pragma once

#include "storage/PersonStore.h"
#include "widgets/PageCache.h"
#include "widgets/PagedTableModel.h"

namespace kith::ui {

// The people list: one row per person, fetched a page at a time from PersonStore.
class PeopleModel final : public PagedTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Title,
        Organization,
        Location,
        KnownSince,
        LastContact,
        ColumnCount
    };

    explicit PeopleModel(Session &session, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    Id idAt(int row) const override;
    std::optional<int> rowOf(Id id) const override;

    void setFilter(const PersonFilter &filter);
    const PersonFilter &filter() const { return m_filter; }

protected:
    Result<qint64> countRows() const override;
    void dropCache() override { m_rows.clear(); }
    QList<EntityKind> dependsOn() const override;

private:
    const PersonSummary *rowAt(int row) const;
    PersonQuery query() const;

    PersonFilter m_filter;
    mutable PageCache<PersonSummary> m_rows;
};

} // namespace kith::ui
