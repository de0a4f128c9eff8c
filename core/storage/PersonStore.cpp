#include "PersonStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::PersonStore", text);
}

// Columns of a person row, in the order readPerson() expects them.
const QString personColumns = QStringLiteral(
    "id, uid, display_name, given_name, family_name, headline, city, region, country, "
    "met_at_event_id, met_in_group_id, introduced_by_id, cadence_days, notes, known_since, "
    "origin, created_at, updated_at, contact_snoozed_until");

Person readPerson(const Query &q)
{
    Person p;
    p.id = q.integer(0);
    p.uid = q.string(1);
    p.displayName = q.string(2);
    p.givenName = q.string(3);
    p.familyName = q.string(4);
    p.headline = q.string(5);
    p.location = {q.string(6), q.string(7), q.string(8)};
    p.metAtEventId = q.optionalId(9);
    p.metInGroupId = q.optionalId(10);
    p.introducedById = q.optionalId(11);
    p.cadenceDays = sql::toOptionalInt(q.value(12));
    p.notes = q.string(13);
    p.knownSince = q.date(14);
    p.origin = sql::toEnum(q.value(15), Origin::Manual);
    p.timestamps = {sql::toDateTime(q.value(16)), sql::toDateTime(q.value(17))};
    p.contactSnoozedUntil = q.date(18);
    return p;
}

// The ORDER BY of each sort, over the column aliases of listSelect(); the id breaks ties so
// paging is stable.
QString orderBy(PersonSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case PersonSort::Name:
        key = QStringLiteral("display_name COLLATE NOCASE");
        break;
    case PersonSort::Organization:
        key = QStringLiteral("organization COLLATE NOCASE");
        break;
    case PersonSort::Title:
        key = QStringLiteral("title COLLATE NOCASE");
        break;
    case PersonSort::City:
        key = QStringLiteral("city COLLATE NOCASE");
        break;
    case PersonSort::KnownSince:
        key = QStringLiteral("known_since");
        break;
    case PersonSort::LastContact:
        key = QStringLiteral("last_contact");
        break;
    case PersonSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

// The rows of the people list, filtered but not ordered.
QString listSelect(const Filter &filter)
{
    return QStringLiteral(
               "SELECT p.id AS id, p.display_name AS display_name, p.headline, cr.title AS title, "
               "co.name AS organization, p.city AS city, p.region, p.country, "
               "p.known_since AS known_since, p.last_contact_on AS last_contact, "
               "p.updated_at AS updated_at "
               "FROM person p "
               "LEFT JOIN role cr ON cr.id = (SELECT r.id FROM role r WHERE r.person_id = p.id "
               "AND r.end_date IS NULL ORDER BY r.start_date DESC, r.id DESC LIMIT 1) "
               "LEFT JOIN organization co ON co.id = cr.organization_id") +
           filter.sql();
}

} // namespace

Filter personFilterSql(const PersonFilter &f)
{
    Filter filter;
    filter.matching(EntityKind::Person, QStringLiteral("p.id"), f.text,
                    QStringLiteral("p.display_name"));
    filter.taggedWithAll(TagTarget::Person, QStringLiteral("p.id"), f.tags);
    if (f.relationship)
        filter.where(
            QStringLiteral("p.id IN (SELECT person_id FROM person_relationship WHERE kind = ?)"),
            {enumKey(*f.relationship)});
    if (f.employerId)
        filter.where(QStringLiteral("p.id IN (SELECT person_id FROM role WHERE organization_id = ? "
                                    "AND end_date IS NULL)"),
                     {*f.employerId});
    if (f.groupId)
        filter.where(
            QStringLiteral("p.id IN (SELECT person_id FROM group_member WHERE group_id = ?)"),
            {*f.groupId});
    if (f.eventId)
        filter.where(
            QStringLiteral("p.id IN (SELECT person_id FROM event_participant WHERE event_id = ?)"),
            {*f.eventId});
    if (f.origin)
        filter.where(QStringLiteral("p.origin = ?"), {enumKey(*f.origin)});
    if (f.knownFrom.isValid())
        filter.where(QStringLiteral("p.known_since >= ?"), {sql::date(f.knownFrom)});
    if (f.knownTo.isValid())
        filter.where(QStringLiteral("p.known_since <= ?"), {sql::date(f.knownTo)});
    if (!f.ids.isEmpty()) {
        QStringList ids;
        for (Id id : f.ids)
            ids.append(QString::number(id)); // integers, not user text
        filter.where(QStringLiteral("p.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    return filter;
}

Result<Id> PersonStore::create(const Person &input)
{
    Person person = input;
    person.id = 0;
    if (QList<FieldError> problems = validation::check(person); !problems.isEmpty())
        return Error::validation(std::move(problems));
    if (!person.knownSince.isValid())
        person.knownSince = m_db.now().toLocalTime().date();

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = write(person, true); !status)
        return status.error();
    m_db.notify({EntityKind::Person, ChangeType::Inserted, {person.id}});
    notifyLinked(person, {});
    if (Status status = tx.commit(); !status)
        return status.error();
    return person.id;
}

Status PersonStore::update(const Person &input)
{
    Person person = input;
    if (QList<FieldError> problems = validation::check(person); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QList<Id> formerEmployers = organizationsOf(person.id);
    if (Status status = write(person, false); !status)
        return status;
    m_db.notify({EntityKind::Person, ChangeType::Updated, {person.id}});
    notifyLinked(person, formerEmployers);
    return tx.commit();
}

QList<Id> PersonStore::organizationsOf(Id id) const
{
    QList<Id> ids;
    Query q(m_db, QStringLiteral("SELECT DISTINCT organization_id FROM role WHERE person_id = ? "
                                 "AND organization_id IS NOT NULL"));
    q.bind(id);
    if (q.exec()) {
        while (q.next())
            ids.append(q.integer(0));
    }
    return ids;
}

void PersonStore::notifyLinked(const Person &person, QList<Id> organizations)
{
    // Organization lists count the people working there; tag lists count uses.
    for (const Role &role : person.roles) {
        if (role.organizationId && !organizations.contains(*role.organizationId))
            organizations.append(*role.organizationId);
    }
    if (!organizations.isEmpty())
        m_db.notify({EntityKind::Organization, ChangeType::Updated, organizations});
    m_db.notify({EntityKind::Tag, ChangeType::Reset, {}});
}

Status PersonStore::write(Person &p, bool isNew)
{
    const QString doing = tr("Saving %1").arg(p.displayName);
    const QString now = m_db.timestamp();
    if (isNew) {
        Query q(
            m_db,
            QStringLiteral(
                "INSERT INTO person(uid, display_name, given_name, family_name, headline, "
                "city, region, country, met_at_event_id, met_in_group_id, "
                "introduced_by_id, cadence_days, notes, known_since, origin, created_at, "
                "updated_at, contact_snoozed_until) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        q.bind(sql::text(p.uid));
        q.bindAll(p.displayName.trimmed());
        q.bind(sql::text(p.givenName)).bind(sql::text(p.familyName)).bind(sql::text(p.headline));
        q.bind(sql::text(p.location.city)).bind(sql::text(p.location.region));
        q.bind(sql::text(p.location.country));
        q.bind(sql::id(p.metAtEventId))
            .bind(sql::id(p.metInGroupId))
            .bind(sql::id(p.introducedById));
        q.bind(sql::integer(p.cadenceDays)).bind(sql::text(p.notes)).bind(sql::date(p.knownSince));
        q.bind(sql::key(p.origin)).bind(now).bind(now).bind(sql::date(p.contactSnoozedUntil));
        if (Status status = q.exec(doing); !status)
            return status;
        p.id = q.lastInsertId();
    } else {
        Query q(m_db, QStringLiteral(
                          "UPDATE person SET uid = ?, display_name = ?, given_name = ?, "
                          "family_name = ?, headline = ?, city = ?, region = ?, country = ?, "
                          "met_at_event_id = ?, met_in_group_id = ?, introduced_by_id = ?, "
                          "cadence_days = ?, notes = ?, known_since = coalesce(?, known_since), "
                          "origin = ?, updated_at = ?, contact_snoozed_until = ? WHERE id = ?"));
        q.bind(sql::text(p.uid));
        q.bindAll(p.displayName.trimmed());
        q.bind(sql::text(p.givenName)).bind(sql::text(p.familyName)).bind(sql::text(p.headline));
        q.bind(sql::text(p.location.city)).bind(sql::text(p.location.region));
        q.bind(sql::text(p.location.country));
        q.bind(sql::id(p.metAtEventId))
            .bind(sql::id(p.metInGroupId))
            .bind(sql::id(p.introducedById));
        q.bind(sql::integer(p.cadenceDays)).bind(sql::text(p.notes)).bind(sql::date(p.knownSince));
        q.bind(sql::key(p.origin)).bind(now).bind(sql::date(p.contactSnoozedUntil)).bind(p.id);
        if (Status status = q.exec(doing); !status)
            return status;
        if (q.rowsAffected() == 0)
            return Error(ErrorCode::NotFound, tr("Person %1 no longer exists.").arg(p.id));
    }
    if (Status status = writeChildren(p); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    return {};
}

Status PersonStore::writeChildren(const Person &p)
{
    for (const char *table :
         {"person_email", "person_phone", "person_profile", "person_relationship"}) {
        Query clear(m_db,
                    QStringLiteral("DELETE FROM %1 WHERE person_id = ?").arg(QLatin1String(table)));
        clear.bind(p.id);
        if (Status status = clear.exec(); !status)
            return status;
    }
    Query email(m_db, QStringLiteral("INSERT INTO person_email(person_id, email, label, position) "
                                     "VALUES (?,?,?,?)"));
    for (qsizetype i = 0; i < p.emails.size(); ++i) {
        email.bind(p.id)
            .bind(p.emails[i].value.trimmed())
            .bind(sql::text(p.emails[i].label))
            .bind(i);
        if (Status status = email.exec(); !status)
            return status;
    }
    Query phone(m_db, QStringLiteral("INSERT INTO person_phone(person_id, phone, label, position) "
                                     "VALUES (?,?,?,?)"));
    for (qsizetype i = 0; i < p.phones.size(); ++i) {
        phone.bind(p.id)
            .bind(p.phones[i].value.trimmed())
            .bind(sql::text(p.phones[i].label))
            .bind(i);
        if (Status status = phone.exec(); !status)
            return status;
    }
    Query profile(m_db, QStringLiteral("INSERT INTO person_profile(person_id, kind, url, position) "
                                       "VALUES (?,?,?,?)"));
    for (qsizetype i = 0; i < p.profiles.size(); ++i) {
        profile.bind(p.id)
            .bind(sql::key(p.profiles[i].kind))
            .bind(p.profiles[i].url.trimmed())
            .bind(i);
        if (Status status = profile.exec(); !status)
            return status;
    }
    Query relationship(m_db,
                       QStringLiteral("INSERT OR IGNORE INTO person_relationship(person_id, kind) "
                                      "VALUES (?,?)"));
    for (RelationshipKind kind : p.relationships) {
        relationship.bind(p.id).bind(sql::key(kind));
        if (Status status = relationship.exec(); !status)
            return status;
    }

    // Roles keep their ids across edits so their history stays put.
    QStringList kept;
    for (const Role &role : p.roles) {
        if (role.id > 0)
            kept.append(QString::number(role.id));
    }
    Query dropRoles(m_db, QStringLiteral("DELETE FROM role WHERE person_id = ? AND id NOT IN (%1)")
                              .arg(kept.join(QLatin1Char(','))));
    dropRoles.bind(p.id);
    if (Status status = dropRoles.exec(); !status)
        return status;
    Query insertRole(m_db, QStringLiteral("INSERT INTO role(person_id, organization_id, title, "
                                          "start_date, end_date, position) VALUES (?,?,?,?,?,?)"));
    Query updateRole(m_db, QStringLiteral("UPDATE role SET organization_id = ?, title = ?, "
                                          "start_date = ?, end_date = ?, position = ? "
                                          "WHERE id = ? AND person_id = ?"));
    for (qsizetype i = 0; i < p.roles.size(); ++i) {
        const Role &role = p.roles[i];
        Query &q = role.id > 0 ? updateRole : insertRole;
        if (role.id <= 0)
            q.bind(p.id);
        q.bind(sql::id(role.organizationId)).bind(sql::text(role.title.trimmed()));
        q.bind(sql::date(role.start)).bind(sql::date(role.end)).bind(i);
        if (role.id > 0)
            q.bind(role.id).bind(p.id);
        if (Status status = q.exec(); !status)
            return status;
    }

    if (p.photo.isEmpty()) {
        Query clear(m_db, QStringLiteral("DELETE FROM person_photo WHERE person_id = ?"));
        clear.bind(p.id);
        if (Status status = clear.exec(); !status)
            return status;
    } else {
        Query photo(m_db, QStringLiteral(
                              "INSERT OR REPLACE INTO person_photo(person_id, data) VALUES (?,?)"));
        photo.bind(p.id).bind(p.photo);
        if (Status status = photo.exec(); !status)
            return status;
    }
    return tagLinks::set(m_db, TagTarget::Person, p.id, p.tags);
}

Result<Person> PersonStore::get(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(personColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no person with id %1.").arg(id));
    Person p = readPerson(q);

    const auto contactPoints = [&](const char *sqlText) {
        QList<ContactPoint> points;
        Query c(m_db, QString::fromLatin1(sqlText));
        c.bind(id);
        if (c.exec()) {
            while (c.next())
                points.append({c.string(0), c.string(1)});
        }
        return points;
    };
    p.emails = contactPoints(
        "SELECT email, label FROM person_email WHERE person_id = ? ORDER BY position, id");
    p.phones = contactPoints(
        "SELECT phone, label FROM person_phone WHERE person_id = ? ORDER BY position, id");

    Query profiles(m_db, QStringLiteral("SELECT kind, url FROM person_profile WHERE person_id = ? "
                                        "ORDER BY position, id"));
    profiles.bind(id);
    if (profiles.exec()) {
        while (profiles.next())
            p.profiles.append(
                {sql::toEnum(profiles.value(0), ProfileKind::Other), profiles.string(1)});
    }
    Query relationships(m_db,
                        QStringLiteral("SELECT kind FROM person_relationship WHERE person_id = ?"));
    relationships.bind(id);
    if (relationships.exec()) {
        while (relationships.next()) {
            if (auto kind = enumFromKey<RelationshipKind>(relationships.string(0)))
                p.relationships.append(*kind);
        }
        std::sort(p.relationships.begin(), p.relationships.end());
    }
    Query roles(m_db,
                QStringLiteral("SELECT r.id, r.organization_id, o.name, r.title, r.start_date, "
                               "r.end_date FROM role r LEFT JOIN organization o "
                               "ON o.id = r.organization_id WHERE r.person_id = ? "
                               "ORDER BY r.position, r.id"));
    roles.bind(id);
    if (roles.exec()) {
        while (roles.next()) {
            p.roles.append({roles.integer(0), roles.optionalId(1), roles.string(2), roles.string(3),
                            roles.date(4), roles.date(5)});
        }
    }
    Query photo(m_db, QStringLiteral("SELECT data FROM person_photo WHERE person_id = ?"));
    photo.bind(id);
    if (photo.exec() && photo.next())
        p.photo = photo.value(0).toByteArray();
    p.tags = tagLinks::of(m_db, TagTarget::Person, id);
    return p;
}

Status PersonStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status PersonStore::remove(const QList<Id> &ids)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    for (Id id : ids) {
        if (Status status = removeOne(id); !status)
            return status;
    }
    m_db.notify({EntityKind::Person, ChangeType::Removed, ids});
    // Cascades reach every kind that refers to people.
    for (EntityKind kind :
         {EntityKind::Interaction, EntityKind::Recommendation, EntityKind::Membership,
          EntityKind::Group, EntityKind::Event, EntityKind::Organization, EntityKind::Tag})
        m_db.notify({kind, ChangeType::Reset, {}});
    return tx.commit();
}

Status PersonStore::removeOne(Id id)
{
    const QString doing = tr("Deleting person %1").arg(id);
    Query orphans(
        m_db, QStringLiteral("DELETE FROM interaction WHERE id IN (SELECT interaction_id FROM "
                             "interaction_person WHERE person_id = ?) AND NOT EXISTS (SELECT 1 "
                             "FROM interaction_person o WHERE o.interaction_id = interaction.id "
                             "AND o.person_id <> ?)"));
    orphans.bind(id).bind(id);
    if (Status status = orphans.exec(doing); !status)
        return status;
    Query person(m_db, QStringLiteral("DELETE FROM person WHERE id = ?"));
    person.bind(id);
    if (Status status = person.exec(doing); !status)
        return status;
    if (person.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no person with id %1.").arg(id));
    return {};
}

Result<QList<PersonSummary>> PersonStore::list(const PersonQuery &query) const
{
    const Filter filter = personFilterSql(query.filter);
    Query q(m_db, listSelect(filter) + orderBy(query.sort, query.order) + query.page.sql());
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing people")); !status)
        return status.error();
    QList<PersonSummary> rows;
    while (q.next()) {
        rows.append({q.integer(0), q.string(1), q.string(2), q.string(3), q.string(4),
                     Location{q.string(5), q.string(6), q.string(7)}.display(), q.date(8),
                     q.date(9)});
    }
    return rows;
}

Result<std::optional<qint64>> PersonStore::position(const PersonQuery &query, Id id) const
{
    const Filter filter = personFilterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding a person in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> PersonStore::count(const PersonFilter &f) const
{
    const Filter filter = personFilterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM person p") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting people"));
}

Result<QString> PersonStore::displayName(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT display_name FROM person WHERE id = ?"));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no person with id %1.").arg(id));
    return q.string(0);
}

Status PersonStore::snoozeKeepInTouch(Id id, const QDate &until)
{
    if (!until.isValid())
        return Error::validation({{QStringLiteral("contactSnoozedUntil"), FieldProblem::Empty,
                                   tr("Choose the day to be reminded again.")}});
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Query q(m_db, QStringLiteral("UPDATE person SET contact_snoozed_until = ?, updated_at = ? "
                                 "WHERE id = ?"));
    q.bind(sql::date(until)).bind(m_db.timestamp()).bind(id);
    if (Status status = q.exec(tr("Snoozing a reminder")); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no person with id %1.").arg(id));
    m_db.notify({EntityKind::Person, ChangeType::Updated, {id}});
    return tx.commit();
}

Status PersonStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Person, EntityKind::Person, ids, tag, true);
}

Status PersonStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Person, EntityKind::Person, ids, tag, false);
}

} // namespace kith
