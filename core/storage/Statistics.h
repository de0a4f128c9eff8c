#pragma once

#include "common/Result.h"

namespace kith {

class Database;

// How many records of each kind a database holds.
struct RecordCounts
{
    int schemaVersion = 0;
    qint64 people = 0;
    qint64 organizations = 0;
    qint64 groups = 0;
    qint64 memberships = 0;
    qint64 events = 0;
    qint64 interactions = 0;
    qint64 recommendationsGiven = 0;
    qint64 recommendationsReceived = 0;
    qint64 tags = 0;

    qint64 total() const
    {
        return people + organizations + groups + memberships + events + interactions +
               recommendationsGiven + recommendationsReceived + tags;
    }
};

Result<RecordCounts> countRecords(const Database &db);

// Runs SQLite's integrity and foreign-key checks and verifies that the search index matches
// the records; returns one line per problem, empty when the database is sound.
Result<QStringList> checkIntegrity(Database &db);

} // namespace kith
