#include "InteractionsModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

namespace {

std::optional<InteractionSort> sortOf(int column)
{
    switch (column) {
    case InteractionsModel::Date:
        return InteractionSort::Date;
    case InteractionsModel::Kind:
        return InteractionSort::Kind;
    case InteractionsModel::FollowUp:
        return InteractionSort::FollowUp;
    default:
        return std::nullopt;
    }
}

} // namespace

InteractionsModel::InteractionsModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Interaction, parent)
{
    PagedTableModel::sort(Date, Qt::DescendingOrder); // newest first; also loads the count
}

int InteractionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InteractionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("The list cannot be sorted by this column.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Date");
    case Kind:
        return tr("Kind");
    case People:
        return tr("People");
    case Event:
        return tr("Event");
    case Summary:
        return tr("Summary");
    case FollowUp:
        return tr("Follow-up");
    }
    return {};
}

QVariant InteractionsModel::data(const QModelIndex &index, int role) const
{
    const InteractionSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::ToolTipRole && index.column() == Summary)
        return row->summary;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return formatDate(row->date);
    case Kind:
        return enumLabel(row->kind);
    case People:
        return row->people;
    case Event:
        return row->event;
    case Summary:
        // One line in the list; the details show all of it.
        return row->summary.section(QLatin1Char('\n'), 0, 0);
    case FollowUp:
        return followUpText(*row);
    }
    return {};
}

QString InteractionsModel::followUpText(const InteractionSummary &row) const
{
    if (!row.followUpOn.isValid())
        return {};
    if (row.followUpDoneOn.isValid())
        return tr("%1 (done)").arg(formatDate(row.followUpOn));
    return tr("%1 (%2)").arg(formatDate(row.followUpOn),
                             formatRelative(row.followUpOn, session().today()));
}

bool InteractionsModel::isSortable(int column) const
{
    return sortOf(column).has_value();
}

QList<EntityKind> InteractionsModel::dependsOn() const
{
    // The names of the people and events shown come from these.
    return {EntityKind::Person, EntityKind::Event};
}

InteractionSort InteractionsModel::sortFor(int column) const
{
    return sortOf(column).value_or(InteractionSort::Date);
}

} // namespace kith::ui
