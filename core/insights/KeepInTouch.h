#pragma once

#include "common/Result.h"
#include "model/Common.h"

namespace kith {

class Database;

namespace insights {

// Someone the user meant to contact every `cadenceDays` and has not.
struct CadenceDue
{
    Id personId = 0;
    QString name;
    int cadenceDays = 0;
    QDate lastContact;   // latest interaction; invalid when never contacted
    QDate due;           // (last contact, else known since) + cadence, or the snooze's end
    QDate snoozedUntil;  // invalid when not snoozed
    int daysOverdue = 0; // today − due; negative when due later, within the horizon
};

// People past their keep-in-touch cadence, or reaching it within horizonDays (0: only
// those due today or earlier), most overdue first.
//
// The cadence is the person's own; without one, the smallest of their tags' and groups'
// cadences; without any, the person is not tracked. Their latest interaction resets the
// clock; someone never contacted counts from the day they became known. A snooze
// (PersonStore::snoozeKeepInTouch) puts the reminder off until the day it names.
//
// Cost: one index seek per tracked person (interaction_person_latest), plus a scan of
// `person` for personal cadences, which no index covers yet.
Result<QList<CadenceDue>> peoplePastCadence(const Database &db, const QDate &today,
                                            int horizonDays = 0);

} // namespace insights
} // namespace kith
