#pragma once

#include "ContactMapping.h"
#include "interchange/ImportBatch.h"

namespace kith::csv {

// Contacts from any CSV file: an address book's export (Google, Outlook), a spreadsheet, or a
// people list Kith exported. Columns feed Kith's fields through a ColumnMapping
// (ContactMapping.h): detectMapping() proposes one, MappingMemory remembers what the user
// chose, parseMapping() reads the command line's --map.
//
// Each data row becomes one person (origin csv) with its file line. A row is rejected, with
// its line and reason, when nothing names the person (no name and no e-mail address), when
// a quote never closes, when it has more values than the header has columns, or when a value
// breaks a rule (a name over 500 characters, notes over a million). Rows with nothing in
// them are counted as skipped. Values the row can live without (an e-mail address that is
// not one, a web address that is not one, a date that is not one) are left out and noted.

// The header and the first rows, for the import wizard's mapping step.
struct Sample
{
    QStringList headers;
    QList<QStringList> rows;
    QChar delimiter;
};

// Files above this size are refused before reading (Parse), so memory stays bounded.
inline constexpr qint64 maxFileBytes = 256 * 1024 * 1024;

// The headers of a file for a message: the first 20, each cut to 40 characters, then "and
// N more", so that a file of a hundred thousand columns still gets a message of a few lines.
QString columnList(const QStringList &headers);

Result<Sample> readSample(const QByteArray &data, const QString &fileName, int rowCount = 5);
Result<QStringList> readHeaders(const QByteArray &data, const QString &fileName);

// Errors: Parse for a file that is empty, binary or has no header; InvalidArgument for a
// mapping that names a column the file lacks, or that maps no column to a name or e-mail.
Result<ImportBatch> readContacts(const QByteArray &data, const QString &fileName,
                                 const ColumnMapping &mapping);
// As readContacts(); Io when the file cannot be read.
Result<ImportBatch> readContactsFile(const QString &path, const ColumnMapping &mapping);

} // namespace kith::csv
