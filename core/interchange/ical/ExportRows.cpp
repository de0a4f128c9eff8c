#include "ExportRows.h"

#include "storage/Sql.h"

#include <QCoreApplication>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

// Rows of a child table come ordered by their owner's id; this finds the owner's record.
template <typename Record>
Record *owner(QHash<Id, qsizetype> &index, QList<Record> &records, Id id)
{
    const auto found = index.constFind(id);
    return found == index.cend() ? nullptr : &records[found.value()];
}

Status loadEvents(const Database &db, CalendarRows &rows, QHash<Id, qsizetype> &index)
{
    Query q(db, QStringLiteral(
                    "SELECT id, uid, name, kind, format, start_date, start_time, end_date, "
                    "end_time, time_zone, venue, city, region, country, url, status, currency, "
                    "notes, created_at, updated_at FROM event "
                    "ORDER BY start_date IS NULL, start_date, start_time, id"));
    if (Status status = q.exec(tr("Reading events for the calendar")); !status)
        return status;
    while (q.next()) {
        Event e;
        e.id = q.integer(0);
        e.uid = q.string(1);
        e.name = q.string(2);
        e.kind = sql::toEnum(q.value(3), EventKind::Conference);
        e.format = sql::toEnum(q.value(4), EventFormat::InPerson);
        e.startDate = q.date(5);
        e.startTime = sql::toTime(q.value(6));
        e.endDate = q.date(7);
        e.endTime = sql::toTime(q.value(8));
        e.timeZone = q.string(9);
        e.venue = q.string(10);
        e.location = {q.string(11), q.string(12), q.string(13)};
        e.url = q.string(14);
        e.status = sql::toEnum(q.value(15), EventStatus::Considering);
        e.currency = q.string(16);
        e.notes = q.string(17);
        e.timestamps = {sql::toDateTime(q.value(18)), sql::toDateTime(q.value(19))};
        index.insert(e.id, rows.events.size());
        rows.events.append(std::move(e));
    }
    return {};
}

Status loadEventChildren(const Database &db, CalendarRows &rows, QHash<Id, qsizetype> &index)
{
    Query costs(db, QStringLiteral("SELECT event_id, category, planned_cents, actual_cents, "
                                   "source, note FROM event_cost ORDER BY event_id, position, id"));
    if (Status status = costs.exec(tr("Reading event costs for the calendar")); !status)
        return status;
    while (costs.next()) {
        if (Event *e = owner(index, rows.events, costs.integer(0)))
            e->costs.append(
                {sql::toEnum(costs.value(1), CostCategory::Other), costs.integer(2),
                 costs.value(3).isNull() ? std::nullopt : std::optional<qint64>(costs.integer(3)),
                 sql::toEnum(costs.value(4), FundingSource::Self), costs.string(5)});
    }
    Query deadlines(db, QStringLiteral("SELECT event_id, kind, due_on, done, note FROM "
                                       "event_deadline ORDER BY event_id, position, id"));
    if (Status status = deadlines.exec(tr("Reading deadlines for the calendar")); !status)
        return status;
    while (deadlines.next()) {
        if (Event *e = owner(index, rows.events, deadlines.integer(0)))
            e->deadlines.append({sql::toEnum(deadlines.value(1), DeadlineKind::Other),
                                 deadlines.date(2), deadlines.integer(3) != 0,
                                 deadlines.string(4)});
    }
    Query tags(db, QStringLiteral("SELECT et.event_id, t.name FROM event_tag et "
                                  "JOIN tag t ON t.id = et.tag_id "
                                  "ORDER BY et.event_id, t.name COLLATE NOCASE"));
    if (Status status = tags.exec(tr("Reading event tags for the calendar")); !status)
        return status;
    while (tags.next()) {
        if (Event *e = owner(index, rows.events, tags.integer(0)))
            e->tags.append(tags.string(1));
    }
    return {};
}

const QString openFollowUp =
    QStringLiteral("i.follow_up_on IS NOT NULL AND i.follow_up_done_on IS NULL");

Status loadFollowUps(const Database &db, CalendarRows &rows)
{
    QHash<Id, qsizetype> index;
    Query q(db, QStringLiteral("SELECT i.id, i.uid, i.occurred_on, i.kind, i.event_id, "
                               "i.summary, i.follow_up_on FROM interaction i WHERE ") +
                    openFollowUp + QStringLiteral(" ORDER BY i.follow_up_on, i.id"));
    if (Status status = q.exec(tr("Reading follow-ups for the calendar")); !status)
        return status;
    while (q.next()) {
        OpenFollowUp f;
        f.interaction.id = q.integer(0);
        f.interaction.uid = q.string(1);
        f.interaction.date = q.date(2);
        f.interaction.kind = sql::toEnum(q.value(3), InteractionKind::Met);
        f.interaction.eventId = q.optionalId(4);
        f.interaction.summary = q.string(5);
        f.interaction.followUpOn = q.date(6);
        index.insert(f.interaction.id, rows.followUps.size());
        rows.followUps.append(std::move(f));
    }
    Query people(db, QStringLiteral("SELECT ip.interaction_id, p.display_name FROM "
                                    "interaction_person ip JOIN interaction i ON i.id = "
                                    "ip.interaction_id JOIN person p ON p.id = ip.person_id "
                                    "WHERE ") +
                         openFollowUp +
                         QStringLiteral(" ORDER BY ip.interaction_id, "
                                        "p.display_name COLLATE NOCASE, p.id"));
    if (Status status = people.exec(tr("Reading follow-up people for the calendar")); !status)
        return status;
    while (people.next()) {
        if (OpenFollowUp *f = owner(index, rows.followUps, people.integer(0)))
            f->people.append(people.string(1));
    }
    Query tags(db, QStringLiteral("SELECT it.interaction_id, t.name FROM interaction_tag it "
                                  "JOIN interaction i ON i.id = it.interaction_id "
                                  "JOIN tag t ON t.id = it.tag_id WHERE ") +
                       openFollowUp +
                       QStringLiteral(" ORDER BY it.interaction_id, t.name COLLATE NOCASE"));
    if (Status status = tags.exec(tr("Reading follow-up tags for the calendar")); !status)
        return status;
    while (tags.next()) {
        if (OpenFollowUp *f = owner(index, rows.followUps, tags.integer(0)))
            f->interaction.tags.append(tags.string(1));
    }
    return {};
}

} // namespace

Result<CalendarRows> loadCalendarRows(const Database &db)
{
    CalendarRows rows;
    QHash<Id, qsizetype> events;
    if (Status status = loadEvents(db, rows, events); !status)
        return status.error();
    if (Status status = loadEventChildren(db, rows, events); !status)
        return status.error();
    if (Status status = loadFollowUps(db, rows); !status)
        return status.error();
    return rows;
}

} // namespace kith::ical
