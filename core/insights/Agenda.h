#pragma once

#include "common/Result.h"
#include "model/Common.h"

namespace kith {

class Database;

// What needs the user's attention soon: open follow-ups, membership renewals, event
// deadlines and upcoming events. Every function looks from an injected `today` (never the
// clock) and `days` ahead, inclusive: days = 0 means due today or earlier. Nothing here
// writes.
namespace insights {

struct PersonRef
{
    Id id = 0;
    QString name;

    friend bool operator==(const PersonRef &, const PersonRef &) = default;
};

// An interaction whose follow-up is planned and not done yet.
struct FollowUpDue
{
    Id interactionId = 0;
    QDate due;
    QString summary;
    QList<PersonRef> people; // by name
    bool overdue = false;    // due before today
};

// A membership to renew: the user's own (personId empty) or a contact's.
struct RenewalDue
{
    Id membershipId = 0;
    Id organizationId = 0;
    QString organizationName;
    std::optional<Id> personId; // empty: the user
    QString personName;         // empty for the user
    QDate renewalDate;
    std::optional<Money> dues; // per duesPeriod; currency empty when none was stored
    DuesPeriod duesPeriod = DuesPeriod::Year;
    bool overdue = false; // renewal date before today
};

struct DeadlineDue
{
    Id deadlineId = 0;
    Id eventId = 0;
    QString eventName;
    DeadlineKind kind = DeadlineKind::Registration;
    QDate due;
    int position = 0; // the deadline's place in its event's list
    bool overdue = false;
};

struct NextDeadline
{
    DeadlineKind kind = DeadlineKind::Registration;
    QDate due;
};

struct UpcomingEvent
{
    Id eventId = 0;
    QString name;
    QDate startDate;
    QDate endDate; // invalid when not set
    EventStatus status = EventStatus::Considering;
    std::optional<NextDeadline> nextDeadline; // earliest not-done deadline on or after today
    Money plannedTotal;                       // sum of planned cost lines, event currency
};

// Follow-ups not done and due on or before today + horizonDays, earliest first; at most
// `limit` of them when limit >= 0 (the dashboard shows the first few and counts the rest).
Result<QList<FollowUpDue>> followUpsDue(const Database &db, const QDate &today, int horizonDays,
                                        int limit = -1);

struct DueCounts
{
    int due = 0;     // everything due on or before today + horizonDays…
    int overdue = 0; // …of which due before today
};
Result<DueCounts> countFollowUpsDue(const Database &db, const QDate &today, int horizonDays);
// The interactions behind those counts, for click-through.
Result<QList<Id>> followUpIdsDue(const Database &db, const QDate &today, int horizonDays,
                                 bool overdueOnly);

// Renewal dates within [today, today + days], whatever the status, plus overdue ones
// (before today) of memberships not lapsed: a lapsed membership was let go on purpose.
// Earliest first. Contacts' memberships are included; personId tells them apart.
Result<QList<RenewalDue>> renewalsDue(const Database &db, const QDate &today, int days);

// Deadlines not done, of events not skipped, due within [today, today + days], plus overdue
// ones of events not attended either (once attended, a missed deadline no longer matters).
// Earliest first.
Result<QList<DeadlineDue>> deadlinesDue(const Database &db, const QDate &today, int days);

// Events not skipped that start within [today, today + days], soonest first.
Result<QList<UpcomingEvent>> upcomingEvents(const Database &db, const QDate &today, int days);

} // namespace insights
} // namespace kith
