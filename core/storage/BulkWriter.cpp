#include "BulkWriter.h"

#include "BulkStaging.h"
#include "Database.h"
#include "Sql.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace kith {

using bulk::Table;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::BulkWriter", text);
}

// The tables whose ids the writer hands out, and the kind each announces.
constexpr std::array<std::pair<Table, EntityKind>, 7> idTables{{
    {Table::Organization, EntityKind::Organization},
    {Table::Event, EntityKind::Event},
    {Table::Group, EntityKind::Group},
    {Table::Person, EntityKind::Person},
    {Table::Interaction, EntityKind::Interaction},
    {Table::Membership, EntityKind::Membership},
    {Table::Recommendation, EntityKind::Recommendation},
}};

// The first problem of a batch, its fields named after the record ("people[3].displayName").
template <typename Record>
std::optional<Error> firstInvalid(const QList<Record> &records, const char *batchName)
{
    for (qsizetype i = 0; i < records.size(); ++i) {
        Record record = records[i];
        record.id = 0; // new records: rules about a record's own id do not apply yet
        QList<FieldError> problems = validation::check(record);
        if (problems.isEmpty())
            continue;
        const QString prefix = QStringLiteral("%1[%2].").arg(QLatin1String(batchName)).arg(i);
        for (FieldError &problem : problems)
            problem.field.prepend(prefix);
        return Error::validation(std::move(problems))
            .withContext(tr("Record %1 of %2: ").arg(i + 1).arg(records.size()));
    }
    return std::nullopt;
}

QString key(auto value)
{
    return enumKey(value);
}

} // namespace

BulkWriter::BulkWriter(Database &db)
    : m_db(db)
    , m_staging(std::make_unique<bulk::Staging>(db))
    , m_nextIds(bulk::tableCount, 0)
{}

BulkWriter::~BulkWriter()
{
    discard();
}

Status BulkWriter::begin()
{
    if (m_tx)
        return {};
    m_tx.emplace(m_db);
    if (!m_tx->isActive()) {
        const Error error = m_tx->error();
        m_tx.reset();
        return error;
    }
    if (Status status = m_staging->open(); !status) {
        discard();
        return status;
    }
    // Read under the write lock BEGIN IMMEDIATE took, so nobody else can take these ids.
    for (const auto &[table, kind] : idTables) {
        Result<Id> maxId = m_staging->maxId(table);
        if (!maxId) {
            discard();
            return maxId.error();
        }
        m_nextIds[qsizetype(table)] = *maxId + 1;
    }
    m_now = m_db.timestamp();
    m_today = m_db.now().toLocalTime().date();
    return {};
}

void BulkWriter::discard()
{
    m_staging->close();
    m_tx.reset(); // rolls back, dropping the staged rows and their notifications
}

template <typename Record>
Result<QList<Id>> BulkWriter::addBatch(const QList<Record> &records, const char *batchName,
                                       Table idTable)
{
    if (std::optional<Error> invalid = firstInvalid(records, batchName)) {
        discard();
        return *invalid;
    }
    if (Status status = begin(); !status)
        return status.error();
    QList<Id> ids;
    ids.reserve(records.size());
    for (const Record &record : records) {
        const Id id = m_nextIds[qsizetype(idTable)]++;
        if (Status status = stage(record, id); !status) {
            discard();
            return status.error();
        }
        ids.append(id);
    }
    return ids;
}

Result<QList<Id>> BulkWriter::addOrganizations(const QList<Organization> &organizations)
{
    return addBatch(organizations, "organizations", Table::Organization);
}

Result<QList<Id>> BulkWriter::addPeople(const QList<Person> &people)
{
    return addBatch(people, "people", Table::Person);
}

Result<QList<Id>> BulkWriter::addGroups(const QList<OnlineGroup> &groups)
{
    return addBatch(groups, "groups", Table::Group);
}

Result<QList<Id>> BulkWriter::addEvents(const QList<Event> &events)
{
    return addBatch(events, "events", Table::Event);
}

Result<QList<Id>> BulkWriter::addInteractions(const QList<Interaction> &interactions)
{
    return addBatch(interactions, "interactions", Table::Interaction);
}

Result<QList<Id>> BulkWriter::addMemberships(const QList<Membership> &memberships)
{
    return addBatch(memberships, "memberships", Table::Membership);
}

Result<QList<Id>> BulkWriter::addRecommendations(const QList<Recommendation> &recommendations)
{
    return addBatch(recommendations, "recommendations", Table::Recommendation);
}

Status BulkWriter::commit()
{
    if (!m_tx)
        return {};
    for (const auto &[table, kind] : idTables) {
        if (m_staging->count(table) > 0)
            m_db.notify({kind, ChangeType::Reset, {}});
    }
    if (m_staging->count(Table::TagLink) > 0)
        m_db.notify({EntityKind::Tag, ChangeType::Reset, {}});

    // A group found through a person and a person met in that group point at each other;
    // deferring the foreign-key checks to the commit lets the flush go table by table. The
    // pragma ends with the transaction.
    Query defer(m_db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    Status status = defer.exec(tr("Writing the staged records"));
    if (status)
        status = m_staging->flush();
    m_staging->close();
    if (status)
        status = m_tx->commit(); // rolls back by itself when the commit fails
    m_tx.reset();
    return status;
}

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
                        .required(key(o.kind))
                        .text(o.website.trimmed())
                        .text(o.location.city)
                        .text(o.location.region)
                        .text(o.location.country)
                        .text(o.notes)
                        .required(m_now)
                        .required(m_now)
                        .insert();
    for (qsizetype i = 0; status && i < o.socialPages.size(); ++i) {
        status = m_staging->row(Table::OrganizationProfile)
                     .integer(id)
                     .required(key(o.socialPages[i].kind))
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
                        .required(key(p.origin))
                        .required(m_now)
                        .required(m_now)
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
                     .required(key(p.profiles[i].kind))
                     .required(p.profiles[i].url.trimmed())
                     .integer(i)
                     .insert();
    }
    for (qsizetype i = 0; status && i < p.relationships.size(); ++i)
        status = m_staging->row(Table::PersonRelationship)
                     .integer(id)
                     .required(key(p.relationships[i]))
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
                        .required(key(g.platform))
                        .text(g.url.trimmed())
                        .date(g.joinedOn)
                        .integer(g.discoveredViaGroupId)
                        .integer(g.discoveredViaPersonId)
                        .integer(g.cadenceDays)
                        .text(g.notes)
                        .required(m_now)
                        .required(m_now)
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
                        .required(key(e.kind))
                        .required(key(e.format))
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
                        .required(key(e.status))
                        .required(key(e.funding))
                        .required(e.currency)
                        .text(e.notes)
                        .text(e.reflection)
                        .required(m_now)
                        .required(m_now)
                        .insert();
    for (qsizetype i = 0; status && i < e.costs.size(); ++i) {
        const CostLine &line = e.costs[i];
        status = m_staging->row(Table::EventCost)
                     .integer(id)
                     .required(key(line.category))
                     .integer(line.plannedCents)
                     .integer(line.actualCents)
                     .required(key(line.source))
                     .text(line.note)
                     .integer(i)
                     .insert();
    }
    for (qsizetype i = 0; status && i < e.deadlines.size(); ++i) {
        const Deadline &d = e.deadlines[i];
        status = m_staging->row(Table::EventDeadline)
                     .integer(id)
                     .required(key(d.kind))
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
                     .required(key(p.role))
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
                        .required(key(x.kind))
                        .integer(x.eventId)
                        .text(x.summary)
                        .date(x.followUpOn)
                        .date(x.followUpDoneOn)
                        .required(m_now)
                        .required(m_now)
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
                        .required(key(m.status))
                        .integer(m.dues ? std::optional<qint64>(m.dues->cents) : std::nullopt)
                        .text(m.dues ? m.dues->currency : QString())
                        .required(key(m.duesPeriod))
                        .required(key(m.paidBy))
                        .date(m.renewalDate)
                        .text(m.notes)
                        .required(m_now)
                        .required(m_now)
                        .insert();
    return status ? stageTags(TagTarget::Membership, id, m.tags) : status;
}

Status BulkWriter::stage(const Recommendation &r, Id id)
{
    Status status = m_staging->row(Table::Recommendation)
                        .integer(id)
                        .required(key(r.direction))
                        .integer(r.personId)
                        .required(key(r.platform))
                        .text(r.context.trimmed())
                        .date(r.requestedOn)
                        .date(r.completedOn)
                        .required(key(r.status))
                        .text(r.text)
                        .required(m_now)
                        .required(m_now)
                        .insert();
    return status ? stageTags(TagTarget::Recommendation, id, r.tags) : status;
}

} // namespace kith
