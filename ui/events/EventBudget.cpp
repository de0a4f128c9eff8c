#include "EventBudget.h"

#include "session/Session.h"
#include "storage/SettingsStore.h"
#include "widgets/Format.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::EventBudget", text);
}

QString fiscalYearName(int year)
{
    return tr("FY%1").arg(year);
}

} // namespace

EventBudget::EventBudget(Session &session, const Event &saved)
    : m_session(session)
    , m_saved(saved)
{
    if (Result<BudgetSettings> settings = SettingsStore(session.db()).budget())
        m_settings = *settings;
}

QString EventBudget::totalsText(const Event &current) const
{
    return tr("Planned: %1 · Actual: %2")
        .arg(formatMoney(current.plannedTotalCents(), current.currency),
             formatMoney(current.actualTotalCents(), current.currency));
}

const insights::FiscalYearSpending *EventBudget::spendingIn(int fiscalYear)
{
    auto it = m_years.find(fiscalYear);
    if (it == m_years.end()) {
        Result<insights::FiscalYearSpending> year = insights::fiscalYearSpending(
            m_session.db(), *m_settings, fiscalYear, m_session.today());
        if (!year)
            return nullptr;
        it = m_years.insert(fiscalYear, *year);
    }
    return &*it;
}

qint64 EventBudget::countedIn(const Event &event, const insights::FiscalYearSpending &year) const
{
    // The rules of insights::fiscalYearSpending, applied to one event.
    const bool counts = event.startDate.isValid() && event.startDate >= year.range.first &&
                        event.startDate <= year.range.last &&
                        event.status != EventStatus::Skipped &&
                        event.currency.toUpper() == year.currency;
    return counts ? event.plannedTotalCents() : 0;
}

QString EventBudget::budgetText(const Event &current)
{
    if (!m_settings)
        return {};
    const QString currency = current.currency.toUpper();
    const QString thisEvent =
        tr("This event: %1").arg(formatMoney(current.plannedTotalCents(), currency));
    if (!current.startDate.isValid())
        return thisEvent + QStringLiteral(" · ") +
               tr("Give it a start date to see it against that fiscal year's budget.");
    if (current.status == EventStatus::Skipped)
        return thisEvent + QStringLiteral(" · ") +
               tr("Skipped events count nothing against the budget.");
    const int fiscalYear =
        insights::fiscalYearOf(current.startDate, m_settings->fiscalYearStartMonth);
    const insights::FiscalYearSpending *year = spendingIn(fiscalYear);
    if (!year)
        return thisEvent;
    if (currency != year->currency)
        return thisEvent + QStringLiteral(" · ") +
               tr("Costs in %1 are not counted in the %2 budget.").arg(currency, year->currency);

    const qint64 plannedWithIt =
        year->total.plannedCents - countedIn(m_saved, *year) + current.plannedTotalCents();
    if (!year->budgetCents)
        return thisEvent + QStringLiteral(" · ") +
               tr("Planned in %1 with it: %2 (no yearly budget set)")
                   .arg(fiscalYearName(fiscalYear), formatMoney(plannedWithIt, year->currency));
    const qint64 budget = *year->budgetCents;
    const qint64 left = budget - plannedWithIt;
    if (left >= 0)
        return thisEvent + QStringLiteral(" · ") +
               tr("Left in %1 budget after it: %2 of %3")
                   .arg(fiscalYearName(fiscalYear), formatMoney(left, year->currency),
                        formatMoney(budget, year->currency));
    return thisEvent + QStringLiteral(" · ") +
           tr("With it, %1 is %2 over its budget of %3")
               .arg(fiscalYearName(fiscalYear), formatMoney(-left, year->currency),
                    formatMoney(budget, year->currency));
}

} // namespace kith::ui
