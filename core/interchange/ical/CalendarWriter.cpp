#include "ICalendar.h"

#include "EventText.h"
#include "ExportRows.h"
#include "KithUid.h"
#include "LibIcal.h"
#include "Zones.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <set>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

icaltimetype dateValue(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icaltimetype dateTimeValue(const QDateTime &dateTime, bool utc)
{
    icaltimetype t = icaltime_null_time();
    const QDate d = dateTime.date();
    const QTime time = dateTime.time();
    t.year = d.year();
    t.month = d.month();
    t.day = d.day();
    t.hour = time.hour();
    t.minute = time.minute();
    t.second = time.second();
    t.zone = utc ? icaltimezone_get_utc_timezone() : nullptr;
    return t;
}

icalproperty_status statusOf(EventStatus status)
{
    switch (status) {
    case EventStatus::Registered:
    case EventStatus::Attended:
        return ICAL_STATUS_CONFIRMED;
    case EventStatus::Considering:
    case EventStatus::Planned:
        return ICAL_STATUS_TENTATIVE;
    case EventStatus::Skipped:
        return ICAL_STATUS_CANCELLED;
    }
    return ICAL_STATUS_TENTATIVE;
}

// How a timed event's times are written: in its zone with a VTIMEZONE, in UTC when only Qt
// knows the zone (a fixed offset such as "UTC-05:00"), or floating when nobody does.
enum class TimeForm
{
    Zoned,
    Utc,
    Floating
};

TimeForm timeForm(const QString &zone)
{
    if (zone.isEmpty())
        return TimeForm::Floating;
    icaltimezone *builtin = builtinZone(zone);
    if (builtin == icaltimezone_get_utc_timezone())
        return TimeForm::Utc;
    if (builtin)
        return TimeForm::Zoned;
    return QTimeZone(zone.toLatin1()).isValid() ? TimeForm::Utc : TimeForm::Floating;
}

class Writer
{
public:
    Writer(QString databaseUid, const QDateTime &now)
        : m_databaseUid(std::move(databaseUid))
        , m_stamp(dateTimeValue(now.toUTC(), true))
    {}

    QByteArray run(const CalendarRows &rows, const QDate &today)
    {
        QByteArray out;
        out.reserve(4096 + rows.events.size() * 1024 + rows.followUps.size() * 512);
        out += header(today);
        std::set<QString> zones;
        for (const Event &e : rows.events) {
            if (e.startDate.isValid() && !e.isAllDay() && timeForm(e.timeZone) == TimeForm::Zoned)
                zones.insert(e.timeZone);
        }
        for (const QString &zone : zones) {
            if (ComponentPtr definition = zoneDefinition(zone))
                out += serialize(definition.get());
        }
        for (const Event &e : rows.events) {
            m_eventUids.insert(e.id, e.uid.isEmpty()
                                         ? makeUid({KithUidKind::Event, e.id, 0, m_databaseUid})
                                         : e.uid);
            if (e.startDate.isValid())
                out += serialize(event(e).get());
        }
        for (const Event &e : rows.events) {
            for (qsizetype i = 0; i < e.deadlines.size(); ++i) {
                if (!e.deadlines[i].done && e.deadlines[i].due.isValid())
                    out += serialize(deadline(e, int(i)).get());
            }
        }
        for (const OpenFollowUp &f : rows.followUps)
            out += serialize(followUp(f).get());
        out += "END:VCALENDAR\r\n";
        return out;
    }

private:
    // The calendar's own properties, through libical so they are escaped and folded.
    QByteArray header(const QDate &today)
    {
        const ComponentPtr calendar(icalcomponent_new_vcalendar());
        icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
        icalcomponent_add_property(calendar.get(),
                                   icalproperty_new_prodid("-//Kith//Kith " KITH_VERSION "//EN"));
        icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
        addXText(calendar.get(), "X-WR-CALNAME", QStringLiteral("Kith"));
        addXText(calendar.get(), "X-WR-CALDESC",
                 tr("Events, deadlines and follow-ups from Kith, exported on %1")
                     .arg(today.toString(Qt::ISODate)));
        QByteArray text = serialize(calendar.get());
        const QByteArray end = "END:VCALENDAR\r\n";
        if (text.endsWith(end))
            text.chop(end.size());
        return text;
    }

    ComponentPtr component(icalcomponent_kind kind, const QString &uid)
    {
        ComponentPtr c(icalcomponent_new(kind));
        addText(c.get(), ICAL_UID_PROPERTY, uid);
        icalcomponent_add_property(c.get(), icalproperty_new_dtstamp(m_stamp));
        return c;
    }

    static void addTime(icalcomponent *c, icalproperty *p, const QString &tzid)
    {
        if (!tzid.isEmpty())
            icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.toLatin1().constData()));
        icalcomponent_add_property(c, p);
    }

    static void addTimes(icalcomponent *c, const Event &e)
    {
        if (e.isAllDay()) {
            const QDate last =
                e.endDate.isValid() && e.endDate >= e.startDate ? e.endDate : e.startDate;
            icalcomponent_add_property(c, icalproperty_new_dtstart(dateValue(e.startDate)));
            icalcomponent_add_property(c, icalproperty_new_dtend(dateValue(last.addDays(1))));
            return;
        }
        const QDateTime start(e.startDate, e.startTime);
        QDateTime end;
        const QDate endDate = e.endDate.isValid() ? e.endDate : e.startDate;
        if (e.endTime.isValid())
            end = QDateTime(endDate, e.endTime);
        else if (endDate > e.startDate) // a timed start and a last day: to that day's end
            end = QDateTime(endDate.addDays(1), QTime(0, 0));
        if (end.isValid() && end < start)
            end = QDateTime();

        const TimeForm form = timeForm(e.timeZone);
        if (form == TimeForm::Utc) {
            const QTimeZone zone(e.timeZone.toLatin1());
            const auto utc = [&zone](const QDateTime &wall) {
                return QDateTime(wall.date(), wall.time(), zone).toUTC();
            };
            icalcomponent_add_property(c,
                                       icalproperty_new_dtstart(dateTimeValue(utc(start), true)));
            if (end.isValid())
                icalcomponent_add_property(c,
                                           icalproperty_new_dtend(dateTimeValue(utc(end), true)));
            return;
        }
        const QString tzid = form == TimeForm::Zoned ? e.timeZone : QString();
        addTime(c, icalproperty_new_dtstart(dateTimeValue(start, false)), tzid);
        if (end.isValid())
            addTime(c, icalproperty_new_dtend(dateTimeValue(end, false)), tzid);
    }

    void addChangeTimes(icalcomponent *c, const Timestamps &timestamps)
    {
        if (timestamps.createdAt.isValid())
            icalcomponent_add_property(
                c, icalproperty_new_created(dateTimeValue(timestamps.createdAt.toUTC(), true)));
        if (timestamps.updatedAt.isValid())
            icalcomponent_add_property(c, icalproperty_new_lastmodified(
                                              dateTimeValue(timestamps.updatedAt.toUTC(), true)));
    }

    ComponentPtr event(const Event &e)
    {
        ComponentPtr c = component(ICAL_VEVENT_COMPONENT, m_eventUids.value(e.id));
        addChangeTimes(c.get(), e.timestamps);
        addTimes(c.get(), e);
        addText(c.get(), ICAL_SUMMARY_PROPERTY, e.name.trimmed());
        addText(c.get(), ICAL_LOCATION_PROPERTY, locationText(e));
        if (!e.url.trimmed().isEmpty())
            icalcomponent_add_property(c.get(),
                                       icalproperty_new_url(e.url.trimmed().toUtf8().constData()));
        addText(c.get(), ICAL_DESCRIPTION_PROPERTY, eventDescription(e));
        icalcomponent_add_property(c.get(), icalproperty_new_status(statusOf(e.status)));
        for (const QString &tag : e.tags)
            addText(c.get(), ICAL_CATEGORIES_PROPERTY, tag);
        // Kith's own words for what STATUS and the rest can only approximate, so a file
        // imported back into Kith keeps them.
        addXText(c.get(), "X-KITH-STATUS", enumKey(e.status));
        addXText(c.get(), "X-KITH-KIND", enumKey(e.kind));
        addXText(c.get(), "X-KITH-FORMAT", enumKey(e.format));
        return c;
    }

    ComponentPtr task(const QString &uid, const QDate &due)
    {
        ComponentPtr c = component(ICAL_VTODO_COMPONENT, uid);
        icalcomponent_add_property(c.get(), icalproperty_new_due(dateValue(due)));
        icalcomponent_add_property(c.get(), icalproperty_new_status(ICAL_STATUS_NEEDSACTION));
        return c;
    }

    ComponentPtr deadline(const Event &e, int index)
    {
        const Deadline &d = e.deadlines.at(index);
        ComponentPtr c = task(makeUid({KithUidKind::Deadline, e.id, index, m_databaseUid}), d.due);
        addText(c.get(), ICAL_SUMMARY_PROPERTY, deadlineSummary(d, e.name));
        addText(c.get(), ICAL_DESCRIPTION_PROPERTY, d.note.trimmed());
        addText(c.get(), ICAL_RELATEDTO_PROPERTY, m_eventUids.value(e.id));
        addXText(c.get(), "X-KITH-KIND", enumKey(d.kind));
        return c;
    }

    ComponentPtr followUp(const OpenFollowUp &f)
    {
        const Interaction &i = f.interaction;
        const QString uid =
            i.uid.isEmpty() ? makeUid({KithUidKind::FollowUp, i.id, 0, m_databaseUid}) : i.uid;
        ComponentPtr c = task(uid, i.followUpOn);
        // The day it happened starts the task; a follow-up dated before it has no start.
        if (i.date.isValid() && i.date <= i.followUpOn)
            icalcomponent_add_property(c.get(), icalproperty_new_dtstart(dateValue(i.date)));
        addText(c.get(), ICAL_SUMMARY_PROPERTY, followUpSummary(f.people, i.summary));
        addText(c.get(), ICAL_DESCRIPTION_PROPERTY, i.summary.trimmed());
        for (const QString &person : f.people)
            addText(c.get(), ICAL_CONTACT_PROPERTY, person);
        for (const QString &tag : i.tags)
            addText(c.get(), ICAL_CATEGORIES_PROPERTY, tag);
        if (i.eventId && m_eventUids.contains(*i.eventId))
            addText(c.get(), ICAL_RELATEDTO_PROPERTY, m_eventUids.value(*i.eventId));
        addXText(c.get(), "X-KITH-KIND", enumKey(i.kind));
        return c;
    }

    QString m_databaseUid;
    icaltimetype m_stamp;
    QHash<Id, QString> m_eventUids;
};

} // namespace

Result<QByteArray> write(Database &db, const QDate &today)
{
    initLibIcal();
    Result<QString> uid = databaseUid(db);
    if (!uid.ok())
        return uid.error();
    Result<CalendarRows> rows = loadCalendarRows(db);
    if (!rows.ok())
        return rows.error();
    return Writer(*uid, db.now()).run(*rows, today);
}

} // namespace kith::ical
