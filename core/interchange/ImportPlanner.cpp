#include "Importer.h"

#include "ImportSupport.h"
#include "MatchKeys.h"
#include "PersonMerge.h"
#include "StoredPeople.h"
#include "StoredRecords.h"
#include "storage/Database.h"

#include <QCoreApplication>

namespace kith::interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::interchange::Importer", text);
}

// The match keys of the batch rows planned so far; the first row with a key keeps it.
struct BatchKeys
{
    QHash<QString, qsizetype> uids;
    QHash<QString, qsizetype> profiles;
    QHash<QString, qsizetype> emails;
    QHash<QString, QList<qsizetype>> names;
};

// Whether a profile of a kind both people have says they are different people: a LinkedIn
// namesake has another LinkedIn address.
bool profilesContradict(const Person &a, const Person &b)
{
    for (const ProfileLink &mine : a.profiles) {
        if (!identifiesPerson(mine.kind))
            continue;
        bool theirsOfKind = false;
        bool shared = false;
        for (const ProfileLink &theirs : b.profiles) {
            if (theirs.kind != mine.kind)
                continue;
            theirsOfKind = true;
            for (const ProfileLink &other : a.profiles) {
                if (other.kind == mine.kind && profileKey(other.url) == profileKey(theirs.url))
                    shared = true;
            }
        }
        if (theirsOfKind && !shared)
            return true;
    }
    return false;
}

bool worksAt(const Person &person, const QString &companyKey)
{
    if (companyKey.isEmpty())
        return false;
    for (const Role &role : person.roles) {
        if (organizationKey(role.organizationName) == companyKey)
            return true;
    }
    return false;
}

class Planner
{
public:
    Planner(ImportPlan &plan, const StoredPeople &stored)
        : m_plan(plan)
        , m_stored(stored)
        , m_origin(originOfFormat(plan.batch.format))
    {}

    void planPeople();
    void planRecommendations(const QSet<QString> &storedKeys);
    void planInteractions(const QSet<QString> &storedUids);
    void planEvents(const StoredEvents &stored);
    void planOrganizations(const QHash<QString, Id> &stored);

private:
    void planPerson(qsizetype row);
    void matchStored(PlannedPerson &planned, Id id, MatchReason reason, const IncomingPerson &in);
    void matchRow(PlannedPerson &planned, qsizetype row, MatchReason reason);
    void remember(qsizetype row, const Person &person, const QString &name);
    PersonRef resolveName(const QString &name, const QString &company, const QString &title,
                          const QDate &since);
    QString ownerToken(const PersonRef &ref) const;
    void reject(const SourceLocation &where, const QString &reason)
    {
        m_plan.rejected.append({where, reason});
    }

    ImportPlan &m_plan;
    const StoredPeople &m_stored;
    Origin m_origin;
    BatchKeys m_batch;
    QHash<QString, qsizetype> m_named; // name key → index into namedPeople
};

void Planner::planPeople()
{
    m_plan.people.reserve(m_plan.batch.people.size());
    for (qsizetype row = 0; row < m_plan.batch.people.size(); ++row)
        planPerson(row);
}

void Planner::planPerson(qsizetype row)
{
    IncomingPerson &in = m_plan.batch.people[row];
    Person &person = in.person;
    normalizePerson(person);
    PlannedPerson planned;
    if (const QString why = rejectionOf(person); !why.isEmpty()) {
        planned.status = RowStatus::Rejected;
        planned.action = RowAction::Skip;
        planned.rejection = why;
        reject(in.where, why);
        m_plan.people.append(planned);
        return;
    }

    const QString name = personNameKey(person);
    QStringList profiles, emails;
    for (const ProfileLink &profile : std::as_const(person.profiles)) {
        if (identifiesPerson(profile.kind))
            profiles.append(profileKey(profile.url));
    }
    for (const ContactPoint &email : std::as_const(person.emails))
        emails.append(emailKey(email.value));

    const auto firstIn = [](const QHash<QString, qsizetype> &index, const QStringList &keys) {
        for (const QString &key : keys) {
            if (const auto it = index.constFind(key); it != index.cend())
                return std::optional<qsizetype>(*it);
        }
        return std::optional<qsizetype>();
    };
    const auto firstStored = [&](const QStringList &keys, auto lookup) {
        for (const QString &key : keys) {
            if (std::optional<Id> id = (m_stored.*lookup)(key))
                return id;
        }
        return std::optional<Id>();
    };

    // Strongest evidence first; within a kind, the file listing someone twice before a
    // stored match, so the second listing does not merge twice.
    std::optional<qsizetype> earlier;
    std::optional<Id> stored;
    if (!person.uid.isEmpty() && (earlier = firstIn(m_batch.uids, {person.uid}))) {
        matchRow(planned, *earlier, MatchReason::Uid);
    } else if (!person.uid.isEmpty() && (stored = m_stored.byUid(person.uid))) {
        matchStored(planned, *stored, MatchReason::Uid, in);
    } else if ((earlier = firstIn(m_batch.profiles, profiles))) {
        matchRow(planned, *earlier, MatchReason::ProfileUrl);
    } else if ((stored = firstStored(profiles, &StoredPeople::byProfile))) {
        matchStored(planned, *stored, MatchReason::ProfileUrl, in);
    } else if ((earlier = firstIn(m_batch.emails, emails))) {
        matchRow(planned, *earlier, MatchReason::Email);
    } else if ((stored = firstStored(emails, &StoredPeople::byEmail))) {
        matchStored(planned, *stored, MatchReason::Email, in);
    } else {
        for (qsizetype candidate : m_batch.names.value(name)) {
            if (!profilesContradict(person, m_plan.batch.people[candidate].person)) {
                matchRow(planned, candidate, MatchReason::Name);
                break;
            }
        }
        if (planned.status == RowStatus::New) {
            for (Id candidate : m_stored.byName(name)) {
                if (!profilesContradict(person, *m_stored.byId(candidate))) {
                    matchStored(planned, candidate, MatchReason::Name, in);
                    break;
                }
            }
        }
    }
    remember(row, person, name);
    m_plan.people.append(planned);
}

void Planner::matchStored(PlannedPerson &planned, Id id, MatchReason reason,
                          const IncomingPerson &in)
{
    const Person *stored = m_stored.byId(id);
    const bool update = reason == MatchReason::Uid || reason == MatchReason::ProfileUrl;
    planned.status = update ? RowStatus::Update : RowStatus::Duplicate;
    planned.reason = reason;
    planned.match = id;
    planned.matchName = stored->displayName;
    planned.action = defaultAction(planned.status, reason);
    Person merged = *stored;
    planned.changes = mergeInto(merged, in.person, {in.rolesAsOf, m_plan.today});
}

void Planner::matchRow(PlannedPerson &planned, qsizetype row, MatchReason reason)
{
    planned.status = RowStatus::Duplicate;
    planned.reason = reason;
    planned.matchedRow = row;
    planned.matchName = m_plan.batch.people[row].person.displayName;
    planned.action = RowAction::Skip;
}

void Planner::remember(qsizetype row, const Person &person, const QString &name)
{
    if (!person.uid.isEmpty() && !m_batch.uids.contains(person.uid))
        m_batch.uids.insert(person.uid, row);
    for (const ProfileLink &profile : person.profiles) {
        const QString key = profileKey(profile.url);
        if (identifiesPerson(profile.kind) && !key.isEmpty() && !m_batch.profiles.contains(key))
            m_batch.profiles.insert(key, row);
    }
    for (const ContactPoint &email : person.emails) {
        const QString key = emailKey(email.value);
        if (!key.isEmpty() && !m_batch.emails.contains(key))
            m_batch.emails.insert(key, row);
    }
    if (!name.isEmpty())
        m_batch.names[name].append(row);
}

PersonRef Planner::resolveName(const QString &name, const QString &company, const QString &title,
                               const QDate &since)
{
    const QString key = nameKey(name);
    if (key.isEmpty())
        return {};
    const QString companyKey = organizationKey(company);
    const auto best = [&](const auto &candidates, auto personOf) {
        for (const auto &candidate : candidates) {
            if (worksAt(personOf(candidate), companyKey))
                return candidate;
        }
        return candidates.first();
    };
    QList<qsizetype> rows;
    for (qsizetype row : m_batch.names.value(key)) {
        if (m_plan.people[row].status != RowStatus::Rejected)
            rows.append(row);
    }
    if (!rows.isEmpty()) {
        return {
            PersonRef::Kind::BatchRow,
            best(rows,
                 [&](qsizetype row) -> const Person & { return m_plan.batch.people[row].person; }),
            0};
    }
    if (const QList<Id> ids = m_stored.byName(key); !ids.isEmpty())
        return {PersonRef::Kind::Stored, -1,
                best(ids, [&](Id id) -> const Person & { return *m_stored.byId(id); })};
    if (const auto it = m_named.constFind(key); it != m_named.cend())
        return {PersonRef::Kind::NewPerson, *it, 0};

    Person person;
    person.displayName = name.simplified();
    person.origin = m_origin;
    person.knownSince = since;
    if (!company.trimmed().isEmpty() || !title.trimmed().isEmpty()) {
        Role role;
        role.organizationName = company.trimmed();
        role.title = title.trimmed();
        person.roles.append(role);
    }
    if (!rejectionOf(person).isEmpty())
        return {};
    m_named.insert(key, m_plan.namedPeople.size());
    m_plan.namedPeople.append(person);
    return {PersonRef::Kind::NewPerson, m_plan.namedPeople.size() - 1, 0};
}

// Whose a recommendation is, for recognising one stored by an earlier import: the stored
// person a batch row goes to with its default action, or the row itself.
QString Planner::ownerToken(const PersonRef &ref) const
{
    switch (ref.kind) {
    case PersonRef::Kind::Stored:
        return QString::number(ref.id);
    case PersonRef::Kind::BatchRow: {
        qsizetype row = ref.index;
        while (m_plan.people[row].action != RowAction::Create) {
            const PlannedPerson &planned = m_plan.people[row];
            if (planned.match)
                return QString::number(*planned.match);
            if (!planned.matchedRow)
                break;
            row = *planned.matchedRow;
        }
        return QStringLiteral("row:%1").arg(row);
    }
    case PersonRef::Kind::NewPerson:
        return QStringLiteral("named:%1").arg(ref.index);
    case PersonRef::Kind::None:
        break;
    }
    return {};
}

void Planner::planRecommendations(const QSet<QString> &storedKeys)
{
    QSet<QString> seen;
    for (const IncomingRecommendation &in : std::as_const(m_plan.batch.recommendations)) {
        PlannedRecord planned;
        PersonRef ref;
        if (in.personIndex && *in.personIndex >= 0 && *in.personIndex < m_plan.people.size()) {
            if (m_plan.people[*in.personIndex].status != RowStatus::Rejected)
                ref = {PersonRef::Kind::BatchRow, *in.personIndex, 0};
        } else {
            ref = resolveName(in.personName, in.personCompany, in.personTitle,
                              in.recommendation.completedOn);
        }
        Recommendation check = in.recommendation;
        check.personId = 1; // whoever it is, they will exist
        QString why = firstProblem(validation::check(check));
        if (ref.kind == PersonRef::Kind::None && why.isEmpty())
            why = in.personName.trimmed().isEmpty()
                      ? tr("The recommendation names nobody.")
                      : tr("The person it concerns, %1, cannot be stored.").arg(in.personName);
        if (!why.isEmpty()) {
            planned.status = RecordStatus::Rejected;
            reject(in.where, why);
        } else {
            planned.people = {ref};
            const QString key =
                recommendationKey(ownerToken(ref), in.recommendation.direction,
                                  in.recommendation.completedOn, in.recommendation.text);
            if (storedKeys.contains(key) || seen.contains(key))
                planned.status = RecordStatus::AlreadyImported;
            seen.insert(key);
        }
        m_plan.recommendations.append(planned);
    }
}

void Planner::planInteractions(const QSet<QString> &storedUids)
{
    QSet<QString> seen;
    for (const IncomingInteraction &in : std::as_const(m_plan.batch.interactions)) {
        PlannedRecord planned;
        for (qsizetype row : in.personIndexes) {
            if (row >= 0 && row < m_plan.people.size() &&
                m_plan.people[row].status != RowStatus::Rejected)
                planned.people.append({PersonRef::Kind::BatchRow, row, 0});
        }
        for (const QString &name : in.personNames) {
            if (PersonRef ref = resolveName(name, {}, {}, in.interaction.date);
                ref.kind != PersonRef::Kind::None)
                planned.people.append(ref);
        }
        Interaction check = in.interaction;
        check.personIds = QList<Id>(planned.people.size(), 1);
        check.eventId.reset(); // imported interactions are not tied to stored events
        if (const QString why = firstProblem(validation::check(check)); !why.isEmpty()) {
            planned.status = RecordStatus::Rejected;
            reject(in.where, why);
        } else if (!in.interaction.uid.isEmpty() &&
                   (storedUids.contains(in.interaction.uid) || seen.contains(in.interaction.uid))) {
            planned.status = RecordStatus::AlreadyImported;
        }
        if (!in.interaction.uid.isEmpty())
            seen.insert(in.interaction.uid);
        m_plan.interactions.append(planned);
    }
}

void Planner::planEvents(const StoredEvents &stored)
{
    QSet<QString> seenUids, seenKeys;
    for (IncomingEvent &in : m_plan.batch.events) {
        Event &event = in.event;
        event.name = event.name.trimmed();
        event.participants.clear(); // files name no stored people by id
        PlannedRecord planned;
        Event check = event;
        if (!in.organizerName.trimmed().isEmpty())
            check.organizerId = 1;
        const QString key = eventKey(event.name, event.startDate);
        if (const QString why = firstProblem(validation::check(check)); !why.isEmpty()) {
            planned.status = RecordStatus::Rejected;
            reject(in.where, why);
        } else if (!event.uid.isEmpty() && seenUids.contains(event.uid)) {
            planned.status = RecordStatus::AlreadyImported;
        } else if (const auto it = stored.byUid.constFind(event.uid);
                   !event.uid.isEmpty() && it != stored.byUid.cend()) {
            const Event &match = stored.events[*it];
            planned.match = match.id;
            planned.status =
                eventDiffers(match, event) ? RecordStatus::Update : RecordStatus::AlreadyImported;
        } else if (seenKeys.contains(key) || stored.byNameAndDay.contains(key)) {
            planned.status = RecordStatus::AlreadyImported;
        }
        if (!event.uid.isEmpty())
            seenUids.insert(event.uid);
        seenKeys.insert(key);
        m_plan.events.append(planned);
    }
}

void Planner::planOrganizations(const QHash<QString, Id> &stored)
{
    QSet<QString> seen;
    const auto need = [&](const QString &name) {
        const QString key = organizationKey(name);
        if (key.isEmpty() || stored.contains(key) || seen.contains(key))
            return;
        seen.insert(key);
        m_plan.newOrganizations.append(name.trimmed());
    };
    for (qsizetype row = 0; row < m_plan.people.size(); ++row) {
        const PlannedPerson &planned = m_plan.people[row];
        if (planned.action == RowAction::Create && planned.status != RowStatus::Rejected) {
            for (const Role &role : m_plan.batch.people[row].person.roles)
                need(role.organizationName);
        } else if (planned.action == RowAction::Merge) {
            for (const FieldChange &change : planned.changes) {
                if (change.field == QLatin1String("organization"))
                    need(change.after);
            }
        }
    }
    for (const Person &person : std::as_const(m_plan.namedPeople)) {
        for (const Role &role : person.roles)
            need(role.organizationName);
    }
    for (qsizetype i = 0; i < m_plan.events.size(); ++i) {
        if (m_plan.events[i].status == RecordStatus::New)
            need(m_plan.batch.events[i].organizerName);
    }
}

} // namespace

Result<ImportPlan> planImport(const Database &db, ImportBatch batch)
{
    ImportPlan plan;
    plan.today = db.now().toLocalTime().date();
    plan.batch = std::move(batch);
    plan.rejected = plan.batch.rejected;

    Result<StoredPeople> stored = StoredPeople::load(db);
    if (!stored)
        return stored.error();
    Result<QSet<QString>> recommendationKeys = loadRecommendationKeys(db);
    if (!recommendationKeys)
        return recommendationKeys.error();
    Result<QSet<QString>> interactionUids = loadInteractionUids(db);
    if (!interactionUids)
        return interactionUids.error();
    Result<StoredEvents> events = StoredEvents::load(db);
    if (!events)
        return events.error();
    Result<QHash<QString, Id>> organizations = loadOrganizationIds(db);
    if (!organizations)
        return organizations.error();

    Planner planner(plan, *stored);
    planner.planPeople();
    planner.planRecommendations(*recommendationKeys);
    planner.planInteractions(*interactionUids);
    planner.planEvents(*events);
    planner.planOrganizations(*organizations);
    return plan;
}

} // namespace kith::interchange
