#include "PeopleModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

PeopleModel::PeopleModel(Session &session, QObject *parent)
    : PagedTableModel(session, EntityKind::Person, parent)
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

Id PeopleModel::idAt(int row) const
{
    const PersonSummary *summary = rowAt(row);
    return summary ? summary->id : 0;
}

std::optional<int> PeopleModel::rowOf(Id id) const
{
    if (auto loaded = m_rows.find([id](const PersonSummary &row) { return row.id == id; }))
        return loaded;
    Result<std::optional<qint64>> position = PersonStore(session().db()).position(query(), id);
    if (!position || !position->has_value())
        return std::nullopt;
    return static_cast<int>(**position);
}

void PeopleModel::setFilter(const PersonFilter &filter)
{
    m_filter = filter;
    refresh();
}

Result<qint64> PeopleModel::countRows() const
{
    return PersonStore(session().db()).count(m_filter);
}

QList<EntityKind> PeopleModel::dependsOn() const
{
    // Titles, employers and last contacts come from these.
    return {EntityKind::Organization, EntityKind::Interaction};
}

PersonQuery PeopleModel::query() const
{
    PersonQuery query;
    query.filter = m_filter;
    static constexpr PersonSort sorts[] = {PersonSort::Name,         PersonSort::Title,
                                           PersonSort::Organization, PersonSort::City,
                                           PersonSort::KnownSince,   PersonSort::LastContact};
    query.sort = sorts[qBound(0, sortColumn(), int(ColumnCount) - 1)];
    query.order = sortOrder();
    return query;
}

const PersonSummary *PeopleModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return nullptr;
    return m_rows.at(row, [this](const Page &page) {
        PersonQuery q = query();
        q.page = page;
        return PersonStore(session().db()).list(q);
    });
}

} // namespace kith::ui
