#include "DuplicateFinder.h"

#include "MatchKeys.h"
#include "PersonMerge.h"
#include "StoredPeople.h"
#include "StoredRecords.h"
#include "storage/Database.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QMap>

namespace kith::interchange {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::interchange::DuplicateFinder", text);
}

// A name shared by more people than this is too common to mean anything on its own.
constexpr qsizetype maxNameGroup = 50;

class UnionFind
{
public:
    qsizetype find(qsizetype x)
    {
        while (m_parent.value(x, x) != x) {
            const qsizetype parent = m_parent.value(x);
            m_parent[x] = m_parent.value(parent, parent); // path halving
            x = m_parent[x];
        }
        return x;
    }
    void unite(qsizetype a, qsizetype b, MatchReason reason)
    {
        m_edges.append({a, reason});
        const qsizetype ra = find(a), rb = find(b);
        if (ra != rb)
            m_parent[std::max(ra, rb)] = std::min(ra, rb);
    }
    const QList<std::pair<qsizetype, MatchReason>> &edges() const { return m_edges; }

private:
    QHash<qsizetype, qsizetype> m_parent;
    QList<std::pair<qsizetype, MatchReason>> m_edges;
};

bool contradict(const Person &a, const Person &b)
{
    for (const ProfileLink &mine : a.profiles) {
        if (!identifiesPerson(mine.kind))
            continue;
        bool sameKind = false, shared = false;
        for (const ProfileLink &theirs : b.profiles) {
            if (theirs.kind == mine.kind) {
                sameKind = true;
                shared = shared || profileKey(theirs.url) == profileKey(mine.url);
            }
        }
        if (sameKind && !shared)
            return true;
    }
    return false;
}

bool sameRole(const Role &a, const Role &b)
{
    return a.organizationId == b.organizationId &&
           organizationKey(a.organizationName) == organizationKey(b.organizationName) &&
           a.title.simplified().toCaseFolded() == b.title.simplified().toCaseFolded() &&
           a.start == b.start && a.end == b.end;
}

// Everything of `other` that `keep` lacks, with roles kept as history rather than read as a
// job change.
void absorb(Person &keep, const Person &other, const QList<Id> &leaving, const QDate &today)
{
    Person withoutRoles = other;
    withoutRoles.roles.clear();
    (void)mergeInto(keep, withoutRoles, {QDate(), today});
    for (Role role : other.roles) {
        const bool known = std::any_of(keep.roles.cbegin(), keep.roles.cend(),
                                       [&](const Role &mine) { return sameRole(mine, role); });
        if (!known) {
            role.id = 0;
            keep.roles.append(role);
        }
    }
    const auto usable = [&](std::optional<Id> id) {
        return id && *id != keep.id && !leaving.contains(*id);
    };
    if (!keep.introducedById && usable(other.introducedById))
        keep.introducedById = other.introducedById;
    if (!keep.metAtEventId)
        keep.metAtEventId = other.metAtEventId;
    if (!keep.metInGroupId)
        keep.metInGroupId = other.metInGroupId;
    if (!keep.contactSnoozedUntil.isValid())
        keep.contactSnoozedUntil = other.contactSnoozedUntil;
    if (keep.uid.isEmpty())
        keep.uid = other.uid; // free once `other` is deleted, before `keep` is saved
}

} // namespace

Result<QList<DuplicateGroup>> findDuplicatePeople(const Database &db)
{
    Result<StoredPeople> stored = StoredPeople::load(db);
    if (!stored)
        return stored.error();
    const QList<Person> &people = stored->people();
    UnionFind groups;
    QHash<QString, qsizetype> profiles, emails;
    QHash<QString, QList<qsizetype>> names;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const Person &person = people[i];
        for (const ProfileLink &profile : person.profiles) {
            const QString key = profileKey(profile.url);
            if (!identifiesPerson(profile.kind) || key.isEmpty())
                continue;
            if (const auto it = profiles.constFind(key); it != profiles.cend())
                groups.unite(*it, i, MatchReason::ProfileUrl);
            else
                profiles.insert(key, i);
        }
        for (const ContactPoint &email : person.emails) {
            const QString key = emailKey(email.value);
            if (key.isEmpty())
                continue;
            if (const auto it = emails.constFind(key); it != emails.cend())
                groups.unite(*it, i, MatchReason::Email);
            else
                emails.insert(key, i);
        }
        if (const QString key = personNameKey(person); !key.isEmpty())
            names[key].append(i);
    }
    for (const QList<qsizetype> &same : std::as_const(names)) {
        if (same.size() < 2 || same.size() > maxNameGroup)
            continue;
        for (qsizetype a = 0; a < same.size(); ++a) {
            for (qsizetype b = a + 1; b < same.size(); ++b) {
                if (!contradict(people[same[a]], people[same[b]]))
                    groups.unite(same[a], same[b], MatchReason::Name);
            }
        }
    }

    QMap<qsizetype, DuplicateGroup> byRoot;
    for (const auto &[member, reason] : groups.edges()) {
        DuplicateGroup &group = byRoot[groups.find(member)];
        if (!group.reasons.contains(reason))
            group.reasons.append(reason);
    }
    for (qsizetype i = 0; i < people.size(); ++i) {
        if (const auto it = byRoot.find(groups.find(i)); it != byRoot.end())
            it->people.append(people[i].id);
    }
    QList<DuplicateGroup> result;
    for (DuplicateGroup &group : byRoot) {
        std::sort(group.people.begin(), group.people.end());
        std::sort(group.reasons.begin(), group.reasons.end());
        result.append(group);
    }
    return result;
}

Status mergePeople(Database &db, Id keep, const QList<Id> &others)
{
    QList<Id> leaving;
    for (Id id : others) {
        if (id != keep && !leaving.contains(id))
            leaving.append(id);
    }
    if (leaving.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose at least one other person to merge."));

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    PersonStore store(db);
    Result<Person> kept = store.get(keep);
    if (!kept)
        return kept.error();
    const QDate today = db.now().toLocalTime().date();
    for (Id id : leaving) {
        Result<Person> other = store.get(id);
        if (!other)
            return other.error();
        absorb(*kept, *other, leaving, today);
    }

    // Links to the people leaving move to the one who stays. Rows the kept person already
    // has (the same interaction, group or event role) are left behind and go with them.
    // Statements bind (kept, leaving), and the kept id once more where it appears again.
    const QList<std::pair<const char *, bool>> moves = {
        {"UPDATE OR IGNORE interaction_person SET person_id = ? WHERE person_id = ?", false},
        {"UPDATE recommendation SET person_id = ? WHERE person_id = ?", false},
        {"UPDATE membership SET person_id = ? WHERE person_id = ?", false},
        {"UPDATE OR IGNORE group_member SET person_id = ? WHERE person_id = ?", false},
        {"UPDATE OR IGNORE event_participant SET person_id = ? WHERE person_id = ?", false},
        {"UPDATE person SET introduced_by_id = ? WHERE introduced_by_id = ? AND id <> ?", true},
        {"UPDATE online_group SET discovered_via_person_id = ? WHERE discovered_via_person_id = ?",
         false},
    };
    const QString doing = tr("Merging into %1").arg(kept->displayName);
    for (const auto &[statement, keptTwice] : moves) {
        Query move(db, QString::fromLatin1(statement));
        for (Id id : leaving) {
            move.bind(keep).bind(id);
            if (keptTwice)
                move.bind(keep);
            if (Status status = move.exec(doing); !status)
                return status;
        }
    }
    if (Status status = store.remove(leaving); !status)
        return status;
    if (Status status = store.update(*kept); !status)
        return status;
    return tx.commit();
}

} // namespace kith::interchange
