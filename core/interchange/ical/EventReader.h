#pragma once

#include "LibIcal.h"
#include "model/Event.h"

// A VEVENT read into a Kith event.
namespace kith::ical {

class ZoneResolver;

// What the reader knows of the calendar a component is in.
struct CalendarContext
{
    int index = 0;
    QString zone;          // X-WR-TIMEZONE: the zone Google and Apple give UTC and floating times
    bool fromKith = false; // PRODID says Kith wrote it: its DESCRIPTION starts with costs
};

struct EventRead
{
    std::optional<Event> event;
    // When there is no event: why, and the property the problem is in (for its line).
    QString rejection;
    QByteArray problemProperty;
    // A changed occurrence of a recurring event (RECURRENCE-ID): the series is imported once.
    bool isOccurrence = false;
    bool recurring = false;
    bool zoneKeptAsOffset = false;
    bool shortened = false; // a text was cut to the length Kith keeps
};

// Reads summary, times (converted into the event's zone), location, URL, description,
// categories, status and UID. X-KITH-STATUS, X-KITH-KIND and X-KITH-FORMAT, which Kith
// writes, take precedence over what the standard properties suggest.
EventRead readEvent(icalcomponent *vevent, const CalendarContext &calendar, ZoneResolver &zones);

// Categories as tags: trimmed, without empty ones or repeats (ignoring case).
QStringList tagsOf(icalcomponent *component);

} // namespace kith::ical
