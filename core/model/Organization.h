#pragma once

#include "Common.h"
#include "Enums.h"

namespace kith {

struct Organization
{
    Id id = 0;
    QString name;
    OrganizationKind kind = OrganizationKind::Other;
    QString website;
    QList<ProfileLink> socialPages;
    Location location;
    QStringList tags;
    QString notes;
    Timestamps timestamps;
};

// Belonging to an organization: the user's own (personId empty) or a contact's.
struct Membership
{
    Id id = 0;
    std::optional<Id> personId; // empty: the user
    Id organizationId = 0;
    QString role = QStringLiteral("member"); // member, committee, officer…
    QDate since;
    MembershipStatus status = MembershipStatus::Active;
    std::optional<Money> dues;
    DuesPeriod duesPeriod = DuesPeriod::Year;
    Payer paidBy = Payer::Self;
    QDate renewalDate;
    QStringList tags;
    QString notes;
    Timestamps timestamps;

    bool isUsers() const { return !personId.has_value(); }
};

} // namespace kith
