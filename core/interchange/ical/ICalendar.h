#pragma once

#include "common/Result.h"
#include "interchange/ImportBatch.h"

#include <QByteArray>

namespace kith {
class Database;
}

// iCalendar (RFC 5545) in and out, through libical: events as VEVENTs, event deadlines and
// follow-ups as VTODOs.
namespace kith::ical {

// Files larger than this are refused before they are read; one component larger than
// maxComponentBytes is reported as a rejected row. Together they bound the memory an
// import takes, whatever the file.
inline constexpr qint64 maxFileBytes = 256LL * 1024 * 1024;
inline constexpr qint64 maxComponentBytes = 16LL * 1024 * 1024;

// One VCALENDAR (VERSION 2.0, PRODID -//Kith//Kith <version>//EN, CALSCALE GREGORIAN) with
// - every dated event as a VEVENT: timed ones in their zone (TZID, with a VTIMEZONE for each
//   zone used), all-day ones as dates with the exclusive DTEND; SUMMARY, LOCATION, URL,
//   DESCRIPTION (cost summary and notes), STATUS, CATEGORIES (tags);
// - every deadline not done and every open follow-up as a VTODO with a DUE date;
// - UIDs that stay the same from one export to the next (see KithUid.h), DTSTAMP (the
//   database clock, UTC), LAST-MODIFIED.
// Undated events (no start date) have no place in a calendar and are left out.
// `today` names the day of the export in the calendar's description (X-WR-CALDESC).
// The database is written to once: the first export stores its id for UIDs.
Result<QByteArray> write(Database &db, const QDate &today);

// Reads every VEVENT of every VCALENDAR in `data` into ImportBatch::events, and the VTODOs
// Kith wrote into follow-ups (ImportBatch::interactions) and event deadlines; everything
// else is reported in ImportBatch::rejected with its line. Never touches a database.
// Broken structure (binary data, a truncated file, mismatched END) fails with
// ErrorCode::Parse naming the file and line. `fileName` is what messages call the file.
Result<ImportBatch> read(const QByteArray &data, const QString &fileName);
// ErrorCode::Io when the file cannot be read; batch.source is `path`.
Result<ImportBatch> readFile(const QString &path);

} // namespace kith::ical
