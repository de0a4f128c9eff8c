#include "EventReader.h"

#include "EventText.h"
#include "LocationText.h"
#include "Recurrence.h"
#include "ZoneResolver.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

// The lengths validation allows (model/Validation.cpp).
constexpr qsizetype maxNameLength = 500;
constexpr qsizetype maxNotesLength = 1'000'000;
constexpr qsizetype maxUidLength = 1000;
// A DURATION longer than this is a mistake, not an event.
constexpr qint64 maxDurationSeconds = 400LL * 24 * 3600;

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

QTime timeOf(const icaltimetype &t)
{
    return QTime(t.hour, t.minute, t.second == 60 ? 59 : t.second);
}

// Wall-clock arithmetic (durations, moving a series to its first occurrence) on times of
// one zone: QDateTime in UTC does it without daylight-saving surprises.
QDateTime wall(const icaltimetype &t)
{
    return QDateTime(dateOf(t), t.is_date ? QTime(0, 0) : timeOf(t), Qt::UTC);
}

icaltimetype fromWall(const QDateTime &dt, icaltimetype like)
{
    const QDate d = dt.date();
    const QTime t = dt.time();
    like.year = d.year();
    like.month = d.month();
    like.day = d.day();
    if (!like.is_date) {
        like.hour = t.hour();
        like.minute = t.minute();
        like.second = t.second();
    }
    return like;
}

bool isValidStart(const TimeValue &v)
{
    return !v.isNull() && dateOf(v.time).isValid() && (v.isDate() || timeOf(v.time).isValid());
}

std::optional<qint64> durationSeconds(icalcomponent *vevent)
{
    icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_DURATION_PROPERTY);
    if (!p || !icalproperty_get_value(p))
        return std::nullopt;
    const icaldurationtype d = icalproperty_get_duration(p);
    if (icaldurationtype_is_bad_duration(d))
        return std::nullopt;
    const qint64 seconds =
        ((qint64(d.weeks) * 7 + d.days) * 24 + d.hours) * 3600 + qint64(d.minutes) * 60 + d.seconds;
    if (seconds > maxDurationSeconds)
        return std::nullopt;
    return d.is_neg ? -seconds : seconds;
}

QString singleLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return line.simplified();
}

QString shorten(const QString &text, qsizetype max, bool &shortened)
{
    if (text.size() <= max)
        return text;
    shortened = true;
    qsizetype cut = max - 1;
    if (text.at(cut - 1).isHighSurrogate())
        --cut;
    return text.left(cut) + u'…';
}

EventStatus statusOf(icalcomponent *vevent)
{
    if (auto kith = enumFromKey<EventStatus>(xPropertyText(vevent, "X-KITH-STATUS")))
        return *kith;
    switch (icalcomponent_get_status(vevent)) {
    case ICAL_STATUS_CONFIRMED:
        return EventStatus::Registered;
    case ICAL_STATUS_TENTATIVE:
        return EventStatus::Considering;
    case ICAL_STATUS_CANCELLED:
        return EventStatus::Skipped;
    default:
        return EventStatus::Planned; // it is in their calendar
    }
}

bool isWebAddress(const QString &text)
{
    return (text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive) ||
            text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) &&
           !text.contains(u' ') && validation::isValidWebUrl(text);
}

struct Shift
{
    icalrecurrencetype rule;
    QString ruleText;
};

// Moves a recurring event to its first occurrence that no EXDATE removes.
std::optional<Shift> firstOfSeries(icalcomponent *vevent, int calendar, ZoneResolver &zones,
                                   TimeValue &start, TimeValue &end)
{
    icalproperty *rrule = icalcomponent_get_first_property(vevent, ICAL_RRULE_PROPERTY);
    if (!rrule || !icalproperty_get_value(rrule))
        return std::nullopt;
    Shift shift{icalproperty_get_rrule(rrule), {}};
    if (shift.rule.freq == ICAL_NO_RECURRENCE)
        return std::nullopt;
    char *text = icalrecurrencetype_as_string_r(&shift.rule);
    shift.ruleText = fromIcal(text);
    icalmemory_free_buffer(text);

    QList<icaltimetype> excluded;
    for (icalproperty *p = icalcomponent_get_first_property(vevent, ICAL_EXDATE_PROPERTY); p;
         p = icalcomponent_get_next_property(vevent, ICAL_EXDATE_PROPERTY)) {
        const TimeValue ex = timeValue(p);
        if (!ex.isNull() && excluded.size() < 1000)
            excluded.append(zones.inZoneOf(calendar, ex, start));
    }
    const icaltimetype first = firstOccurrence(shift.rule, start.time, excluded);
    if (dateOf(first).isValid() && (first.is_date || timeOf(first).isValid())) {
        const qint64 moved = wall(start.time).secsTo(wall(first));
        start.time = fromWall(wall(first), start.time);
        if (!end.isNull() && dateOf(end.time).isValid())
            end.time = fromWall(wall(end.time).addSecs(moved), end.time);
    }
    return shift;
}

void setTimes(Event &e, const TimeValue &start, const icaltimetype &s, const TimeValue &end,
              const icaltimetype &en, QStringList &notes)
{
    e.startDate = dateOf(s);
    const bool hasEnd = !end.isNull() && dateOf(en).isValid();
    if (start.isDate()) {
        // DTEND of an all-day event is the day after the last (RFC 5545 3.6.1).
        e.endDate = hasEnd ? (en.is_date ? dateOf(en).addDays(-1) : dateOf(en)) : e.startDate;
        if (e.endDate < e.startDate)
            e.endDate = e.startDate;
        return;
    }
    e.startTime = timeOf(s);
    e.endDate = e.startDate;
    if (!hasEnd)
        return;
    if (wall(en) < wall(s)) {
        notes.append(tr("The calendar has it end before it starts; the end was left out."));
        return;
    }
    e.endDate = dateOf(en);
    if (!en.is_date && timeOf(en).isValid())
        e.endTime = timeOf(en);
}

void setPlace(Event &e, const QString &location, QStringList &notes)
{
    const QString text = location.trimmed();
    if (isWebAddress(text)) {
        e.format = EventFormat::Online;
        if (e.url.isEmpty())
            e.url = text;
        else if (text != e.url)
            notes.append(tr("Link: %1").arg(text));
        return;
    }
    const PlaceParts place = parsePlace(text);
    bool shortened = false;
    e.venue = shorten(place.venue, maxNameLength, shortened);
    e.location = place.location;
}

} // namespace

QStringList tagsOf(icalcomponent *component)
{
    QStringList tags;
    for (const QString &value : propertyTexts(component, ICAL_CATEGORIES_PROPERTY)) {
        // libical splits a list at its commas; a writer that escaped them gets one tag.
        const QString tag = singleLine(value);
        if (!tag.isEmpty() && tag.size() <= maxNameLength &&
            !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

EventRead readEvent(icalcomponent *vevent, const CalendarContext &calendar, ZoneResolver &zones)
{
    EventRead read;
    if (icalcomponent_get_first_property(vevent, ICAL_RECURRENCEID_PROPERTY)) {
        read.isOccurrence = true;
        return read;
    }
    TimeValue start = timeValue(icalcomponent_get_first_property(vevent, ICAL_DTSTART_PROPERTY));
    if (!isValidStart(start)) {
        read.rejection = tr("the event has no valid start (DTSTART)");
        read.problemProperty = "DTSTART";
        return read;
    }
    TimeValue end = timeValue(icalcomponent_get_first_property(vevent, ICAL_DTEND_PROPERTY));
    if (end.isNull()) {
        if (const std::optional<qint64> seconds = durationSeconds(vevent)) {
            end.tzid = start.tzid;
            end.time = fromWall(wall(start.time).addSecs(*seconds), start.time);
        }
    }

    Event e;
    QStringList notes;
    if (const std::optional<Shift> series =
            firstOfSeries(vevent, calendar.index, zones, start, end)) {
        read.recurring = true;
        notes.append(tr("Repeats %1 (RRULE:%2); Kith imported the first occurrence.")
                         .arg(describeRule(series->rule), series->ruleText));
    }
    const EventZone zone = zones.eventZone(calendar.index, start, calendar.zone);
    const icaltimetype s = zones.convert(calendar.index, start, zone);
    const icaltimetype en = end.isNull() ? end.time : zones.convert(calendar.index, end, zone);
    if (!dateOf(s).isValid()) {
        read.rejection = tr("the event has no valid start (DTSTART)");
        read.problemProperty = "DTSTART";
        return read;
    }
    setTimes(e, start, s, end, en, notes);
    if (!e.isAllDay())
        e.timeZone = zone.name;
    if (!zone.note.isEmpty()) {
        notes.append(zone.note);
        read.zoneKeptAsOffset = zone.target != nullptr;
    }

    e.name = shorten(singleLine(propertyText(vevent, ICAL_SUMMARY_PROPERTY)), maxNameLength,
                     read.shortened);
    if (e.name.isEmpty())
        e.name = tr("Untitled event");
    const QString uid = propertyText(vevent, ICAL_UID_PROPERTY).trimmed();
    if (uid.size() <= maxUidLength)
        e.uid = uid;
    const QString url = propertyText(vevent, ICAL_URL_PROPERTY).trimmed();
    if (isWebAddress(url))
        e.url = url;
    else if (!url.isEmpty())
        notes.append(tr("Link: %1").arg(url));
    setPlace(e, propertyText(vevent, ICAL_LOCATION_PROPERTY), notes);
    e.tags = tagsOf(vevent);
    e.status = statusOf(vevent);
    const bool spansDays = e.isAllDay() || e.endDate > e.startDate;
    e.kind = enumFromKey<EventKind>(xPropertyText(vevent, "X-KITH-KIND"))
                 .value_or(spansDays ? EventKind::Conference : EventKind::Meeting);
    if (auto format = enumFromKey<EventFormat>(xPropertyText(vevent, "X-KITH-FORMAT")))
        e.format = *format;

    QString description = propertyText(vevent, ICAL_DESCRIPTION_PROPERTY);
    if (calendar.fromKith)
        description.remove(0, costSummaryLength(description));
    description = description.trimmed();
    if (!notes.isEmpty())
        description +=
            (description.isEmpty() ? QString() : QStringLiteral("\n\n")) + notes.join(u'\n');
    e.notes = shorten(description, maxNotesLength, read.shortened);

    if (const QList<FieldError> problems = validation::check(e); !problems.isEmpty()) {
        read.rejection = problems.first().message;
        return read;
    }
    read.event = std::move(e);
    return read;
}

} // namespace kith::ical
