#pragma once

#include "common/Result.h"
#include "interchange/ImportBatch.h"
#include "interchange/csv/ContactMapping.h"

class QMimeData;

namespace kith::ui {

// The kinds of file the import wizard takes.
enum class ImportFormat
{
    Unknown,
    LinkedIn,  // the export .zip, its extracted folder, or one of its CSV files
    VCard,     // .vcf
    ICalendar, // .ics
    Csv,       // any other contacts CSV, through a column mapping
    Backup     // a Kith backup (.json), restored into an empty database
};

// What a path holds, by its extension first and its first bytes when the extension says
// nothing: a folder with LinkedIn's files, "BEGIN:VCARD", "BEGIN:VCALENDAR", a zip, a
// "kith-backup" document.
ImportFormat detectImportFormat(const QString &path);
QString importFormatLabel(ImportFormat format);
// For the file chooser: every importable extension first, then one filter per format.
QString importFileFilter();
// The one local file or folder of a drag, when the wizard can take it; empty otherwise.
QString importablePath(const QMimeData *mime);

// Reads `path` as `format` (not Backup, which is restored whole, and Csv only with a
// mapping). The batch never touches the database.
Result<ImportBatch> readImportFile(const QString &path, ImportFormat format,
                                   const csv::ColumnMapping &mapping = {});

} // namespace kith::ui
