#include "GroupsModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

GroupsModel::GroupsModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Group, parent)
{
    refresh();
}

int GroupsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GroupsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Platform:
        return tr("Platform");
    case Joined:
        return tr("Joined");
    case Members:
        return tr("Members");
    case FoundVia:
        return tr("Found via");
    }
    return {};
}

QVariant GroupsModel::data(const QModelIndex &index, int role) const
{
    const GroupSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole && index.column() == Members)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row->name;
    case Platform:
        return enumLabel(row->platform);
    case Joined:
        return formatDate(row->joinedOn);
    case Members:
        return row->members;
    case FoundVia:
        return row->discoveredVia;
    }
    return {};
}

QList<EntityKind> GroupsModel::dependsOn() const
{
    // Member counts and "found via" names change with people.
    return {EntityKind::Person};
}

GroupSort GroupsModel::sortFor(int column) const
{
    static constexpr GroupSort sorts[] = {GroupSort::Name, GroupSort::Platform, GroupSort::Joined,
                                          GroupSort::Members, GroupSort::Name};
    return sorts[qBound(0, column, int(ColumnCount) - 1)];
}

} // namespace kith::ui
