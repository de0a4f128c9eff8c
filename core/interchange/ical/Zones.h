#pragma once

#include "LibIcal.h"

// Time zones by name, through libical's zone database (the system's tzdata).
namespace kith::ical {

// libical's zone for an IANA name ("America/Denver", "UTC"), or null. Names that could not
// be IANA names are refused before libical sees them: libical would open
// /usr/share/zoneinfo/<name> for any name it does not list, "../" included.
icaltimezone *builtinZone(QStringView name);

// The IANA name a TZID stands for: the TZID itself, the zone at the end of a prefixed one
// ("/mozilla.org/20050126_1/America/New_York", libical's "/freeassociation.sourceforge.net/…")
// or the zone Windows means by its name ("Pacific Standard Time", as Outlook writes).
// Empty when it is none of these.
QString ianaName(QStringView tzid);

// A VTIMEZONE for the zone, with the IANA name as its TZID (libical's own TZIDs carry a
// prefix no other program expects). Null for UTC and for zones libical does not know.
ComponentPtr zoneDefinition(const QString &ianaName);

// "UTC", "UTC-05:00", "UTC+05:30": the fixed-offset zone ids Qt understands.
QString utcOffsetId(int offsetSeconds);

} // namespace kith::ical
