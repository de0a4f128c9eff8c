#pragma once

#include "common/Result.h"
#include "model/Person.h"

#include <QHash>

namespace kith {
class Database;
}

namespace kith::interchange {

// What the importer and the duplicate finder compare incoming people against: every stored
// person with their names, notes, tags, contact points, profiles and roles, read with one
// query per table, and hash indexes by match key. Photos are not read: one placeholder byte
// marks a person who has one, which is all a merge needs to know.
class StoredPeople
{
public:
    static Result<StoredPeople> load(const Database &db);

    const QList<Person> &people() const { return m_people; }
    const Person *byId(Id id) const;
    std::optional<Id> byUid(const QString &uid) const;
    std::optional<Id> byProfile(const QString &profileKey) const;
    std::optional<Id> byEmail(const QString &emailKey) const;
    QList<Id> byName(const QString &nameKey) const;

private:
    QList<Person> m_people;
    QHash<Id, qsizetype> m_positions;
    QHash<QString, Id> m_uids;
    QHash<QString, Id> m_profiles; // identity profiles only (see identifiesPerson)
    QHash<QString, Id> m_emails;
    QHash<QString, QList<Id>> m_names;
};

} // namespace kith::interchange
