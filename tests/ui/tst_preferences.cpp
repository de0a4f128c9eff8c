#include "support/TestDatabase.h"

#include "preferences/PreferencesDialog.h"
#include "session/Session.h"
#include "storage/SettingsStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

struct Fixture
{
    TestDatabase files;
    Session session{openOrFail(files.path())};

    BudgetSettings budget() { return SettingsStore(session.db()).budget().value(); }
};

template <typename W>
W *child(const QObject &parent, const char *name)
{
    return parent.findChild<W *>(QLatin1String(name));
}

void setCurrency(PreferencesDialog &dialog, const QString &code)
{
    auto *currency = child<QLineEdit>(dialog, "budgetCurrencyEdit");
    currency->selectAll();
    QTest::keyClicks(currency, code);
}

} // namespace

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // never the user's real settings
        QCoreApplication::setOrganizationName(QStringLiteral("KithTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_preferences"));
    }

    void init() { QSettings().clear(); }

    void desktopPreferencesHaveDefaults()
    {
        const DesktopPreferences p = DesktopPreferences::load();
        QCOMPARE(p.defaultCadenceDays, 0);
        QCOMPARE(p.reminderHorizonDays, 14);
        QCOMPARE(p.startup, DesktopPreferences::Startup::LastDatabase);
        QCOMPARE(p.remindersEnabled, true);
    }

    void desktopPreferencesRoundTrip()
    {
        DesktopPreferences p;
        p.defaultCadenceDays = 45;
        p.reminderHorizonDays = 30;
        p.startup = DesktopPreferences::Startup::Ask;
        p.remindersEnabled = false;
        p.save();
        const DesktopPreferences loaded = DesktopPreferences::load();
        QCOMPARE(loaded.defaultCadenceDays, 45);
        QCOMPARE(loaded.reminderHorizonDays, 30);
        QCOMPARE(loaded.startup, DesktopPreferences::Startup::Ask);
        QCOMPARE(loaded.remindersEnabled, false);
    }

    void valuesOutOfRangeFallBackToDefaults()
    {
        QSettings settings;
        settings.setValue(QStringLiteral("preferences/reminderHorizonDays"), 0);
        settings.setValue(QStringLiteral("preferences/defaultCadenceDays"), -5);
        settings.setValue(QStringLiteral("preferences/startup"), QStringLiteral("sometimes"));
        const DesktopPreferences loaded = DesktopPreferences::load();
        QCOMPARE(loaded.reminderHorizonDays, 14);
        QCOMPARE(loaded.defaultCadenceDays, 0);
        QCOMPARE(loaded.startup, DesktopPreferences::Startup::LastDatabase);
    }

    void dialogSavesBudgetInTheDatabaseAndTheRestInSettings()
    {
        Fixture f;
        {
            PreferencesDialog dialog(f.session);
            dialog.show();
            child<QDoubleSpinBox>(dialog, "budgetAmountSpin")->setValue(1500.50);
            setCurrency(dialog, QStringLiteral("eur")); // case does not matter
            child<QComboBox>(dialog, "fiscalYearStartCombo")->setCurrentIndex(6); // July
            child<QSpinBox>(dialog, "defaultCadenceSpin")->setValue(60);
            child<QSpinBox>(dialog, "reminderHorizonSpin")->setValue(21);
            auto *startup = child<QComboBox>(dialog, "startupCombo");
            startup->setCurrentIndex(startup->findData(int(DesktopPreferences::Startup::Ask)));
            child<QCheckBox>(dialog, "remindersCheck")->setChecked(false);
            QTest::mouseClick(child<QPushButton>(dialog, "okButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        const BudgetSettings budget = f.budget();
        QCOMPARE(budget.yearlyBudget, std::optional<Money>(Money{150050, QStringLiteral("EUR")}));
        QCOMPARE(budget.currency, QStringLiteral("EUR"));
        QCOMPARE(budget.fiscalYearStartMonth, 7);
        const DesktopPreferences desktop = DesktopPreferences::load();
        QCOMPARE(desktop.defaultCadenceDays, 60);
        QCOMPARE(desktop.reminderHorizonDays, 21);
        QCOMPARE(desktop.startup, DesktopPreferences::Startup::Ask);
        QCOMPARE(desktop.remindersEnabled, false);

        // The dialog opens on what was saved.
        {
            PreferencesDialog dialog(f.session);
            QCOMPARE(child<QDoubleSpinBox>(dialog, "budgetAmountSpin")->value(), 1500.50);
            QCOMPARE(child<QLineEdit>(dialog, "budgetCurrencyEdit")->text(), QStringLiteral("EUR"));
            QCOMPARE(child<QComboBox>(dialog, "fiscalYearStartCombo")->currentData().toInt(), 7);
            QCOMPARE(child<QSpinBox>(dialog, "reminderHorizonSpin")->value(), 21);
            QVERIFY(!child<QCheckBox>(dialog, "remindersCheck")->isChecked());
        }

        // The budget belongs to the data: one undoable step.
        QCOMPARE(f.session.undoStack()->count(), 1);
        f.session.undoStack()->undo();
        QCOMPARE(f.budget().yearlyBudget, std::optional<Money>());
        QCOMPARE(f.budget().currency, QStringLiteral("USD"));
        QCOMPARE(f.budget().fiscalYearStartMonth, 1);
    }

    void unchangedBudgetLeavesNoUndoStep()
    {
        Fixture f;
        PreferencesDialog dialog(f.session);
        dialog.show();
        child<QSpinBox>(dialog, "defaultCadenceSpin")->setValue(30);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.session.undoStack()->count(), 0);
        QCOMPARE(DesktopPreferences::load().defaultCadenceDays, 30);
    }

    void noBudgetIsKeptAsNone()
    {
        Fixture f;
        BudgetSettings start;
        start.yearlyBudget = Money{200000, QStringLiteral("USD")};
        QVERIFY(SettingsStore(f.session.db()).setBudget(start));
        PreferencesDialog dialog(f.session);
        dialog.show();
        child<QDoubleSpinBox>(dialog, "budgetAmountSpin")->setValue(0);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(f.budget().yearlyBudget, std::optional<Money>());
    }

    void badCurrencyIsExplained_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("two letters") << QStringLiteral("US");
        QTest::newRow("four letters") << QStringLiteral("EURO");
        QTest::newRow("digits") << QStringLiteral("12A");
        QTest::newRow("a symbol") << QStringLiteral("$");
        QTest::newRow("nothing") << QString();
    }

    void badCurrencyIsExplained()
    {
        QFETCH(QString, code);
        Fixture f;
        PreferencesDialog dialog(f.session);
        dialog.show();
        child<QSpinBox>(dialog, "defaultCadenceSpin")->setValue(30);
        auto *currency = child<QLineEdit>(dialog, "budgetCurrencyEdit");
        currency->clear();
        QTest::keyClicks(currency, code);

        QVERIFY(!dialog.problemText(QStringLiteral("currency")).isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "okButton")->isEnabled());
        dialog.accept(); // Enter or a script cannot get past it either
        QVERIFY(dialog.isVisible());
        QCOMPARE(f.session.undoStack()->count(), 0);
        QCOMPARE(f.budget().currency, QStringLiteral("USD"));
        QCOMPARE(DesktopPreferences::load().defaultCadenceDays, 0); // nothing saved at all

        setCurrency(dialog, QStringLiteral("CAD"));
        QCOMPARE(dialog.problemText(QStringLiteral("currency")), QString());
        QVERIFY(child<QPushButton>(dialog, "okButton")->isEnabled());
    }
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
