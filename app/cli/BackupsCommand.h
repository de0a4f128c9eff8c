#pragma once

#include "Command.h"

namespace kith::cli {

// kith backups [--json]: the backups kept beside the database, newest first.
class BackupsCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("backups"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
