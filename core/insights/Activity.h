#pragma once

#include "common/Result.h"
#include "model/Common.h"

#include <array>

namespace kith {

class Database;

// Month-by-month series for the dashboard charts. Months are given and returned as the
// first day of the month (the day of a given date is ignored); both ends are inclusive and
// every month in between appears, with zeros where nothing happened.
namespace insights {

inline constexpr std::size_t interactionKindCount = EnumTraits<InteractionKind>::entries.size();

struct MonthlyInteractions
{
    QDate month;
    std::array<int, interactionKindCount> counts{}; // indexed by InteractionKind

    int count(InteractionKind kind) const { return counts[static_cast<std::size_t>(kind)]; }
    int total() const;
};

struct MonthlyGrowth
{
    QDate month;
    int added = 0;    // people whose known_since falls in the month
    qint64 total = 0; // everyone known by the month's end, including before the range
};

Result<QList<MonthlyInteractions>> interactionsPerMonth(const Database &db, const QDate &firstMonth,
                                                        const QDate &lastMonth);

Result<QList<MonthlyGrowth>> networkGrowth(const Database &db, const QDate &firstMonth,
                                           const QDate &lastMonth);

// Both read tallies kept by triggers (schema step 6): a few rows a month, whatever the
// number of people and interactions.
//
// The statement behind interactionsPerMonth(), bound with two 'YYYY-MM' months, so tests
// and benchmarks can check its query plan (it must search the tally, never `interaction`).
QString interactionsPerMonthStatement();

} // namespace insights
} // namespace kith
