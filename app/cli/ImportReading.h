#pragma once

#include "Command.h"
#include "interchange/ImportBatch.h"
#include "interchange/csv/ContactMapping.h"

namespace kith::cli {

// The formats `kith import` takes, as typed: linkedin, vcard, ical, csv, backup.
QStringList importFormats();

// What reading a file for an import gave: the batch, or the exit code after the reason
// was printed. For CSV, the column mapping that was used.
struct ReadOutcome
{
    std::optional<ImportBatch> batch;
    int exitCode = Success;
    std::optional<csv::ColumnMapping> mapping;
    QStringList headers; // the CSV file's columns, under which the mapping is remembered
};

// Reads `path` as `format` (not backup, which is restored whole). For csv, `mapSpec` is the
// --map text; without it the file's columns must be recognised (Kith, Google Contacts,
// Outlook) or remembered from an earlier import, otherwise the import stops with the
// columns found and the fields they can feed.
ReadOutcome readForImport(const Context &context, const Database &db, const QString &format,
                          const QString &path, const QString &mapSpec);

} // namespace kith::cli
