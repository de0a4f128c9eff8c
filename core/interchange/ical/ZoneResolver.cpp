#include "ZoneResolver.h"

#include "Zones.h"

#include <QCoreApplication>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

// Zone rules are only asked about years a calendar event can sensibly have; libical
// expands a zone's transitions up to the year asked for.
bool isConvertibleYear(const icaltimetype &time)
{
    return time.year >= 1800 && time.year <= 2200;
}

constexpr int maxObservances = 400;
constexpr int maxRecurrenceDates = 1000;

bool hasNoEntries(const short *list, int size)
{
    return size == 0 || list[0] == ICAL_RECURRENCE_ARRAY_MAX;
}

// Time zones change at most a few times a year; any other rule would have libical expand
// transitions without end.
bool isZoneRule(const icalrecurrencetype &rule)
{
    if (rule.freq != ICAL_YEARLY_RECURRENCE || (rule.rscale && *rule.rscale))
        return false;
    if (!hasNoEntries(rule.by_second, ICAL_BY_SECOND_SIZE) ||
        !hasNoEntries(rule.by_minute, ICAL_BY_MINUTE_SIZE) ||
        !hasNoEntries(rule.by_hour, ICAL_BY_HOUR_SIZE) ||
        !hasNoEntries(rule.by_year_day, ICAL_BY_YEARDAY_SIZE) ||
        !hasNoEntries(rule.by_week_no, ICAL_BY_WEEKNO_SIZE) ||
        !hasNoEntries(rule.by_set_pos, ICAL_BY_SETPOS_SIZE))
        return false;
    // One month, and one day in it: "the last Sunday of March".
    const auto count = [](const short *list, int size) {
        int n = 0;
        while (n < size && list[n] != ICAL_RECURRENCE_ARRAY_MAX)
            ++n;
        return n;
    };
    return count(rule.by_month, ICAL_BY_MONTH_SIZE) <= 1 &&
           count(rule.by_day, ICAL_BY_DAY_SIZE) <= 1 &&
           count(rule.by_month_day, ICAL_BY_MONTHDAY_SIZE) <= 7;
}

bool isSafeDefinition(icalcomponent *vtimezone)
{
    int observances = 0;
    int dates = 0;
    for (icalcomponent *c = icalcomponent_get_first_component(vtimezone, ICAL_ANY_COMPONENT); c;
         c = icalcomponent_get_next_component(vtimezone, ICAL_ANY_COMPONENT)) {
        const icalcomponent_kind kind = icalcomponent_isa(c);
        if (kind != ICAL_XSTANDARD_COMPONENT && kind != ICAL_XDAYLIGHT_COMPONENT)
            continue;
        if (++observances > maxObservances)
            return false;
        if (!icalcomponent_get_first_property(c, ICAL_DTSTART_PROPERTY) ||
            !icalcomponent_get_first_property(c, ICAL_TZOFFSETTO_PROPERTY))
            return false;
        for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_RRULE_PROPERTY); p;
             p = icalcomponent_get_next_property(c, ICAL_RRULE_PROPERTY)) {
            if (!isZoneRule(icalproperty_get_rrule(p)))
                return false;
        }
        dates += icalcomponent_count_properties(c, ICAL_RDATE_PROPERTY);
        if (dates > maxRecurrenceDates)
            return false;
    }
    return observances > 0;
}

} // namespace

TimeValue timeValue(icalproperty *property)
{
    TimeValue value;
    if (!property)
        return value;
    const icalvalue *v = icalproperty_get_value(property);
    if (!v)
        return value;
    const icalvalue_kind kind = icalvalue_isa(v);
    if (kind != ICAL_DATETIME_VALUE && kind != ICAL_DATE_VALUE)
        return value;
    value.time = icalvalue_get_datetime(v);
    if (icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER))
        value.tzid = fromIcal(icalparameter_get_tzid(tzid)).trimmed();
    if (icaltime_is_utc(value.time))
        value.tzid.clear();
    return value;
}

ZoneResolver::~ZoneResolver()
{
    for (const Definition &definition : std::as_const(m_defined))
        icaltimezone_free(definition.zone, 1);
}

bool ZoneResolver::define(int calendar, ComponentPtr vtimezone)
{
    if (!vtimezone || icalcomponent_isa(vtimezone.get()) != ICAL_VTIMEZONE_COMPONENT ||
        !isSafeDefinition(vtimezone.get()))
        return false;
    const QString tzid = propertyText(vtimezone.get(), ICAL_TZID_PROPERTY).trimmed();
    if (tzid.isEmpty() || m_defined.contains({calendar, tzid}))
        return false;
    QString location = propertyText(vtimezone.get(), ICAL_LOCATION_PROPERTY);
    if (location.isEmpty())
        location = xPropertyText(vtimezone.get(), "X-LIC-LOCATION");
    icaltimezone *zone = icaltimezone_new();
    icalcomponent *component = vtimezone.release();
    if (!icaltimezone_set_component(zone, component)) {
        icalcomponent_free(component); // not taken when refused
        icaltimezone_free(zone, 1);
        return false;
    }
    m_defined.insert({calendar, tzid},
                     {zone, builtinZone(location.trimmed()) ? location.trimmed() : QString()});
    return true;
}

icaltimezone *ZoneResolver::defined(int calendar, const QString &tzid) const
{
    return m_defined.value({calendar, tzid}).zone;
}

icaltimezone *ZoneResolver::source(int calendar, const TimeValue &value) const
{
    if (icaltime_is_utc(value.time))
        return icaltimezone_get_utc_timezone();
    if (value.tzid.isEmpty())
        return nullptr;
    if (icaltimezone *zone = defined(calendar, value.tzid))
        return zone;
    return builtinZone(ianaName(value.tzid));
}

EventZone ZoneResolver::eventZone(int calendar, const TimeValue &start, const QString &calendarZone)
{
    if (start.isDate())
        return {};
    const QString fileZone = ianaName(calendarZone);
    if (icaltime_is_utc(start.time)) {
        if (!fileZone.isEmpty())
            return {fileZone, builtinZone(fileZone), {}};
        return {QStringLiteral("UTC"), icaltimezone_get_utc_timezone(), {}};
    }
    if (start.tzid.isEmpty()) // floating: the calendar's zone, if it names one
        return {fileZone, nullptr, {}};
    QString name = m_defined.value({calendar, start.tzid}).location;
    if (name.isEmpty())
        name = ianaName(start.tzid);
    if (!name.isEmpty())
        return {name, builtinZone(name), {}};
    icaltimezone *zone = defined(calendar, start.tzid);
    if (!zone)
        return {{},
                nullptr,
                tr("The calendar names the time zone “%1” without defining it; the times are "
                   "kept as written.")
                    .arg(start.tzid)};
    int offset = 0;
    if (isConvertibleYear(start.time)) {
        icaltimetype local = start.time;
        int daylight = 0;
        offset = icaltimezone_get_utc_offset(zone, &local, &daylight);
    }
    const QString id = utcOffsetId(offset);
    return {id, zone,
            tr("The calendar’s time zone “%1” is not one Kith knows; the times are kept at %2, "
               "its offset from UTC at the start.")
                .arg(start.tzid, id)};
}

icaltimetype ZoneResolver::convert(int calendar, const TimeValue &value, const EventZone &zone)
{
    icaltimetype time = value.time;
    icaltimezone *from = source(calendar, value);
    if (time.is_date || !zone.target || !from || from == zone.target || !isConvertibleYear(time))
        return time;
    time = icaltime_set_timezone(&time, from);
    return icaltime_convert_to_zone(time, zone.target);
}

icaltimetype ZoneResolver::inZoneOf(int calendar, const TimeValue &value,
                                    const TimeValue &reference)
{
    return convert(calendar, value, EventZone{{}, source(calendar, reference), {}});
}

} // namespace kith::ical
