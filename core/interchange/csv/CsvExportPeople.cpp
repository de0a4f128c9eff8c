#include "CsvExportLists.h"
#include "ExportTables.h"
#include "KithColumns.h"

namespace kith::csv::lists {

namespace {

struct CurrentRole
{
    QString title;
    QString organization;
    QString start; // ISO date; empty sorts first, as an invalid QDate does
};

// Each person's current role as Person::currentRole() picks it: the open role that started
// last, the first in the person's order among equals.
Result<QHash<Id, CurrentRole>> currentRoles(const Database &db)
{
    QHash<Id, CurrentRole> roles;
    TableReader rows(db, "SELECT r.person_id, r.title, o.name, r.start_date FROM role r "
                         "LEFT JOIN organization o ON o.id = r.organization_id "
                         "WHERE r.end_date IS NULL ORDER BY r.person_id, r.position, r.id");
    while (rows.next()) {
        const Id person = rows.integer(0);
        const QString start = rows.text(3);
        const auto it = roles.constFind(person);
        if (it == roles.cend() || start > it->start)
            roles.insert(person, {rows.text(1), rows.text(2), start});
    }
    if (Status status = rows.status(); !status)
        return status.error();
    return roles;
}

struct Profiles
{
    QHash<Id, QString> linkedIn;
    QHash<Id, QString> website;
};

Result<Profiles> firstProfiles(const Database &db)
{
    Profiles profiles;
    TableReader rows(db, "SELECT person_id, kind, url FROM person_profile "
                         "WHERE kind IN ('linkedin', 'website') ORDER BY person_id, position, id");
    while (rows.next()) {
        QHash<Id, QString> &target =
            rows.text(1) == QLatin1String("linkedin") ? profiles.linkedIn : profiles.website;
        if (!target.contains(rows.integer(0)))
            target.insert(rows.integer(0), rows.text(2));
    }
    if (Status status = rows.status(); !status)
        return status.error();
    return profiles;
}

} // namespace

Status people(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, CurrentRole>> roles = currentRoles(db);
    Result<Profiles> profiles = firstProfiles(db);
    Result<QHash<Id, QStringList>> emails = textsByOwner(
        db, "SELECT person_id, email FROM person_email ORDER BY person_id, position, id");
    Result<QHash<Id, QStringList>> phones = textsByOwner(
        db, "SELECT person_id, phone FROM person_phone ORDER BY person_id, position, id");
    Result<QHash<Id, QStringList>> relationships =
        textsByOwner(db, "SELECT person_id, kind FROM person_relationship");
    Result<QHash<Id, QStringList>> tags =
        textsByOwner(db, "SELECT pt.person_id, t.name FROM person_tag pt "
                         "JOIN tag t ON t.id = pt.tag_id ORDER BY t.name COLLATE NOCASE");
    Result<QHash<Id, QString>> lastContact = textById(
        db, "SELECT person_id, max(occurred_on) FROM interaction_person GROUP BY person_id");
    for (const Status &status : {Status(roles), Status(profiles), Status(emails), Status(phones),
                                 Status(relationships), Status(tags), Status(lastContact)}) {
        if (!status)
            return status;
    }

    out.row(kithPeopleHeaders());
    TableReader rows(db, "SELECT id, display_name, given_name, family_name, headline, city, "
                         "region, country, cadence_days, known_since, notes FROM person "
                         "ORDER BY display_name COLLATE NOCASE, id");
    const CurrentRole noRole;
    QStringList relationshipLabels;
    while (rows.next()) {
        const Id id = rows.integer(0);
        const CurrentRole &role = roles->contains(id) ? *roles->constFind(id) : noRole;
        relationshipLabels.clear();
        for (const QString &key : relationships->value(id)) {
            const std::optional<RelationshipKind> kind = enumFromKey<RelationshipKind>(key);
            relationshipLabels.append(kind ? enumLabel(*kind) : key);
        }
        out.cell(rows.text(1)).cell(rows.text(2)).cell(rows.text(3)).cell(rows.text(4));
        out.cell(role.title).cell(role.organization);
        out.cell(joined(emails->value(id))).cell(joined(phones->value(id)));
        out.cell(profiles->linkedIn.value(id)).cell(profiles->website.value(id));
        out.cell(rows.text(5)).cell(rows.text(6)).cell(rows.text(7));
        out.cell(joined(relationshipLabels)).cell(joined(tags->value(id)));
        out.cell(rows.text(8)).cell(rows.text(9)).cell(lastContact->value(id));
        out.cell(rows.text(10));
        out.endRow();
    }
    return rows.status();
}

} // namespace kith::csv::lists
