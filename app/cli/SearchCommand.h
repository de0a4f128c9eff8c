#pragma once

#include "Command.h"

namespace kith::cli {

// kith search TEXT [--json] [--limit N]: ranked matches across every kind of record.
class SearchCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString synopsis() const override { return QStringLiteral("TEXT [--json] [--limit N]"); }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
