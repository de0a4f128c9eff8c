#include "Database.h"

#include "Backups.h"
#include "DatabaseFile.h"
#include "Migrator.h"
#include "Sql.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Database", text);
}

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("kith-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr int busyTimeoutMs = 5000;

// Opens a Qt connection; SQLite itself reports problems only at the first statement.
bool openConnection(const QString &name, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db.open();
}

void closeConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

struct Inspection
{
    int userVersion = 0;
    qint32 applicationId = 0;
    int objects = 0;
};

// Reads what identifies a Kith database through a read-only connection, so nothing is
// written to a file that turns out to be foreign, damaged or newer.
Result<Inspection> inspect(const QString &path)
{
    const QString name = newConnectionName();
    Result<Inspection> result = Error(ErrorCode::Io, tr("Cannot open %1.").arg(path));
    if (openConnection(name, path, true)) {
        QSqlQuery query(QSqlDatabase::database(name, false));
        Inspection inspection;
        bool ok = query.exec(QStringLiteral("PRAGMA user_version")) && query.next();
        if (ok)
            inspection.userVersion = query.value(0).toInt();
        ok = ok && query.exec(QStringLiteral("PRAGMA application_id")) && query.next();
        if (ok)
            inspection.applicationId = query.value(0).toInt();
        ok = ok && query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) && query.next();
        if (ok) {
            inspection.objects = query.value(0).toInt();
            result = inspection;
        } else {
            const QSqlError err = query.lastError();
            result = sql::error(err.nativeErrorCode().toInt(), err.databaseText(),
                                tr("Cannot open %1").arg(path));
        }
    }
    closeConnection(name);
    return result;
}

Status checkIdentity(const QString &path, int userVersion, qint32 appId, int objects)
{
    if (userVersion > Database::schemaVersion) {
        return Error(ErrorCode::NewerSchema,
                     tr("%1 was written by a newer version of Kith (schema %2; this version "
                        "reads up to %3). It has not been changed; please update Kith.")
                         .arg(path)
                         .arg(userVersion)
                         .arg(Database::schemaVersion));
    }
    const bool foreignId = appId != 0 && appId != Database::applicationId;
    const bool foreignTables = appId == 0 && userVersion == 0 && objects > 0;
    if (foreignId || foreignTables) {
        return Error(ErrorCode::NotKith,
                     tr("%1 is an SQLite database of another program, not a Kith database. "
                        "It has not been changed.")
                         .arg(path));
    }
    return {};
}

} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    qRegisterMetaType<kith::Change>();
}

Database::~Database()
{
    closeConnection(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool exists = QFileInfo::exists(absolute);
    bool fresh = !exists; // nothing in it worth a daily backup yet
    if (!exists) {
        if (!options.create || options.readOnly)
            return Error(ErrorCode::NotFound, tr("%1 does not exist.").arg(absolute));
        if (Status status = DatabaseFile::createPrivateFile(absolute); !status)
            return status.error();
    } else {
        Result<DatabaseFile::Header> header = DatabaseFile::readHeader(absolute);
        if (!header)
            return header.error();
        fresh = header->empty;
        if (!header->empty) {
            if (Status status =
                    checkIdentity(absolute, header->userVersion, header->applicationId, 0);
                !status) {
                return status.error();
            }
            // The header can lag behind a WAL that was never checkpointed; look inside.
            Result<Inspection> inside = inspect(absolute);
            if (!inside)
                return inside.error();
            if (Status status = checkIdentity(absolute, inside->userVersion, inside->applicationId,
                                              inside->objects);
                !status) {
                return status.error();
            }
            if (options.readOnly && inside->userVersion < schemaVersion) {
                return Error(ErrorCode::ReadOnly,
                             tr("%1 needs an upgrade to this version of Kith, which cannot "
                                "happen while it is opened read-only.")
                                 .arg(absolute));
            }
        }
        if (!options.readOnly && !QFileInfo(absolute).isWritable()) {
            return Error(ErrorCode::ReadOnly,
                         tr("%1 is read-only; Kith cannot save changes to it.").arg(absolute));
        }
    }

    const QString name = newConnectionName();
    if (!openConnection(name, absolute, options.readOnly)) {
        const QString text = QSqlDatabase::database(name, false).lastError().text();
        closeConnection(name);
        return Error(ErrorCode::Io, tr("Cannot open %1: %2").arg(absolute, text));
    }
    std::unique_ptr<Database> db(new Database(absolute, name, options.readOnly));
    if (options.clock)
        db->setClock(options.clock);
    if (Status status = db->configure(); !status)
        return status.error();
    if (!options.readOnly) {
        const QString backups = options.backupDirectory.isEmpty()
                                    ? DatabaseFile::defaultBackupDirectory(absolute)
                                    : options.backupDirectory;
        Result<QString> migrated = Migrator(*db).migrate(backups);
        if (!migrated)
            return migrated.error();
        db->m_migrationBackup = *migrated;
        if (options.dailyBackup && !fresh) {
            Result<QString> daily = Backups::writeDaily(*db, backups);
            if (daily)
                db->m_dailyBackup = *daily;
            else
                db->m_backupProblem = daily.error().message();
        }
    }
    return db;
}

Status Database::configure()
{
    const QString doing = tr("Opening %1").arg(m_path);
    QStringList pragmas = {QStringLiteral("PRAGMA foreign_keys = ON"),
                           QStringLiteral("PRAGMA cache_size = -16000"),
                           QStringLiteral("PRAGMA temp_store = MEMORY")};
    if (!m_readOnly) {
        pragmas += {QStringLiteral("PRAGMA journal_mode = WAL"),
                    // Every commit reaches the disk: nothing typed is lost to a power cut.
                    QStringLiteral("PRAGMA synchronous = FULL")};
    }
    for (const QString &pragma : pragmas) {
        Query query(*this, pragma);
        if (Status status = query.exec(doing); !status)
            return status;
    }
    return {};
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    const QVariant value = connection().driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
}

QString Database::timestamp() const
{
    return now().toUTC().toString(Qt::ISODate);
}

Status Database::backupTo(const QString &destination) const
{
    const QString doing = tr("Writing a backup to %1").arg(destination);
    const QString partial = destination + QStringLiteral(".part");
    QFile::remove(partial);
    if (Status status = DatabaseFile::createPrivateFile(partial); !status)
        return status.error().withContext(doing + QStringLiteral(": "));

    sqlite3 *target = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &target, SQLITE_OPEN_READWRITE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", handle(), "main");
        if (backup) {
            // -1 copies every page in one step, so the copy is one consistent snapshot.
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? sqlite3_errcode(target) : rc;
        } else {
            rc = sqlite3_errcode(target);
        }
    }
    const QString message = QString::fromUtf8(target ? sqlite3_errmsg(target) : sqlite3_errstr(rc));
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return sql::error(rc, message, doing);
    }
    QFile::remove(destination);
    if (!QFile::rename(partial, destination)) {
        QFile::remove(partial);
        return Error(ErrorCode::Io, doing + tr(": cannot rename the finished copy."));
    }
    return {};
}

void Database::notify(Change change)
{
    if (m_transactionDepth > 0) {
        m_pending.append(std::move(change));
        return;
    }
    Q_EMIT changed(change);
}

Error Database::lastError(const QString &doing) const
{
    sqlite3 *h = handle();
    if (!h)
        return Error(ErrorCode::Storage, doing);
    return sql::error(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)), doing);
}

void Database::beginTransactionScope()
{
    ++m_transactionDepth;
}

void Database::endTransactionScope(bool committed, qsizetype pendingMark)
{
    --m_transactionDepth;
    if (!committed) {
        m_pending.resize(pendingMark);
        return;
    }
    if (m_transactionDepth > 0)
        return;
    const QList<Change> changes = std::exchange(m_pending, {});
    for (const Change &change : changes)
        Q_EMIT changed(change);
}

} // namespace kith
