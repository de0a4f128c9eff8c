#include "Restore.h"

#include "Backups.h"
#include "Database.h"
#include "DatabaseFile.h"
#include "Statistics.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sqlite3.h>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Restore", text);
}

const QStringList sidecars = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

// A backup is a closed file, so copying its bytes (and a WAL beside it) is safe; the copy is
// what gets opened, migrated and checked, never the backup itself.
Result<std::unique_ptr<Database>> openCheckedCopy(const QString &backup, const QTemporaryDir &dir)
{
    const QString staged = dir.filePath(QStringLiteral("restore.sqlite"));
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        if (QFileInfo::exists(backup + suffix) && !QFile::copy(backup + suffix, staged + suffix))
            return Error(ErrorCode::Io, tr("Cannot read %1.").arg(backup + suffix));
    }
    Database::Options options;
    options.create = false;
    options.dailyBackup = false;
    options.backupDirectory = dir.filePath(QStringLiteral("migration"));
    Result<std::unique_ptr<Database>> opened = Database::open(staged, options);
    if (!opened)
        return Error(opened.error().code(),
                     QString(opened.error().message()).replace(staged, backup));
    Result<QStringList> problems = checkIntegrity(**opened);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        return Error(ErrorCode::Corrupt,
                     tr("%1 is damaged: %2").arg(backup, problems->constFirst()));
    }
    return opened;
}

// Keeps the bytes of a current file that cannot be opened, then clears it for a new one.
Status setAsideUnreadable(const QString &databasePath, const QString &keptPath)
{
    for (const QString &suffix : sidecars) {
        if (!QFileInfo::exists(databasePath + suffix))
            continue;
        if (!suffix.endsWith(QStringLiteral("shm"))) {
            if (!QFile::copy(databasePath + suffix, keptPath + suffix))
                return Error(ErrorCode::Io, tr("Cannot keep a copy of %1.").arg(databasePath));
            QFile::setPermissions(keptPath + suffix, QFile::ReadOwner | QFile::WriteOwner);
        }
        if (!QFile::remove(databasePath + suffix))
            return Error(ErrorCode::Io, tr("Cannot replace %1.").arg(databasePath + suffix));
    }
    return {};
}

Status copyInto(Database &target, Database &source)
{
    const QString doing = tr("Restoring into %1").arg(target.path());
    sqlite3_backup *backup = sqlite3_backup_init(target.handle(), "main", source.handle(), "main");
    if (!backup)
        return target.lastError(doing);
    // All pages in one step: one write transaction on the target, all or nothing.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return target.lastError(doing);
    return {};
}

} // namespace

Result<RestoreOutcome> restoreDatabase(const QString &databasePath, const QString &backupPath,
                                       const RestoreOptions &options)
{
    const QString target = QFileInfo(databasePath).absoluteFilePath();
    const QString backup = QFileInfo(backupPath).absoluteFilePath();
    const QString notRestoring = tr("Not restoring: ");
    if (!QFileInfo(backup).isFile())
        return Error(ErrorCode::NotFound, notRestoring + tr("%1 does not exist.").arg(backup));
    if (QFileInfo(backup) == QFileInfo(target)) {
        return Error(ErrorCode::InvalidArgument,
                     notRestoring + tr("%1 is the database itself.").arg(backup));
    }
    Result<DatabaseFile::Header> header = DatabaseFile::readHeader(backup);
    if (!header)
        return header.error().withContext(notRestoring);
    if (header->empty)
        return Error(ErrorCode::NotADatabase, notRestoring + tr("%1 is empty.").arg(backup));

    QTemporaryDir staging;
    if (!staging.isValid())
        return Error(ErrorCode::Io, notRestoring + tr("no room for a temporary copy."));
    Result<std::unique_ptr<Database>> source = openCheckedCopy(backup, staging);
    if (!source)
        return source.error().withContext(notRestoring);

    RestoreOutcome outcome;
    outcome.backupSchema = header->userVersion;
    const QString backups = options.backupDirectory.isEmpty()
                                ? DatabaseFile::defaultBackupDirectory(target)
                                : options.backupDirectory;
    const QDateTime now = options.clock ? options.clock() : QDateTime::currentDateTimeUtc();

    Database::Options targetOptions;
    targetOptions.dailyBackup = false;
    targetOptions.backupDirectory = backups;
    targetOptions.clock = options.clock;
    const bool existed = QFileInfo::exists(target) && QFileInfo(target).size() > 0;
    bool keptACopy = false; // of what the file holds now, before-restore
    Result<std::unique_ptr<Database>> current = Database::open(target, targetOptions);
    if (!current) {
        if (!options.force) {
            return Error(current.error().code(),
                         notRestoring + current.error().message() +
                             tr(" Forcing the restore replaces it and keeps a copy of its bytes."));
        }
        if (Status status = Backups::ensurePrivateFolder(backups); !status)
            return status.error().withContext(notRestoring);
        outcome.keptBackup =
            QDir(backups).filePath(Backups::stampedName(target, QStringLiteral("replaced"), now));
        if (Status status = setAsideUnreadable(target, outcome.keptBackup); !status)
            return status.error().withContext(notRestoring);
        current = Database::open(target, targetOptions);
        if (!current)
            return current.error().withContext(notRestoring);
    } else if (existed) {
        if (Status status = Backups::ensurePrivateFolder(backups); !status)
            return status.error().withContext(notRestoring);
        outcome.keptBackup = QDir(backups).filePath(
            Backups::stampedName(target, QStringLiteral("before-restore"), now));
        if (Status status = (*current)->backupTo(outcome.keptBackup); !status)
            return status.error().withContext(notRestoring);
        keptACopy = true;
    }

    if (Status status = copyInto(**current, **source); !status) {
        // Nothing was replaced (a busy file, a full disk), so the copy of what the file
        // holds is no way back from anything and would only take up room.
        if (keptACopy)
            QFile::remove(outcome.keptBackup);
        return status.error();
    }
    (*current)->verifyAgain();
    Result<QStringList> problems = checkIntegrity(**current);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error(ErrorCode::Corrupt, problems->constFirst());
    return outcome;
}

} // namespace kith
