#pragma once

#include "insights/Budget.h"
#include "model/Event.h"

#include <QHash>

namespace kith::ui {

class Session;

// An event's costs as the editor shows them while they are typed: the running totals, and
// what remains of the professional-development budget of the event's fiscal year once this
// event's planned cost is counted in place of what was saved for it before.
class EventBudget
{
public:
    // `saved` is the event as stored (id 0 for a new one).
    EventBudget(Session &session, const Event &saved);

    // "Planned: $1,615.00 · Actual: $1,200.00"
    QString totalsText(const Event &current) const;
    // "This event: $1,615.00 · Left in FY2025 budget after it: $430.00 of $1,500.00", or why
    // it cannot be set against the budget.
    QString budgetText(const Event &current);

private:
    // What the event counts for in `year` (budget currency only, nothing when skipped).
    qint64 countedIn(const Event &event, const insights::FiscalYearSpending &year) const;
    const insights::FiscalYearSpending *spendingIn(int fiscalYear);

    Session &m_session;
    Event m_saved;
    std::optional<BudgetSettings> m_settings;
    QHash<int, insights::FiscalYearSpending> m_years; // read once per fiscal year shown
};

} // namespace kith::ui
