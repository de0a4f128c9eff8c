#pragma once

#include "common/Result.h"
#include "model/Common.h"

namespace kith {

class Database;

// Settings that belong to the data rather than to one computer, kept in the database's
// `setting` table: the professional-development budget and the fiscal year it runs over.
struct BudgetSettings
{
    int fiscalYearStartMonth = 1; // 1 = January; the fiscal year is named after its start year
    std::optional<Money> yearlyBudget;
    QString currency = QStringLiteral("USD");
};

class SettingsStore
{
public:
    explicit SettingsStore(Database &db)
        : m_db(db)
    {}

    Result<BudgetSettings> budget() const;
    Status setBudget(const BudgetSettings &settings); // validated: month 1–12, amount ≥ 0

    Result<QString> value(const QString &key, const QString &fallback = {}) const;
    Status setValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace kith
