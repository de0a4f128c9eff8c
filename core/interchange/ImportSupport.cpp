#include "ImportSupport.h"

namespace kith::interchange {

namespace {

bool isBlank(const QString &text)
{
    return text.trimmed().isEmpty();
}

} // namespace

void normalizePerson(Person &person)
{
    person.displayName = person.displayName.simplified();
    person.givenName = person.givenName.trimmed();
    person.familyName = person.familyName.trimmed();
    if (person.displayName.isEmpty())
        person.displayName =
            QString(person.givenName + QLatin1Char(' ') + person.familyName).simplified();
    person.emails.removeIf([](const ContactPoint &point) { return isBlank(point.value); });
    for (ContactPoint &email : person.emails)
        email.value = email.value.trimmed();
    person.phones.removeIf([](const ContactPoint &point) { return isBlank(point.value); });
    person.profiles.removeIf([](const ProfileLink &link) { return isBlank(link.url); });
    for (ProfileLink &profile : person.profiles)
        profile.url = profile.url.trimmed();
    person.roles.removeIf([](const Role &role) {
        return isBlank(role.title) && isBlank(role.organizationName) && !role.organizationId;
    });
    person.tags.removeIf(isBlank);
}

QString rejectionOf(const Person &person)
{
    bool byName = false;
    for (const Role &role : person.roles)
        byName = byName || (!role.organizationId && !isBlank(role.organizationName));
    if (!byName)
        return firstProblem(validation::check(person));
    Person check = person;
    for (Role &role : check.roles) {
        if (!role.organizationId && !isBlank(role.organizationName))
            role.organizationId = 1; // found or created when the import runs
    }
    return firstProblem(validation::check(check));
}

QString firstProblem(const QList<FieldError> &problems)
{
    QStringList messages;
    for (const FieldError &problem : problems)
        messages.append(problem.message);
    return messages.join(QLatin1Char(' '));
}

Origin originOfFormat(const QString &format)
{
    if (format == QLatin1String("linkedin"))
        return Origin::LinkedIn;
    if (format == QLatin1String("vcard"))
        return Origin::VCard;
    if (format == QLatin1String("csv"))
        return Origin::Csv;
    return Origin::Manual;
}

RowAction defaultAction(RowStatus status, MatchReason reason)
{
    switch (status) {
    case RowStatus::New:
        return RowAction::Create;
    case RowStatus::Update:
        return RowAction::Merge;
    case RowStatus::Duplicate:
        return reason == MatchReason::Name ? RowAction::Skip : RowAction::Merge;
    case RowStatus::Rejected:
        break;
    }
    return RowAction::Skip;
}

} // namespace kith::interchange
