#pragma once

#include "Common.h"
#include "Enums.h"

namespace kith {

struct Interaction
{
    Id id = 0;
    QString uid; // kept from an imported calendar; empty for interactions created in Kith
    QDate date;
    QList<Id> personIds;
    InteractionKind kind = InteractionKind::Met;
    std::optional<Id> eventId;
    QString summary;
    QDate followUpOn;     // invalid: no follow-up planned
    QDate followUpDoneOn; // invalid: not done yet
    QStringList tags;
    Timestamps timestamps;

    bool hasOpenFollowUp() const { return followUpOn.isValid() && !followUpDoneOn.isValid(); }
};

struct Tag
{
    Id id = 0;
    QString name;
    std::optional<int> cadenceDays; // default keep-in-touch cadence for people with this tag
};

} // namespace kith
