#include "Recommendations.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QMap>

#include <iterator>

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
    // The tally of people per source (schema step 6), one row per category.
    Query q(db, QStringLiteral("SELECT source, people FROM derived_person_source"));
    if (Status status = q.exec(tr("Counting where people came from")); !status)
        return status.error();
    PeopleSources sources;
    qint64 PeopleSources::*const counts[] = {&PeopleSources::metAtEvent, &PeopleSources::metInGroup,
                                             &PeopleSources::introduced, &PeopleSources::imported,
                                             &PeopleSources::addedOtherwise};
    static_assert(std::size(counts) == std::size(detail::personSourceKeys));
    while (q.next()) {
        const QString source = q.string(0);
        std::size_t i = 0;
        while (i + 1 < std::size(counts) && source != QLatin1String(detail::personSourceKeys[i]))
            ++i;
        sources.*counts[i] += q.integer(1); // anything unknown counts as added otherwise
    }
    return sources;
}

} // namespace kith::insights
