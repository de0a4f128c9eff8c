#pragma once

#include "Command.h"

namespace kith::cli {

// kith duplicates [--json]: stored people who look like one person, in groups, with the
// `kith merge` line that would join each group.
class DuplicatesCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString synopsis() const override { return QStringLiteral("[--json]"); }
    QString summary() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

// kith merge KEEP_ID OTHER_ID…: merges the others into KEEP_ID and deletes them.
class MergeCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("merge"); }
    QString synopsis() const override { return QStringLiteral("KEEP_ID OTHER_ID..."); }
    QString summary() const override;
    QString details() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
