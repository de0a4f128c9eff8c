#pragma once

#include "Common.h"
#include "Enums.h"

namespace kith {

// A job or position held over a time span. The role without an end date that started
// last is the person's current one, and its organization is their employer.
struct Role
{
    Id id = 0;
    std::optional<Id> organizationId;
    QString organizationName; // read from the organization; ignored when saving
    QString title;
    QDate start;
    QDate end;

    bool isCurrent() const { return !end.isValid(); }
    friend bool operator==(const Role &, const Role &) = default;
};

// An e-mail address or phone number with an optional label ("work", "home").
struct ContactPoint
{
    QString value;
    QString label;

    friend bool operator==(const ContactPoint &, const ContactPoint &) = default;
};

struct Person
{
    Id id = 0;
    QString uid; // kept from an imported vCard; empty for people created in Kith
    QString displayName;
    QString givenName;
    QString familyName;
    QString headline;
    QList<Role> roles;
    QList<ContactPoint> emails;
    QList<ContactPoint> phones;
    QList<ProfileLink> profiles;
    Location location;
    QList<RelationshipKind> relationships;
    // How we met: any of an event, an online group or an introducing person.
    std::optional<Id> metAtEventId;
    std::optional<Id> metInGroupId;
    std::optional<Id> introducedById;
    QStringList tags;
    QString notes;
    std::optional<int> cadenceDays; // keep in touch every N days; tags and groups give defaults
    QDate contactSnoozedUntil;      // keep-in-touch reminder put off until this day
    QByteArray photo;               // image bytes as imported (JPEG, PNG…); empty when none
    QDate knownSince;               // when they joined the network; today when left empty
    Origin origin = Origin::Manual;
    Timestamps timestamps;

    // The current role (see Role), or nullptr.
    const Role *currentRole() const;
    QString primaryEmail() const { return emails.isEmpty() ? QString() : emails.first().value; }
    QString profileUrl(ProfileKind kind) const;
};

} // namespace kith
