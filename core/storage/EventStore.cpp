#include "EventStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::EventStore", text);
}

// Session times are wall-clock times at the event, stored without a zone.
const QString sessionTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm");

const QString eventColumns = QStringLiteral(
    "id, uid, name, organizer_id, kind, format, start_date, start_time, end_date, end_time, "
    "time_zone, venue, city, region, country, url, status, funding, currency, notes, reflection, "
    "created_at, updated_at");

Event readEvent(const Query &q)
{
    Event e;
    e.id = q.integer(0);
    e.uid = q.string(1);
    e.name = q.string(2);
    e.organizerId = q.optionalId(3);
    e.kind = sql::toEnum(q.value(4), EventKind::Conference);
    e.format = sql::toEnum(q.value(5), EventFormat::InPerson);
    e.startDate = q.date(6);
    e.startTime = sql::toTime(q.value(7));
    e.endDate = q.date(8);
    e.endTime = sql::toTime(q.value(9));
    e.timeZone = q.string(10);
    e.venue = q.string(11);
    e.location = {q.string(12), q.string(13), q.string(14)};
    e.url = q.string(15);
    e.status = sql::toEnum(q.value(16), EventStatus::Considering);
    e.funding = sql::toEnum(q.value(17), FundingStatus::NotNeeded);
    e.currency = q.string(18);
    e.notes = q.string(19);
    e.reflection = q.string(20);
    e.timestamps = {sql::toDateTime(q.value(21)), sql::toDateTime(q.value(22))};
    return e;
}

// Lifecycle order rather than the alphabetical order of the stored keys.
template <typename E>
QString enumOrder(const QString &column)
{
    QString cases;
    const QStringList keys = enumKeys<E>();
    for (qsizetype i = 0; i < keys.size(); ++i)
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(keys[i]).arg(i);
    return QStringLiteral("CASE ") + column + cases + QStringLiteral(" END");
}

// The ORDER BY of each sort, over the column aliases of listSelect(); the id breaks ties so
// paging is stable.
QString orderBy(EventSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case EventSort::Start:
        // Undated events (still being considered) go last either way.
        key =
            QStringLiteral("start_date IS NULL, start_date") + dir + QStringLiteral(", start_time");
        break;
    case EventSort::Name:
        key = QStringLiteral("name COLLATE NOCASE");
        break;
    case EventSort::Status:
        key = enumOrder<EventStatus>(QStringLiteral("status"));
        break;
    case EventSort::PlannedCost:
        key = QStringLiteral("planned");
        break;
    case EventSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

Filter filterSql(const EventFilter &f)
{
    Filter filter;
    filter.matching(EntityKind::Event, QStringLiteral("e.id"), f.text, QStringLiteral("e.name"));
    filter.taggedWithAll(TagTarget::Event, QStringLiteral("e.id"), f.tags);
    if (f.status)
        filter.where(QStringLiteral("e.status = ?"), {enumKey(*f.status)});
    if (f.kind)
        filter.where(QStringLiteral("e.kind = ?"), {enumKey(*f.kind)});
    if (f.organizerId)
        filter.where(QStringLiteral("e.organizer_id = ?"), {*f.organizerId});
    if (f.participantId)
        filter.where(
            QStringLiteral("e.id IN (SELECT event_id FROM event_participant WHERE person_id = ?)"),
            {*f.participantId});
    // Overlap with [from, to]: a one-day event has no end date.
    if (f.from.isValid())
        filter.where(QStringLiteral("coalesce(e.end_date, e.start_date) >= ?"),
                     {sql::date(f.from)});
    if (f.to.isValid())
        filter.where(QStringLiteral("e.start_date <= ?"), {sql::date(f.to)});
    if (!f.ids.isEmpty()) {
        QStringList ids;
        for (Id id : f.ids)
            ids.append(QString::number(id)); // integers, not user text
        filter.where(QStringLiteral("e.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    return filter;
}

// The rows of the events list, filtered but not ordered; the aliases are what orderBy()
// sorts on, outside this select so no alias is mistaken for a column of the joined tables.
QString listSelect(const Filter &filter)
{
    return QStringLiteral(
               "SELECT e.id AS id, e.name AS name, e.kind, e.format, e.status AS status, "
               "e.start_date AS start_date, e.end_date, e.venue, e.city, e.region, e.country, "
               "o.name AS organizer, e.currency, "
               "(SELECT coalesce(sum(c.planned_cents), 0) FROM event_cost c "
               "WHERE c.event_id = e.id) AS planned, "
               "(SELECT coalesce(sum(c.actual_cents), 0) FROM event_cost c "
               "WHERE c.event_id = e.id) AS actual, "
               "(SELECT min(d.due_on) FROM event_deadline d WHERE d.event_id = e.id "
               "AND d.done = 0) AS next_deadline, e.start_time AS start_time, "
               "e.updated_at AS updated_at FROM event e "
               "LEFT JOIN organization o ON o.id = e.organizer_id") +
           filter.sql();
}

// References that validation cannot see; a missing one would otherwise surface as a bare
// foreign-key failure.
Status checkReferences(const Database &db, const Event &e)
{
    QList<FieldError> problems;
    const auto exists = [&](const QString &table, Id id) {
        Query q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table));
        q.bind(id);
        return q.scalar().valueOr(0) > 0;
    };
    if (e.organizerId && !exists(QStringLiteral("organization"), *e.organizerId))
        problems.append({QStringLiteral("organizer"), FieldProblem::MissingReference,
                         tr("This refers to an organization that does not exist.")});
    for (qsizetype i = 0; i < e.participants.size(); ++i) {
        if (!exists(QStringLiteral("person"), e.participants[i].personId))
            problems.append({QStringLiteral("participants[%1]").arg(i),
                             FieldProblem::MissingReference,
                             tr("This refers to a person who does not exist.")});
    }
    if (problems.isEmpty())
        return {};
    return Error::validation(std::move(problems));
}

Status writeChildren(Database &db, const Event &e)
{
    for (const char *table :
         {"event_cost", "event_deadline", "event_session", "event_participant"}) {
        Query clear(db,
                    QStringLiteral("DELETE FROM %1 WHERE event_id = ?").arg(QLatin1String(table)));
        clear.bind(e.id);
        if (Status status = clear.exec(); !status)
            return status;
    }
    Query cost(db, QStringLiteral("INSERT INTO event_cost(event_id, category, planned_cents, "
                                  "actual_cents, source, note, position) VALUES (?,?,?,?,?,?,?)"));
    for (qsizetype i = 0; i < e.costs.size(); ++i) {
        const CostLine &line = e.costs[i];
        cost.bind(e.id).bind(sql::key(line.category)).bind(line.plannedCents);
        cost.bind(sql::integer(line.actualCents)).bind(sql::key(line.source));
        cost.bind(sql::text(line.note)).bind(i);
        if (Status status = cost.exec(); !status)
            return status;
    }
    Query deadline(db,
                   QStringLiteral("INSERT INTO event_deadline(event_id, kind, due_on, done, note, "
                                  "position) VALUES (?,?,?,?,?,?)"));
    for (qsizetype i = 0; i < e.deadlines.size(); ++i) {
        const Deadline &d = e.deadlines[i];
        deadline.bind(e.id).bind(sql::key(d.kind)).bind(sql::date(d.due)).bind(d.done ? 1 : 0);
        deadline.bind(sql::text(d.note)).bind(i);
        if (Status status = deadline.exec(); !status)
            return status;
    }
    Query session(db, QStringLiteral("INSERT INTO event_session(event_id, title, starts_at, notes, "
                                     "position) VALUES (?,?,?,?,?)"));
    for (qsizetype i = 0; i < e.sessions.size(); ++i) {
        const EventSession &s = e.sessions[i];
        const QVariant startsAt =
            s.startsAt.isValid() ? QVariant(s.startsAt.toString(sessionTimeFormat)) : QVariant();
        session.bind(e.id).bind(s.title.trimmed()).bind(startsAt).bind(sql::text(s.notes)).bind(i);
        if (Status status = session.exec(); !status)
            return status;
    }
    // The same person twice in the same role is one participant; the later line wins.
    Query participant(db, QStringLiteral("INSERT OR REPLACE INTO event_participant(event_id, "
                                         "person_id, role, met) VALUES (?,?,?,?)"));
    for (const EventParticipant &p : e.participants) {
        participant.bind(e.id).bind(p.personId).bind(sql::key(p.role)).bind(p.met ? 1 : 0);
        if (Status status = participant.exec(); !status)
            return status;
    }
    return tagLinks::set(db, TagTarget::Event, e.id, e.tags);
}

void readChildren(const Database &db, Event &e)
{
    Query costs(db, QStringLiteral("SELECT category, planned_cents, actual_cents, source, note "
                                   "FROM event_cost WHERE event_id = ? ORDER BY position, id"));
    costs.bind(e.id);
    if (costs.exec()) {
        while (costs.next()) {
            e.costs.append(
                {sql::toEnum(costs.value(0), CostCategory::Other), costs.integer(1),
                 costs.value(2).isNull() ? std::nullopt : std::optional<qint64>(costs.integer(2)),
                 sql::toEnum(costs.value(3), FundingSource::Self), costs.string(4)});
        }
    }
    Query deadlines(db, QStringLiteral("SELECT kind, due_on, done, note FROM event_deadline "
                                       "WHERE event_id = ? ORDER BY position, id"));
    deadlines.bind(e.id);
    if (deadlines.exec()) {
        while (deadlines.next()) {
            e.deadlines.append({sql::toEnum(deadlines.value(0), DeadlineKind::Other),
                                deadlines.date(1), deadlines.integer(2) != 0, deadlines.string(3)});
        }
    }
    Query sessions(db, QStringLiteral("SELECT title, starts_at, notes FROM event_session "
                                      "WHERE event_id = ? ORDER BY position, id"));
    sessions.bind(e.id);
    if (sessions.exec()) {
        while (sessions.next()) {
            const QDateTime startsAt =
                sessions.value(1).isNull()
                    ? QDateTime()
                    : QDateTime::fromString(sessions.string(1), sessionTimeFormat);
            e.sessions.append({sessions.string(0), startsAt, sessions.string(2)});
        }
    }
    // The table keeps no order of its own: companions first, then by name.
    Query participants(
        db, QStringLiteral("SELECT ep.person_id, ep.role, ep.met FROM event_participant ep "
                           "JOIN person p ON p.id = ep.person_id WHERE ep.event_id = ? "
                           "ORDER BY ") +
                enumOrder<ParticipantRole>(QStringLiteral("ep.role")) +
                QStringLiteral(", p.display_name COLLATE NOCASE, p.id"));
    participants.bind(e.id);
    if (participants.exec()) {
        while (participants.next()) {
            e.participants.append({participants.integer(0),
                                   sql::toEnum(participants.value(1), ParticipantRole::ToMeet),
                                   participants.integer(2) != 0});
        }
    }
    e.tags = tagLinks::of(db, TagTarget::Event, e.id);
}

void bindEvent(Query &q, const Event &e)
{
    q.bind(sql::text(e.uid)).bind(e.name.trimmed()).bind(sql::id(e.organizerId));
    q.bind(sql::key(e.kind)).bind(sql::key(e.format));
    q.bind(sql::date(e.startDate)).bind(sql::time(e.startTime));
    q.bind(sql::date(e.endDate)).bind(sql::time(e.endTime)).bind(sql::text(e.timeZone));
    q.bind(sql::text(e.venue)).bind(sql::text(e.location.city)).bind(sql::text(e.location.region));
    q.bind(sql::text(e.location.country)).bind(sql::text(e.url.trimmed()));
    q.bind(sql::key(e.status)).bind(sql::key(e.funding)).bind(e.currency);
    q.bind(sql::text(e.notes)).bind(sql::text(e.reflection));
}

} // namespace

Result<Id> EventStore::create(const Event &input)
{
    Event event = input;
    if (QList<FieldError> problems = validation::check(event); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkReferences(m_db, event); !status)
        return status.error();

    const QString doing = tr("Saving %1").arg(event.name);
    const QString now = m_db.timestamp();
    Query q(m_db,
            QStringLiteral(
                "INSERT INTO event(uid, name, organizer_id, kind, format, start_date, "
                "start_time, end_date, end_time, time_zone, venue, city, region, "
                "country, url, status, funding, currency, notes, reflection, "
                "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindEvent(q, event);
    q.bind(now).bind(now);
    if (Status status = q.exec(doing); !status)
        return status.error();
    event.id = q.lastInsertId();
    if (Status status = writeChildren(m_db, event); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    m_db.notify({EntityKind::Event, ChangeType::Inserted, {event.id}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return event.id;
}

Result<Event> EventStore::get(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM event WHERE id = ?").arg(eventColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no event with id %1.").arg(id));
    Event e = readEvent(q);
    readChildren(m_db, e);
    return e;
}

Status EventStore::update(const Event &event)
{
    if (QList<FieldError> problems = validation::check(event); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkReferences(m_db, event); !status)
        return status;

    const QString doing = tr("Saving %1").arg(event.name);
    Query q(m_db, QStringLiteral("UPDATE event SET uid = ?, name = ?, organizer_id = ?, kind = ?, "
                                 "format = ?, start_date = ?, start_time = ?, end_date = ?, "
                                 "end_time = ?, time_zone = ?, venue = ?, city = ?, region = ?, "
                                 "country = ?, url = ?, status = ?, funding = ?, currency = ?, "
                                 "notes = ?, reflection = ?, updated_at = ? WHERE id = ?"));
    bindEvent(q, event);
    q.bind(m_db.timestamp()).bind(event.id);
    if (Status status = q.exec(doing); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("Event %1 no longer exists.").arg(event.id));
    if (Status status = writeChildren(m_db, event); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    m_db.notify({EntityKind::Event, ChangeType::Updated, {event.id}});
    return tx.commit();
}

Status EventStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status EventStore::remove(const QList<Id> &ids)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Children cascade; interactions and people keep their record with the event cleared.
    Query q(m_db, QStringLiteral("DELETE FROM event WHERE id = ?"));
    for (Id id : ids) {
        q.bind(id);
        if (Status status = q.exec(tr("Deleting event %1").arg(id)); !status)
            return status;
        if (q.rowsAffected() == 0)
            return Error(ErrorCode::NotFound, tr("There is no event with id %1.").arg(id));
    }
    m_db.notify({EntityKind::Event, ChangeType::Removed, ids});
    for (EntityKind kind : {EntityKind::Interaction, EntityKind::Person})
        m_db.notify({kind, ChangeType::Reset, {}});
    return tx.commit();
}

Result<QList<EventSummary>> EventStore::list(const EventQuery &query) const
{
    const Filter filter = filterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT * FROM (") + listSelect(filter) + QStringLiteral(")") +
                      orderBy(query.sort, query.order) + query.page.sql());
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing events")); !status)
        return status.error();
    QList<EventSummary> rows;
    while (q.next()) {
        EventSummary row;
        row.id = q.integer(0);
        row.name = q.string(1);
        row.kind = sql::toEnum(q.value(2), EventKind::Conference);
        row.format = sql::toEnum(q.value(3), EventFormat::InPerson);
        row.status = sql::toEnum(q.value(4), EventStatus::Considering);
        row.startDate = q.date(5);
        row.endDate = q.date(6);
        // Where it happens; the venue stands in when no place is given (an online room).
        row.location = Location{q.string(8), q.string(9), q.string(10)}.display();
        if (row.location.isEmpty())
            row.location = q.string(7);
        row.organizer = q.string(11);
        row.currency = q.string(12);
        row.plannedCents = q.integer(13);
        row.actualCents = q.integer(14);
        row.nextDeadline = q.date(15);
        rows.append(row);
    }
    return rows;
}

Result<std::optional<qint64>> EventStore::position(const EventQuery &query, Id id) const
{
    const Filter filter = filterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding an event in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> EventStore::count(const EventFilter &f) const
{
    const Filter filter = filterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM event e") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting events"));
}

Status EventStore::setDeadlineDone(Id eventId, qsizetype deadlineIndex, bool done)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Query q(m_db, QStringLiteral(
                      "UPDATE event_deadline SET done = ? WHERE event_id = ? AND position = ?"));
    q.bind(done ? 1 : 0).bind(eventId).bind(deadlineIndex);
    if (Status status = q.exec(tr("Updating a deadline of event %1").arg(eventId)); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound,
                     tr("Event %1 has no deadline number %2.").arg(eventId).arg(deadlineIndex + 1));
    Query touch(m_db, QStringLiteral("UPDATE event SET updated_at = ? WHERE id = ?"));
    touch.bind(m_db.timestamp()).bind(eventId);
    if (Status status = touch.exec(); !status)
        return status;
    m_db.notify({EntityKind::Event, ChangeType::Updated, {eventId}});
    return tx.commit();
}

Status EventStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Event, EntityKind::Event, ids, tag, true);
}

Status EventStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Event, EntityKind::Event, ids, tag, false);
}

} // namespace kith
