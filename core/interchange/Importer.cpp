#include "Importer.h"

#include <QCoreApplication>

namespace kith::interchange {

bool FieldChange::isJobChange() const
{
    return (field == QLatin1String("organization") || field == QLatin1String("title")) &&
           !before.isEmpty();
}

QString FieldChange::display() const
{
    if (before.isEmpty())
        return after;
    return QCoreApplication::translate("kith::interchange::Importer", "%1 → %2").arg(before, after);
}

bool PlannedPerson::changesJob() const
{
    return std::any_of(changes.cbegin(), changes.cend(),
                       [](const FieldChange &change) { return change.isJobChange(); });
}

ImportCounts ImportPlan::counts() const
{
    ImportCounts c;
    for (const PlannedPerson &planned : people) {
        switch (planned.status) {
        case RowStatus::New:
            ++c.newPeople;
            break;
        case RowStatus::Update:
            if (planned.changes.isEmpty()) {
                ++c.unchangedPeople;
            } else {
                ++c.updatedPeople;
                c.jobChanges += planned.changesJob() ? 1 : 0;
            }
            break;
        case RowStatus::Duplicate:
            ++c.duplicatePeople;
            break;
        case RowStatus::Rejected:
            break; // counted with every other rejected row below
        }
    }
    const auto countRecords = [](const QList<PlannedRecord> &records, int &created, int *updated,
                                 int &already) {
        for (const PlannedRecord &record : records) {
            if (record.status == RecordStatus::New)
                ++created;
            else if (record.status == RecordStatus::Update && updated)
                ++*updated;
            else if (record.status == RecordStatus::AlreadyImported)
                ++already;
        }
    };
    countRecords(recommendations, c.newRecommendations, nullptr, c.alreadyImported);
    countRecords(events, c.newEvents, &c.updatedEvents, c.alreadyImported);
    countRecords(interactions, c.newInteractions, nullptr, c.alreadyImported);
    c.rejected = int(rejected.size());
    c.skippedEmpty = batch.skippedEmpty;
    c.namedPeople = int(namedPeople.size());
    c.newOrganizations = int(newOrganizations.size());
    return c;
}

bool ImportPlan::setAction(qsizetype row, RowAction action)
{
    if (row < 0 || row >= people.size())
        return false;
    PlannedPerson &planned = people[row];
    if (planned.status == RowStatus::Rejected)
        return false;
    if (action == RowAction::Merge && !planned.match && !planned.matchedRow)
        return false;
    planned.action = action;
    return true;
}

} // namespace kith::interchange
