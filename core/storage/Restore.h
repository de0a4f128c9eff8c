#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QString>

#include <functional>

namespace kith {

struct RestoreOptions
{
    // Replace a current file that does not open as a Kith database (a raw copy of its bytes
    // is kept). A current file that opens is always backed up first, so needs no force.
    bool force = false;
    QString backupDirectory; // empty: the "<name>-backups" folder beside the database
    std::function<QDateTime()> clock;
};

struct RestoreOutcome
{
    QString keptBackup; // what the restore replaced; empty when there was no database yet
    int backupSchema = 0;
};

// Replaces the content of `databasePath` with `backupPath`. The backup is checked first on
// a private copy: it must be a Kith database no newer than this Kith, open, migrate when
// older, and pass the integrity and foreign-key checks; otherwise nothing is touched. The
// current content is then backed up and overwritten in one transaction through SQLite's
// backup API, so a crash leaves either the old or the restored database.
Result<RestoreOutcome> restoreDatabase(const QString &databasePath, const QString &backupPath,
                                       const RestoreOptions &options = {});

} // namespace kith
