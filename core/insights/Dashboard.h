#pragma once

#include "Activity.h"
#include "Agenda.h"
#include "Budget.h"
#include "KeepInTouch.h"
#include "Recommendations.h"

namespace kith::insights {

struct DashboardOptions
{
    QDate asOf;            // "today" for everything below
    int fiscalYear = 0;    // the budget year shown; 0: the one `asOf` falls in
    int reminderDays = 14; // follow-ups, cadences, renewals and deadlines coming up
    int eventDays = 180;   // how far ahead upcoming events are listed
    int growthMonths = 24; // months of the growth and activity charts, ending with asOf's
    int budgetYears = 5;   // fiscal years of the spending chart, ending with fiscalYear
    int listLength = 20;   // rows of each action list (all of them are counted): a screenful
};

// Everything the dashboard shows, computed in one pass over the derived queries.
struct DashboardSnapshot
{
    DashboardOptions options;
    BudgetSettings budgetSettings;
    qint64 people = 0;
    qint64 newThisMonth = 0;         // known since the first of asOf's month
    qint64 interactionsLast30 = 0;   // asOf and the 29 days before
    QList<FollowUpDue> followUps;    // due within reminderDays, overdue included: the first few
    DueCounts followUpCounts;        // all of them
    QList<CadenceDue> pastCadence;   // due within reminderDays, overdue included: the first few
    CadenceCounts pastCadenceCounts; // all of them
    QList<RenewalDue> renewals;
    QList<DeadlineDue> deadlines;
    QList<UpcomingEvent> upcomingEvents;
    FiscalYearSpending budget;               // of options.fiscalYear
    QList<FiscalYearSpending> budgetHistory; // oldest first
    RecommendationBalance recommendations;
    QList<OwedRecommendation> owed;
    PeopleSources sources;
    QList<MonthlyGrowth> growth;
    QList<MonthlyInteractions> activity;

    int cadenceOverdue() const { return pastCadenceCounts.reached; } // due on or before asOf
};

Result<DashboardSnapshot> takeSnapshot(const Database &db, DashboardOptions options);

// The records behind a figure, for the dashboard's click-through.
enum class PeopleSource
{
    MetAtEvent,
    MetInGroup,
    Introduced,
    Imported,
    AddedOtherwise
};
Result<QList<Id>> peopleFrom(const Database &db, PeopleSource source);
// People whose known_since falls within [first, last].
Result<QList<Id>> peopleKnownBetween(const Database &db, const QDate &first, const QDate &last);
// Interactions within [first, last], of one kind when given.
Result<QList<Id>> interactionsBetween(const Database &db, const QDate &first, const QDate &last,
                                      std::optional<InteractionKind> kind = std::nullopt);
// Recommendations given (status 'given') or received (status 'received') in a calendar year,
// as recommendationBalance() counts them.
Result<QList<Id>> recommendationsIn(const Database &db, int year,
                                    RecommendationDirection direction);
// Events whose costs count in a fiscal year (see Budget.h): started within it, not skipped.
Result<QList<Id>> eventsCountedIn(const Database &db, const DateRange &fiscalYear);

} // namespace kith::insights
