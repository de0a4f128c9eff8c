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

#include <optional>
#include <tuple>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

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

// Opens a Qt connection; SQLite itself reports problems only at the first statement.
bool openConnection(const QString &name, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sql::busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db.open();
}

sqlite3 *handleOf(const QSqlDatabase &connection)
{
    const QVariant value = connection.driver()->handle();
    if (!value.isValid() || qstrcmp(value.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(value.constData());
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
                                tr("Cannot open %1").arg(path),
                                sql::systemErrno(handleOf(QSqlDatabase::database(name, false))));
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

// WAL keeps two working files beside the database, "-wal" and "-shm", which SQLite creates
// on the first write (and deletes on the last close). A read-only folder with a writable
// file would otherwise fail later with "unable to open database file".
Status checkWorkingFilesCanBeMade(const QString &path)
{
    const QFileInfo file(path);
    if (QFileInfo(file.absolutePath()).isWritable())
        return {};
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QFileInfo working(path + suffix);
        if (!working.exists() || !working.isWritable()) {
            return Error(ErrorCode::ReadOnly,
                         tr("The folder %1 is read-only. Kith keeps two working files beside "
                            "the database while it is open (%2-wal and %2-shm) and cannot "
                            "create them there; make the folder writable, or move the "
                            "database to a folder that is. The file has not been changed.")
                             .arg(file.absolutePath(), file.fileName()));
        }
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
    if (!m_readOnly && m_inode != 0 && !checkFileIdentity())
        releaseMovedFile();
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
        if (!options.readOnly && !QFileInfo(absolute).isWritable()) {
            return Error(ErrorCode::ReadOnly,
                         tr("%1 is read-only; Kith cannot save changes to it.").arg(absolute));
        }
        if (!header->empty) {
            if (Status status =
                    checkIdentity(absolute, header->userVersion, header->applicationId, 0);
                !status) {
                return status.error();
            }
            // Before SQLite opens it: in a read-only folder it could not make its -shm.
            if (!options.readOnly) {
                if (Status status = checkWorkingFilesCanBeMade(absolute); !status)
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
    db->rememberFileIdentity();
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

namespace {

// The device and inode `path` names now; nullopt when nothing is there.
std::optional<std::pair<quint64, quint64>> fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return std::nullopt;
    return std::pair{quint64(info.st_dev), quint64(info.st_ino)};
#else
    return QFileInfo::exists(path) ? std::optional(std::pair<quint64, quint64>{0, 0})
                                   : std::nullopt;
#endif
}

} // namespace

void Database::rememberFileIdentity()
{
    // The connection has read the file by now (configure), so this is the file it holds.
    if (const auto identity = fileIdentity(m_path))
        std::tie(m_device, m_inode) = *identity;
}

Status Database::checkFileIdentity() const
{
    const auto identity = fileIdentity(m_path);
    if (!identity) {
        return Error(ErrorCode::Io,
                     tr("%1 was deleted or moved away while Kith had it open. Nothing was "
                        "saved; open the file again, or restore a backup.")
                         .arg(m_path));
    }
    if (m_inode != 0 && *identity != std::pair{m_device, m_inode}) {
        return Error(ErrorCode::Io,
                     tr("%1 was replaced by another file while Kith had it open. Nothing was "
                        "saved, so the new file was not overwritten; open it again to work "
                        "with what it holds now.")
                         .arg(m_path));
    }
    return {};
}

void Database::releaseMovedFile()
{
    // A checkpoint writes through the connection's own file descriptor, into the file it
    // opened wherever that is now; TRUNCATE leaves an empty WAL that nobody reads.
    Query checkpoint(*this, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    (void)checkpoint.exec();
}

Result<qint64> Database::dataVersion() const
{
    Query query(*this, QStringLiteral("PRAGMA data_version"));
    return query.scalar();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    return handleOf(connection());
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
    const int systemErrno = sql::systemErrno(target);
    sqlite3_close(target);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return sql::error(rc, message, doing, systemErrno);
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
    return sql::error(sqlite3_extended_errcode(h), QString::fromUtf8(sqlite3_errmsg(h)), doing,
                      sql::systemErrno(h));
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
