#include "DemoNetwork.h"

#include "DemoData.h"
#include "storage/Database.h"
#include "storage/EventStore.h"
#include "storage/GroupStore.h"
#include "storage/InteractionStore.h"
#include "storage/MembershipStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"
#include "storage/SettingsStore.h"
#include "storage/Sql.h"
#include "storage/TagStore.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QHash>

namespace kith::demo {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::demo", text);
}

// Builds the demo inside one transaction, resolving the short keys of DemoData.h to ids.
class Builder
{
public:
    Builder(Database &db, const QDate &today)
        : m_db(db)
        , m_today(today)
    {}

    Status run()
    {
        for (auto step : {&Builder::settings, &Builder::organizations, &Builder::groups,
                          &Builder::events, &Builder::people, &Builder::groupMembers,
                          &Builder::eventParticipants, &Builder::memberships,
                          &Builder::recommendations, &Builder::interactions, &Builder::tags}) {
            if (Status status = (this->*step)(); !status)
                return status;
        }
        return {};
    }

private:
    QDate day(int offset) const { return m_today.addDays(offset); }

    template <typename T>
    Status keep(QHash<QString, Id> &ids, const QString &key, Result<T> created)
    {
        if (!created)
            return created.error().withContext(tr("Demo record “%1”: ").arg(key));
        ids.insert(key, *created);
        return {};
    }

    static std::optional<Id> optional(const QHash<QString, Id> &ids, const QString &key)
    {
        if (key.isEmpty())
            return std::nullopt;
        return ids.value(key);
    }

    Status settings()
    {
        BudgetSettings budget;
        budget.fiscalYearStartMonth = 7; // most US libraries run July to June
        budget.yearlyBudget = Money{150000, QStringLiteral("USD")};
        budget.currency = QStringLiteral("USD");
        return SettingsStore(m_db).setBudget(budget);
    }

    Status organizations()
    {
        OrganizationStore store(m_db);
        for (const DemoOrganization &o : demoOrganizations()) {
            Organization org;
            org.name = o.name;
            org.kind = o.kind;
            org.website = o.website;
            org.location = {o.city, o.region, QStringLiteral("USA")};
            org.notes = o.notes;
            if (Status status = keep(m_orgs, o.key, store.create(org)); !status)
                return status;
        }
        return {};
    }

    Status groups()
    {
        GroupStore store(m_db);
        for (const DemoGroup &g : demoGroups()) {
            OnlineGroup group;
            group.name = g.name;
            group.platform = g.platform;
            group.url = g.url;
            group.joinedOn = day(-g.joinedDaysAgo);
            group.discoveredViaGroupId = optional(m_groups, g.discoveredVia);
            if (g.cadenceDays > 0)
                group.cadenceDays = g.cadenceDays;
            group.notes = g.notes;
            if (Status status = keep(m_groups, g.key, store.create(group)); !status)
                return status;
        }
        return {};
    }

    Status events()
    {
        EventStore store(m_db);
        for (const DemoEvent &e : demoEvents()) {
            Event event;
            event.name = e.name;
            event.organizerId = optional(m_orgs, e.organizer);
            event.kind = e.kind;
            event.format = e.format;
            event.startDate = day(e.startOffset);
            event.endDate = day(e.startOffset + e.days - 1);
            if (!e.startTime.isEmpty()) {
                event.startTime = QTime::fromString(e.startTime, QStringLiteral("HH:mm"));
                event.endTime = event.startTime.addSecs(90 * 60);
                event.timeZone = QStringLiteral("America/Denver");
            }
            event.venue = e.venue;
            event.location = {e.city, e.region,
                              e.city.isEmpty() ? QString() : QStringLiteral("USA")};
            event.url = e.url;
            event.status = e.status;
            event.funding = e.funding;
            event.costs = e.costs;
            for (const DemoDeadline &d : e.deadlines)
                event.deadlines.append({d.kind, day(d.offset), d.done, {}});
            for (const QString &session : e.sessions)
                event.sessions.append({session, {}, {}});
            event.notes = e.notes;
            event.reflection = e.reflection;
            if (Status status = keep(m_events, e.key, store.create(event)); !status)
                return status;
        }
        return {};
    }

    Status people()
    {
        PersonStore store(m_db);
        for (const DemoPerson &p : demoPeople()) {
            Person person;
            person.displayName = p.given + QLatin1Char(' ') + p.family;
            person.givenName = p.given;
            person.familyName = p.family;
            person.headline = p.headline;
            if (!p.organization.isEmpty() || !p.title.isEmpty())
                person.roles.append({0,
                                     optional(m_orgs, p.organization),
                                     {},
                                     p.title,
                                     day(-p.roleYears * 365),
                                     {}});
            if (p.email)
                person.emails.append(
                    {p.key + QStringLiteral("@example.org"), QStringLiteral("work")});
            if (p.linkedIn)
                person.profiles.append({ProfileKind::LinkedIn,
                                        QStringLiteral("https://www.linkedin.com/in/") + p.key});
            if (p.x)
                person.profiles.append({ProfileKind::X, QStringLiteral("https://x.com/") + p.key});
            person.location = {p.city, p.region, QStringLiteral("USA")};
            person.relationships = p.relationships;
            person.metAtEventId = optional(m_events, p.metAt);
            person.metInGroupId = optional(m_groups, p.metIn);
            person.introducedById = optional(m_people, p.introducedBy);
            person.tags = p.tags;
            if (p.cadenceDays > 0)
                person.cadenceDays = p.cadenceDays;
            person.notes = p.notes;
            person.knownSince = day(-p.knownDaysAgo);
            person.origin = Origin::Demo;
            if (Status status = keep(m_people, p.key, store.create(person)); !status)
                return status;
        }
        return {};
    }

    Status groupMembers()
    {
        GroupStore store(m_db);
        for (const DemoGroup &g : demoGroups()) {
            QList<Id> members;
            for (const DemoPerson &p : demoPeople()) {
                if (p.groups.contains(g.key))
                    members.append(m_people.value(p.key));
            }
            if (Status status = store.addMembers(m_groups.value(g.key), members); !status)
                return status;
        }
        // The federal librarians' group was found through a classmate as well as a group.
        Result<OnlineGroup> federal = store.get(m_groups.value(QStringLiteral("federal")));
        if (!federal)
            return federal.error();
        federal->discoveredViaPersonId = m_people.value(QStringLiteral("dkim"));
        return store.update(*federal);
    }

    Status eventParticipants()
    {
        EventStore store(m_db);
        for (const DemoEvent &e : demoEvents()) {
            if (e.participants.isEmpty())
                continue;
            Result<Event> event = store.get(m_events.value(e.key));
            if (!event)
                return event.error();
            for (const DemoParticipant &participant : e.participants)
                event->participants.append(
                    {m_people.value(participant.person), participant.role, participant.met});
            if (Status status = store.update(*event); !status)
                return status;
        }
        return {};
    }

    Status memberships()
    {
        MembershipStore store(m_db);
        for (const DemoMembership &m : demoMemberships()) {
            Membership membership;
            membership.personId = optional(m_people, m.person);
            membership.organizationId = m_orgs.value(m.organization);
            membership.role = m.role;
            if (m.sinceDaysAgo > 0)
                membership.since = day(-m.sinceDaysAgo);
            membership.status = m.status;
            if (m.duesCents > 0)
                membership.dues = Money{m.duesCents, QStringLiteral("USD")};
            membership.paidBy = m.paidBy;
            if (m.renewalOffset != 0)
                membership.renewalDate = day(m.renewalOffset);
            membership.notes = m.notes;
            if (Result<Id> created = store.create(membership); !created)
                return created.error();
        }
        return {};
    }

    Status recommendations()
    {
        RecommendationStore store(m_db);
        for (const DemoRecommendation &r : demoRecommendations()) {
            Recommendation recommendation;
            recommendation.direction = r.direction;
            recommendation.personId = m_people.value(r.person);
            recommendation.platform = r.platform;
            recommendation.context = r.context;
            if (r.requestedOffset != 0)
                recommendation.requestedOn = day(r.requestedOffset);
            if (r.completedOffset != 0)
                recommendation.completedOn = day(r.completedOffset);
            recommendation.status = r.status;
            recommendation.text = r.text;
            if (Result<Id> created = store.create(recommendation); !created)
                return created.error();
        }
        return {};
    }

    Status interactions()
    {
        InteractionStore store(m_db);
        for (const DemoInteraction &i : demoInteractions()) {
            Interaction interaction;
            interaction.date = day(i.offset);
            interaction.kind = i.kind;
            for (const QString &person : i.people)
                interaction.personIds.append(m_people.value(person));
            interaction.eventId = optional(m_events, i.event);
            interaction.summary = i.summary;
            if (i.followUpOffset != 0)
                interaction.followUpOn = day(i.followUpOffset);
            if (i.followUpDone)
                interaction.followUpDoneOn = interaction.followUpOn;
            if (Result<Id> created = store.create(interaction); !created)
                return created.error();
        }
        return {};
    }

    Status tags()
    {
        // Default keep-in-touch cadences carried by tags.
        TagStore store(m_db);
        const std::pair<QString, int> cadences[] = {{QStringLiteral("mentors"), 30},
                                                    {QStringLiteral("federal libraries"), 90}};
        for (const auto &[name, days] : cadences) {
            Result<std::optional<Tag>> tag = store.findByName(name);
            if (!tag)
                return tag.error();
            if (!tag->has_value())
                continue;
            Tag updated = tag->value();
            updated.cadenceDays = days;
            if (Status status = store.update(updated); !status)
                return status;
        }
        return {};
    }

    Database &m_db;
    QDate m_today;
    QHash<QString, Id> m_orgs;
    QHash<QString, Id> m_groups;
    QHash<QString, Id> m_events;
    QHash<QString, Id> m_people;
};

} // namespace

Result<bool> isEmpty(const Database &db)
{
    Query q(db, QStringLiteral("SELECT (SELECT count(*) FROM person) + (SELECT count(*) FROM "
                               "organization) + (SELECT count(*) FROM online_group) + "
                               "(SELECT count(*) FROM event)"));
    Result<qint64> records = q.scalar(tr("Checking the database"));
    if (!records)
        return records.error();
    return *records == 0;
}

Status populate(Database &db, const QDate &today)
{
    Result<bool> empty = isEmpty(db);
    if (!empty)
        return empty.error();
    if (!*empty)
        return Error(ErrorCode::Conflict,
                     tr("%1 already holds a network; the demo only fills an empty database.")
                         .arg(db.path()));
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = Builder(db, today).run(); !status)
        return status;
    return tx.commit();
}

} // namespace kith::demo
