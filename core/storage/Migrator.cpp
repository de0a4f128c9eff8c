#include "Migrator.h"

#include "Backups.h"
#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Migrator", text);
}

// The script of step `version`, compiled in from core/storage/migrations.
QByteArray stepScript(int version)
{
    const QDir dir(QStringLiteral(":/kith/migrations"));
    const QString prefix = QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'));
    const QStringList matches = dir.entryList({prefix + QStringLiteral("*.sql")}, QDir::Files);
    if (matches.size() != 1)
        return {};
    QFile file(dir.filePath(matches.first()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

Status execScript(sqlite3 *handle, const QByteArray &script, const QString &doing)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, script.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return {};
    const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
    sqlite3_free(message);
    // The extended code and errno tell a full disk (EFBIG, ENOSPC) from other I/O errors.
    return sql::error(sqlite3_extended_errcode(handle), text, doing, sql::systemErrno(handle));
}

} // namespace

Result<int> Migrator::storedVersion(Database &db)
{
    Query query(db, QStringLiteral("PRAGMA user_version"));
    Result<qint64> version = query.scalar(tr("Reading the schema version of %1").arg(db.path()));
    if (!version)
        return version.error();
    return static_cast<int>(*version);
}

Result<QString> Migrator::migrate(const QString &backupDirectory)
{
    // A version that cannot be read is not 0: step 1 on a full file would be wrong.
    Result<int> stored = storedVersion(m_db);
    if (!stored)
        return stored.error();
    const int from = *stored;
    if (from >= Database::schemaVersion)
        return QString();

    QString backup;
    if (from > 0) {
        const QString name =
            QStringLiteral("%1-before-v%2-%3.sqlite")
                .arg(QFileInfo(m_db.path()).completeBaseName())
                .arg(Database::schemaVersion)
                .arg(m_db.now().toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        backup = QDir(backupDirectory).filePath(name);
        if (Status status = Backups::ensurePrivateFolder(backupDirectory); !status)
            return status.error().withContext(tr("Not upgrading the database: "));
        if (Status status = m_db.backupTo(backup); !status)
            return status.error().withContext(tr("Not upgrading the database: "));
    }
    if (Status status = runSteps(); !status) {
        // The file is as it was, so the copy is not a way back from anything; on a full
        // disk, each try would otherwise take another copy's worth of space.
        if (!backup.isEmpty())
            QFile::remove(backup);
        return status.error();
    }
    return backup;
}

Status Migrator::runSteps()
{
    sqlite3 *handle = m_db.handle();
    const QString doing =
        tr("Upgrading the database to schema version %1").arg(Database::schemaVersion);
    if (Status status = execScript(handle, "BEGIN IMMEDIATE", doing); !status)
        return status;
    // Another process may have upgraded the file while we waited for the lock.
    Result<int> stored = storedVersion(m_db);
    Status status = stored ? Status() : Status(stored.error());
    for (int version = stored.valueOr(0) + 1; status && version <= Database::schemaVersion;
         ++version) {
        status = runStep(version);
    }
    if (status)
        status = execScript(handle, "COMMIT", doing);
    if (!status)
        static_cast<void>(execScript(handle, "ROLLBACK", doing));
    return status;
}

Status Migrator::runStep(int version)
{
    const QByteArray script = stepScript(version);
    if (script.isEmpty())
        return Error(ErrorCode::Storage,
                     tr("Schema step %1 is missing from this build.").arg(version));

    const QString doing = tr("Upgrading the database to schema version %1").arg(version);
    sqlite3 *handle = m_db.handle();
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version) + ';';
    Status status = execScript(handle, script, doing);
    if (status)
        status = execScript(handle, setVersion, doing);
    return status;
}

} // namespace kith
