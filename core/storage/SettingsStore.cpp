#include "SettingsStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::SettingsStore", text);
}

const QString fiscalYearStartMonthKey = QStringLiteral("fiscal_year_start_month");
const QString yearlyBudgetKey = QStringLiteral("yearly_budget_cents");
const QString currencyKey = QStringLiteral("budget_currency");

QList<FieldError> check(const BudgetSettings &settings)
{
    QList<FieldError> problems;
    if (settings.fiscalYearStartMonth < 1 || settings.fiscalYearStartMonth > 12)
        problems.append({QStringLiteral("fiscalYearStartMonth"), FieldProblem::OutOfRange,
                         tr("The fiscal year starts in a month from 1 to 12.")});
    if (settings.yearlyBudget && settings.yearlyBudget->cents < 0)
        problems.append({QStringLiteral("yearlyBudget"), FieldProblem::Negative,
                         tr("The budget cannot be negative.")});
    // The budget has one currency; an amount in another would be silently misread.
    if (settings.yearlyBudget && !settings.yearlyBudget->currency.isEmpty() &&
        settings.yearlyBudget->currency != settings.currency)
        problems.append(
            {QStringLiteral("yearlyBudget"), FieldProblem::OutOfRange,
             tr("The budget must be in the budget currency, %1.").arg(settings.currency)});
    if (!validation::isValidCurrency(settings.currency))
        problems.append(
            {QStringLiteral("currency"), FieldProblem::Malformed,
             tr("“%1” is not a currency code such as USD or EUR.").arg(settings.currency)});
    return problems;
}

Status upsert(Database &db, const QString &key, const QString &value)
{
    Query q(db, QStringLiteral("INSERT INTO setting(key, value) VALUES (?,?) "
                               "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.bind(key).bind(value);
    return q.exec(tr("Saving setting %1").arg(key));
}

} // namespace

Result<BudgetSettings> SettingsStore::budget() const
{
    BudgetSettings settings;
    Query q(m_db, QStringLiteral("SELECT key, value FROM setting WHERE key IN (?,?,?)"));
    q.bind(fiscalYearStartMonthKey).bind(yearlyBudgetKey).bind(currencyKey);
    if (Status status = q.exec(tr("Reading the budget settings")); !status)
        return status.error();
    // A value that does not parse keeps the default rather than failing every budget view.
    while (q.next()) {
        const QString key = q.string(0);
        bool ok = false;
        if (key == fiscalYearStartMonthKey) {
            const int month = q.value(1).toString().toInt(&ok);
            if (ok && month >= 1 && month <= 12)
                settings.fiscalYearStartMonth = month;
        } else if (key == yearlyBudgetKey) {
            const qint64 cents = q.value(1).toString().toLongLong(&ok);
            if (ok && cents >= 0)
                settings.yearlyBudget = Money{cents, {}};
        } else if (key == currencyKey && validation::isValidCurrency(q.string(1))) {
            settings.currency = q.string(1);
        }
    }
    if (settings.yearlyBudget)
        settings.yearlyBudget->currency = settings.currency;
    return settings;
}

Status SettingsStore::setBudget(const BudgetSettings &settings)
{
    if (QList<FieldError> problems = check(settings); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status =
            upsert(m_db, fiscalYearStartMonthKey, QString::number(settings.fiscalYearStartMonth));
        !status)
        return status;
    if (Status status = upsert(m_db, currencyKey, settings.currency); !status)
        return status;
    if (settings.yearlyBudget) {
        if (Status status =
                upsert(m_db, yearlyBudgetKey, QString::number(settings.yearlyBudget->cents));
            !status)
            return status;
    } else {
        Query clear(m_db, QStringLiteral("DELETE FROM setting WHERE key = ?"));
        clear.bind(yearlyBudgetKey);
        if (Status status = clear.exec(); !status)
            return status;
    }
    m_db.notify({EntityKind::Setting, ChangeType::Updated, {}});
    return tx.commit();
}

Result<QString> SettingsStore::value(const QString &key, const QString &fallback) const
{
    Query q(m_db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.bind(key);
    if (Status status = q.exec(tr("Reading setting %1").arg(key)); !status)
        return status.error();
    return q.next() ? q.string(0) : fallback;
}

Status SettingsStore::setValue(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A setting needs a name."));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = upsert(m_db, key, value); !status)
        return status;
    m_db.notify({EntityKind::Setting, ChangeType::Updated, {}});
    return tx.commit();
}

} // namespace kith
