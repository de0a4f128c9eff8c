#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "storage/SettingsStore.h"

namespace kith {

class Database;

// Professional-development spending per fiscal year, against the yearly budget.
//
// A fiscal year starts on the first day of BudgetSettings::fiscalYearStartMonth and is named
// after the calendar year in which it starts: with July, FY2025 runs 2025-07-01 … 2026-06-30.
//
// What counts in a fiscal year:
// - Event costs, in the year of the event's start date. Events without a start date and
//   skipped events count nothing.
// - Dues of the user's own memberships (not contacts'), not lapsed, in the year of their
//   renewal date: the amount due on renewal is the yearly amount, so 'year' and 'once' dues
//   count once, 'quarter' dues four times and 'month' dues twelve times.
//
// Planned = planned cents of the cost lines + dues.
// Spent   = actual cents of the cost lines (none recorded: 0) + dues whose renewal date is on
//           or before `today`, which are taken as paid.
// Only amounts in the budget currency are summed; others are reported per currency, never
// converted. Remaining = budget − max(planned, spent).
namespace insights {

struct DateRange
{
    QDate first;
    QDate last; // inclusive

    friend bool operator==(const DateRange &, const DateRange &) = default;
};

// The fiscal year a date falls in, for a year starting in `startMonth` (1–12).
int fiscalYearOf(const QDate &date, int startMonth);
DateRange fiscalYearRange(int fiscalYear, int startMonth);

struct Amounts
{
    qint64 plannedCents = 0;
    qint64 spentCents = 0;

    friend bool operator==(const Amounts &, const Amounts &) = default;
};

// Who pays: event cost lines name self, employer or scholarship; dues self, employer or other.
struct FundingBreakdown
{
    Amounts self;
    Amounts employer;
    Amounts scholarship;
    Amounts other;
};

struct CurrencyAmounts
{
    QString currency;
    Amounts amounts;
};

struct FiscalYearSpending
{
    int fiscalYear = 0;
    DateRange range;
    QString currency;          // the budget currency
    Amounts total;             // in the budget currency
    FundingBreakdown bySource; // in the budget currency
    std::optional<qint64> budgetCents;
    QList<CurrencyAmounts> otherCurrencies; // by currency code

    // Budget − max(planned, spent); empty without a budget.
    std::optional<qint64> remainingCents() const;
};

// `settings` as SettingsStore::budget() reads them; `today` decides which dues are paid.
Result<FiscalYearSpending> fiscalYearSpending(const Database &db, const BudgetSettings &settings,
                                              int fiscalYear, const QDate &today);
// Every fiscal year from firstYear to lastYear inclusive (for the dashboard chart), in order.
Result<QList<FiscalYearSpending>> fiscalYearSpending(const Database &db,
                                                     const BudgetSettings &settings, int firstYear,
                                                     int lastYear, const QDate &today);

} // namespace insights
} // namespace kith
