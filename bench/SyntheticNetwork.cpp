#include "SyntheticNetwork.h"

#include "SyntheticVocabulary.h"

#include <QSet>

#include <cmath>

namespace kith::bench {

using namespace vocabulary;

NetworkSize NetworkSize::scaled(int people)
{
    const NetworkSize reference;
    const auto scale = [&](int value) {
        return std::max(1, int(std::lround(double(value) * people / reference.people)));
    };
    NetworkSize size;
    size.people = std::max(1, people);
    size.organizations = scale(reference.organizations);
    size.events = scale(reference.events);
    size.interactions = scale(reference.interactions);
    size.groups = scale(reference.groups);
    size.memberships = scale(reference.memberships);
    size.recommendations = scale(reference.recommendations);
    return size;
}

SyntheticNetwork::SyntheticNetwork(const NetworkSize &size, quint32 seed, const QDate &today)
    : m_size(size)
    , m_random(seed)
    , m_today(today)
    , m_firstDay(today.addYears(-10))
{}

int SyntheticNetwork::uniform(int lowest, int highest)
{
    return std::uniform_int_distribution<int>(lowest, highest)(m_random);
}

bool SyntheticNetwork::chance(double probability)
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random) < probability;
}

QDate SyntheticNetwork::dateWithin(const QDate &first, const QDate &last)
{
    return first.addDays(uniform(0, int(first.daysTo(last))));
}

QString SyntheticNetwork::fill(QString text, int personIndex)
{
    const City &city = pick(cities());
    return text
        .replace(QLatin1String("{first}"), givenNames().at(m_givenNameIndex.value(personIndex)))
        .replace(QLatin1String("{topic}"), pick(topics()))
        .replace(QLatin1String("{city}"), QString::fromUtf8(city.city))
        .replace(QLatin1String("{org}"), m_organizationNames.isEmpty()
                                             ? QStringLiteral("the library")
                                             : pick(m_organizationNames));
}

QList<Organization> SyntheticNetwork::organizations()
{
    const QStringList associations = {
        QStringLiteral("American Library Association"),
        QStringLiteral("Association of College and Research Libraries"),
        QStringLiteral("Society of American Archivists"),
        QStringLiteral("Special Libraries Association")};
    QList<Organization> result;
    QSet<QString> seen;
    for (int i = 0; result.size() < m_size.organizations; ++i) {
        const City &place = pick(cities());
        const QString city = QString::fromUtf8(place.city);
        Organization o;
        o.location = {city, QString::fromUtf8(place.region), QString::fromUtf8(place.country)};
        const int pattern = i < associations.size() ? -1 : uniform(0, 7);
        switch (pattern) {
        case -1:
            o.name = associations.at(i), o.kind = OrganizationKind::Association;
            break;
        case 0:
            o.name = city + QStringLiteral(" Public Library"), o.kind = OrganizationKind::Library;
            break;
        case 1:
            o.name = QStringLiteral("University of ") + city, o.kind = OrganizationKind::School;
            break;
        case 2:
            o.name = pick(familyNames()) + QStringLiteral(" College");
            o.kind = OrganizationKind::School;
            break;
        case 3:
            o.name = QStringLiteral("Association for ") + pick(fields());
            o.kind = OrganizationKind::Association;
            break;
        case 4:
            o.name = pick(familyNames()) + QStringLiteral(" & ") + pick(familyNames());
            o.kind = OrganizationKind::Company;
            break;
        case 5:
            o.name = city + QLatin1Char(' ') + pick(fields()) + QStringLiteral(" Network");
            o.kind = OrganizationKind::Association;
            break;
        case 6:
            o.name = city + QStringLiteral(" Historical Society");
            o.kind = OrganizationKind::Other;
            break;
        default:
            o.name = pick(familyNames()) + QStringLiteral(" Consulting");
            o.kind = OrganizationKind::Employer;
            break;
        }
        if (seen.contains(o.name))
            o.name += QStringLiteral(" (%1)").arg(i); // a branch or a namesake elsewhere
        seen.insert(o.name);
        if (chance(0.6))
            o.website = QStringLiteral("https://org%1.example.org").arg(i);
        if (chance(0.3))
            o.tags = {pick(tagNames())};
        m_organizationNames.append(o.name);
        result.append(o);
    }
    return result;
}

QList<Event> SyntheticNetwork::events(const QList<Id> &organizationIds)
{
    static const QStringList kindWords = {QStringLiteral("Annual Conference"),
                                          QStringLiteral("Workshop"),
                                          QStringLiteral("Webinar"),
                                          QStringLiteral("Meetup"),
                                          QStringLiteral("Summit"),
                                          QStringLiteral("Chapter Meeting")};
    static const QList<EventKind> kinds = {EventKind::Conference, EventKind::Workshop,
                                           EventKind::Webinar,    EventKind::Meetup,
                                           EventKind::Conference, EventKind::Meeting};
    QList<Event> result;
    result.reserve(m_size.events);
    for (int i = 0; i < m_size.events; ++i) {
        Event e;
        const int k = uniform(0, int(kindWords.size()) - 1);
        const City &place = pick(cities());
        e.kind = kinds.at(k);
        e.startDate = dateWithin(m_firstDay, m_today.addYears(1));
        e.endDate =
            e.kind == EventKind::Conference ? e.startDate.addDays(uniform(1, 4)) : e.startDate;
        const int orgIndex = uniform(0, int(organizationIds.size()) - 1);
        if (chance(0.7))
            e.organizerId = organizationIds.at(orgIndex);
        const QString subject = k % 2 == 0 ? m_organizationNames.value(orgIndex) : pick(topics());
        e.name = QStringLiteral("%1 %2 %3").arg(subject, kindWords.at(k)).arg(e.startDate.year());
        e.format = e.kind == EventKind::Webinar
                       ? EventFormat::Online
                       : (chance(0.2) ? EventFormat::Hybrid : EventFormat::InPerson);
        e.location = {QString::fromUtf8(place.city), QString::fromUtf8(place.region),
                      QString::fromUtf8(place.country)};
        const bool past = e.startDate < m_today;
        e.status =
            past
                ? (chance(0.6) ? EventStatus::Attended : EventStatus::Skipped)
                : EventStatus(uniform(int(EventStatus::Considering), int(EventStatus::Registered)));
        e.currency = chance(0.9) ? QStringLiteral("USD") : QStringLiteral("EUR");
        const int lines = e.kind == EventKind::Webinar ? uniform(0, 1) : uniform(1, 4);
        for (int c = 0; c < lines; ++c) {
            CostLine line{CostCategory(c),
                          qint64(uniform(20, 600)) * 100,
                          std::nullopt,
                          chance(0.5) ? FundingSource::Employer : FundingSource::Self,
                          {}};
            if (e.status == EventStatus::Attended)
                line.actualCents = line.plannedCents + qint64(uniform(-50, 80)) * 100;
            if (line.actualCents && *line.actualCents < 0)
                line.actualCents = 0;
            e.costs.append(line);
        }
        if (e.kind == EventKind::Conference) {
            e.deadlines = {
                Deadline{DeadlineKind::EarlyBird, e.startDate.addDays(-60), past, {}},
                Deadline{DeadlineKind::Registration, e.startDate.addDays(-20), past, {}}};
            if (chance(0.3))
                e.deadlines.append(
                    {DeadlineKind::FundingRequest, e.startDate.addDays(-90), past, {}});
            e.funding = FundingStatus(uniform(0, 3));
        }
        if (chance(0.2))
            e.notes = fill(pick(noteTemplates()), 0);
        m_eventNames.append(e.name);
        result.append(e);
    }
    return result;
}

QList<OnlineGroup> SyntheticNetwork::groups(const QList<Id> &personIds)
{
    QList<OnlineGroup> result;
    for (int i = 0; i < m_size.groups; ++i) {
        OnlineGroup g;
        switch (uniform(0, 3)) {
        case 0:
            g.name = QStringLiteral("Careers in ") + pick(fields());
            break;
        case 1:
            g.name = pick(fields()) + QStringLiteral(" Professionals");
            break;
        case 2:
            g.name = QString::fromUtf8(pick(cities()).city) + QStringLiteral(" Librarians");
            break;
        default:
            g.name = pick(topics()) + QStringLiteral(" network");
            break;
        }
        g.name += QStringLiteral(" #%1").arg(i + 1);
        g.platform = GroupPlatform(uniform(0, 8));
        g.joinedOn = dateWithin(m_firstDay, m_today);
        if (chance(0.2))
            g.discoveredViaPersonId = pick(personIds);
        if (chance(0.1))
            g.cadenceDays = 90;
        for (int m = uniform(5, 80); m > 0; --m)
            g.memberIds.append(pick(personIds));
        if (chance(0.3))
            g.notes = QStringLiteral("Good discussions about ") + pick(topics());
        result.append(g);
    }
    return result;
}

QList<Membership> SyntheticNetwork::memberships(const QList<Id> &organizationIds,
                                                const QList<Id> &personIds)
{
    static const QStringList roles = {QStringLiteral("member"), QStringLiteral("member"),
                                      QStringLiteral("committee"), QStringLiteral("officer"),
                                      QStringLiteral("chair")};
    QList<Membership> result;
    for (int i = 0; i < m_size.memberships; ++i) {
        Membership m;
        const bool users = i < std::max(1, m_size.memberships / 200);
        if (!users)
            m.personId = pick(personIds);
        m.organizationId = users ? organizationIds.at(i % std::min<int>(4, organizationIds.size()))
                                 : pick(organizationIds);
        m.role = pick(roles);
        m.since = dateWithin(m_firstDay, m_today);
        m.status = chance(0.8)
                       ? MembershipStatus::Active
                       : (chance(0.5) ? MembershipStatus::Lapsed : MembershipStatus::Planned);
        if (chance(0.7))
            m.dues = Money{qint64(uniform(35, 250)) * 100, QStringLiteral("USD")};
        m.duesPeriod = chance(0.9) ? DuesPeriod::Year : DuesPeriod::Month;
        m.paidBy = chance(0.3) ? Payer::Employer : Payer::Self;
        m.renewalDate = dateWithin(m_today.addDays(-60), m_today.addDays(365));
        result.append(m);
    }
    return result;
}

QList<Recommendation> SyntheticNetwork::recommendations(const QList<Id> &personIds)
{
    static const QStringList contexts = {QStringLiteral("co-worker"), QStringLiteral("professor"),
                                         QStringLiteral("supervisor"), QStringLiteral("classmate"),
                                         QStringLiteral("mentor")};
    QList<Recommendation> result;
    for (int i = 0; i < m_size.recommendations; ++i) {
        Recommendation r;
        const int personIndex = uniform(0, int(personIds.size()) - 1);
        r.personId = personIds.at(personIndex);
        r.direction =
            chance(0.5) ? RecommendationDirection::Given : RecommendationDirection::Received;
        r.platform = RecommendationPlatform(uniform(0, 3));
        r.context = pick(contexts);
        r.requestedOn = dateWithin(m_firstDay, m_today);
        const bool done = chance(0.7);
        const bool given = r.direction == RecommendationDirection::Given;
        r.status = done ? (given ? RecommendationStatus::Given : RecommendationStatus::Received)
                        : RecommendationStatus(uniform(0, 1)); // to ask, requested
        if (done) {
            r.completedOn = std::min(m_today, r.requestedOn.addDays(uniform(2, 40)));
            r.text = fill(pick(recommendationTemplates()), personIndex);
        }
        result.append(r);
    }
    return result;
}

} // namespace kith::bench
