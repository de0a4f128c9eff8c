#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kith {

class Database;

// The backups kept in a database's "<name>-backups" folder (0700, every file 0600), all
// written with SQLite's online backup API:
//   <name>-daily-YYYY-MM-DD.sqlite           first writable open of a local calendar day;
//                                            only the newest `dailyKeep` are kept
//   <name>-before-vN-YYYYMMDD-HHMMSS.sqlite  before a migration to schema N
//   <name>-before-restore-YYYYMMDD-HHMMSS.sqlite  what a restore replaced
// Only daily backups rotate. The others are rare, and each is the one way back from an
// upgrade or a restore, so Kith never deletes them itself.
namespace Backups {

enum class Kind
{
    Daily,
    BeforeMigration,
    BeforeRestore,
    Replaced,
    Other
};

struct Entry
{
    QString path;
    Kind kind = Kind::Other;
    QDateTime written; // the file's modification time
    qint64 size = 0;
};

// The `setting` key holding how many daily backups to keep; 0 turns them off.
QString dailyKeepKey();
constexpr int defaultDailyKeep = 7;
int dailyKeep(Database &db); // the setting, or the default when unset or not a number ≥ 0

QString dailyName(const QString &databasePath, QDate day);
// A name for a one-off backup of the given purpose ("before-restore"), stamped with now.
QString stampedName(const QString &databasePath, const QString &purpose, const QDateTime &now);

// Writes today's backup into `directory` unless it already exists (then returns an empty
// path) or daily backups are off, and removes the daily backups beyond the newest kept.
Result<QString> writeDaily(Database &db, const QString &directory);

// Creates the backup folder readable by its owner only when it does not exist.
Status ensurePrivateFolder(const QString &directory);

// Every backup of `databasePath` in `directory`, newest first.
QList<Entry> list(const QString &databasePath, const QString &directory);
QString kindKey(Kind kind); // "daily", "before-migration", …

} // namespace Backups

} // namespace kith
