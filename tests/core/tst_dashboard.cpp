#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "insights/Dashboard.h"

#include <QTest>

using namespace kith;
using namespace kith::insights;
using namespace kith::test;

namespace {

// Today is 2026-03-15; the fiscal year starts in July, so it is FY2025 (2025-07-01 … 2026-06-30).
const char *const fixture = R"sql(
INSERT INTO setting(key, value) VALUES ('fiscal_year_start_month', '7'), ('yearly_budget_cents', '100000');
INSERT INTO event(id, name, start_date, status, created_at, updated_at) VALUES
  (1, 'Counted in FY2025', '2025-09-01', 'planned', 'x', 'x'),
  (2, 'FY2026', '2026-08-01', 'planned', 'x', 'x'),
  (3, 'Skipped in FY2025', '2025-10-01', 'skipped', 'x', 'x');
INSERT INTO online_group(id, name, created_at, updated_at) VALUES (1, 'G', 'x', 'x');
INSERT INTO person(id, display_name, known_since, origin, met_at_event_id, met_in_group_id, introduced_by_id, created_at, updated_at) VALUES
  (1, 'Met at event, new this month', '2026-03-01', 'manual', 1, NULL, NULL, 'x', 'x'),
  (2, 'Met in group, last month',     '2026-02-28', 'manual', NULL, 1, NULL, 'x', 'x'),
  (3, 'Introduced, joined today',     '2026-03-15', 'manual', NULL, NULL, 1, 'x', 'x'),
  (4, 'Imported long ago',            '2025-01-01', 'linkedin', NULL, NULL, NULL, 'x', 'x'),
  (5, 'Added by hand, tomorrow',      '2026-03-16', 'manual', NULL, NULL, NULL, 'x', 'x');
INSERT INTO interaction(id, occurred_on, kind, created_at, updated_at) VALUES
  (1, '2026-03-15', 'call', 'x', 'x'),   -- today: in the last 30 days
  (2, '2026-02-14', 'email', 'x', 'x'),  -- 29 days before today: in
  (3, '2026-02-13', 'email', 'x', 'x'),  -- 30 days before: out
  (4, '2024-03-31', 'met', 'x', 'x');    -- before the 24 chart months (2024-04 … 2026-03)
INSERT INTO interaction_person VALUES (1, 1, '2026-03-15'), (2, 2, '2026-02-14'), (3, 2, '2026-02-13'), (4, 4, '2024-03-31');
INSERT INTO recommendation(id, direction, person_id, completed_on, status, created_at, updated_at) VALUES
  (1, 'given', 2, '2025-05-01', 'given', 'x', 'x'),
  (2, 'received', 3, '2025-06-01', 'received', 'x', 'x'),
  (3, 'received', 4, '2024-01-01', 'received', 'x', 'x'),
  (4, 'received', 4, '2025-02-01', 'requested', 'x', 'x');
)sql";

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    Database &db() { return m_fixture->db(); }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        const QString error = executeScript(db(), fixture);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void snapshotFigures()
    {
        DashboardOptions options;
        options.asOf = TestDatabase::today();
        const DashboardSnapshot s = takeSnapshot(db(), options).value();
        QCOMPARE(s.people, 5);
        QCOMPARE(s.newThisMonth, 2);       // persons 1 and 3; 5 joins tomorrow
        QCOMPARE(s.interactionsLast30, 2); // interactions 1 and 2
        QCOMPARE(s.options.fiscalYear, 2025);
        QCOMPARE(s.budget.fiscalYear, 2025);
        QCOMPARE(s.budget.budgetCents, std::optional<qint64>(100000));
        QCOMPARE(s.budgetHistory.size(), 5); // FY2021 … FY2025
        QCOMPARE(s.budgetHistory.first().fiscalYear, 2021);
        QCOMPARE(s.growth.size(), 24);
        QCOMPARE(s.growth.last().total, 5); // everyone known by the month's end, 2026-03-31
        QCOMPARE(s.activity.size(), 24);
        int charted = 0;
        for (const MonthlyInteractions &month : s.activity)
            charted += month.total();
        QCOMPARE(charted, 3); // interaction 4 is before the first charted month
        QCOMPARE(s.recommendations.total.given, 1);
        QCOMPARE(s.recommendations.total.received, 2);
        QCOMPARE(s.owed.size(), 2); // persons 3 and 4 recommended the user; 4 is owed longest
        QCOMPARE(s.owed.first().personId, 4);
        QCOMPARE(s.sources.metAtEvent, 1);
        QCOMPARE(s.sources.imported, 1);
    }

    void anotherBudgetYear()
    {
        DashboardOptions options;
        options.asOf = TestDatabase::today();
        options.fiscalYear = 2026;
        options.budgetYears = 2;
        const DashboardSnapshot s = takeSnapshot(db(), options).value();
        QCOMPARE(s.budget.fiscalYear, 2026);
        QCOMPARE(s.budgetHistory.size(), 2);
    }

    void recordsBehindTheFigures()
    {
        const auto sorted = [](QList<Id> ids) {
            std::sort(ids.begin(), ids.end());
            return ids;
        };
        QCOMPARE(sorted(peopleKnownBetween(db(), QDate(2026, 3, 1), QDate(2026, 3, 31)).value()),
                 (QList<Id>{1, 3, 5}));
        QCOMPARE(sorted(interactionsBetween(db(), QDate(2026, 2, 14), QDate(2026, 3, 15)).value()),
                 (QList<Id>{1, 2}));
        QCOMPARE(
            interactionsBetween(db(), QDate(2026, 2, 1), QDate(2026, 2, 28), InteractionKind::Email)
                .value()
                .size(),
            2);
        QCOMPARE(
            interactionsBetween(db(), QDate(2026, 2, 1), QDate(2026, 2, 28), InteractionKind::Call)
                .value()
                .size(),
            0);
        QCOMPARE(recommendationsIn(db(), 2025, RecommendationDirection::Given).value(),
                 QList<Id>{1});
        QCOMPARE(recommendationsIn(db(), 2025, RecommendationDirection::Received).value(),
                 QList<Id>{2});
        QCOMPARE(eventsCountedIn(db(), fiscalYearRange(2025, 7)).value(), QList<Id>{1});
        QCOMPARE(peopleFrom(db(), PeopleSource::MetAtEvent).value(), QList<Id>{1});
        QCOMPARE(peopleFrom(db(), PeopleSource::MetInGroup).value(), QList<Id>{2});
        QCOMPARE(peopleFrom(db(), PeopleSource::Introduced).value(), QList<Id>{3});
        QCOMPARE(peopleFrom(db(), PeopleSource::Imported).value(), QList<Id>{4});
        QCOMPARE(peopleFrom(db(), PeopleSource::AddedOtherwise).value(), QList<Id>{5});
    }

    void needsADate()
    {
        QCOMPARE(takeSnapshot(db(), {}).error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
