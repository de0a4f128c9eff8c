#include "Migrator.h"

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
    return sql::error(rc, text, doing);
}

} // namespace

int Migrator::storedVersion(Database &db)
{
    Query query(db, QStringLiteral("PRAGMA user_version"));
    return static_cast<int>(query.scalar().valueOr(0));
}

Result<QString> Migrator::migrate(const QString &backupDirectory)
{
    const int from = storedVersion(m_db);
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
        if (Status status = m_db.backupTo(backup); !status)
            return status.error().withContext(tr("Not upgrading the database: "));
    }
    for (int version = from + 1; version <= Database::schemaVersion; ++version) {
        if (Status status = runStep(version); !status)
            return status.error();
    }
    return backup;
}

Status Migrator::runStep(int version)
{
    const QByteArray script = stepScript(version);
    if (script.isEmpty())
        return Error(ErrorCode::Storage,
                     tr("Schema step %1 is missing from this build.").arg(version));

    const QString doing = tr("Upgrading the database to schema version %1").arg(version);
    sqlite3 *handle = m_db.handle();
    if (Status status = execScript(handle, "BEGIN IMMEDIATE", doing); !status)
        return status;
    // Another process may have upgraded the file while we waited for the lock.
    if (storedVersion(m_db) >= version) {
        static_cast<void>(execScript(handle, "ROLLBACK", doing));
        return {};
    }
    const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version) + ';';
    Status status = execScript(handle, script, doing);
    if (status)
        status = execScript(handle, setVersion, doing);
    if (status)
        status = execScript(handle, "COMMIT", doing);
    if (!status)
        static_cast<void>(execScript(handle, "ROLLBACK", doing));
    return status;
}

} // namespace kith
