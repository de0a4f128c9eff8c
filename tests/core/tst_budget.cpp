#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "insights/Budget.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Expected values are in tests/data/insights/budget.sql, worked out by hand in its header.
const QDate today = TestDatabase::today(); // 2026-03-15

BudgetSettings settings(int startMonth, const QString &currency = QStringLiteral("USD"),
                        std::optional<qint64> budget = 100000)
{
    BudgetSettings s;
    s.fiscalYearStartMonth = startMonth;
    s.currency = currency;
    if (budget)
        s.yearlyBudget = Money{*budget, currency};
    return s;
}

// "planned/spent" pairs, compact enough to read a whole year on one line.
QString pair(const insights::Amounts &a)
{
    return QStringLiteral("%1/%2").arg(a.plannedCents).arg(a.spentCents);
}

QString others(const QList<insights::CurrencyAmounts> &list)
{
    QStringList parts;
    for (const insights::CurrencyAmounts &c : list)
        parts.append(c.currency + QLatin1Char(' ') + pair(c.amounts));
    return parts.join(QStringLiteral(", "));
}

} // namespace

class TestBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        const QByteArray script = readData(QStringLiteral("insights/budget.sql"));
        QVERIFY(!script.isEmpty());
        const QString error = executeScript(m_fixture->db(), script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_fixture.reset(); }

    void fiscalYearOf_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<int>("fiscalYear");
        QTest::newRow("July years: last day of FY2024") << QDate(2025, 6, 30) << 7 << 2024;
        QTest::newRow("July years: first day of FY2025") << QDate(2025, 7, 1) << 7 << 2025;
        QTest::newRow("July years: January belongs to the year before")
            << QDate(2026, 1, 1) << 7 << 2025;
        QTest::newRow("calendar years: New Year's Eve") << QDate(2025, 12, 31) << 1 << 2025;
        QTest::newRow("calendar years: New Year's Day") << QDate(2026, 1, 1) << 1 << 2026;
        QTest::newRow("December years: November is still the year before")
            << QDate(2025, 11, 30) << 12 << 2024;
        QTest::newRow("December years: December starts one") << QDate(2025, 12, 1) << 12 << 2025;
    }

    void fiscalYearOf()
    {
        QFETCH(QDate, date);
        QFETCH(int, startMonth);
        QFETCH(int, fiscalYear);
        QCOMPARE(insights::fiscalYearOf(date, startMonth), fiscalYear);
    }

    void fiscalYearRange_data()
    {
        QTest::addColumn<int>("fiscalYear");
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<QDate>("first");
        QTest::addColumn<QDate>("last");
        QTest::newRow("July years are named after the year they start in")
            << 2025 << 7 << QDate(2025, 7, 1) << QDate(2026, 6, 30);
        QTest::newRow("calendar year") << 2026 << 1 << QDate(2026, 1, 1) << QDate(2026, 12, 31);
        QTest::newRow("March years end on 28 February")
            << 2024 << 3 << QDate(2024, 3, 1) << QDate(2025, 2, 28);
        QTest::newRow("March years end on a leap day")
            << 2023 << 3 << QDate(2023, 3, 1) << QDate(2024, 2, 29);
    }

    void fiscalYearRange()
    {
        QFETCH(int, fiscalYear);
        QFETCH(int, startMonth);
        QFETCH(QDate, first);
        QFETCH(QDate, last);
        QCOMPARE(insights::fiscalYearRange(fiscalYear, startMonth),
                 (insights::DateRange{first, last}));
    }

    void spending_data()
    {
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<int>("fiscalYear");
        QTest::addColumn<QString>("total");
        QTest::addColumn<QStringList>("bySource"); // self, employer, scholarship, other
        QTest::addColumn<QString>("otherCurrencies");
        QTest::addColumn<qint64>("remaining");

        const QString usd = QStringLiteral("USD");
        QTest::newRow("calendar 2025: year-end event in, skipped and euro ones out")
            << 1 << usd << 2025 << QStringLiteral("10800/10800")
            << QStringList{QStringLiteral("0/0"), QStringLiteral("800/800"), QStringLiteral("0/0"),
                           QStringLiteral("10000/10000")}
            << QStringLiteral("EUR 30000/31000") << qint64(89200);
        QTest::newRow("calendar 2026: unpaid future dues planned, not spent")
            << 1 << usd << 2026 << QStringLiteral("75500/30200")
            << QStringList{QStringLiteral("26500/25200"), QStringLiteral("44000/0"),
                           QStringLiteral("5000/5000"), QStringLiteral("0/0")}
            << QStringLiteral("CAD 4000/4000") << qint64(24500);
        QTest::newRow("euro budget: dollars become the other currency, spent over planned")
            << 1 << QStringLiteral("EUR") << 2025 << QStringLiteral("30000/31000")
            << QStringList{QStringLiteral("30000/31000"), QStringLiteral("0/0"),
                           QStringLiteral("0/0"), QStringLiteral("0/0")}
            << QStringLiteral("USD 10800/10800") << qint64(69000);
        QTest::newRow("July FY2024: nothing falls in it")
            << 7 << usd << 2024 << QStringLiteral("0/0")
            << QStringList{QStringLiteral("0/0"), QStringLiteral("0/0"), QStringLiteral("0/0"),
                           QStringLiteral("0/0")}
            << QString() << qint64(100000);
        QTest::newRow("July FY2025: event on its last day counts")
            << 7 << usd << 2025 << QStringLiteral("57300/36000")
            << QStringList{QStringLiteral("26500/25200"), QStringLiteral("20800/800"),
                           QStringLiteral("0/0"), QStringLiteral("10000/10000")}
            << QStringLiteral("CAD 4000/4000, EUR 30000/31000") << qint64(42700);
        QTest::newRow("July FY2026: event on its first day counts")
            << 7 << usd << 2026 << QStringLiteral("29000/5000")
            << QStringList{QStringLiteral("0/0"), QStringLiteral("24000/0"),
                           QStringLiteral("5000/5000"), QStringLiteral("0/0")}
            << QString() << qint64(71000);
    }

    void spending()
    {
        QFETCH(int, startMonth);
        QFETCH(QString, currency);
        QFETCH(int, fiscalYear);
        QFETCH(QString, total);
        QFETCH(QStringList, bySource);
        QFETCH(QString, otherCurrencies);
        QFETCH(qint64, remaining);

        Result<insights::FiscalYearSpending> year =
            insights::fiscalYearSpending(db(), settings(startMonth, currency), fiscalYear, today);
        QVERIFY2(year.ok(), qPrintable(year.errorMessage()));
        QCOMPARE(year->fiscalYear, fiscalYear);
        QCOMPARE(year->range, insights::fiscalYearRange(fiscalYear, startMonth));
        QCOMPARE(year->currency, currency);
        QCOMPARE(pair(year->total), total);
        QCOMPARE((QStringList{pair(year->bySource.self), pair(year->bySource.employer),
                              pair(year->bySource.scholarship), pair(year->bySource.other)}),
                 bySource);
        QCOMPARE(others(year->otherCurrencies), otherCurrencies);
        QCOMPARE(year->budgetCents, std::optional<qint64>(100000));
        QCOMPARE(year->remainingCents(), std::optional<qint64>(remaining));
    }

    void aRangeOfYearsForTheChart()
    {
        Result<QList<insights::FiscalYearSpending>> years =
            insights::fiscalYearSpending(db(), settings(7), 2024, 2026, today);
        QVERIFY2(years.ok(), qPrintable(years.errorMessage()));
        QStringList summary;
        for (const insights::FiscalYearSpending &year : *years)
            summary.append(QStringLiteral("FY%1 %2").arg(year.fiscalYear).arg(pair(year.total)));
        QCOMPARE(summary,
                 (QStringList{QStringLiteral("FY2024 0/0"), QStringLiteral("FY2025 57300/36000"),
                              QStringLiteral("FY2026 29000/5000")}));
    }

    void noBudgetMeansNothingRemainingToShow()
    {
        Result<insights::FiscalYearSpending> year = insights::fiscalYearSpending(
            db(), settings(1, QStringLiteral("USD"), std::nullopt), 2026, today);
        QVERIFY2(year.ok(), qPrintable(year.errorMessage()));
        QVERIFY(!year->budgetCents);
        QVERIFY(!year->remainingCents());
        QCOMPARE(pair(year->total), QStringLiteral("75500/30200"));
    }

    void duesBecomeSpentOnTheirRenewalDate()
    {
        // The day before m1 renews (2026-01-31) its 15000 are planned but not yet spent.
        Result<insights::FiscalYearSpending> before =
            insights::fiscalYearSpending(db(), settings(1), 2026, QDate(2026, 1, 30));
        QVERIFY2(before.ok(), qPrintable(before.errorMessage()));
        QCOMPARE(pair(before->bySource.self), QStringLiteral("26500/10200"));
        Result<insights::FiscalYearSpending> on =
            insights::fiscalYearSpending(db(), settings(1), 2026, QDate(2026, 1, 31));
        QVERIFY2(on.ok(), qPrintable(on.errorMessage()));
        QCOMPARE(pair(on->bySource.self), QStringLiteral("26500/25200"));
    }

    void settingsStoredInTheDatabaseDecideTheYear()
    {
        Query store(db(), QStringLiteral("INSERT INTO setting(key, value) VALUES "
                                         "('fiscal_year_start_month', '7'), "
                                         "('yearly_budget_cents', '100000'), "
                                         "('budget_currency', 'USD')"));
        QVERIFY(store.exec());
        Result<BudgetSettings> stored = SettingsStore(db()).budget();
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        Result<insights::FiscalYearSpending> year =
            insights::fiscalYearSpending(db(), *stored, 2025, today);
        QVERIFY2(year.ok(), qPrintable(year.errorMessage()));
        QCOMPARE(year->range.first, QDate(2025, 7, 1));
        QCOMPARE(pair(year->total), QStringLiteral("57300/36000"));
        QCOMPARE(year->remainingCents(), std::optional<qint64>(42700));
    }

    void refusesMeaninglessArguments()
    {
        QVERIFY(!insights::fiscalYearSpending(db(), settings(13), 2025, today).ok());
        QVERIFY(!insights::fiscalYearSpending(db(), settings(0), 2025, today).ok());
        QVERIFY(!insights::fiscalYearSpending(db(), settings(1), 2026, 2025, today).ok());
        QVERIFY(!insights::fiscalYearSpending(db(), settings(1), 2025, QDate()).ok());
    }

private:
    Database &db() { return m_fixture->db(); }

    std::unique_ptr<TestDatabase> m_fixture;
};

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
