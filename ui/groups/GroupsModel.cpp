#include "GroupsModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

GroupsModel::GroupsModel(Session &session, QObject *parent)
    : PagedTableModel(session, EntityKind::Group, parent)
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

void GroupsModel::sort(int column, Qt::SortOrder order)
{
    if (isSortable(column))
        PagedTableModel::sort(column, order);
}

Id GroupsModel::idAt(int row) const
{
    const GroupSummary *summary = rowAt(row);
    return summary ? summary->id : 0;
}

std::optional<int> GroupsModel::rowOf(Id id) const
{
    if (auto loaded = m_rows.find([id](const GroupSummary &row) { return row.id == id; }))
        return loaded;
    Result<std::optional<qint64>> position = GroupStore(session().db()).position(query(), id);
    if (!position || !position->has_value())
        return std::nullopt;
    return static_cast<int>(**position);
}

void GroupsModel::setFilter(const GroupFilter &filter)
{
    m_filter = filter;
    refresh();
}

Result<qint64> GroupsModel::countRows() const
{
    return GroupStore(session().db()).count(m_filter);
}

QList<EntityKind> GroupsModel::dependsOn() const
{
    // Member counts and "found via" names change with people.
    return {EntityKind::Person};
}

GroupQuery GroupsModel::query() const
{
    GroupQuery query;
    query.filter = m_filter;
    static constexpr GroupSort sorts[] = {GroupSort::Name, GroupSort::Platform, GroupSort::Joined,
                                          GroupSort::Members, GroupSort::Name};
    query.sort = sorts[qBound(0, sortColumn(), int(ColumnCount) - 1)];
    query.order = sortOrder();
    return query;
}

const GroupSummary *GroupsModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_rows.at(row, [this](const Page &page) {
        GroupQuery q = query();
        q.page = page;
        return GroupStore(session().db()).list(q);
    });
}

} // namespace kith::ui
