#pragma once

#include "Command.h"

namespace kith::cli {

// kith demo [--today DATE]: fills an empty database with the demo network.
class DemoCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString synopsis() const override
    {
        return QStringLiteral("[--today YYYY-MM-DD] [--if-missing]");
    }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
