#pragma once

#include "Command.h"

namespace kith::cli {

// kith import linkedin|vcard|ical|csv|backup PATH [--dry-run] [--json] [--map SPEC]:
// brings a LinkedIn archive, a vCard or iCalendar file, a contacts CSV or a Kith backup into
// the database, in one transaction, and tells what it did (or, with --dry-run, would do).
class ImportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString synopsis() const override
    {
        return QStringLiteral("linkedin|vcard|ical|csv|backup PATH [--dry-run] [--json] "
                              "[--map SPEC]");
    }
    QString summary() const override;
    QString details() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
