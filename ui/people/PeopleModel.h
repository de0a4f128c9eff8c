#pragma once

#include "storage/PersonStore.h"
#include "widgets/StoreTableModel.h"

namespace kith::ui {

// The people list: one row per person, fetched a page at a time from PersonStore.
class PeopleModel final : public StoreTableModel<PersonStore, PersonQuery, PersonSummary>
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

protected:
    PersonSort sortFor(int column) const override;
    QList<EntityKind> dependsOn() const override;
};

} // namespace kith::ui
