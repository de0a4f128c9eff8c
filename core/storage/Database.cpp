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
#include <QLocale>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>

#include <optional>
#include <tuple>

#include <sqlite3.h>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
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
// `immutable` reads a file that cannot change (read-only media) without the -shm that WAL
// needs, which cannot be made there.
bool openConnection(const QString &name, const QString &path, bool readOnly, bool immutable = false)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(sql::busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    if (immutable) {
        options += QStringLiteral(";QSQLITE_OPEN_URI");
        db.setDatabaseName(QStringLiteral("file:%1?immutable=1")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(path, "/"))));
    } else {
        db.setDatabaseName(path);
    }
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
Result<Inspection> inspect(const QString &path, bool immutable)
{
    const QString name = newConnectionName();
    Result<Inspection> result = Error(ErrorCode::Io, tr("Cannot open %1.").arg(path));
    if (openConnection(name, path, true, immutable)) {
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

// After a read-only open of a WAL file failed for want of its -shm (read-only media, a full
// disk): whether it can be read as it stands. A -shm the failed open began and could not
// finish (a full disk leaves a few bytes) is removed; a real one is at least 32 KiB.
Result<Inspection> readableAsItStands(const QString &path, const Error &failure)
{
    if (failure.code() != ErrorCode::ReadOnly && failure.code() != ErrorCode::Io)
        return failure;
    const QFileInfo shm(path + QStringLiteral("-shm"));
    if (shm.exists() && shm.size() > 0 && shm.size() < 32768)
        QFile::remove(shm.absoluteFilePath());
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0) {
        return Error(failure.code(),
                     tr("%1 cannot be read where it is: its latest changes are still in %2, and "
                        "SQLite cannot make the working file it needs to read them there (%3). "
                        "Copy both files to a folder you can write to and open the copy.")
                         .arg(path, wal.fileName(), failure.message()));
    }
    return inspect(path, true);
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

// A file shorter than its header says (a copy or download that stopped part-way) would
// only give SQLite's "malformed" at some later page. Pages past the end may still be in an
// unmerged -wal, so only a file without one is measured.
Status checkComplete(const QString &path, const DatabaseFile::Header &header)
{
    if (header.pageSize == 0) {
        return Error(ErrorCode::NotADatabase,
                     tr("%1 is not a usable Kith database: its header is damaged (it gives no "
                        "valid page size). It has not been changed; restore a backup of it.")
                         .arg(path));
    }
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (header.pageCount == 0 || (wal.exists() && wal.size() > 0))
        return {};
    const qint64 expected = qint64(header.pageCount) * header.pageSize;
    const qint64 actual = QFileInfo(path).size();
    if (actual >= expected)
        return {};
    const QLocale locale;
    return Error(ErrorCode::Corrupt,
                 tr("%1 is cut short: it holds %2 of the %3 bytes its header describes, as a "
                    "copy or download that stopped part-way would. It has not been changed.")
                     .arg(path, locale.toString(actual), locale.toString(expected)));
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

// SQLite makes a database's -wal and -shm as it opens it. When the open then fails (a full
// disk, a file that is not a database after all), the ones this open made would stay
// behind for nothing: they are removed unless complete enough to be in use (an -shm of at
// least 32 KiB, a -wal with content). Working files that were there before are left alone.
class WorkingFilesGuard
{
public:
    explicit WorkingFilesGuard(const QString &path)
        : m_path(path)
        , m_hadWal(QFileInfo::exists(path + QStringLiteral("-wal")))
        , m_hadShm(QFileInfo::exists(path + QStringLiteral("-shm")))
    {}
    ~WorkingFilesGuard()
    {
        if (m_dismissed)
            return;
        const QFileInfo wal(m_path + QStringLiteral("-wal"));
        const QFileInfo shm(m_path + QStringLiteral("-shm"));
        if (!m_hadShm && shm.exists() && shm.size() < 32768)
            QFile::remove(shm.absoluteFilePath());
        if (!m_hadWal && wal.exists() && wal.size() == 0)
            QFile::remove(wal.absoluteFilePath());
    }
    WorkingFilesGuard(const WorkingFilesGuard &) = delete;
    WorkingFilesGuard &operator=(const WorkingFilesGuard &) = delete;
    void dismiss() { m_dismissed = true; }

private:
    QString m_path;
    bool m_hadWal;
    bool m_hadShm;
    bool m_dismissed = false;
};

// Kith's files are readable by their owner only; an empty file made by someone else's
// `touch` (0644, or 0666 under umask 000) is made so when Kith first writes into it.
void makePrivate(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    if (::stat(native.constData(), &info) == 0 && info.st_uid == ::geteuid() &&
        (info.st_mode & 077) != 0)
        ::chmod(native.constData(), 0600);
#else
    Q_UNUSED(path);
#endif
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
    bool immutable = false;
    WorkingFilesGuard workingFiles(absolute);
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
            if (Status status = checkComplete(absolute, *header); !status)
                return status.error();
            // Before SQLite opens it: in a read-only folder it could not make its -shm.
            if (!options.readOnly) {
                if (Status status = checkWorkingFilesCanBeMade(absolute); !status)
                    return status.error();
            }
            // The header can lag behind a WAL that was never checkpointed; look inside.
            Result<Inspection> inside = inspect(absolute, false);
            if (!inside && options.readOnly && header->wal) {
                // On read-only media or a full disk SQLite cannot make the -shm that reading
                // a WAL file needs. Nobody can be writing such a file, so it can be read as
                // it stands, unless its -wal holds changes (then they would be missed).
                Result<Inspection> asItStands = readableAsItStands(absolute, inside.error());
                if (asItStands) {
                    immutable = true;
                    inside = asItStands;
                }
            }
            if (!inside && inside.error().code() == ErrorCode::Corrupt) {
                return Error(ErrorCode::Corrupt, tr("%1 is damaged beyond reading (%2).")
                                                     .arg(absolute, inside.error().message()));
            }
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
    if (!openConnection(name, absolute, options.readOnly, immutable)) {
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
    if (exists && fresh && !options.readOnly)
        makePrivate(absolute); // an empty file someone else made becomes the user's data
    if (options.verify && !fresh)
        db->verify();
    if (db->isDamaged()) {
        // Neither upgraded nor copied into the daily backups, where it would push out good
        // copies; what can still be read stays readable.
        Result<int> stored = Migrator::storedVersion(*db);
        if (!stored || *stored < schemaVersion)
            return Error(ErrorCode::Corrupt, db->damageMessage());
        db->m_backupProblem = tr("%1 is damaged, so it was not copied into the daily backups.")
                                  .arg(QFileInfo(absolute).fileName());
        workingFiles.dismiss();
        return db;
    }
    if (!options.readOnly) {
        const QString backups = options.backupDirectory.isEmpty()
                                    ? DatabaseFile::defaultBackupDirectory(absolute)
                                    : options.backupDirectory;
        Result<QString> migrated = Migrator(*db).migrate(backups);
        if (!migrated)
            return migrated.error();
        db->m_migrationBackup = *migrated;
        if (options.dailyBackup && !fresh) {
            Result<Backups::DailyBackup> daily = Backups::writeDaily(*db, backups);
            if (daily) {
                db->m_dailyBackup = daily->path;
                db->m_backupNotes = daily->notes;
            } else {
                db->m_backupProblem = daily.error().message();
            }
        }
    }
    if (!immutable) // read as it stands, it needs no working files of its own
        workingFiles.dismiss();
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

void Database::verify()
{
    // quick_check reads every page but skips what integrity_check adds (index contents
    // against their tables): a third of the time, and it finds torn and overwritten pages.
    Query check(*this, QStringLiteral("PRAGMA quick_check(1)"));
    const Status status = check.exec();
    if (!status) {
        if (status.error().code() == ErrorCode::Corrupt ||
            status.error().code() == ErrorCode::NotADatabase)
            markDamaged(status.error().message());
        return;
    }
    const QString finding = check.next() ? check.string(0) : QString();
    if (finding != QLatin1String("ok"))
        markDamaged(finding.isEmpty() ? tr("quick_check gave no answer") : finding);
}

void Database::verifyAgain()
{
    if (isDamaged() && !m_readOnly) {
        QSqlQuery writable(connection());
        writable.exec(QStringLiteral("PRAGMA query_only = OFF"));
    }
    m_damage.clear();
    verify();
}

void Database::markDamaged(const QString &finding) const
{
    if (isDamaged())
        return;
    m_damage = finding.simplified();
    if (m_damage.isEmpty())
        m_damage = tr("damaged");
    // The last line of defence: SQLite itself refuses every change on this connection.
    if (!m_readOnly) {
        QSqlQuery queryOnly(connection());
        queryOnly.exec(QStringLiteral("PRAGMA query_only = ON"));
    }
}

QString Database::damageMessage() const
{
    return tr("%1 is damaged (%2), so Kith will not change it.").arg(m_path, m_damage.left(200));
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
