#pragma once

#include "model/Event.h"
#include "model/Interaction.h"
#include "model/OnlineGroup.h"
#include "model/Organization.h"
#include "model/Person.h"
#include "model/Recommendation.h"

#include <random>

namespace kith::bench {

// How big a synthetic network is. The defaults are the benchmark's reference size; scaled()
// keeps the proportions for another number of people.
struct NetworkSize
{
    int people = 100000;
    int organizations = 2000;
    int events = 5000;
    int interactions = 500000;
    int groups = 500;
    int memberships = 2000;
    int recommendations = 1000;

    static NetworkSize scaled(int people);
};

// A realistic, repeatable professional network: the same seed gives the same records.
// Records that refer to others take the ids the database gave those (BulkWriter returns
// them), so the generator never assumes how ids are numbered. People must be generated
// before anything that refers to them, and remember their names for interaction summaries.
class SyntheticNetwork
{
public:
    SyntheticNetwork(const NetworkSize &size, quint32 seed, const QDate &today);

    const NetworkSize &size() const { return m_size; }

    QList<Organization> organizations();
    QList<Event> events(const QList<Id> &organizationIds);
    // The next `count` people; `earlierPeople` are the ids of those generated before.
    QList<Person> people(int count, const QList<Id> &organizationIds, const QList<Id> &eventIds,
                         const QList<Id> &earlierPeople);
    QList<OnlineGroup> groups(const QList<Id> &personIds);
    // `count` interactions among `personIds` (every person generated, in order).
    QList<Interaction> interactions(int count, const QList<Id> &personIds,
                                    const QList<Id> &eventIds);
    QList<Membership> memberships(const QList<Id> &organizationIds, const QList<Id> &personIds);
    QList<Recommendation> recommendations(const QList<Id> &personIds);

    // Names of people generated so far, as a user would type them into search.
    QStringList sampleNames(int count);

private:
    int uniform(int lowest, int highest); // inclusive
    bool chance(double probability);
    template <typename List>
    const auto &pick(const List &list)
    {
        return list.at(uniform(0, int(list.size()) - 1));
    }
    QDate dateWithin(const QDate &first, const QDate &last);
    QString fill(QString text, int personIndex);

    NetworkSize m_size;
    std::mt19937 m_random;
    QDate m_today;
    QDate m_firstDay; // ten years back: the network's history
    QStringList m_organizationNames;
    QStringList m_eventNames;
    QList<int> m_givenNameIndex; // per person generated, for summaries
    QList<int> m_familyNameIndex;
};

} // namespace kith::bench
