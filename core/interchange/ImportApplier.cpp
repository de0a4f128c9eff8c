#include "Importer.h"

#include "ImportSupport.h"
#include "PersonMerge.h"
#include "StoredRecords.h"
#include "TableScan.h"
#include "storage/BulkWriter.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/PersonStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMap>

namespace kith::interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::interchange::Importer", text);
}

// Records handed to BulkWriter per call, so progress moves and cancel is heard.
constexpr qsizetype chunkSize = 2000;

// Where a batch row's person ends up.
struct Target
{
    enum class Kind
    {
        None,
        Created, // index into the people the import creates
        Stored
    };
    Kind kind = Kind::None;
    qsizetype created = -1;
    Id id = 0;
};

class Applier
{
public:
    Applier(Database &db, const ImportPlan &plan, const ImportProgress &progress)
        : m_db(db)
        , m_plan(plan)
        , m_progress(progress)
    {}

    Result<ImportSummary> run();

private:
    Status collectPeople();
    Status mergeStored();
    Status createOrganizations();
    Status updateEvents();
    Status writeNewRecords();
    Status step(qint64 amount);
    Id personId(const PersonRef &ref) const;
    std::optional<Id> organizationId(const QString &name) const;
    template <typename Record>
    Status addInChunks(BulkWriter &writer, const QList<Record> &records,
                       Result<QList<Id>> (BulkWriter::*add)(const QList<Record> &), QList<Id> *ids);

    Database &m_db;
    const ImportPlan &m_plan;
    const ImportProgress &m_progress;
    ImportSummary m_summary;
    qint64 m_done = 0;
    qint64 m_total = 0;

    QList<Target> m_targets; // parallel to plan.people
    QList<Person> m_creates; // batch people to create, then the named people
    qsizetype m_namedOffset = 0;
    QMap<Id, QList<qsizetype>> m_merges; // stored person → rows merged into them, in order
    QList<Person> m_updates;             // merged stored people with something new
    QHash<QString, Id> m_organizations;  // organizationKey → id, stored and created
    QList<Id> m_createdIds;              // parallel to m_creates
};

Status Applier::step(qint64 amount)
{
    m_done += amount;
    if (m_progress && !m_progress(m_done, m_total))
        return Error(ErrorCode::Cancelled, tr("The import was cancelled; nothing was changed."));
    return {};
}

Result<ImportSummary> Applier::run()
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Status status = collectPeople();
    const auto count = [](const QList<PlannedRecord> &records, RecordStatus wanted) {
        return qint64(std::count_if(records.cbegin(), records.cend(),
                                    [&](const PlannedRecord &r) { return r.status == wanted; }));
    };
    m_total = m_creates.size() + m_merges.size() +
              count(m_plan.recommendations, RecordStatus::New) +
              count(m_plan.events, RecordStatus::New) + count(m_plan.events, RecordStatus::Update) +
              count(m_plan.interactions, RecordStatus::New);
    if (status)
        status = step(0);
    if (status)
        status = mergeStored();
    if (status)
        status = createOrganizations();
    if (status) {
        PersonStore people(m_db);
        for (const Person &person : std::as_const(m_updates)) {
            if (status = people.update(person); !status)
                break;
        }
    }
    if (status)
        status = updateEvents();
    if (status)
        status = writeNewRecords();
    if (status)
        status = tx.commit();
    if (!status)
        return status.error();
    m_summary.rejected = int(m_plan.rejected.size());
    m_summary.skippedEmpty = m_plan.batch.skippedEmpty;
    return m_summary;
}

// Decides where every batch row goes, and builds the people to create with what rows
// merged into them. Rows only ever match earlier rows, so one pass in order suffices.
Status Applier::collectPeople()
{
    QSet<QString> takenUids;
    TableScan uids(m_db, "SELECT uid FROM person WHERE uid IS NOT NULL");
    while (uids.next())
        takenUids.insert(uids.text(0));
    if (Status status = uids.status(); !status)
        return status;

    m_targets.reserve(m_plan.people.size());
    m_creates.reserve(m_plan.people.size() + m_plan.namedPeople.size());
    for (qsizetype row = 0; row < m_plan.people.size(); ++row) {
        const PlannedPerson &planned = m_plan.people[row];
        const IncomingPerson &in = m_plan.batch.people[row];
        Target target;
        if (planned.status == RowStatus::Rejected) {
            // nobody
        } else if (planned.action == RowAction::Create) {
            Person person = in.person;
            person.id = 0;
            if (!person.uid.isEmpty() && takenUids.contains(person.uid))
                person.uid.clear(); // the UID stays with the person who has it
            takenUids.insert(person.uid);
            target = {Target::Kind::Created, m_creates.size(), 0};
            m_creates.append(std::move(person));
        } else if (planned.match) {
            target = {Target::Kind::Stored, -1, *planned.match};
        } else if (planned.matchedRow) {
            target = m_targets[*planned.matchedRow];
        }
        m_targets.append(target);
        if (planned.action == RowAction::Skip || target.kind == Target::Kind::None) {
            m_summary.peopleSkipped += planned.status == RowStatus::Rejected ? 0 : 1;
            continue;
        }
        if (planned.action != RowAction::Merge)
            continue;
        if (target.kind == Target::Kind::Stored) {
            m_merges[target.id].append(row);
        } else if (!mergeInto(m_creates[target.created], in.person, {in.rolesAsOf, m_plan.today})
                        .isEmpty()) {
            ++m_summary.peopleMerged;
        } else {
            ++m_summary.peopleUnchanged;
        }
    }
    m_namedOffset = m_creates.size();
    for (const Person &person : m_plan.namedPeople)
        m_creates.append(person);
    return {};
}

// Merges rows into stored people. Only people the preview found something new for are read
// in full; the rest are counted unchanged without a query.
Status Applier::mergeStored()
{
    PersonStore store(m_db);
    for (auto it = m_merges.cbegin(); it != m_merges.cend(); ++it) {
        const bool planned = std::any_of(it->cbegin(), it->cend(), [&](qsizetype row) {
            return !m_plan.people[row].changes.isEmpty();
        });
        if (planned) {
            Result<Person> person = store.get(it.key());
            if (!person)
                return person.error().withContext(
                    tr("%1 changed since the preview: ").arg(m_plan.people[it->first()].matchName));
            bool changed = false;
            bool jobChanged = false;
            for (qsizetype row : *it) {
                const IncomingPerson &in = m_plan.batch.people[row];
                const QList<FieldChange> changes =
                    mergeInto(*person, in.person, {in.rolesAsOf, m_plan.today});
                changed = changed || !changes.isEmpty();
                for (const FieldChange &change : changes)
                    jobChanged = jobChanged || change.isJobChange();
            }
            if (changed) {
                m_updates.append(std::move(*person));
                ++m_summary.peopleMerged;
                m_summary.rolesClosed += jobChanged ? 1 : 0;
            } else {
                ++m_summary.peopleUnchanged;
            }
        } else {
            ++m_summary.peopleUnchanged;
        }
        if (Status status = step(1); !status)
            return status;
    }
    return {};
}

std::optional<Id> Applier::organizationId(const QString &name) const
{
    const auto it = m_organizations.constFind(organizationKey(name));
    return it == m_organizations.cend() ? std::nullopt : std::optional<Id>(*it);
}

Status Applier::createOrganizations()
{
    Result<QHash<QString, Id>> stored = loadOrganizationIds(m_db);
    if (!stored)
        return stored.error();
    m_organizations = std::move(*stored);

    QList<Organization> missing;
    QSet<QString> seen;
    const auto need = [&](const QString &name, OrganizationKind kind) {
        const QString key = organizationKey(name);
        if (key.isEmpty() || m_organizations.contains(key) || seen.contains(key))
            return;
        seen.insert(key);
        Organization organization;
        organization.name = name.trimmed();
        organization.kind = kind;
        missing.append(organization);
    };
    const auto rolesNeed = [&](const QList<Person> &people) {
        for (const Person &person : people) {
            for (const Role &role : person.roles) {
                if (!role.organizationId)
                    need(role.organizationName, OrganizationKind::Employer);
            }
        }
    };
    rolesNeed(m_creates);
    rolesNeed(m_updates);
    for (qsizetype i = 0; i < m_plan.events.size(); ++i) {
        if (m_plan.events[i].status != RecordStatus::Rejected &&
            m_plan.events[i].status != RecordStatus::AlreadyImported)
            need(m_plan.batch.events[i].organizerName, OrganizationKind::Other);
    }
    if (!missing.isEmpty()) {
        BulkWriter writer(m_db);
        Result<QList<Id>> ids = writer.addOrganizations(missing);
        if (!ids)
            return ids.error();
        if (Status status = writer.commit(); !status)
            return status;
        for (qsizetype i = 0; i < missing.size(); ++i)
            m_organizations.insert(organizationKey(missing[i].name), ids->at(i));
        m_summary.organizationsCreated = int(missing.size());
    }
    const auto resolve = [&](QList<Person> &people) {
        for (Person &person : people) {
            for (Role &role : person.roles) {
                if (!role.organizationId)
                    role.organizationId = organizationId(role.organizationName);
            }
        }
    };
    resolve(m_creates);
    resolve(m_updates);
    return {};
}

Status Applier::updateEvents()
{
    EventStore store(m_db);
    for (qsizetype i = 0; i < m_plan.events.size(); ++i) {
        const PlannedRecord &planned = m_plan.events[i];
        if (planned.status != RecordStatus::Update || !planned.match)
            continue;
        Result<Event> event = store.get(*planned.match);
        if (!event)
            return event.error();
        applyEventFields(*event, m_plan.batch.events[i].event);
        if (!event->organizerId)
            event->organizerId = organizationId(m_plan.batch.events[i].organizerName);
        if (Status status = store.update(*event); !status)
            return status.error().withContext(m_plan.batch.events[i].where.display() +
                                              QStringLiteral(": "));
        ++m_summary.eventsUpdated;
        if (Status status = step(1); !status)
            return status;
    }
    return {};
}

Id Applier::personId(const PersonRef &ref) const
{
    switch (ref.kind) {
    case PersonRef::Kind::Stored:
        return ref.id;
    case PersonRef::Kind::NewPerson:
        return m_createdIds.value(m_namedOffset + ref.index, 0);
    case PersonRef::Kind::BatchRow: {
        const Target &target = m_targets[ref.index];
        if (target.kind == Target::Kind::Stored)
            return target.id;
        if (target.kind == Target::Kind::Created)
            return m_createdIds.value(target.created, 0);
        return 0;
    }
    case PersonRef::Kind::None:
        break;
    }
    return 0;
}

template <typename Record>
Status Applier::addInChunks(BulkWriter &writer, const QList<Record> &records,
                            Result<QList<Id>> (BulkWriter::*add)(const QList<Record> &),
                            QList<Id> *ids)
{
    for (qsizetype start = 0; start < records.size(); start += chunkSize) {
        const QList<Record> chunk = records.mid(start, chunkSize);
        Result<QList<Id>> added = (writer.*add)(chunk);
        if (!added)
            return added.error();
        if (ids)
            ids->append(*added);
        if (Status status = step(chunk.size()); !status)
            return status;
    }
    return {};
}

Status Applier::writeNewRecords()
{
    BulkWriter writer(m_db);
    m_createdIds.reserve(m_creates.size());
    if (Status status = addInChunks(writer, m_creates, &BulkWriter::addPeople, &m_createdIds);
        !status)
        return status;
    m_summary.peopleCreated = int(m_creates.size());
    m_summary.createdPeople = m_createdIds;

    QList<Recommendation> recommendations;
    for (qsizetype i = 0; i < m_plan.recommendations.size(); ++i) {
        const PlannedRecord &planned = m_plan.recommendations[i];
        if (planned.status != RecordStatus::New || planned.people.isEmpty())
            continue;
        Recommendation recommendation = m_plan.batch.recommendations[i].recommendation;
        recommendation.id = 0;
        recommendation.personId = personId(planned.people.first());
        if (recommendation.personId > 0) // 0: its person's row was skipped
            recommendations.append(recommendation);
    }
    QList<Event> events;
    for (qsizetype i = 0; i < m_plan.events.size(); ++i) {
        if (m_plan.events[i].status != RecordStatus::New)
            continue;
        Event event = m_plan.batch.events[i].event;
        event.id = 0;
        event.organizerId = organizationId(m_plan.batch.events[i].organizerName);
        events.append(event);
    }
    QList<Interaction> interactions;
    for (qsizetype i = 0; i < m_plan.interactions.size(); ++i) {
        const PlannedRecord &planned = m_plan.interactions[i];
        if (planned.status != RecordStatus::New)
            continue;
        Interaction interaction = m_plan.batch.interactions[i].interaction;
        interaction.id = 0;
        interaction.eventId.reset();
        interaction.personIds.clear();
        for (const PersonRef &ref : planned.people) {
            const Id id = personId(ref);
            if (id > 0 && !interaction.personIds.contains(id))
                interaction.personIds.append(id);
        }
        interactions.append(interaction);
    }
    Status status = addInChunks(writer, recommendations, &BulkWriter::addRecommendations, nullptr);
    if (status)
        status = addInChunks(writer, events, &BulkWriter::addEvents, nullptr);
    if (status)
        status = addInChunks(writer, interactions, &BulkWriter::addInteractions, nullptr);
    if (status)
        status = writer.commit();
    if (!status)
        return status;
    m_summary.recommendationsCreated = int(recommendations.size());
    m_summary.eventsCreated = int(events.size());
    m_summary.interactionsCreated = int(interactions.size());
    return {};
}

} // namespace

Result<ImportSummary> applyImport(Database &db, const ImportPlan &plan,
                                  const ImportProgress &progress)
{
    Applier applier(db, plan, progress);
    return applier.run();
}

} // namespace kith::interchange
