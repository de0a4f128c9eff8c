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
// those due today or earlier), most overdue first; the first `limit` of them (-1: all).
//
// The cadence is the person's own; without one, the smallest of their tags' and groups'
// cadences; without any, the person is not tracked. Their latest interaction resets the
// clock; someone never contacted counts from the day they became known. A snooze
// (PersonStore::snoozeKeepInTouch) puts the reminder off until the day it names.
//
// Cost: a range of the index derived_keep_in_touch_due; triggers keep each tracked person's
// effective cadence and due day there (schema step 6) as people, tags, groups and
// interactions change.
Result<QList<CadenceDue>> peoplePastCadence(const Database &db, const QDate &today,
                                            int horizonDays = 0, int limit = -1);

struct CadenceCounts
{
    int due = 0;     // due on or before today + horizonDays…
    int reached = 0; // …of which due on or before today (daysOverdue >= 0)
};
// What peoplePastCadence() would list, counted from the index alone.
Result<CadenceCounts> countPastCadence(const Database &db, const QDate &today, int horizonDays);
// The people due on or before today, in the list's order, for click-through.
Result<QList<Id>> peopleIdsPastCadence(const Database &db, const QDate &today);

} // namespace insights
} // namespace kith
