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
    Unfinished, // a copy that a killed Kith left half-written ("….sqlite.part")
    Other
};

struct Entry
{
    QString path;
    Kind kind = Kind::Other;
    QDateTime written; // the file's modification time
    qint64 size = 0;
    bool datedInFuture = false; // a daily backup named after a day still to come
};

// The `setting` key holding how many daily backups to keep; 0 turns them off.
QString dailyKeepKey();
constexpr int defaultDailyKeep = 7;
int dailyKeep(Database &db); // the setting, or the default when unset or not a number ≥ 0

QString dailyName(const QString &databasePath, QDate day);
// A name for a one-off backup of the given purpose ("before-restore"), stamped with now.
QString stampedName(const QString &databasePath, const QString &purpose, const QDateTime &now);

struct DailyBackup
{
    QString path;      // empty when today's existed already or daily backups are off
    QStringList notes; // what rotation left alone and why (backups dated in the future)
};

// Writes today's backup into `directory` unless it already exists or daily backups are
// off, and removes the daily backups beyond the newest kept, except the newest that passes
// quick_check and those dated after today. A damaged database is never backed up.
Result<DailyBackup> writeDaily(Database &db, const QString &directory);

// Removes the daily backups beyond the newest `keep`, but never the newest one that passes
// quick_check, and never one dated after `today`: a clock that was once wrong would
// otherwise have every new backup deleted at once while the stale ones stayed for good.
// Returns what it left alone and why, for the user.
QStringList rotate(const QString &databasePath, const QString &directory, int keep, QDate today);

// Creates the backup folder readable by its owner only when it does not exist; an existing
// one must be a real folder (not a link) of the user's own, and is made private (0700).
Status ensurePrivateFolder(const QString &directory);

// Whether SQLite's quick_check finds the closed file at `path` sound.
bool passesQuickCheck(const QString &path);

// Unfinished copies ("….sqlite.part") older than this were left by a killed Kith.
constexpr int stalePartialSeconds = 3600;
void removeStalePartials(const QString &directory, const QDateTime &now);

// Every backup of `databasePath` in `directory`, newest first, unfinished copies included.
QList<Entry> list(const QString &databasePath, const QString &directory);
// The newest backup that passes quick_check (not dated in the future), or empty.
QString newestSound(const QString &databasePath, const QString &directory);
QString kindKey(Kind kind); // "daily", "before-migration", …

} // namespace Backups

} // namespace kith
