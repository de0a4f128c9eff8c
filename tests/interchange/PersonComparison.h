#pragma once

#include "model/Person.h"

#include <QStringList>

// Field-by-field comparison of people, for tests that need to say which field differs
// (Person has no operator== because its timestamps and links are not always comparable).
namespace kith::test {

enum class PersonFields
{
    All,  // every field, as PersonStore::get() gives them
    VCard // what a vCard carries: no ids, links, stamps, snooze or origin
};

inline QString describe(const QList<ContactPoint> &points)
{
    QStringList parts;
    for (const ContactPoint &point : points)
        parts.append(point.value + QLatin1Char('/') + point.label);
    return parts.join(QLatin1Char('|'));
}

inline QString describe(const QList<ProfileLink> &links)
{
    QStringList parts;
    for (const ProfileLink &link : links)
        parts.append(enumKey(link.kind) + QLatin1Char('=') + link.url);
    return parts.join(QLatin1Char('|'));
}

inline QString describe(const QList<Role> &roles, bool withIds)
{
    QStringList parts;
    for (const Role &role : roles) {
        QString text = role.organizationName + QLatin1Char('/') + role.title + QLatin1Char('/') +
                       role.start.toString(Qt::ISODate) + QLatin1Char('/') +
                       role.end.toString(Qt::ISODate);
        if (withIds)
            text += QStringLiteral("/%1/%2").arg(role.id).arg(role.organizationId.value_or(-1));
        parts.append(text);
    }
    return parts.join(QLatin1Char('|'));
}

inline QString describe(const QList<RelationshipKind> &kinds)
{
    QStringList keys;
    for (RelationshipKind kind : kinds)
        keys.append(enumKey(kind));
    return keys.join(QLatin1Char(','));
}

// The fields that differ, as "field: expected ≠ actual" lines; empty when none does.
inline QStringList differences(const Person &expected, const Person &actual, PersonFields fields)
{
    QStringList diffs;
    const auto check = [&](const char *field, const QString &a, const QString &b) {
        if (a != b)
            diffs.append(QStringLiteral("%1: “%2” ≠ “%3”")
                             .arg(QLatin1String(field), a.left(200), b.left(200)));
    };
    const auto date = [](const QDate &d) { return d.toString(Qt::ISODate); };
    const bool all = fields == PersonFields::All;
    check("uid", expected.uid, actual.uid);
    check("displayName", expected.displayName, actual.displayName);
    check("givenName", expected.givenName, actual.givenName);
    check("familyName", expected.familyName, actual.familyName);
    check("headline", expected.headline, actual.headline);
    check("roles", describe(expected.roles, all), describe(actual.roles, all));
    check("emails", describe(expected.emails), describe(actual.emails));
    check("phones", describe(expected.phones), describe(actual.phones));
    check("profiles", describe(expected.profiles), describe(actual.profiles));
    check("location", expected.location.display(), actual.location.display());
    check("location.city", expected.location.city, actual.location.city);
    check("location.region", expected.location.region, actual.location.region);
    check("location.country", expected.location.country, actual.location.country);
    check("relationships", describe(expected.relationships), describe(actual.relationships));
    check("tags", expected.tags.join(QLatin1Char(',')), actual.tags.join(QLatin1Char(',')));
    check("notes", expected.notes, actual.notes);
    check("cadenceDays", QString::number(expected.cadenceDays.value_or(-1)),
          QString::number(actual.cadenceDays.value_or(-1)));
    check("knownSince", date(expected.knownSince), date(actual.knownSince));
    if (expected.photo != actual.photo)
        diffs.append(QStringLiteral("photo: %1 bytes ≠ %2 bytes")
                         .arg(expected.photo.size())
                         .arg(actual.photo.size()));
    if (all) {
        check("id", QString::number(expected.id), QString::number(actual.id));
        const auto id = [](std::optional<Id> v) { return QString::number(v.value_or(-1)); };
        check("metAtEventId", id(expected.metAtEventId), id(actual.metAtEventId));
        check("metInGroupId", id(expected.metInGroupId), id(actual.metInGroupId));
        check("introducedById", id(expected.introducedById), id(actual.introducedById));
        check("contactSnoozedUntil", date(expected.contactSnoozedUntil),
              date(actual.contactSnoozedUntil));
        check("origin", enumKey(expected.origin), enumKey(actual.origin));
        if (expected.timestamps.createdAt != actual.timestamps.createdAt ||
            expected.timestamps.updatedAt != actual.timestamps.updatedAt)
            diffs.append(QStringLiteral("timestamps differ"));
    }
    return diffs;
}

} // namespace kith::test
