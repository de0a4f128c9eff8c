#include "EventsModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

namespace {

std::optional<EventSort> sortOf(int column)
{
    switch (column) {
    case EventsModel::Name:
        return EventSort::Name;
    case EventsModel::Dates:
        return EventSort::Start;
    case EventsModel::Status:
        return EventSort::Status;
    case EventsModel::PlannedCost:
        return EventSort::PlannedCost;
    default:
        return std::nullopt;
    }
}

} // namespace

EventsModel::EventsModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Event, parent)
{
    PagedTableModel::sort(Dates, Qt::DescendingOrder); // latest first; also loads the count
}

int EventsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("The list cannot be sorted by this column.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Dates:
        return tr("Dates");
    case Status:
        return tr("Status");
    case Location:
        return tr("Location");
    case PlannedCost:
        return tr("Planned cost");
    case NextDeadline:
        return tr("Next deadline");
    }
    return {};
}

QVariant EventsModel::data(const QModelIndex &index, int role) const
{
    const EventSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case IdRole:
        return row->id;
    case Qt::DisplayRole:
        return display(*row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PlannedCost)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name) {
            const QString kind =
                enumLabel(row->kind) + QStringLiteral(", ") + enumLabel(row->format).toLower();
            return row->organizer.isEmpty() ? kind : tr("%1 by %2").arg(kind, row->organizer);
        }
        if (index.column() == PlannedCost)
            return tr("Spent so far: %1").arg(formatMoney(row->actualCents, row->currency));
        return {};
    default:
        return {};
    }
}

QVariant EventsModel::display(const EventSummary &row, int column) const
{
    switch (column) {
    case Name:
        return row.name;
    case Dates:
        return formatDateRange(row.startDate, row.endDate);
    case Status:
        return enumLabel(row.status);
    case Location:
        return row.location;
    case PlannedCost:
        return formatMoney(row.plannedCents, row.currency);
    case NextDeadline:
        if (!row.nextDeadline.isValid())
            return QString();
        return tr("%1 (%2)").arg(formatDate(row.nextDeadline),
                                 formatRelative(row.nextDeadline, session().today()));
    }
    return {};
}

bool EventsModel::isSortable(int column) const
{
    return sortOf(column).has_value();
}

QList<EntityKind> EventsModel::dependsOn() const
{
    // Organizer names show in the rows.
    return {EntityKind::Organization};
}

EventSort EventsModel::sortFor(int column) const
{
    return sortOf(column).value_or(EventSort::Start);
}

} // namespace kith::ui
