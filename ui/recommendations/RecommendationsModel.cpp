#include "RecommendationsModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

namespace kith::ui {

namespace {

std::optional<RecommendationSort> sortOf(int column)
{
    switch (column) {
    case RecommendationsModel::Direction:
        return RecommendationSort::Direction;
    case RecommendationsModel::Person:
        return RecommendationSort::Person;
    case RecommendationsModel::Status:
        return RecommendationSort::Status;
    case RecommendationsModel::Date:
        return RecommendationSort::Completed;
    default:
        return std::nullopt;
    }
}

} // namespace

RecommendationsModel::RecommendationsModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Recommendation, parent)
{
    PagedTableModel::sort(Date, Qt::DescendingOrder); // latest first; also loads the count
}

int RecommendationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecommendationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && !isSortable(section))
        return tr("The list cannot be sorted by this column.");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Direction:
        return tr("Direction");
    case Person:
        return tr("Person");
    case Status:
        return tr("Status");
    case Platform:
        return tr("Platform");
    case Context:
        return tr("Context");
    case Date:
        return tr("Date");
    case Excerpt:
        return tr("Excerpt");
    }
    return {};
}

QVariant RecommendationsModel::data(const QModelIndex &index, int role) const
{
    const RecommendationSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    const bool given = row->direction == RecommendationDirection::Given;
    if (role == Qt::ToolTipRole && index.column() == Date) {
        if (row->completedOn.isValid())
            return given ? tr("Given on %1").arg(formatDate(row->completedOn))
                         : tr("Received on %1").arg(formatDate(row->completedOn));
        if (row->requestedOn.isValid())
            return tr("Requested on %1").arg(formatDate(row->requestedOn));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Direction:
        return enumLabel(row->direction);
    case Person:
        return row->person;
    case Status:
        return enumLabel(row->status);
    case Platform:
        return enumLabel(row->platform);
    case Context:
        return row->context;
    case Date:
        return formatDate(row->completedOn.isValid() ? row->completedOn : row->requestedOn);
    case Excerpt:
        return row->excerpt;
    }
    return {};
}

bool RecommendationsModel::isSortable(int column) const
{
    return sortOf(column).has_value();
}

QList<EntityKind> RecommendationsModel::dependsOn() const
{
    // The person's name shows in each row, and deleting a person deletes theirs.
    return {EntityKind::Person};
}

RecommendationSort RecommendationsModel::sortFor(int column) const
{
    return sortOf(column).value_or(RecommendationSort::Completed);
}

} // namespace kith::ui
