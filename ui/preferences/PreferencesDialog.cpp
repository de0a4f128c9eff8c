#include "PreferencesDialog.h"

#include "model/Validation.h"
#include "session/Session.h"
#include "storage/SettingsStore.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace kith::ui {

namespace {

constexpr double maxBudget = 100'000'000.0;
constexpr int maxCadenceDays = 3650;
constexpr int maxHorizonDays = 365;
const QString cadenceKey = QStringLiteral("preferences/defaultCadenceDays");
const QString horizonKey = QStringLiteral("preferences/reminderHorizonDays");
const QString startupKey = QStringLiteral("preferences/startup");
const QString remindersKey = QStringLiteral("preferences/remindersEnabled");
const QString startupLast = QStringLiteral("last");
const QString startupAsk = QStringLiteral("ask");

QLabel *makeProblemLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // as in the editors
    label->setPalette(palette);
    label->hide();
    return label;
}

// A field with its problem line underneath.
QWidget *withProblem(QWidget *field, QLabel *problem)
{
    auto *cell = new QWidget;
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(problem);
    return cell;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

struct PreferencesDialog::Fields
{
    QDoubleSpinBox *budget = nullptr;
    QLineEdit *currency = nullptr;
    QComboBox *fiscalStart = nullptr;
    QLabel *budgetProblem = nullptr;
    QLabel *currencyProblem = nullptr;
    QSpinBox *cadence = nullptr;
    QSpinBox *horizon = nullptr;
    QComboBox *startup = nullptr;
    QCheckBox *reminders = nullptr;
    QDialogButtonBox *buttons = nullptr;
    BudgetSettings loaded;

    BudgetSettings budgetSettings() const
    {
        BudgetSettings settings;
        settings.currency = currency->text().trimmed().toUpper();
        settings.fiscalYearStartMonth = fiscalStart->currentData().toInt();
        const qint64 cents = std::llround(budget->value() * 100.0);
        if (cents > 0)
            settings.yearlyBudget = Money{cents, settings.currency};
        return settings;
    }
};

PreferencesDialog::PreferencesDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_fields(std::make_unique<Fields>())
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    Fields &f = *m_fields;

    f.budget = new QDoubleSpinBox(this);
    f.budget->setObjectName(QStringLiteral("budgetAmountSpin"));
    f.budget->setRange(0.0, maxBudget);
    f.budget->setDecimals(2);
    f.budget->setGroupSeparatorShown(true);
    f.budget->setSpecialValueText(tr("no budget"));
    f.currency = new QLineEdit(this);
    f.currency->setObjectName(QStringLiteral("budgetCurrencyEdit"));
    f.currency->setPlaceholderText(QStringLiteral("USD"));
    f.currency->setMaximumWidth(
        f.currency->fontMetrics().horizontalAdvance(QStringLiteral("MMMMMM")) + 16);
    f.fiscalStart = new QComboBox(this);
    f.fiscalStart->setObjectName(QStringLiteral("fiscalYearStartCombo"));
    for (int month = 1; month <= 12; ++month)
        f.fiscalStart->addItem(QLocale().standaloneMonthName(month), month);
    f.budgetProblem = makeProblemLabel(this, QStringLiteral("yearlyBudgetProblem"));
    f.currencyProblem = makeProblemLabel(this, QStringLiteral("currencyProblem"));

    auto *budgetBox =
        new QGroupBox(tr("Professional-development budget (kept in this database)"), this);
    auto *budgetForm = new QFormLayout(budgetBox);
    budgetForm->addRow(tr("&Yearly budget:"), withProblem(f.budget, f.budgetProblem));
    budgetForm->addRow(tr("&Currency:"), withProblem(f.currency, f.currencyProblem));
    budgetForm->addRow(tr("&Fiscal year starts in:"), f.fiscalStart);
    f.budget->setAccessibleName(tr("Yearly budget"));
    f.currency->setAccessibleName(tr("Currency"));
    f.fiscalStart->setAccessibleName(tr("Fiscal year starts in"));

    f.cadence = new QSpinBox(this);
    f.cadence->setObjectName(QStringLiteral("defaultCadenceSpin"));
    f.cadence->setRange(0, maxCadenceDays);
    f.cadence->setSpecialValueText(tr("not tracked"));
    f.cadence->setSuffix(tr(" days"));
    f.horizon = new QSpinBox(this);
    f.horizon->setObjectName(QStringLiteral("reminderHorizonSpin"));
    f.horizon->setRange(1, maxHorizonDays);
    f.horizon->setSuffix(tr(" days"));
    f.startup = new QComboBox(this);
    f.startup->setObjectName(QStringLiteral("startupCombo"));
    f.startup->addItem(tr("Open the last database"),
                       int(DesktopPreferences::Startup::LastDatabase));
    f.startup->addItem(tr("Ask which database to open"), int(DesktopPreferences::Startup::Ask));
    f.reminders = new QCheckBox(tr("Remind me of follow-ups, renewals and deadlines"), this);
    f.reminders->setObjectName(QStringLiteral("remindersCheck"));

    auto *desktopBox = new QGroupBox(tr("On this computer"), this);
    auto *desktopForm = new QFormLayout(desktopBox);
    desktopForm->addRow(tr("&Keep in touch with new people every:"), f.cadence);
    desktopForm->addRow(tr("&Remind this far ahead:"), f.horizon);
    desktopForm->addRow(tr("At &start-up:"), f.startup);
    desktopForm->addRow(f.reminders);
    f.cadence->setAccessibleName(tr("Default keep-in-touch cadence"));
    f.horizon->setAccessibleName(tr("Reminder horizon"));
    f.startup->setAccessibleName(tr("At start-up"));

    f.buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    f.buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    connect(f.buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(f.buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(budgetBox);
    layout->addWidget(desktopBox);
    layout->addStretch();
    layout->addWidget(f.buttons);

    Result<BudgetSettings> budget = SettingsStore(session.db()).budget();
    f.loaded = budget.valueOr(BudgetSettings{});
    f.budget->setValue(f.loaded.yearlyBudget ? double(f.loaded.yearlyBudget->cents) / 100.0 : 0.0);
    f.currency->setText(f.loaded.currency);
    f.fiscalStart->setCurrentIndex(f.loaded.fiscalYearStartMonth - 1);
    if (!budget)
        showProblem(f.budgetProblem, budget.error().message());

    const DesktopPreferences desktop = DesktopPreferences::load();
    f.cadence->setValue(desktop.defaultCadenceDays);
    f.horizon->setValue(desktop.reminderHorizonDays);
    f.startup->setCurrentIndex(f.startup->findData(int(desktop.startup)));
    f.reminders->setChecked(desktop.remindersEnabled);

    connect(f.currency, &QLineEdit::textChanged, this, &PreferencesDialog::revalidate);
    f.budget->setFocus();
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::problemText(const QString &field) const
{
    const QLabel *label = field == QLatin1String("currency")       ? m_fields->currencyProblem
                          : field == QLatin1String("yearlyBudget") ? m_fields->budgetProblem
                                                                   : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

void PreferencesDialog::revalidate()
{
    const QString currency = m_fields->budgetSettings().currency;
    const bool valid = validation::isValidCurrency(currency);
    showProblem(m_fields->currencyProblem,
                valid ? QString()
                      : tr("“%1” is not a currency code. Use three letters such as USD, EUR "
                           "or CAD.")
                            .arg(currency));
    m_fields->buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

void PreferencesDialog::accept()
{
    Fields &f = *m_fields;
    revalidate();
    if (!f.currencyProblem->isHidden())
        return;
    const BudgetSettings budget = f.budgetSettings();
    const bool budgetChanged = budget.yearlyBudget != f.loaded.yearlyBudget ||
                               budget.currency != f.loaded.currency ||
                               budget.fiscalYearStartMonth != f.loaded.fiscalYearStartMonth;
    if (budgetChanged) {
        SettingsStore store(m_session.db());
        Status status = m_session.perform(tr("Change budget settings"),
                                          [&] { return store.setBudget(budget); });
        if (!status) {
            if (status.error().code() != ErrorCode::Validation) {
                MessageBox::warning(this, windowTitle(), status.error().message());
                return;
            }
            for (const FieldError &problem : status.error().fields())
                showProblem(problem.field == QLatin1String("currency") ? f.currencyProblem
                                                                       : f.budgetProblem,
                            problem.message);
            return;
        }
    }

    DesktopPreferences desktop;
    desktop.defaultCadenceDays = f.cadence->value();
    desktop.reminderHorizonDays = f.horizon->value();
    desktop.startup = DesktopPreferences::Startup(f.startup->currentData().toInt());
    desktop.remindersEnabled = f.reminders->isChecked();
    desktop.save();
    QDialog::accept();
}

DesktopPreferences DesktopPreferences::load()
{
    const QSettings settings;
    DesktopPreferences p;
    // Values edited by hand outside the range the dialog allows fall back to the defaults.
    const int cadence = settings.value(cadenceKey, p.defaultCadenceDays).toInt();
    if (cadence >= 0 && cadence <= maxCadenceDays)
        p.defaultCadenceDays = cadence;
    const int horizon = settings.value(horizonKey, p.reminderHorizonDays).toInt();
    if (horizon >= 1 && horizon <= maxHorizonDays)
        p.reminderHorizonDays = horizon;
    p.startup =
        settings.value(startupKey).toString() == startupAsk ? Startup::Ask : Startup::LastDatabase;
    p.remindersEnabled = settings.value(remindersKey, p.remindersEnabled).toBool();
    return p;
}

void DesktopPreferences::save() const
{
    QSettings settings;
    settings.setValue(cadenceKey, defaultCadenceDays);
    settings.setValue(horizonKey, reminderHorizonDays);
    settings.setValue(startupKey, startup == Startup::Ask ? startupAsk : startupLast);
    settings.setValue(remindersKey, remindersEnabled);
}

} // namespace kith::ui
