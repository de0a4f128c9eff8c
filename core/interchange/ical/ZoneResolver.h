#pragma once

#include "LibIcal.h"

#include <QHash>

// How the reader turns the times of a VEVENT into the wall times of one zone: the zones a
// file defines (VTIMEZONE) are used to read its times, libical's zone database to convert
// them into the zone the event is kept in.
namespace kith::ical {

// A DTSTART, DTEND or EXDATE as the file wrote it.
struct TimeValue
{
    icaltimetype time = icaltime_null_time();
    QString tzid; // the TZID parameter; empty for UTC and floating times

    bool isNull() const { return icaltime_is_null_time(time); }
    bool isDate() const { return time.is_date != 0; }
};

TimeValue timeValue(icalproperty *property);

// The zone an event is kept in.
struct EventZone
{
    QString name;                   // Event::timeZone: an IANA name, "UTC", "UTC-05:00" or empty
    icaltimezone *target = nullptr; // what times are converted to; null: kept as written
    QString note;                   // for the event's notes, when the zone is not the file's own
};

class ZoneResolver
{
public:
    ZoneResolver() = default;
    ~ZoneResolver();
    ZoneResolver(const ZoneResolver &) = delete;
    ZoneResolver &operator=(const ZoneResolver &) = delete;

    // Takes a VTIMEZONE of calendar `calendar`. False when it has no TZID or rules libical
    // could be made to expand without end (only yearly rules are accepted, as zones use).
    bool define(int calendar, ComponentPtr vtimezone);

    // The zone an event starting at `start` is kept in: the IANA zone its TZID names; for
    // UTC times the calendar's zone (X-WR-TIMEZONE, as Google writes) or UTC; for a zone
    // Kith does not know, its offset from UTC at the start; floating times stay floating.
    EventZone eventZone(int calendar, const TimeValue &start, const QString &calendarZone);

    // `value` as a wall time of `zone` (unchanged for dates, floating times and years that
    // no zone rule should be asked about).
    icaltimetype convert(int calendar, const TimeValue &value, const EventZone &zone);
    // `value` as a wall time of the zone `reference` is written in (EXDATEs against DTSTART).
    icaltimetype inZoneOf(int calendar, const TimeValue &value, const TimeValue &reference);

private:
    icaltimezone *defined(int calendar, const QString &tzid) const;
    icaltimezone *source(int calendar, const TimeValue &value) const;

    struct Definition
    {
        icaltimezone *zone = nullptr;
        QString location; // its X-LIC-LOCATION, when that is an IANA name
    };
    QHash<QPair<int, QString>, Definition> m_defined;
};

} // namespace kith::ical
