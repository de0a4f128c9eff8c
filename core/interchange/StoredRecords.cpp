#include "StoredRecords.h"

#include "TableScan.h"
#include "ical/KithUid.h"

#include <QTime>
#include <QUuid>

namespace kith::interchange {

namespace {

QTime storedTime(const QString &text)
{
    return text.isEmpty() ? QTime() : QTime::fromString(text, Qt::ISODate);
}

} // namespace

QString organizationKey(QStringView name)
{
    return name.trimmed().toString().toCaseFolded();
}

Result<QHash<QString, Id>> loadOrganizationIds(const Database &db)
{
    QHash<QString, Id> ids;
    TableScan rows(db, "SELECT id, name FROM organization ORDER BY id");
    while (rows.next()) {
        const QString key = organizationKey(rows.text(1));
        if (!ids.contains(key))
            ids.insert(key, rows.integer(0));
    }
    if (Status status = rows.status(); !status)
        return status.error();
    return ids;
}

QString recommendationKey(const QString &owner, RecommendationDirection direction,
                          const QDate &completedOn, const QString &text)
{
    return owner + QLatin1Char('|') + enumKey(direction) + QLatin1Char('|') +
           completedOn.toString(Qt::ISODate) + QLatin1Char('|') + text.simplified().toCaseFolded();
}

Result<QSet<QString>> loadRecommendationKeys(const Database &db)
{
    QSet<QString> keys;
    TableScan rows(db, "SELECT person_id, direction, completed_on, body FROM recommendation");
    while (rows.next()) {
        const auto direction = enumFromKey<RecommendationDirection>(rows.text(1))
                                   .value_or(RecommendationDirection::Received);
        keys.insert(recommendationKey(QString::number(rows.integer(0)), direction, rows.date(2),
                                      rows.text(3)));
    }
    if (Status status = rows.status(); !status)
        return status.error();
    return keys;
}

Result<QSet<QString>> loadInteractionUids(const Database &db)
{
    QSet<QString> uids;
    TableScan rows(db, "SELECT uid FROM interaction WHERE uid IS NOT NULL");
    while (rows.next())
        uids.insert(rows.text(0));
    if (Status status = rows.status(); !status)
        return status.error();

    // Follow-ups this database exported carry a UID made of its own id and the interaction's
    // (KithUid.h) rather than a stored one: coming back, they are the same interactions.
    TableScan setting(db, "SELECT value FROM setting WHERE key = 'database_uid'");
    const QString databaseUid = setting.next() ? setting.text(0) : QString();
    if (Status status = setting.status(); !status)
        return status.error();
    if (QUuid(databaseUid).isNull())
        return uids;
    TableScan followUps(db, "SELECT id FROM interaction WHERE follow_up_on IS NOT NULL");
    while (followUps.next())
        uids.insert(
            ical::makeUid({ical::KithUidKind::FollowUp, followUps.integer(0), 0, databaseUid}));
    if (Status status = followUps.status(); !status)
        return status.error();
    return uids;
}

QString eventKey(const QString &name, const QDate &start)
{
    return name.simplified().toCaseFolded() + QLatin1Char('|') + start.toString(Qt::ISODate);
}

Result<StoredEvents> StoredEvents::load(const Database &db)
{
    StoredEvents stored;
    TableScan rows(db,
                   "SELECT id, uid, name, start_date, start_time, end_date, end_time, "
                   "time_zone, venue, city, region, country, url, notes FROM event ORDER BY id");
    while (rows.next()) {
        Event e;
        e.id = rows.integer(0);
        e.uid = rows.text(1);
        e.name = rows.text(2);
        e.startDate = rows.date(3);
        e.startTime = storedTime(rows.text(4));
        e.endDate = rows.date(5);
        e.endTime = storedTime(rows.text(6));
        e.timeZone = rows.text(7);
        e.venue = rows.text(8);
        e.location = {rows.text(9), rows.text(10), rows.text(11)};
        e.url = rows.text(12);
        e.notes = rows.text(13);
        const qsizetype position = stored.events.size();
        if (!e.uid.isEmpty())
            stored.byUid.insert(e.uid, position);
        const QString key = eventKey(e.name, e.startDate);
        if (!stored.byNameAndDay.contains(key))
            stored.byNameAndDay.insert(key, position);
        stored.events.append(std::move(e));
    }
    if (Status status = rows.status(); !status)
        return status.error();
    return stored;
}

bool eventDiffers(const Event &stored, const Event &incoming)
{
    Event updated = stored;
    applyEventFields(updated, incoming);
    return updated.name != stored.name || updated.startDate != stored.startDate ||
           updated.startTime != stored.startTime || updated.endDate != stored.endDate ||
           updated.endTime != stored.endTime || updated.timeZone != stored.timeZone ||
           updated.venue != stored.venue || updated.location != stored.location ||
           updated.url != stored.url || updated.notes != stored.notes;
}

void applyEventFields(Event &stored, const Event &incoming)
{
    if (!incoming.name.trimmed().isEmpty())
        stored.name = incoming.name.trimmed();
    // Dates and times travel together: an all-day event that became timed loses nothing.
    if (incoming.startDate.isValid()) {
        stored.startDate = incoming.startDate;
        stored.startTime = incoming.startTime;
        stored.endDate = incoming.endDate;
        stored.endTime = incoming.endTime;
        stored.timeZone = incoming.timeZone;
    }
    if (!incoming.venue.isEmpty())
        stored.venue = incoming.venue;
    if (!incoming.location.isEmpty())
        stored.location = incoming.location;
    if (!incoming.url.isEmpty())
        stored.url = incoming.url;
    // Notes are the user's: a file only fills them when there are none.
    if (stored.notes.trimmed().isEmpty() && !incoming.notes.trimmed().isEmpty())
        stored.notes = incoming.notes;
}

} // namespace kith::interchange
