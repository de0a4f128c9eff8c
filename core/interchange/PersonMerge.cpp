#include "PersonMerge.h"

#include "MatchKeys.h"

#include <QCoreApplication>
#include <QSet>

namespace kith::interchange {

namespace {

QString folded(const QString &text)
{
    return text.simplified().toCaseFolded();
}

void fillEmpty(QString &target, const QString &incoming, const char *field,
               QList<FieldChange> &changes)
{
    if (target.trimmed().isEmpty() && !incoming.trimmed().isEmpty()) {
        target = incoming.trimmed();
        changes.append({QLatin1String(field), {}, target});
    }
}

// Whether the stored roles already know something newer than the file's day.
bool fileIsOlder(const Person &target, const QDate &rolesAsOf)
{
    if (!rolesAsOf.isValid())
        return false;
    for (const Role &role : target.roles) {
        if ((role.end.isValid() && role.end > rolesAsOf) ||
            (role.start.isValid() && role.start > rolesAsOf))
            return true;
    }
    return false;
}

void mergeRoles(Person &target, const Person &incoming, const MergeRules &rules,
                QList<FieldChange> &changes)
{
    const Role *offered = incoming.currentRole();
    if (!offered)
        return;
    const QString organization = offered->organizationName.trimmed();
    const QString title = offered->title.trimmed();
    if ((organization.isEmpty() && title.isEmpty()) || fileIsOlder(target, rules.rolesAsOf))
        return;

    Role *current = nullptr;
    for (Role &role : target.roles) {
        if (role.isCurrent() && (!current || role.start > current->start))
            current = &role;
    }
    Role added;
    added.organizationName = organization;
    added.title = title;
    added.start = offered->start;
    if (!current) {
        target.roles.append(added);
        if (!organization.isEmpty())
            changes.append({QStringLiteral("organization"), {}, organization});
        if (!title.isEmpty())
            changes.append({QStringLiteral("title"), {}, title});
        return;
    }
    const bool sameOrganization =
        organization.isEmpty() || folded(organization) == folded(current->organizationName);
    const bool sameTitle = title.isEmpty() || folded(title) == folded(current->title);
    if (sameOrganization && sameTitle)
        return;

    // What the file leaves out stays as it was: a new title at the same organization.
    if (organization.isEmpty()) {
        added.organizationName = current->organizationName;
        added.organizationId = current->organizationId;
    }
    if (!sameOrganization)
        changes.append({QStringLiteral("organization"), current->organizationName, organization});
    if (!sameTitle)
        changes.append({QStringLiteral("title"), current->title, title});
    QDate end = rules.rolesAsOf.isValid() ? rules.rolesAsOf : rules.today;
    if (current->start.isValid() && end < current->start)
        end = current->start;
    current->end = end;
    if (added.start.isValid() && added.start < end)
        added.start = QDate(); // a start before the old job ended is not the file's to say
    target.roles.append(added);
}

} // namespace

QString phoneKey(QStringView phone)
{
    QString key;
    key.reserve(phone.size());
    for (QChar c : phone) {
        if (c.isDigit() || (c == QLatin1Char('+') && key.isEmpty()))
            key.append(c);
    }
    return key;
}

QList<FieldChange> mergeInto(Person &target, const Person &incoming, const MergeRules &rules)
{
    QList<FieldChange> changes;
    fillEmpty(target.displayName, incoming.displayName, "displayName", changes);
    fillEmpty(target.givenName, incoming.givenName, "givenName", changes);
    fillEmpty(target.familyName, incoming.familyName, "familyName", changes);
    fillEmpty(target.headline, incoming.headline, "headline", changes);
    if (target.location.isEmpty() && !incoming.location.isEmpty()) {
        target.location = incoming.location;
        changes.append({QStringLiteral("location"), {}, target.location.display()});
    }
    mergeRoles(target, incoming, rules, changes);

    QSet<QString> emails;
    for (const ContactPoint &email : std::as_const(target.emails))
        emails.insert(emailKey(email.value));
    for (const ContactPoint &email : incoming.emails) {
        if (const QString key = emailKey(email.value); !key.isEmpty() && !emails.contains(key)) {
            emails.insert(key);
            target.emails.append(email);
            changes.append({QStringLiteral("email"), {}, email.value});
        }
    }
    QSet<QString> phones;
    for (const ContactPoint &phone : std::as_const(target.phones))
        phones.insert(phoneKey(phone.value));
    for (const ContactPoint &phone : incoming.phones) {
        if (const QString key = phoneKey(phone.value); !key.isEmpty() && !phones.contains(key)) {
            phones.insert(key);
            target.phones.append(phone);
            changes.append({QStringLiteral("phone"), {}, phone.value});
        }
    }
    QSet<QString> profiles;
    for (const ProfileLink &profile : std::as_const(target.profiles))
        profiles.insert(profileKey(profile.url));
    for (const ProfileLink &profile : incoming.profiles) {
        if (const QString key = profileKey(profile.url);
            !key.isEmpty() && !profiles.contains(key)) {
            profiles.insert(key);
            target.profiles.append(profile);
            changes.append({QStringLiteral("profile"), {}, profile.url});
        }
    }
    for (const QString &tag : incoming.tags) {
        if (!target.tags.contains(tag, Qt::CaseInsensitive)) {
            target.tags.append(tag);
            changes.append({QStringLiteral("tag"), {}, tag});
        }
    }
    for (RelationshipKind kind : incoming.relationships) {
        if (!target.relationships.contains(kind))
            target.relationships.append(kind);
    }
    const QString notes = incoming.notes.trimmed();
    if (!notes.isEmpty() && !target.notes.contains(notes)) {
        target.notes = target.notes.trimmed().isEmpty()
                           ? notes
                           : target.notes.trimmed() + QStringLiteral("\n\n") + notes;
        changes.append({QStringLiteral("notes"), {}, notes});
    }
    if (incoming.knownSince.isValid() &&
        (!target.knownSince.isValid() || incoming.knownSince < target.knownSince)) {
        changes.append({QStringLiteral("knownSince"), target.knownSince.toString(Qt::ISODate),
                        incoming.knownSince.toString(Qt::ISODate)});
        target.knownSince = incoming.knownSince;
    }
    if (target.photo.isEmpty() && !incoming.photo.isEmpty()) {
        target.photo = incoming.photo;
        changes.append({QStringLiteral("photo"), {}, QStringLiteral("photo")});
    }
    if (!target.cadenceDays && incoming.cadenceDays)
        target.cadenceDays = incoming.cadenceDays;
    return changes;
}

} // namespace kith::interchange
