#pragma once

#include "Command.h"

namespace kith::cli {

// kith stats [--json]: how many records of each kind.
class StatsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
