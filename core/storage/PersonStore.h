#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/Person.h"

namespace kith {

class Database;

struct PersonFilter
{
    QString text; // every word matched as a prefix anywhere in the person's record
    QStringList tags;
    std::optional<RelationshipKind> relationship;
    std::optional<Id> employerId; // current role at this organization
    std::optional<Id> groupId;    // member of this group
    std::optional<Id> eventId;    // companion or person to meet at this event
    std::optional<Origin> origin;
    QDate knownFrom; // known_since within [from, to], either end open
    QDate knownTo;
    QList<Id> ids; // only these people (for click-through from the dashboard)
};

enum class PersonSort
{
    Name,
    Organization,
    Title,
    City,
    KnownSince,
    LastContact,
    Updated
};

struct PersonQuery
{
    PersonFilter filter;
    PersonSort sort = PersonSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    Page page;
};

// One line of the people list.
struct PersonSummary
{
    Id id = 0;
    QString displayName;
    QString headline;
    QString title;        // of the current role
    QString organization; // of the current role
    QString location;
    QDate knownSince;
    QDate lastContact; // latest interaction; invalid when none
};

// People and everything that belongs to one person alone (e-mails, phones, profiles,
// roles, relationship kinds, tags, photo).
//
// Delete rule: removing a person removes what belongs to them (the above, their
// memberships, recommendations, group and event participation) and every interaction in
// which nobody else took part. Interactions shared with other people stay, without them;
// people they introduced and groups found through them stay, with the link cleared.
class PersonStore
{
public:
    explicit PersonStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Person &person);
    Result<Person> get(Id id) const;
    Status update(const Person &person);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);

    Result<QList<PersonSummary>> list(const PersonQuery &query) const;
    Result<qint64> count(const PersonFilter &filter) const;
    // The row at which `id` appears in list(query) without paging; empty when filtered out.
    Result<std::optional<qint64>> position(const PersonQuery &query, Id id) const;
    // Display names by id, for pickers and labels.
    Result<QString> displayName(Id id) const;

    // Puts the keep-in-touch reminder for this person off until `until`.
    Status snoozeKeepInTouch(Id id, const QDate &until);
    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

private:
    Status write(Person &person, bool isNew);
    Status writeChildren(const Person &person);
    Status removeOne(Id id);
    QList<Id> organizationsOf(Id id) const;
    void notifyLinked(const Person &person, QList<Id> formerOrganizations);

    Database &m_db;
};

Filter personFilterSql(const PersonFilter &filter);

} // namespace kith
