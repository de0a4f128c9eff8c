#include "OrganizationsModel.h"

#include "session/Session.h"

namespace kith::ui {

OrganizationsModel::OrganizationsModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Organization, parent)
{
    refresh();
}

int OrganizationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganizationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Kind:
        return tr("Kind");
    case Location:
        return tr("Location");
    case People:
        return tr("People");
    case Member:
        return tr("Member?");
    }
    return {};
}

QVariant OrganizationsModel::data(const QModelIndex &index, int role) const
{
    const OrganizationSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole && index.column() == People)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Member && row->userIsMember)
        return tr("You hold an active membership here.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return row->name;
    case Kind:
        return enumLabel(row->kind);
    case Location:
        return row->location;
    case People:
        return row->people;
    case Member:
        return row->userIsMember ? tr("Yes") : QString();
    }
    return {};
}

QList<EntityKind> OrganizationsModel::dependsOn() const
{
    // People counts come from roles, the member mark from memberships.
    return {EntityKind::Person, EntityKind::Membership};
}

OrganizationSort OrganizationsModel::sortFor(int column) const
{
    static constexpr OrganizationSort sorts[] = {OrganizationSort::Name, OrganizationSort::Kind,
                                                 OrganizationSort::City, OrganizationSort::People,
                                                 OrganizationSort::Name};
    return sorts[qBound(0, column, int(ColumnCount) - 1)];
}

} // namespace kith::ui
