#include "Dashboard.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace kith::insights {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::insights::Dashboard", text);
}

template <typename T>
Status take(Result<T> result, T &into)
{
    if (!result)
        return result.error();
    into = std::move(result).value();
    return {};
}

Result<qint64> count(const Database &db, const char *statement, const QVariantList &values)
{
    Query query(db, QString::fromLatin1(statement));
    for (const QVariant &value : values)
        query.bind(value);
    return query.scalar(tr("Counting for the dashboard"));
}

} // namespace

Result<DashboardSnapshot> takeSnapshot(const Database &db, DashboardOptions options)
{
    if (!options.asOf.isValid())
        return Error(ErrorCode::InvalidArgument, tr("The dashboard needs a date to look from."));
    DashboardSnapshot s;
    Result<BudgetSettings> settings = SettingsStore(const_cast<Database &>(db)).budget();
    if (!settings)
        return settings.error();
    s.budgetSettings = *settings;
    if (options.fiscalYear == 0)
        options.fiscalYear = fiscalYearOf(options.asOf, settings->fiscalYearStartMonth);
    s.options = options;

    const QDate today = options.asOf;
    const QDate firstOfMonth(today.year(), today.month(), 1);
    const QDate firstChartMonth = firstOfMonth.addMonths(1 - qMax(1, options.growthMonths));
    const int firstBudgetYear = options.fiscalYear - qMax(1, options.budgetYears) + 1;
    QList<FiscalYearSpending> oneYear;
    for (Status status : {
             // The tally holds everyone once, in the month they became known.
             take(count(db, "SELECT coalesce(sum(people), 0) FROM derived_person_month", {}),
                  s.people),
             take(count(db,
                        "SELECT count(*) FROM person WHERE known_since >= ? AND known_since <= ?",
                        {sql::date(firstOfMonth), sql::date(today)}),
                  s.newThisMonth),
             take(
                 count(
                     db,
                     "SELECT count(*) FROM interaction WHERE occurred_on >= ? AND occurred_on <= ?",
                     {sql::date(today.addDays(-29)), sql::date(today)}),
                 s.interactionsLast30),
             take(followUpsDue(db, today, options.reminderDays, options.listLength), s.followUps),
             take(countFollowUpsDue(db, today, options.reminderDays), s.followUpCounts),
             take(peoplePastCadence(db, today, options.reminderDays, options.listLength),
                  s.pastCadence),
             take(countPastCadence(db, today, options.reminderDays), s.pastCadenceCounts),
             take(renewalsDue(db, today, options.reminderDays), s.renewals),
             take(deadlinesDue(db, today, options.reminderDays), s.deadlines),
             take(upcomingEvents(db, today, options.eventDays), s.upcomingEvents),
             take(fiscalYearSpending(db, *settings, firstBudgetYear, options.fiscalYear, today),
                  s.budgetHistory),
             take(recommendationBalance(db), s.recommendations),
             take(recommendationsOwed(db), s.owed),
             take(peopleSources(db), s.sources),
             take(networkGrowth(db, firstChartMonth, firstOfMonth), s.growth),
             take(interactionsPerMonth(db, firstChartMonth, firstOfMonth), s.activity),
         }) {
        if (!status)
            return status.error();
    }
    if (!s.budgetHistory.isEmpty())
        s.budget = s.budgetHistory.last();
    return s;
}

namespace {

Result<QList<Id>> ids(const Database &db, const QString &statement, const QVariantList &values)
{
    Query query(db, statement);
    for (const QVariant &value : values)
        query.bind(value);
    if (Status status = query.exec(tr("Finding the records behind a figure")); !status)
        return status.error();
    QList<Id> result;
    while (query.next())
        result.append(query.integer(0));
    return result;
}

} // namespace

Result<QList<Id>> peopleKnownBetween(const Database &db, const QDate &first, const QDate &last)
{
    return ids(db, QStringLiteral("SELECT id FROM person WHERE known_since BETWEEN ? AND ?"),
               {sql::date(first), sql::date(last)});
}

Result<QList<Id>> interactionsBetween(const Database &db, const QDate &first, const QDate &last,
                                      std::optional<InteractionKind> kind)
{
    if (kind)
        return ids(db,
                   QStringLiteral(
                       "SELECT id FROM interaction WHERE occurred_on BETWEEN ? AND ? AND kind = ?"),
                   {sql::date(first), sql::date(last), enumKey(*kind)});
    return ids(db, QStringLiteral("SELECT id FROM interaction WHERE occurred_on BETWEEN ? AND ?"),
               {sql::date(first), sql::date(last)});
}

Result<QList<Id>> recommendationsIn(const Database &db, int year, RecommendationDirection direction)
{
    const QString done = direction == RecommendationDirection::Given ? QStringLiteral("given")
                                                                     : QStringLiteral("received");
    return ids(
        db,
        QStringLiteral("SELECT id FROM recommendation WHERE direction = ? AND status = ? "
                       "AND completed_on BETWEEN ? AND ?"),
        {enumKey(direction), done, sql::date(QDate(year, 1, 1)), sql::date(QDate(year, 12, 31))});
}

Result<QList<Id>> eventsCountedIn(const Database &db, const DateRange &fiscalYear)
{
    return ids(db,
               QStringLiteral("SELECT id FROM event WHERE start_date BETWEEN ? AND ? "
                              "AND status <> 'skipped'"),
               {sql::date(fiscalYear.first), sql::date(fiscalYear.last)});
}

Result<QList<Id>> peopleFrom(const Database &db, PeopleSource source)
{
    // The view that the tally counts by (schema step 6) names each person's source.
    return ids(db,
               QStringLiteral("SELECT person_id FROM person_source_of WHERE source = ? "
                              "ORDER BY person_id"),
               {QString::fromLatin1(detail::personSourceKeys[static_cast<int>(source)])});
}

} // namespace kith::insights
