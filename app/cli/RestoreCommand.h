#pragma once

#include "Command.h"

namespace kith::cli {

// kith restore BACKUP [--force]: replaces the database with a checked backup, keeping what
// it replaces as a backup of its own.
class RestoreCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString synopsis() const override { return QStringLiteral("BACKUP [--force]"); }
    QString summary() const override;
    QString details() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
