#pragma once

#include "common/Result.h"

#include <QString>

namespace kith {

class Database;

// Brings a database from its stored schema version to Database::schemaVersion, one
// numbered step at a time (core/storage/migrations/NNNN_*.sql). Each step runs in its own
// transaction together with the new PRAGMA user_version, so a failure leaves the file at
// the last complete step.
class Migrator
{
public:
    explicit Migrator(Database &db)
        : m_db(db)
    {}

    // Runs the missing steps. When the database already held a schema, a backup is written
    // to `backupDirectory` first and its path returned (empty when nothing had to run).
    Result<QString> migrate(const QString &backupDirectory);

    static int storedVersion(Database &db);

private:
    Status runStep(int version);

    Database &m_db;
};

} // namespace kith
