#pragma once

#include "common/Result.h"
#include "model/Common.h"

namespace kith {

class Database;

// Recommendations given versus received, the ones owed back, and where the people in the
// network came from. None of these depends on the date.
namespace insights {

// Given: direction 'given' with status 'given'. Received: direction 'received' with status
// 'received'. Every other status (to ask, requested, declined, or a status that does not fit
// the direction) is pending in its direction.
struct RecommendationTally
{
    int given = 0;
    int received = 0;
    int pendingGiven = 0;
    int pendingReceived = 0;

    friend bool operator==(const RecommendationTally &, const RecommendationTally &) = default;
};

struct RecommendationYear
{
    int year = 0; // calendar year of completed_on
    RecommendationTally tally;
};

struct RecommendationBalance
{
    // From the earliest to the latest year with a completion date, years between included.
    QList<RecommendationYear> byYear;
    RecommendationTally undated; // no completion date (most pending ones)
    RecommendationTally total;   // byYear + undated
};

Result<RecommendationBalance> recommendationBalance(const Database &db);

// Someone who recommended the user (a received recommendation with status 'received') and
// has not had one back (no given recommendation with status 'given' to them).
struct OwedRecommendation
{
    Id personId = 0;
    QString name;
    QDate receivedOn; // the earliest such recommendation: owed since; invalid when undated
};

// Owed longest first; undated ones last.
Result<QList<OwedRecommendation>> recommendationsOwed(const Database &db);

// Where people came from. Each person counts once, in the first category that applies, in
// this order: met at an event, met in a group, introduced by someone, imported (LinkedIn,
// vCard, CSV), added otherwise (by hand, the demo).
struct PeopleSources
{
    qint64 metAtEvent = 0;
    qint64 metInGroup = 0;
    qint64 introduced = 0;
    qint64 imported = 0;
    qint64 addedOtherwise = 0;

    qint64 total() const
    {
        return metAtEvent + metInGroup + introduced + imported + addedOtherwise;
    }
};

Result<PeopleSources> peopleSources(const Database &db);

} // namespace insights
} // namespace kith
