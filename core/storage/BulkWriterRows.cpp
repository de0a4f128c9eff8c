#include "BulkWriter.h"

#include "BulkStaging.h"
#include "Sql.h"

#include <QSet>

// How each kind of record becomes staged rows: the same columns, conversions and child rows
// as its store writes, so a record reads back the same whichever way it was saved.

namespace kith {

using bulk::Table;

namespace {

// The stable key of an enum value as the literal EnumTraits holds, bound without a copy.
template <typename E>
const char *key(E value)
{
    for (const auto &entry : EnumTraits<E>::entries) {
        if (entry.value == value)
            return entry.key;
    }
    return "";
}

} // namespace

Status BulkWriter::stageTags(TagTarget target, Id owner, const QStringList &tags)
{
    QSet<QString> seen;
    for (const QString &name : tags) {
        const QString tag = name.simplified();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        if (Status status = m_staging->row(Table::TagLink)
                                .integer(qint64(target))
                                .integer(owner)
                                .required(tag)
                                .insert();
            !status) {
            return status;
        }
    }
    return {};
}

Status BulkWriter::stage(const Organization &o, Id id)
{
    Status status = m_staging->row(Table::Organization)
                        .integer(id)
                        .required(o.name.trimmed())
                        .key(key(o.kind))
                        .text(o.website.trimmed())
                        .text(o.location.city)
                        .text(o.location.region)
                        .text(o.location.country)
                        .text(o.notes)
                        .constant(m_now)
                        .constant(m_now)
                        .insert();
    for (qsizetype i = 0; status && i < o.socialPages.size(); ++i) {
        status = m_staging->row(Table::OrganizationProfile)
                     .integer(id)
                     .key(key(o.socialPages[i].kind))
                     .required(o.socialPages[i].url.trimmed())
                     .integer(i)
                     .insert();
    }
    return status ? stageTags(TagTarget::Organization, id, o.tags) : status;
}

Status BulkWriter::stage(const Person &p, Id id)
{
    Status status = m_staging->row(Table::Person)
                        .integer(id)
                        .text(p.uid)
                        .required(p.displayName.trimmed())
                        .text(p.givenName)
                        .text(p.familyName)
                        .text(p.headline)
                        .text(p.location.city)
                        .text(p.location.region)
                        .text(p.location.country)
                        .integer(p.metAtEventId)
                        .integer(p.metInGroupId)
                        .integer(p.introducedById)
                        .integer(p.cadenceDays)
                        .text(p.notes)
                        .date(p.knownSince.isValid() ? p.knownSince : m_today)
                        .key(key(p.origin))
                        .constant(m_now)
                        .constant(m_now)
                        .date(p.contactSnoozedUntil)
                        .insert();
    const auto contactPoints = [&](Table table, const QList<ContactPoint> &points) {
        for (qsizetype i = 0; status && i < points.size(); ++i) {
            status = m_staging->row(table)
                         .integer(id)
                         .required(points[i].value.trimmed())
                         .text(points[i].label)
                         .integer(i)
                         .insert();
        }
    };
    contactPoints(Table::PersonEmail, p.emails);
    contactPoints(Table::PersonPhone, p.phones);
    for (qsizetype i = 0; status && i < p.profiles.size(); ++i) {
        status = m_staging->row(Table::PersonProfile)
                     .integer(id)
                     .key(key(p.profiles[i].kind))
                     .required(p.profiles[i].url.trimmed())
                     .integer(i)
                     .insert();
    }
    for (qsizetype i = 0; status && i < p.relationships.size(); ++i)
        status = m_staging->row(Table::PersonRelationship)
                     .integer(id)
                     .key(key(p.relationships[i]))
                     .insert();
    for (qsizetype i = 0; status && i < p.roles.size(); ++i) {
        const Role &role = p.roles[i];
        status = m_staging->row(Table::Role)
                     .integer(id)
                     .integer(role.organizationId)
                     .text(role.title.trimmed())
                     .date(role.start)
                     .date(role.end)
                     .integer(i)
                     .insert();
    }
    if (status && !p.photo.isEmpty())
        status = m_staging->row(Table::PersonPhoto).integer(id).blob(p.photo).insert();
    return status ? stageTags(TagTarget::Person, id, p.tags) : status;
}

Status BulkWriter::stage(const OnlineGroup &g, Id id)
{
    Status status = m_staging->row(Table::Group)
                        .integer(id)
                        .required(g.name.trimmed())
                        .key(key(g.platform))
                        .text(g.url.trimmed())
                        .date(g.joinedOn)
                        .integer(g.discoveredViaGroupId)
                        .integer(g.discoveredViaPersonId)
                        .integer(g.cadenceDays)
                        .text(g.notes)
                        .constant(m_now)
                        .constant(m_now)
                        .insert();
    for (qsizetype i = 0; status && i < g.memberIds.size(); ++i)
        status = m_staging->row(Table::GroupMember).integer(id).integer(g.memberIds[i]).insert();
    return status ? stageTags(TagTarget::Group, id, g.tags) : status;
}

Status BulkWriter::stage(const Event &e, Id id)
{
    Status status = m_staging->row(Table::Event)
                        .integer(id)
                        .text(e.uid)
                        .required(e.name.trimmed())
                        .integer(e.organizerId)
                        .key(key(e.kind))
                        .key(key(e.format))
                        .date(e.startDate)
                        .text(sql::time(e.startTime).toString())
                        .date(e.endDate)
                        .text(sql::time(e.endTime).toString())
                        .text(e.timeZone)
                        .text(e.venue)
                        .text(e.location.city)
                        .text(e.location.region)
                        .text(e.location.country)
                        .text(e.url.trimmed())
                        .key(key(e.status))
                        .key(key(e.funding))
                        .required(e.currency)
                        .text(e.notes)
                        .text(e.reflection)
                        .constant(m_now)
                        .constant(m_now)
                        .insert();
    for (qsizetype i = 0; status && i < e.costs.size(); ++i) {
        const CostLine &line = e.costs[i];
        status = m_staging->row(Table::EventCost)
                     .integer(id)
                     .key(key(line.category))
                     .integer(line.plannedCents)
                     .integer(line.actualCents)
                     .key(key(line.source))
                     .text(line.note)
                     .integer(i)
                     .insert();
    }
    for (qsizetype i = 0; status && i < e.deadlines.size(); ++i) {
        const Deadline &d = e.deadlines[i];
        status = m_staging->row(Table::EventDeadline)
                     .integer(id)
                     .key(key(d.kind))
                     .date(d.due)
                     .integer(d.done ? 1 : 0)
                     .text(d.note)
                     .integer(i)
                     .insert();
    }
    for (qsizetype i = 0; status && i < e.sessions.size(); ++i) {
        const EventSession &s = e.sessions[i];
        status =
            m_staging->row(Table::EventSession)
                .integer(id)
                .required(s.title.trimmed())
                .text(s.startsAt.isValid() ? s.startsAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
                                           : QString())
                .text(s.notes)
                .integer(i)
                .insert();
    }
    for (qsizetype i = 0; status && i < e.participants.size(); ++i) {
        const EventParticipant &p = e.participants[i];
        status = m_staging->row(Table::EventParticipant)
                     .integer(id)
                     .integer(p.personId)
                     .key(key(p.role))
                     .integer(p.met ? 1 : 0)
                     .insert();
    }
    return status ? stageTags(TagTarget::Event, id, e.tags) : status;
}

Status BulkWriter::stage(const Interaction &x, Id id)
{
    Status status = m_staging->row(Table::Interaction)
                        .integer(id)
                        .text(x.uid)
                        .date(x.date)
                        .key(key(x.kind))
                        .integer(x.eventId)
                        .text(x.summary)
                        .date(x.followUpOn)
                        .date(x.followUpDoneOn)
                        .constant(m_now)
                        .constant(m_now)
                        .insert();
    for (qsizetype i = 0; status && i < x.personIds.size(); ++i) {
        // The date is copied so "latest contact" stays an index seek (see the schema).
        status = m_staging->row(Table::InteractionPerson)
                     .integer(id)
                     .integer(x.personIds[i])
                     .date(x.date)
                     .insert();
    }
    return status ? stageTags(TagTarget::Interaction, id, x.tags) : status;
}

Status BulkWriter::stage(const Membership &m, Id id)
{
    Status status = m_staging->row(Table::Membership)
                        .integer(id)
                        .integer(m.personId)
                        .integer(m.organizationId)
                        .required(m.role.trimmed())
                        .date(m.since)
                        .key(key(m.status))
                        .integer(m.dues ? std::optional<qint64>(m.dues->cents) : std::nullopt)
                        .text(m.dues ? m.dues->currency : QString())
                        .key(key(m.duesPeriod))
                        .key(key(m.paidBy))
                        .date(m.renewalDate)
                        .text(m.notes)
                        .constant(m_now)
                        .constant(m_now)
                        .insert();
    return status ? stageTags(TagTarget::Membership, id, m.tags) : status;
}

Status BulkWriter::stage(const Recommendation &r, Id id)
{
    Status status = m_staging->row(Table::Recommendation)
                        .integer(id)
                        .key(key(r.direction))
                        .integer(r.personId)
                        .key(key(r.platform))
                        .text(r.context.trimmed())
                        .date(r.requestedOn)
                        .date(r.completedOn)
                        .key(key(r.status))
                        .text(r.text)
                        .constant(m_now)
                        .constant(m_now)
                        .insert();
    return status ? stageTags(TagTarget::Recommendation, id, r.tags) : status;
}

} // namespace kith
