#pragma once

#include "Command.h"

namespace kith::cli {

// kith export vcard|ical|backup OUT, kith export csv LIST OUT [--force]: writes the people
// as vCard 4.0, events and to-dos as iCalendar, the whole database as a backup, or one list
// as CSV, to OUT or, when OUT is "-", to stdout.
class ExportCommand final : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString synopsis() const override
    {
        return QStringLiteral("vcard|ical|backup OUT | csv LIST OUT [--force]");
    }
    QString summary() const override;
    QString details() const override;
    int run(const Context &context, const QStringList &arguments) override;
};

} // namespace kith::cli
