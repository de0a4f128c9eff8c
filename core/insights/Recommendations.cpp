#include "Recommendations.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMap>

namespace kith::insights {

using detail::tr;

namespace {

void count(RecommendationTally &tally, RecommendationDirection direction,
           RecommendationStatus status, int n)
{
    if (direction == RecommendationDirection::Given) {
        (status == RecommendationStatus::Given ? tally.given : tally.pendingGiven) += n;
    } else {
        (status == RecommendationStatus::Received ? tally.received : tally.pendingReceived) += n;
    }
}

} // namespace

Result<RecommendationBalance> recommendationBalance(const Database &db)
{
    Query q(db, QStringLiteral("SELECT CAST(substr(completed_on, 1, 4) AS INTEGER), direction, "
                               "status, count(*) FROM recommendation GROUP BY 1, 2, 3"));
    if (Status status = q.exec(tr("Counting recommendations")); !status)
        return status.error();
    RecommendationBalance balance;
    QMap<int, RecommendationTally> years;
    while (q.next()) {
        const auto direction = sql::toEnum(q.value(1), RecommendationDirection::Received);
        const auto status = sql::toEnum(q.value(2), RecommendationStatus::ToAsk);
        const int n = static_cast<int>(q.integer(3));
        const int year = q.value(0).isNull() ? 0 : static_cast<int>(q.integer(0));
        count(year > 0 ? years[year] : balance.undated, direction, status, n);
        count(balance.total, direction, status, n);
    }
    if (!years.isEmpty()) {
        for (int year = years.firstKey(); year <= years.lastKey(); ++year)
            balance.byYear.append({year, years.value(year)});
    }
    return balance;
}

Result<QList<OwedRecommendation>> recommendationsOwed(const Database &db)
{
    // The NOT EXISTS seeks recommendation_person (person_id, direction).
    Query q(db, QStringLiteral(
                    "SELECT p.id, p.display_name, min(r.completed_on) AS received_on "
                    "FROM recommendation r JOIN person p ON p.id = r.person_id "
                    "WHERE r.direction = 'received' AND r.status = 'received' "
                    "AND NOT EXISTS (SELECT 1 FROM recommendation g "
                    " WHERE g.person_id = r.person_id AND g.direction = 'given' "
                    " AND g.status = 'given') "
                    "GROUP BY p.id "
                    "ORDER BY received_on IS NULL, received_on, p.display_name COLLATE NOCASE, "
                    "p.id"));
    if (Status status = q.exec(tr("Listing recommendations owed")); !status)
        return status.error();
    QList<OwedRecommendation> items;
    while (q.next())
        items.append({q.integer(0), q.string(1), q.date(2)});
    return items;
}

Result<PeopleSources> peopleSources(const Database &db)
{
    // One count per category, each a search of its partial index, except the imported one:
    // no index holds origin, so that count scans `person`. Still cheaper than one pass with a
    // CASE per row, and an index on (origin, met_at_event_id, met_in_group_id,
    // introduced_by_id) would turn it into an index range count.
    Query q(db, QStringLiteral(
                    "SELECT (SELECT count(*) FROM person), "
                    "(SELECT count(*) FROM person WHERE met_at_event_id IS NOT NULL), "
                    "(SELECT count(*) FROM person WHERE met_in_group_id IS NOT NULL "
                    " AND met_at_event_id IS NULL), "
                    "(SELECT count(*) FROM person WHERE introduced_by_id IS NOT NULL "
                    " AND met_in_group_id IS NULL AND met_at_event_id IS NULL), "
                    "(SELECT count(*) FROM person WHERE origin IN ('linkedin', 'vcard', 'csv') "
                    " AND met_at_event_id IS NULL AND met_in_group_id IS NULL "
                    " AND introduced_by_id IS NULL)"));
    if (Status status = q.exec(tr("Counting where people came from")); !status)
        return status.error();
    if (!q.next())
        return sql::error(0, tr("No counts came back."), tr("Counting where people came from"));
    PeopleSources sources;
    sources.metAtEvent = q.integer(1);
    sources.metInGroup = q.integer(2);
    sources.introduced = q.integer(3);
    sources.imported = q.integer(4);
    sources.addedOtherwise = q.integer(0) - sources.metAtEvent - sources.metInGroup -
                             sources.introduced - sources.imported;
    return sources;
}

} // namespace kith::insights
