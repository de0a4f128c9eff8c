#pragma once

#include "model/Event.h"
#include "model/Organization.h"

namespace kith::demo {

// The demo network as data. Keys link records to each other; day offsets are relative to
// "today" (negative: in the past). DemoNetwork.cpp turns them into stored records.

struct DemoOrganization
{
    QString key, name;
    OrganizationKind kind;
    QString website, city, region, notes;
};

struct DemoGroup
{
    QString key, name;
    GroupPlatform platform;
    QString url;
    int joinedDaysAgo;
    QString discoveredVia; // another group's key
    int cadenceDays;       // 0: none
    QString notes;
};

struct DemoDeadline
{
    DeadlineKind kind;
    int offset;
    bool done;
};

struct DemoParticipant
{
    QString person;
    ParticipantRole role;
    bool met;
};

struct DemoEvent
{
    QString key, name, organizer;
    EventKind kind;
    EventFormat format;
    int startOffset, days;
    QString startTime; // "HH:mm" for timed events, empty for all-day ones
    QString venue, city, region, url;
    EventStatus status;
    FundingStatus funding;
    QList<CostLine> costs;
    QList<DemoDeadline> deadlines;
    QStringList sessions;
    QList<DemoParticipant> participants;
    QString notes, reflection;
};

struct DemoPerson
{
    QString key, given, family, headline;
    QString organization, title; // current role
    int roleYears;
    bool email, linkedIn, x;
    QString city, region;
    QList<RelationshipKind> relationships;
    QString metAt, metIn, introducedBy; // event, group and person keys
    QStringList tags, groups;
    int cadenceDays; // 0: from tags and groups
    int knownDaysAgo;
    QString notes;
};

struct DemoMembership
{
    QString person; // empty: the user
    QString organization, role;
    int sinceDaysAgo;
    MembershipStatus status;
    qint64 duesCents;
    Payer paidBy;
    int renewalOffset; // 0: none
    QString notes;
};

struct DemoRecommendation
{
    RecommendationDirection direction;
    QString person;
    RecommendationPlatform platform;
    QString context;
    int requestedOffset, completedOffset; // 0: not yet
    RecommendationStatus status;
    QString text;
};

struct DemoInteraction
{
    int offset;
    InteractionKind kind;
    QStringList people;
    QString event;
    QString summary;
    int followUpOffset; // 0: none
    bool followUpDone;
};

const QList<DemoOrganization> &demoOrganizations();
const QList<DemoGroup> &demoGroups();
const QList<DemoEvent> &demoEvents();
const QList<DemoPerson> &demoPeople();
const QList<DemoMembership> &demoMemberships();
const QList<DemoRecommendation> &demoRecommendations();
const QList<DemoInteraction> &demoInteractions();

} // namespace kith::demo
