#pragma once

#include "Command.h"

namespace kith::cli {

// kith check: SQLite integrity, references and the search index; exit 1 on any problem.
class CheckCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("check"); }
    QString synopsis() const override { return {}; }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
