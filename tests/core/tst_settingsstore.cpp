#include "support/TestDatabase.h"

#include "storage/SettingsStore.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetDefaultsWhenNothingIsStored()
    {
        TestDatabase fixture;
        const BudgetSettings budget = SettingsStore(fixture.db()).budget().value();
        QCOMPARE(budget.fiscalYearStartMonth, 1);
        QVERIFY(!budget.yearlyBudget);
        QCOMPARE(budget.currency, QStringLiteral("USD"));
    }

    void budgetSurvivesAReopen()
    {
        TestDatabase fixture;
        BudgetSettings input;
        input.fiscalYearStartMonth = 10;
        input.yearlyBudget = Money{150000, QStringLiteral("EUR")};
        input.currency = QStringLiteral("EUR");
        QVERIFY(SettingsStore(fixture.db()).setBudget(input));

        fixture.reopen();
        const BudgetSettings read = SettingsStore(fixture.db()).budget().value();
        QCOMPARE(read.fiscalYearStartMonth, 10);
        QCOMPARE(read.yearlyBudget, std::optional<Money>(Money{150000, QStringLiteral("EUR")}));
        QCOMPARE(read.currency, QStringLiteral("EUR"));
        QCOMPARE(SettingsStore(fixture.db()).value(QStringLiteral("yearly_budget_cents")).value(),
                 QStringLiteral("150000"));
    }

    void budgetWithoutCurrencyTakesTheSettingsOne()
    {
        TestDatabase fixture;
        SettingsStore store(fixture.db());
        BudgetSettings input;
        input.yearlyBudget = Money{0, {}};
        QVERIFY(store.setBudget(input));
        QCOMPARE(store.budget()->yearlyBudget,
                 std::optional<Money>(Money{0, QStringLiteral("USD")}));
    }

    void clearingTheBudgetRemovesIt()
    {
        TestDatabase fixture;
        SettingsStore store(fixture.db());
        BudgetSettings input;
        input.yearlyBudget = Money{50000, QStringLiteral("USD")};
        QVERIFY(store.setBudget(input));
        input.yearlyBudget.reset();
        QVERIFY(store.setBudget(input));
        QVERIFY(!store.budget()->yearlyBudget);
        QCOMPARE(store.value(QStringLiteral("yearly_budget_cents"), QStringLiteral("none")).value(),
                 QStringLiteral("none"));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        const QString usd = QStringLiteral("USD");
        QTest::newRow("month zero")
            << 0 << qint64(0) << usd << QStringLiteral("fiscalYearStartMonth")
            << int(FieldProblem::OutOfRange);
        QTest::newRow("month thirteen")
            << 13 << qint64(0) << usd << QStringLiteral("fiscalYearStartMonth")
            << int(FieldProblem::OutOfRange);
        QTest::newRow("negative budget") << 1 << qint64(-1) << usd << QStringLiteral("yearlyBudget")
                                         << int(FieldProblem::Negative);
        QTest::newRow("lower-case currency")
            << 1 << qint64(0) << QStringLiteral("usd") << QStringLiteral("currency")
            << int(FieldProblem::Malformed);
        QTest::newRow("two-letter currency")
            << 1 << qint64(0) << QStringLiteral("US") << QStringLiteral("currency")
            << int(FieldProblem::Malformed);
        QTest::newRow("no currency") << 1 << qint64(0) << QString() << QStringLiteral("currency")
                                     << int(FieldProblem::Malformed);
    }

    void validationNamesTheField()
    {
        QFETCH(int, month);
        QFETCH(qint64, cents);
        QFETCH(QString, currency);
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        SettingsStore store(fixture.db());
        BudgetSettings input;
        input.fiscalYearStartMonth = month;
        input.yearlyBudget = Money{cents, {}};
        input.currency = currency;
        QSignalSpy spy(&fixture.db(), &Database::changed);
        const Status status = store.setBudget(input);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Validation);
        QVERIFY2(status.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(status.errorMessage()));
        QCOMPARE(spy.count(), 0);
        Query stored(fixture.db(), QStringLiteral("SELECT count(*) FROM setting"));
        QCOMPARE(stored.scalar().value(), qint64(0));
    }

    void budgetInAnotherCurrencyIsRefused()
    {
        TestDatabase fixture;
        BudgetSettings input;
        input.yearlyBudget = Money{1000, QStringLiteral("CAD")};
        const Status status = SettingsStore(fixture.db()).setBudget(input);
        QVERIFY(!status.ok());
        QVERIFY(status.error().hasFieldProblem(QStringLiteral("yearlyBudget"),
                                               FieldProblem::OutOfRange));
    }

    void unreadableStoredValuesFallBackToDefaults()
    {
        TestDatabase fixture;
        SettingsStore store(fixture.db());
        QVERIFY(store.setValue(QStringLiteral("fiscal_year_start_month"), QStringLiteral("July")));
        QVERIFY(store.setValue(QStringLiteral("yearly_budget_cents"), QStringLiteral("-5")));
        QVERIFY(store.setValue(QStringLiteral("budget_currency"), QStringLiteral("dollars")));
        const BudgetSettings read = store.budget().value();
        QCOMPARE(read.fiscalYearStartMonth, 1);
        QVERIFY(!read.yearlyBudget);
        QCOMPARE(read.currency, QStringLiteral("USD"));
    }

    void valuesAreUpserted()
    {
        TestDatabase fixture;
        SettingsStore store(fixture.db());
        QCOMPARE(store.value(QStringLiteral("ui.theme"), QStringLiteral("system")).value(),
                 QStringLiteral("system"));
        QCOMPARE(store.value(QStringLiteral("ui.theme")).value(), QString());
        QVERIFY(store.setValue(QStringLiteral("ui.theme"), QStringLiteral("dark")));
        QVERIFY(store.setValue(QStringLiteral("ui.theme"), QStringLiteral("light")));
        QCOMPARE(store.value(QStringLiteral("ui.theme"), QStringLiteral("system")).value(),
                 QStringLiteral("light"));
        QVERIFY(
            store.setValue(QStringLiteral("note"), QStringLiteral("'); DROP TABLE setting;--")));
        QCOMPARE(store.value(QStringLiteral("note")).value(),
                 QStringLiteral("'); DROP TABLE setting;--"));
        Query rows(fixture.db(), QStringLiteral("SELECT count(*) FROM setting"));
        QCOMPARE(rows.scalar().value(), qint64(2));
        QCOMPARE(store.setValue(QStringLiteral(" "), QStringLiteral("x")).error().code(),
                 ErrorCode::InvalidArgument);
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        SettingsStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.setBudget(BudgetSettings{}));
        QVERIFY(store.setValue(QStringLiteral("k"), QStringLiteral("v")));
        QCOMPARE(spy.count(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(spy.at(i).at(0).value<Change>().kind, EntityKind::Setting);
            QCOMPARE(spy.at(i).at(0).value<Change>().type, ChangeType::Updated);
        }
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_settingsstore.moc"
