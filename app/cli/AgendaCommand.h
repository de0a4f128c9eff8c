#pragma once

#include "Command.h"

namespace kith::cli {

// kith agenda [--today DATE] [--days N] [--json]: what is due — follow-ups, people past
// their cadence, renewals, event deadlines — and this fiscal year's budget.
class AgendaCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("agenda"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--today YYYY-MM-DD] [--days N] [--json]");
    }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
