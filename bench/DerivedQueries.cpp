#include "DerivedQueries.h"
#include "Rounding.h"

#include "insights/Activity.h"
#include "insights/Agenda.h"
#include "insights/Budget.h"
#include "insights/Dashboard.h"
#include "insights/KeepInTouch.h"
#include "insights/Recommendations.h"

#include <QElapsedTimer>

#include <functional>

namespace kith::bench {

QJsonObject timeDerivedQueries(const Database &db, const QDate &today, QStringList &failures)
{
    using namespace insights;
    BudgetSettings budget;
    budget.fiscalYearStartMonth = 7;
    budget.yearlyBudget = Money{250000, QStringLiteral("USD")};
    const QDate firstMonth = today.addMonths(-23);
    const int fiscalYear = fiscalYearOf(today, budget.fiscalYearStartMonth);

    // What the dashboard asks for when it opens, with its default windows, and the whole
    // snapshot it takes.
    const QList<std::pair<const char *, std::function<Status()>>> queries = {
        // The dashboard lists the first 20 and counts the rest; the agenda lists them all.
        {"follow_ups_due", [&] { return Status(followUpsDue(db, today, 14, 20)); }},
        {"follow_ups_counted", [&] { return Status(countFollowUpsDue(db, today, 14)); }},
        {"follow_ups_due_all", [&] { return Status(followUpsDue(db, today, 14)); }},
        {"renewals_due", [&] { return Status(renewalsDue(db, today, 60)); }},
        {"deadlines_due", [&] { return Status(deadlinesDue(db, today, 30)); }},
        {"upcoming_events", [&] { return Status(upcomingEvents(db, today, 90)); }},
        // Likewise the people past their cadence; the agenda lists them all.
        {"people_past_cadence", [&] { return Status(peoplePastCadence(db, today, 7, 20)); }},
        {"people_past_cadence_counted", [&] { return Status(countPastCadence(db, today, 7)); }},
        {"people_past_cadence_all", [&] { return Status(peoplePastCadence(db, today, 7)); }},
        {"interactions_per_month",
         [&] { return Status(interactionsPerMonth(db, firstMonth, today)); }},
        {"network_growth", [&] { return Status(networkGrowth(db, firstMonth, today)); }},
        {"fiscal_year_spending",
         [&] { return Status(fiscalYearSpending(db, budget, fiscalYear, today)); }},
        {"fiscal_year_spending_5y",
         [&] { return Status(fiscalYearSpending(db, budget, fiscalYear - 4, fiscalYear, today)); }},
        {"recommendation_balance", [&] { return Status(recommendationBalance(db)); }},
        {"recommendations_owed", [&] { return Status(recommendationsOwed(db)); }},
        {"people_sources", [&] { return Status(peopleSources(db)); }},
        {"dashboard_snapshot",
         [&] {
             DashboardOptions options;
             options.asOf = today;
             return Status(takeSnapshot(db, options));
         }},
    };
    QJsonObject timings;
    for (const auto &[name, run] : queries) {
        QElapsedTimer timer;
        timer.start();
        const Status status = run();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!status) {
            failures.append(QLatin1String(name) + QStringLiteral(": ") + status.errorMessage());
            continue;
        }
        timings.insert(QLatin1String(name), rounded(ms));
    }
    return timings;
}

} // namespace kith::bench
