#pragma once

#include "TagLinks.h"
#include "Transaction.h"
#include "common/Result.h"
#include "model/Event.h"
#include "model/Interaction.h"
#include "model/OnlineGroup.h"
#include "model/Organization.h"
#include "model/Person.h"
#include "model/Recommendation.h"

#include <memory>
#include <optional>

namespace kith {

class Database;

namespace bulk {
class Staging;
enum class Table;
} // namespace bulk

// Writes many new records at once, for importers and the benchmark: tens of thousands of
// records per second with every index and the search index maintained, where the stores
// manage about fifteen thousand.
//
// The first add…() takes the write lock (BEGIN IMMEDIATE, or a savepoint inside a caller's
// transaction) and every record gets its final id at once, so a later batch can refer to
// records of an earlier one (a person's role to an organization, an interaction to its
// people). Nothing reaches the real tables before commit(), which writes everything in that
// one transaction and announces one Reset per kind written.
//
// All or nothing: when a batch fails (a record breaks a rule, or SQLite refuses a row)
// everything staged since the last commit() is discarded and the database is as it was.
// Between the first add…() and commit(), write to the database through this writer only.
class BulkWriter final
{
public:
    explicit BulkWriter(Database &db);
    ~BulkWriter(); // discards whatever was not committed

    BulkWriter(const BulkWriter &) = delete;
    BulkWriter &operator=(const BulkWriter &) = delete;

    // Each returns the ids the records will have, in order. A record that fails
    // validation rejects the call; its error names the record ("people[3].displayName").
    Result<QList<Id>> addOrganizations(const QList<Organization> &organizations);
    Result<QList<Id>> addPeople(const QList<Person> &people);
    Result<QList<Id>> addGroups(const QList<OnlineGroup> &groups); // with their members
    Result<QList<Id>> addEvents(const QList<Event> &events);
    Result<QList<Id>> addInteractions(const QList<Interaction> &interactions);
    Result<QList<Id>> addMemberships(const QList<Membership> &memberships);
    Result<QList<Id>> addRecommendations(const QList<Recommendation> &recommendations);

    // Writes everything staged and commits. A reference to a record that does not exist
    // fails here, and leaves the database unchanged.
    Status commit();
    // Drops everything staged since the last commit().
    void discard();
    bool hasPending() const { return m_tx.has_value(); }

private:
    template <typename Record>
    Result<QList<Id>> addBatch(const QList<Record> &records, const char *batchName,
                               bulk::Table idTable);
    Status begin();

    Status stage(const Organization &organization, Id id);
    Status stage(const Person &person, Id id);
    Status stage(const OnlineGroup &group, Id id);
    Status stage(const Event &event, Id id);
    Status stage(const Interaction &interaction, Id id);
    Status stage(const Membership &membership, Id id);
    Status stage(const Recommendation &recommendation, Id id);
    Status stageTags(TagTarget target, Id owner, const QStringList &tags);

    Database &m_db;
    std::unique_ptr<bulk::Staging> m_staging;
    std::optional<Transaction> m_tx;
    QByteArray m_now;    // created/updated stamp of everything in this transaction (UTF-8)
    QDate m_today;       // a person's known_since when left empty
    QList<Id> m_nextIds; // the next free id of each table, read under the write lock
};

} // namespace kith
