#pragma once

#include "common/Result.h"

#include <QString>

namespace kith {

class Database;

// Brings a database from its stored schema version to Database::schemaVersion, one
// numbered step at a time (core/storage/migrations/NNNN_*.sql). All the missing steps run
// in one transaction together with the new PRAGMA user_version, so a failure anywhere (a
// full disk half-way through) leaves the file at the version it had.
class Migrator
{
public:
    explicit Migrator(Database &db)
        : m_db(db)
    {}

    // Runs the missing steps. When the database already held a schema, a backup is written
    // to `backupDirectory` first and its path returned (empty when nothing had to run).
    Result<QString> migrate(const QString &backupDirectory);

    static Result<int> storedVersion(Database &db);

private:
    Status runSteps();
    Status runStep(int version);

    Database &m_db;
};

} // namespace kith
