#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "insights/Activity.h"
#include "storage/Sql.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Expected values are in tests/data/insights/activity.sql, beside the rows they come from.

// "2025-11 met 1 email 2" lines, kinds in declaration order, zero counts left out.
QStringList describe(const QList<insights::MonthlyInteractions> &months)
{
    QStringList lines;
    for (const insights::MonthlyInteractions &month : months) {
        QString line = month.month.toString(QStringLiteral("yyyy-MM"));
        for (InteractionKind kind : enumValues<InteractionKind>()) {
            if (month.count(kind) > 0)
                line += QStringLiteral(" %1 %2").arg(enumKey(kind)).arg(month.count(kind));
        }
        lines.append(line + QStringLiteral(" = %1").arg(month.total()));
    }
    return lines;
}

QStringList describe(const QList<insights::MonthlyGrowth> &months)
{
    QStringList lines;
    for (const insights::MonthlyGrowth &month : months)
        lines.append(QStringLiteral("%1 +%2 = %3")
                         .arg(month.month.toString(QStringLiteral("yyyy-MM")))
                         .arg(month.added)
                         .arg(month.total));
    return lines;
}

} // namespace

class TestActivity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        const QByteArray script = readData(QStringLiteral("insights/activity.sql"));
        QVERIFY(!script.isEmpty());
        const QString error = executeScript(m_fixture->db(), script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_fixture.reset(); }

    void interactionsPerMonthIncludeEmptyMonths()
    {
        // The days are ignored: any day of the first and last month means the whole month.
        Result<QList<insights::MonthlyInteractions>> months =
            insights::interactionsPerMonth(db(), QDate(2025, 11, 17), QDate(2026, 3, 2));
        QVERIFY2(months.ok(), qPrintable(months.errorMessage()));
        QCOMPARE(describe(*months), (QStringList{QStringLiteral("2025-11 met 1 email 2 = 3"),
                                                 QStringLiteral("2025-12 = 0"),
                                                 QStringLiteral("2026-01 call 1 message 1 = 2"),
                                                 QStringLiteral("2026-02 = 0"),
                                                 QStringLiteral("2026-03 social 1 event 1 = 2")}));
        QCOMPARE(months->first().month, QDate(2025, 11, 1));
    }

    void aSingleEmptyMonth()
    {
        Result<QList<insights::MonthlyInteractions>> months =
            insights::interactionsPerMonth(db(), QDate(2025, 12, 1), QDate(2025, 12, 31));
        QVERIFY2(months.ok(), qPrintable(months.errorMessage()));
        QCOMPARE(describe(*months), QStringList{QStringLiteral("2025-12 = 0")});
    }

    void interactionsPerMonthReadTheTally()
    {
        // A range of the tally's key, whatever the number of interactions.
        Query plan(db(), QStringLiteral("EXPLAIN QUERY PLAN ") +
                             insights::interactionsPerMonthStatement());
        plan.bind(QStringLiteral("2025-11")).bind(QStringLiteral("2026-03"));
        QVERIFY(plan.exec());
        QStringList details;
        while (plan.next())
            details.append(plan.string(3));
        const QString text = details.join(QLatin1Char('\n'));
        QVERIFY2(
            text.contains(QStringLiteral("SEARCH derived_interaction_month USING PRIMARY KEY")),
            qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral(" interaction ")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("TEMP B-TREE")), qPrintable(text));
    }

    void networkGrowthCountsEveryoneKnownBefore()
    {
        Result<QList<insights::MonthlyGrowth>> months =
            insights::networkGrowth(db(), QDate(2025, 11, 1), QDate(2026, 3, 1));
        QVERIFY2(months.ok(), qPrintable(months.errorMessage()));
        QCOMPARE(describe(*months),
                 (QStringList{QStringLiteral("2025-11 +2 = 4"), QStringLiteral("2025-12 +0 = 4"),
                              QStringLiteral("2026-01 +1 = 5"), QStringLiteral("2026-02 +0 = 5"),
                              QStringLiteral("2026-03 +1 = 6")}));
    }

    void refusesABackwardRange()
    {
        QVERIFY(!insights::interactionsPerMonth(db(), QDate(2026, 3, 1), QDate(2026, 2, 1)).ok());
        QVERIFY(!insights::networkGrowth(db(), QDate(), QDate(2026, 2, 1)).ok());
        // Same month, any days: one month, not a backward range.
        QVERIFY(insights::networkGrowth(db(), QDate(2026, 2, 28), QDate(2026, 2, 1)).ok());
    }

private:
    Database &db() { return m_fixture->db(); }

    std::unique_ptr<TestDatabase> m_fixture;
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
