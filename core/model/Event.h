#pragma once

#include "Common.h"
#include "Enums.h"

#include <QTime>

namespace kith {

struct CostLine
{
    CostCategory category = CostCategory::Registration;
    qint64 plannedCents = 0;
    std::optional<qint64> actualCents; // empty until paid
    FundingSource source = FundingSource::Self;
    QString note;

    friend bool operator==(const CostLine &, const CostLine &) = default;
};

struct Deadline
{
    DeadlineKind kind = DeadlineKind::Registration;
    QDate due;
    bool done = false;
    QString note;

    friend bool operator==(const Deadline &, const Deadline &) = default;
};

struct EventSession
{
    QString title;
    QDateTime startsAt; // local time of the event; may be invalid when unknown
    QString notes;

    friend bool operator==(const EventSession &, const EventSession &) = default;
};

// Someone going with the user (companion) or someone the user wants to meet there.
struct EventParticipant
{
    Id personId = 0;
    ParticipantRole role = ParticipantRole::ToMeet;
    bool met = false;

    friend bool operator==(const EventParticipant &, const EventParticipant &) = default;
};

struct Event
{
    Id id = 0;
    QString uid; // kept from an imported calendar; empty for events created in Kith
    QString name;
    std::optional<Id> organizerId;
    EventKind kind = EventKind::Conference;
    EventFormat format = EventFormat::InPerson;
    // All-day events leave the times invalid; timed ones give the zone (IANA id) they are in.
    QDate startDate;
    QTime startTime;
    QDate endDate;
    QTime endTime;
    QString timeZone;
    QString venue;
    Location location;
    QString url;
    EventStatus status = EventStatus::Considering;
    FundingStatus funding = FundingStatus::NotNeeded;
    QString currency = QStringLiteral("USD");
    QList<CostLine> costs;
    QList<Deadline> deadlines;
    QList<EventSession> sessions;
    QList<EventParticipant> participants;
    QStringList tags;
    QString notes;
    QString reflection; // what came of it, written afterwards
    Timestamps timestamps;

    bool isAllDay() const { return !startTime.isValid(); }
    qint64 plannedTotalCents() const;
    qint64 actualTotalCents() const;
};

} // namespace kith
