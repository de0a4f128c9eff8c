#include "SyntheticNetwork.h"

#include "SyntheticVocabulary.h"

#include <algorithm>
#include <cmath>

// The people of a synthetic network and what happens between them: the bulk of its rows.

namespace kith::bench {

using namespace vocabulary;

QList<Person> SyntheticNetwork::people(int count, const QList<Id> &organizationIds,
                                       const QList<Id> &eventIds, const QList<Id> &earlierPeople)
{
    static const QStringList domains = {
        QStringLiteral("example.org"), QStringLiteral("example.com"),
        QStringLiteral("library.example.edu"), QStringLiteral("mail.example.net")};
    QList<Person> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        Person p;
        const int given = uniform(0, int(givenNames().size()) - 1);
        const int family = uniform(0, int(familyNames().size()) - 1);
        p.givenName = givenNames().at(given);
        p.familyName = familyNames().at(family);
        p.displayName = p.givenName + QLatin1Char(' ') + p.familyName;
        const City &place = pick(cities());
        p.location = {QString::fromUtf8(place.city), QString::fromUtf8(place.region),
                      QString::fromUtf8(place.country)};
        p.knownSince = dateWithin(m_firstDay, m_today);
        const double origin = std::uniform_real_distribution<double>(0, 1)(m_random);
        p.origin = origin < 0.6   ? Origin::LinkedIn
                   : origin < 0.8 ? Origin::Manual
                   : origin < 0.9 ? Origin::VCard
                                  : Origin::Csv;
        // A LinkedIn export gives one current position and an e-mail address only for the
        // few connections who share it; contacts added otherwise come with an address and
        // whatever career history the user wrote down.
        const bool fromLinkedIn = p.origin == Origin::LinkedIn;

        // A career: consecutive roles, the last one usually current.
        const int roles = fromLinkedIn ? (chance(0.2) ? 2 : 1) : (chance(0.2) ? 0 : uniform(1, 3));
        QDate start = p.knownSince.addYears(-uniform(1, 12));
        for (int r = 0; r < roles; ++r) {
            Role role;
            const int orgIndex = uniform(0, int(organizationIds.size()) - 1);
            role.organizationId = organizationIds.at(orgIndex);
            role.organizationName = m_organizationNames.value(orgIndex);
            role.title = pick(jobTitles());
            role.start = start;
            const int daysLeft = int(start.daysTo(m_today));
            const bool current = (r == roles - 1 && chance(0.85)) || daysLeft < 200;
            if (!current) {
                role.end = start.addDays(uniform(200, std::min(1500, daysLeft)));
                start = role.end.addDays(1);
            }
            p.roles.append(role);
            if (current)
                break;
        }
        const Role *current = p.currentRole();
        p.headline = current ? current->title + QStringLiteral(" at ") + current->organizationName
                             : pick(jobTitles());

        const QString handle = asciiHandle(p.givenName, p.familyName);
        if (chance(fromLinkedIn ? 0.15 : 0.85))
            p.emails.append(
                {handle + QString::number(uniform(1, 999)) + QLatin1Char('@') + pick(domains),
                 QStringLiteral("work")});
        if (chance(0.15))
            p.emails.append({handle + QStringLiteral("@home.example.net"), QStringLiteral("home")});
        if (chance(0.4))
            p.phones.append(
                {QStringLiteral("+1 555 %1 %2").arg(uniform(100, 999)).arg(uniform(1000, 9999)),
                 QStringLiteral("mobile")});
        if (chance(0.7))
            p.profiles.append(
                {ProfileKind::LinkedIn,
                 QStringLiteral("https://www.linkedin.com/in/%1-%2").arg(handle).arg(i)});
        if (chance(0.15))
            p.profiles.append(
                {ProfileKind::Mastodon, QStringLiteral("https://glammr.us/@%1").arg(handle)});
        if (chance(0.6))
            p.relationships.append(chance(0.5) ? RelationshipKind::Colleague
                                               : RelationshipKind(uniform(0, 7)));
        if (!eventIds.isEmpty() && chance(0.08))
            p.metAtEventId = pick(eventIds);
        if (!earlierPeople.isEmpty() && chance(0.05))
            p.introducedById = pick(earlierPeople);
        for (int t = chance(0.5) ? uniform(1, 3) : 0; t > 0; --t)
            p.tags.append(pick(tagNames()));
        if (chance(0.2))
            p.notes = fill(pick(noteTemplates()), 0);
        if (chance(0.1))
            p.cadenceDays = QList<int>{30, 60, 90, 180, 365}.at(uniform(0, 4));
        m_givenNameIndex.append(given);
        m_familyNameIndex.append(family);
        result.append(p);
    }
    return result;
}

QList<Interaction> SyntheticNetwork::interactions(int count, const QList<Id> &personIds,
                                                  const QList<Id> &eventIds)
{
    static const QList<InteractionKind> kinds = {InteractionKind::Email,   InteractionKind::Email,
                                                 InteractionKind::Email,   InteractionKind::Met,
                                                 InteractionKind::Call,    InteractionKind::Call,
                                                 InteractionKind::Message, InteractionKind::Message,
                                                 InteractionKind::Social,  InteractionKind::Event};
    const int historyDays = int(m_firstDay.daysTo(m_today));
    QList<Interaction> result;
    result.reserve(count);
    for (int i = 0; i < count; ++i) {
        Interaction x;
        const int personIndex = uniform(0, int(personIds.size()) - 1);
        x.personIds = {personIds.at(personIndex)};
        for (int extra = chance(0.15) ? uniform(1, 2) : 0; extra > 0; --extra)
            x.personIds.append(pick(personIds));
        x.kind = pick(kinds);
        // Recent years are busier: the square root leans the days towards today.
        const double u = std::uniform_real_distribution<double>(0, 1)(m_random);
        x.date = m_firstDay.addDays(qint64(std::sqrt(u) * historyDays));
        x.summary = fill(pick(summaryTemplates()), personIndex);
        if (!eventIds.isEmpty() && (x.kind == InteractionKind::Event || chance(0.03)))
            x.eventId = pick(eventIds);
        if (chance(0.12)) {
            x.followUpOn = x.date.addDays(uniform(3, 30));
            if (x.followUpOn < m_today.addDays(-14) && chance(0.9))
                x.followUpDoneOn = x.followUpOn.addDays(uniform(0, 5));
        }
        if (chance(0.05))
            x.tags = {pick(tagNames())};
        result.append(x);
    }
    return result;
}

QStringList SyntheticNetwork::sampleNames(int count)
{
    QStringList names;
    for (int attempts = 0; names.size() < count && attempts < count * 100; ++attempts) {
        const int person = uniform(0, int(m_givenNameIndex.size()) - 1);
        // Half look people up by first name, half by family name.
        const QString name = attempts % 2 == 0 ? givenNames().at(m_givenNameIndex.at(person))
                                               : familyNames().at(m_familyNameIndex.at(person));
        const bool oneWord =
            std::all_of(name.cbegin(), name.cend(), [](QChar ch) { return ch.isLetter(); });
        if (name.size() >= 4 && oneWord)
            names.append(name);
    }
    return names;
}

} // namespace kith::bench
