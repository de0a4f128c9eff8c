#include "PeopleModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

PeopleModel::PeopleModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Person, parent)
{
    refresh();
}

int PeopleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PeopleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Title:
        return tr("Title");
    case Organization:
        return tr("Organization");
    case Location:
        return tr("Location");
    case KnownSince:
        return tr("Known since");
    case LastContact:
        return tr("Last contact");
    }
    return {};
}

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    const PersonSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::ToolTipRole && index.column() == Name)
        return row->headline;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row->displayName;
    case Title:
        return row->title;
    case Organization:
        return row->organization;
    case Location:
        return row->location;
    case KnownSince:
        return formatDate(row->knownSince);
    case LastContact:
        return row->lastContact.isValid() ? formatRelative(row->lastContact, session().today())
                                          : QString();
    }
    return {};
}

QList<EntityKind> PeopleModel::dependsOn() const
{
    // Titles, employers and last contacts come from these.
    return {EntityKind::Organization, EntityKind::Interaction};
}

PersonSort PeopleModel::sortFor(int column) const
{
    static constexpr PersonSort sorts[] = {PersonSort::Name,         PersonSort::Title,
                                           PersonSort::Organization, PersonSort::City,
                                           PersonSort::KnownSince,   PersonSort::LastContact};
    return sorts[qBound(0, column, int(ColumnCount) - 1)];
}

} // namespace kith::ui
