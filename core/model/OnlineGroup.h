#pragma once

#include "Common.h"
#include "Enums.h"

namespace kith {

struct OnlineGroup
{
    Id id = 0;
    QString name;
    GroupPlatform platform = GroupPlatform::Other;
    QString url;
    QDate joinedOn;
    // Found through another group, or through a person.
    std::optional<Id> discoveredViaGroupId;
    std::optional<Id> discoveredViaPersonId;
    QList<Id> memberIds;
    std::optional<int> cadenceDays; // default keep-in-touch cadence for its members
    QStringList tags;
    QString notes; // what the group gave
    Timestamps timestamps;
};

} // namespace kith
