#include "Budget.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace kith::insights {

using detail::tr;

namespace {

// A chart never spans more; a larger range is a caller's mistake, not a request.
constexpr int maxFiscalYears = 200;

int duesPerYear(DuesPeriod period)
{
    switch (period) {
    case DuesPeriod::Quarter:
        return 4;
    case DuesPeriod::Month:
        return 12;
    case DuesPeriod::Year:
    case DuesPeriod::Once:
        break;
    }
    return 1;
}

Amounts &slotFor(FundingBreakdown &breakdown, FundingSource source)
{
    switch (source) {
    case FundingSource::Employer:
        return breakdown.employer;
    case FundingSource::Scholarship:
        return breakdown.scholarship;
    case FundingSource::Self:
        break;
    }
    return breakdown.self;
}

Amounts &slotFor(FundingBreakdown &breakdown, Payer payer)
{
    switch (payer) {
    case Payer::Employer:
        return breakdown.employer;
    case Payer::Other:
        return breakdown.other;
    case Payer::Self:
        break;
    }
    return breakdown.self;
}

void add(Amounts &to, Amounts amounts)
{
    to.plannedCents += amounts.plannedCents;
    to.spentCents += amounts.spentCents;
}

// Adds to the year's budget totals and the payer's share, or to the other currency's totals.
void book(FiscalYearSpending &year, const QString &currency, Amounts amounts, Amounts &payerSlot)
{
    if (currency == year.currency) {
        add(year.total, amounts);
        add(payerSlot, amounts);
        return;
    }
    auto it = std::find_if(year.otherCurrencies.begin(), year.otherCurrencies.end(),
                           [&](const CurrencyAmounts &c) { return c.currency == currency; });
    if (it == year.otherCurrencies.end())
        year.otherCurrencies.append({currency, amounts});
    else
        add(it->amounts, amounts);
}

Status addEventCosts(const Database &db, int startMonth, const DateRange &range,
                     QList<FiscalYearSpending> &years)
{
    // Grouped by month so the fiscal-year rule stays in fiscalYearOf() alone.
    Query q(db, QStringLiteral(
                    "SELECT substr(e.start_date, 1, 7), e.currency, c.source, "
                    "sum(c.planned_cents), sum(coalesce(c.actual_cents, 0)) "
                    "FROM event e JOIN event_cost c ON c.event_id = e.id "
                    "WHERE e.start_date >= ? AND e.start_date <= ? AND e.status <> 'skipped' "
                    "GROUP BY 1, 2, 3"));
    q.bind(sql::date(range.first)).bind(sql::date(range.last));
    if (Status status = q.exec(tr("Adding up event costs")); !status)
        return status;
    const int firstYear = years.first().fiscalYear;
    while (q.next()) {
        const QDate month = detail::monthFromKey(q.string(0));
        if (!month.isValid())
            continue;
        FiscalYearSpending &year = years[fiscalYearOf(month, startMonth) - firstYear];
        const auto source = sql::toEnum(q.value(2), FundingSource::Self);
        book(year, q.string(1).toUpper(), {q.integer(3), q.integer(4)},
             slotFor(year.bySource, source));
    }
    return {};
}

Status addDues(const Database &db, int startMonth, const DateRange &range, const QDate &today,
               QList<FiscalYearSpending> &years)
{
    Query q(db, QStringLiteral(
                    "SELECT renewal_date, dues_cents, dues_currency, dues_period, paid_by "
                    "FROM membership "
                    "WHERE person_id IS NULL AND status <> 'lapsed' AND dues_cents IS NOT NULL "
                    "AND renewal_date >= ? AND renewal_date <= ?"));
    q.bind(sql::date(range.first)).bind(sql::date(range.last));
    if (Status status = q.exec(tr("Adding up membership dues")); !status)
        return status;
    const int firstYear = years.first().fiscalYear;
    while (q.next()) {
        const QDate renewal = q.date(0);
        if (!renewal.isValid())
            continue;
        FiscalYearSpending &year = years[fiscalYearOf(renewal, startMonth) - firstYear];
        const qint64 yearly = q.integer(1) * duesPerYear(sql::toEnum(q.value(3), DuesPeriod::Year));
        // Dues stored without a currency are most plausibly in the one the user budgets in.
        const QString currency = q.value(2).isNull() ? year.currency : q.string(2).toUpper();
        const Amounts amounts{yearly, renewal <= today ? yearly : 0};
        book(year, currency, amounts, slotFor(year.bySource, sql::toEnum(q.value(4), Payer::Self)));
    }
    return {};
}

} // namespace

int fiscalYearOf(const QDate &date, int startMonth)
{
    return date.month() >= startMonth ? date.year() : date.year() - 1;
}

DateRange fiscalYearRange(int fiscalYear, int startMonth)
{
    const QDate first(fiscalYear, startMonth, 1);
    return {first, first.addYears(1).addDays(-1)};
}

std::optional<qint64> FiscalYearSpending::remainingCents() const
{
    if (!budgetCents)
        return std::nullopt;
    return *budgetCents - std::max(total.plannedCents, total.spentCents);
}

Result<FiscalYearSpending> fiscalYearSpending(const Database &db, const BudgetSettings &settings,
                                              int fiscalYear, const QDate &today)
{
    Result<QList<FiscalYearSpending>> years =
        fiscalYearSpending(db, settings, fiscalYear, fiscalYear, today);
    if (!years)
        return years.error();
    return years->first();
}

Result<QList<FiscalYearSpending>> fiscalYearSpending(const Database &db,
                                                     const BudgetSettings &settings, int firstYear,
                                                     int lastYear, const QDate &today)
{
    const int startMonth = settings.fiscalYearStartMonth;
    if (startMonth < 1 || startMonth > 12)
        return Error(
            ErrorCode::InvalidArgument,
            tr("The fiscal year must start in a month from 1 to 12, not %1.").arg(startMonth));
    if (!today.isValid())
        return Error(ErrorCode::InvalidArgument, tr("No date was given for today."));
    if (firstYear > lastYear || lastYear - firstYear >= maxFiscalYears || firstYear < 1 ||
        lastYear > 9998)
        return Error(ErrorCode::InvalidArgument,
                     tr("Fiscal years %1 to %2 are not a range that can be shown.")
                         .arg(firstYear)
                         .arg(lastYear));

    QList<FiscalYearSpending> years;
    for (int fy = firstYear; fy <= lastYear; ++fy) {
        FiscalYearSpending year;
        year.fiscalYear = fy;
        year.range = fiscalYearRange(fy, startMonth);
        year.currency = settings.currency.toUpper();
        if (settings.yearlyBudget)
            year.budgetCents = settings.yearlyBudget->cents;
        years.append(std::move(year));
    }
    const DateRange range{years.first().range.first, years.last().range.last};
    if (Status status = addEventCosts(db, startMonth, range, years); !status)
        return status.error();
    if (Status status = addDues(db, startMonth, range, today, years); !status)
        return status.error();
    for (FiscalYearSpending &year : years) {
        std::sort(year.otherCurrencies.begin(), year.otherCurrencies.end(),
                  [](const CurrencyAmounts &a, const CurrencyAmounts &b) {
                      return a.currency < b.currency;
                  });
    }
    return years;
}

} // namespace kith::insights
