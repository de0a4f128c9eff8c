#include "StoredPeople.h"

#include "MatchKeys.h"
#include "TableScan.h"

namespace kith::interchange {

namespace {

// Reads the rows of one child table into the people they belong to.
template <typename Fill>
Status scan(const Database &db, const char *sql, QList<Person> &people,
            const QHash<Id, qsizetype> &positions, Fill fill)
{
    TableScan rows(db, sql);
    while (rows.next()) {
        const qsizetype position = positions.value(rows.integer(0), -1);
        if (position >= 0)
            fill(people[position], rows);
    }
    return rows.status();
}

void insertFirst(QHash<QString, Id> &index, const QString &key, Id id)
{
    if (!key.isEmpty() && !index.contains(key))
        index.insert(key, id);
}

} // namespace

Result<StoredPeople> StoredPeople::load(const Database &db)
{
    StoredPeople stored;
    QList<Person> &people = stored.m_people;
    {
        TableScan rows(db, "SELECT id, uid, display_name, given_name, family_name, headline, "
                           "city, region, country, known_since, notes, cadence_days "
                           "FROM person ORDER BY id");
        while (rows.next()) {
            Person p;
            p.id = rows.integer(0);
            p.uid = rows.text(1);
            p.displayName = rows.text(2);
            p.givenName = rows.text(3);
            p.familyName = rows.text(4);
            p.headline = rows.text(5);
            p.location = {rows.text(6), rows.text(7), rows.text(8)};
            p.knownSince = rows.date(9);
            p.notes = rows.text(10);
            if (!rows.isNull(11))
                p.cadenceDays = int(rows.integer(11));
            stored.m_positions.insert(p.id, people.size());
            people.append(std::move(p));
        }
        if (Status status = rows.status(); !status)
            return status.error();
    }
    const QHash<Id, qsizetype> &positions = stored.m_positions;
    Status status =
        scan(db, "SELECT person_id, email, label FROM person_email ORDER BY position, id", people,
             positions, [](Person &p, const TableScan &row) {
                 p.emails.append({row.text(1), row.text(2)});
             });
    if (status)
        status = scan(db, "SELECT person_id, phone, label FROM person_phone ORDER BY position, id",
                      people, positions, [](Person &p, const TableScan &row) {
                          p.phones.append({row.text(1), row.text(2)});
                      });
    if (status)
        status = scan(db, "SELECT person_id, kind, url FROM person_profile ORDER BY position, id",
                      people, positions, [](Person &p, const TableScan &row) {
                          p.profiles.append(
                              {enumFromKey<ProfileKind>(row.text(1)).value_or(ProfileKind::Other),
                               row.text(2)});
                      });
    if (status)
        status = scan(db,
                      "SELECT r.person_id, r.id, r.organization_id, o.name, r.title, "
                      "r.start_date, r.end_date FROM role r LEFT JOIN organization o "
                      "ON o.id = r.organization_id ORDER BY r.position, r.id",
                      people, positions, [](Person &p, const TableScan &row) {
                          Role role;
                          role.id = row.integer(1);
                          if (!row.isNull(2))
                              role.organizationId = row.integer(2);
                          role.organizationName = row.text(3);
                          role.title = row.text(4);
                          role.start = row.date(5);
                          role.end = row.date(6);
                          p.roles.append(std::move(role));
                      });
    if (status)
        status = scan(db,
                      "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t "
                      "ON t.id = pt.tag_id ORDER BY t.name",
                      people, positions,
                      [](Person &p, const TableScan &row) { p.tags.append(row.text(1)); });
    if (status)
        status = scan(db, "SELECT person_id FROM person_photo", people, positions,
                      [](Person &p, const TableScan &) { p.photo = QByteArray(1, '\0'); });
    if (!status)
        return status.error();

    stored.m_names.reserve(people.size());
    for (const Person &p : std::as_const(people)) {
        if (!p.uid.isEmpty())
            stored.m_uids.insert(p.uid, p.id);
        // The first person with a key keeps it: stored duplicates are findDuplicatePeople's.
        for (const ProfileLink &profile : p.profiles) {
            if (identifiesPerson(profile.kind))
                insertFirst(stored.m_profiles, profileKey(profile.url), p.id);
        }
        for (const ContactPoint &email : p.emails)
            insertFirst(stored.m_emails, emailKey(email.value), p.id);
        if (QString name = personNameKey(p); !name.isEmpty())
            stored.m_names[name].append(p.id);
    }
    return stored;
}

const Person *StoredPeople::byId(Id id) const
{
    const qsizetype position = m_positions.value(id, -1);
    return position >= 0 ? &m_people.at(position) : nullptr;
}

std::optional<Id> StoredPeople::byUid(const QString &uid) const
{
    if (const auto it = m_uids.constFind(uid); it != m_uids.cend())
        return *it;
    return std::nullopt;
}

std::optional<Id> StoredPeople::byProfile(const QString &key) const
{
    if (const auto it = m_profiles.constFind(key); it != m_profiles.cend())
        return *it;
    return std::nullopt;
}

std::optional<Id> StoredPeople::byEmail(const QString &key) const
{
    if (const auto it = m_emails.constFind(key); it != m_emails.cend())
        return *it;
    return std::nullopt;
}

QList<Id> StoredPeople::byName(const QString &key) const
{
    return m_names.value(key);
}

} // namespace kith::interchange
