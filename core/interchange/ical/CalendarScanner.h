#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

// Cuts an iCalendar file into its calendars and their top-level components by the BEGIN and
// END lines, with the line each one starts on. libical then parses one component at a time,
// so memory follows the largest component rather than the file, and every problem can name
// its line. The scanner reads no properties: that is libical's job.
namespace kith::ical {

struct ScannedCalendar
{
    int line = 0; // of BEGIN:VCALENDAR
    // The calendar's own content lines (VERSION, PRODID, X-WR-TIMEZONE…) between
    // BEGIN:VCALENDAR and END:VCALENDAR, without its components, for libical to parse.
    QByteArray properties;
};

struct ComponentSpan
{
    QByteArray name;     // upper case: VEVENT, VTODO, VTIMEZONE…
    qsizetype begin = 0; // byte offsets of the BEGIN line and of the end of the END line
    qsizetype end = 0;
    int line = 0;     // of the BEGIN line, 1-based
    int calendar = 0; // index into ScanResult::calendars
};

struct ScanResult
{
    QList<ScannedCalendar> calendars;
    QList<ComponentSpan> components;
};

inline constexpr int maxNesting = 16;

// Fails (ErrorCode::Parse, naming the file and line) on binary data, text outside a
// calendar, an END that closes another component than the last BEGIN, nesting deeper than
// maxNesting, and a file that ends inside a component (a truncated download).
// Lines may end in CRLF, LF or CR alone.
Result<ScanResult> scan(QByteArrayView data, const QString &fileName);

// The line of the first content line of `span` called `name` ("DTSTART"), for messages;
// the span's own line when it has none.
int lineOf(QByteArrayView data, const ComponentSpan &span, QByteArrayView name);

} // namespace kith::ical
