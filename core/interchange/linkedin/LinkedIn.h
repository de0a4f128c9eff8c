#pragma once

#include "common/Result.h"
#include "interchange/ImportBatch.h"

// The data export LinkedIn hands out ("Get a copy of your data"): Connections.csv,
// Recommendations_Received.csv and Recommendations_Given.csv (with spaces instead of
// underscores in older exports), Invitations.csv, Events.csv, Endorsement_Received_Info.csv
// and Endorsement_Given_Info.csv. Other files are ignored.
//
// Connections become people (origin linkedin, known since the day of connecting, their
// LinkedIn profile, their company and position as the current role, credentials after a
// comma in the last name kept in their notes); recommendations name their person by name and
// company; invitations become messages with the person invited or inviting; endorsements
// become social interactions with the person endorsing or endorsed, one per person and day
// naming the skills; events become events. Rows LinkedIn leaves empty but for the date are counted
// as skipped; rows that cannot be used are rejected with their line.
namespace kith::linkedin {

struct Limits
{
    // The most one file of the export may inflate to; a larger one (a zip bomb, or not an
    // export at all) refuses the whole import before it is read into memory.
    qint64 maxFileBytes = 200LL * 1024 * 1024;
    // The most the files Kith reads from one zip archive may inflate to together. The sizes
    // the archive declares are added up before anything is inflated, and the bytes that
    // really come out are counted while inflating: seven files each just under
    // maxFileBytes must not cost seven times its memory and time.
    qint64 maxArchiveBytes = 256LL * 1024 * 1024;
};

// Reads the export from `path`: a .zip, the folder it was extracted into, or one CSV file of
// it. Entries of a zip that lead outside it ("../x", "/etc/x", "C:\x") refuse the archive;
// nothing is ever written to disk. The day the export was made (the zip entry's date, or a
// file's modification day) dates the jobs it lists.
Result<ImportBatch> readFile(const QString &path, const Limits &limits = {});

// One CSV file of an export, from memory: which one is told by its name, or else by its
// header. Fuzzable: any bytes give a batch or a Parse error.
Result<ImportBatch> read(const QByteArray &data, const QString &fileName);

// Whether a file's name is that of a file of the export Kith reads ("Connections.csv",
// "Recommendations Received.csv" of older exports); any folder in front is ignored.
bool isExportFileName(const QString &path);

// Whether the start of a CSV file (a few kilobytes are enough) is the header of one of the
// export's files, whatever the file is called: browsers save a second download of
// Connections.csv as "Connections (1).csv".
bool isExportFile(const QByteArray &head);

// A zip archive of the export, from memory.
Result<ImportBatch> readArchive(const QByteArray &zip, const QString &name,
                                const Limits &limits = {});

} // namespace kith::linkedin
