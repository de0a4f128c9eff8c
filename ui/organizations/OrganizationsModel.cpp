#include "OrganizationsModel.h"

#include "session/Session.h"

namespace kith::ui {

OrganizationsModel::OrganizationsModel(Session &session, QObject *parent)
    : PagedTableModel(session, EntityKind::Organization, parent)
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

void OrganizationsModel::sort(int column, Qt::SortOrder order)
{
    if (isSortable(column))
        PagedTableModel::sort(column, order);
}

Id OrganizationsModel::idAt(int row) const
{
    const OrganizationSummary *summary = rowAt(row);
    return summary ? summary->id : 0;
}

std::optional<int> OrganizationsModel::rowOf(Id id) const
{
    if (auto loaded = m_rows.find([id](const OrganizationSummary &row) { return row.id == id; }))
        return loaded;
    Result<std::optional<qint64>> position =
        OrganizationStore(session().db()).position(query(), id);
    if (!position || !position->has_value())
        return std::nullopt;
    return static_cast<int>(**position);
}

void OrganizationsModel::setFilter(const OrganizationFilter &filter)
{
    m_filter = filter;
    refresh();
}

Result<qint64> OrganizationsModel::countRows() const
{
    return OrganizationStore(session().db()).count(m_filter);
}

QList<EntityKind> OrganizationsModel::dependsOn() const
{
    // People counts come from roles, the member mark from memberships.
    return {EntityKind::Person, EntityKind::Membership};
}

OrganizationQuery OrganizationsModel::query() const
{
    OrganizationQuery query;
    query.filter = m_filter;
    static constexpr OrganizationSort sorts[] = {OrganizationSort::Name, OrganizationSort::Kind,
                                                 OrganizationSort::City, OrganizationSort::People,
                                                 OrganizationSort::Name};
    query.sort = sorts[qBound(0, sortColumn(), int(ColumnCount) - 1)];
    query.order = sortOrder();
    return query;
}

const OrganizationSummary *OrganizationsModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_rows.at(row, [this](const Page &page) {
        OrganizationQuery q = query();
        q.page = page;
        return OrganizationStore(session().db()).list(q);
    });
}

} // namespace kith::ui
