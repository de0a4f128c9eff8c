#pragma once

#include "common/Result.h"
#include "model/Event.h"
#include "model/Interaction.h"

namespace kith {
class Database;
}

// What the calendar export needs, read with one query per table rather than one store call
// per record, so a large database exports in a blink.
namespace kith::ical {

struct OpenFollowUp
{
    Interaction interaction;
    QStringList people; // display names, sorted
};

struct CalendarRows
{
    // Every event with its costs, deadlines (all of them: a deadline's index in the list is
    // part of its UID) and tags; sessions and participants are not read.
    QList<Event> events;
    QList<OpenFollowUp> followUps; // interactions whose follow-up is planned and not done
};

Result<CalendarRows> loadCalendarRows(const Database &db);

} // namespace kith::ical
