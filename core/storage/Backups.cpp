#include "Backups.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kith::Backups {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kith::Backups", text, disambiguation, n);
}

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString dailyPrefix(const QString &databasePath)
{
    return baseName(databasePath) + QStringLiteral("-daily-");
}

struct Daily
{
    QString name;
    QDate day;
};

// The daily backups in `directory`, oldest first.
QList<Daily> dailyFiles(const QString &databasePath, const QString &directory)
{
    const QString prefix = dailyPrefix(databasePath);
    const QStringList names =
        QDir(directory).entryList({prefix + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    const QRegularExpression datePart(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.sqlite$"));
    QList<Daily> dailies;
    for (const QString &name : names) {
        const QRegularExpressionMatch match = datePart.match(name.mid(prefix.size()));
        const QDate day =
            match.hasMatch() ? QDate::fromString(match.captured(1), Qt::ISODate) : QDate();
        if (day.isValid())
            dailies.append({name, day});
    }
    std::sort(dailies.begin(), dailies.end(),
              [](const Daily &a, const Daily &b) { return a.day < b.day; });
    return dailies;
}

} // namespace

QStringList rotate(const QString &databasePath, const QString &directory, int keep, QDate today)
{
    QList<Daily> dailies = dailyFiles(databasePath, directory);
    QStringList future;
    dailies.removeIf([&](const Daily &daily) {
        if (daily.day <= today)
            return false;
        future.append(daily.name);
        return true;
    });
    const QDir dir(directory);
    qsizetype newestGood = -1;
    for (qsizetype i = dailies.size() - 1; i >= 0; --i) {
        if (passesQuickCheck(dir.filePath(dailies.at(i).name))) {
            newestGood = i;
            break;
        }
    }
    for (qsizetype i = 0; i < dailies.size() - keep; ++i) {
        if (i != newestGood)
            QFile::remove(dir.filePath(dailies.at(i).name));
    }
    QStringList notes;
    if (!future.isEmpty()) {
        notes.append(
            tr("%n daily backup(s) dated after today (%1) were left alone and not "
               "counted; the computer's clock was probably wrong when they were "
               "written. Delete them from %2 once you have checked them.",
               nullptr, int(future.size()))
                .arg(future.join(QStringLiteral(", ")), QDir::toNativeSeparators(directory)));
    }
    return notes;
}

Status ensurePrivateFolder(const QString &directory)
{
    const QByteArray native = QFile::encodeName(directory);
    struct stat info = {};
    if (::lstat(native.constData(), &info) != 0) {
        if (!QDir().mkpath(directory))
            return Error(ErrorCode::Io, tr("Cannot create the backup folder %1.").arg(directory));
        QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return {};
    }
    // Copies of everything the user knows go here: a folder someone else made (or a link to
    // one) would hand them over, so only a real folder of the user's own is used.
    if (S_ISLNK(info.st_mode) || !S_ISDIR(info.st_mode)) {
        return Error(ErrorCode::Io, tr("%1 is not a folder but a link or a file; Kith keeps its "
                                       "backups only in a folder of your own. Move it away.")
                                        .arg(directory));
    }
    if (info.st_uid != ::geteuid()) {
        return Error(ErrorCode::Io, tr("The backup folder %1 belongs to another user, who could "
                                       "read the backups; move it away.")
                                        .arg(directory));
    }
    if ((info.st_mode & 077) != 0 && ::chmod(native.constData(), 0700) != 0) {
        return Error(ErrorCode::Io,
                     tr("Cannot make the backup folder %1 private to you.").arg(directory));
    }
    return {};
}

bool passesQuickCheck(const QString &path)
{
    // immutable: a backup is a closed file; nothing beside it is created or written.
    const QByteArray uri =
        "file:" + QUrl::toPercentEncoding(QDir::cleanPath(path), "/") + "?immutable=1";
    sqlite3 *connection = nullptr;
    bool ok = sqlite3_open_v2(uri.constData(), &connection, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI,
                              nullptr) == SQLITE_OK;
    sqlite3_stmt *statement = nullptr;
    ok = ok && sqlite3_prepare_v2(connection, "PRAGMA quick_check(1)", -1, &statement, nullptr) ==
                   SQLITE_OK;
    ok = ok && sqlite3_step(statement) == SQLITE_ROW &&
         qstrcmp(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)), "ok") == 0;
    sqlite3_finalize(statement);
    sqlite3_close(connection);
    return ok;
}

QString dailyKeepKey()
{
    return QStringLiteral("backup_daily_keep");
}

int dailyKeep(Database &db)
{
    Query query(db, QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    query.bind(dailyKeepKey());
    if (!query.exec({}) || !query.next())
        return defaultDailyKeep;
    bool ok = false;
    const int keep = query.string(0).trimmed().toInt(&ok);
    return ok && keep >= 0 ? keep : defaultDailyKeep;
}

QString dailyName(const QString &databasePath, QDate day)
{
    return dailyPrefix(databasePath) + day.toString(Qt::ISODate) + QStringLiteral(".sqlite");
}

QString stampedName(const QString &databasePath, const QString &purpose, const QDateTime &now)
{
    return QStringLiteral("%1-%2-%3.sqlite")
        .arg(baseName(databasePath), purpose,
             now.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

Result<DailyBackup> writeDaily(Database &db, const QString &directory)
{
    DailyBackup outcome;
    const int keep = dailyKeep(db);
    if (keep == 0)
        return outcome;
    if (db.isDamaged())
        return Error(ErrorCode::Corrupt, db.damageMessage());
    // A day of use is the user's calendar day, not UTC's.
    const QDate today = db.now().toLocalTime().date();
    const QString path = QDir(directory).filePath(dailyName(db.path(), today));
    if (QFileInfo::exists(path))
        return outcome;
    if (Status status = ensurePrivateFolder(directory); !status)
        return status.error();
    removeStalePartials(directory, db.now());
    if (Status status = db.backupTo(path); !status)
        return status.error();
    outcome.path = path;
    outcome.notes = rotate(db.path(), directory, keep, today);
    return outcome;
}

void removeStalePartials(const QString &directory, const QDateTime &now)
{
    // backupTo() writes "NAME.part" (and SQLite its "NAME.part-journal") and renames it
    // when complete; one left behind was killed. A copy under way elsewhere is younger.
    const QFileInfoList partials = QDir(directory).entryInfoList(
        {QStringLiteral("*.sqlite.part"), QStringLiteral("*.sqlite.part-journal")}, QDir::Files);
    for (const QFileInfo &partial : partials) {
        if (partial.lastModified().secsTo(now) > stalePartialSeconds)
            QFile::remove(partial.absoluteFilePath());
    }
}

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Daily:
        return QStringLiteral("daily");
    case Kind::BeforeMigration:
        return QStringLiteral("before-migration");
    case Kind::BeforeRestore:
        return QStringLiteral("before-restore");
    case Kind::Replaced:
        return QStringLiteral("replaced");
    case Kind::Unfinished:
        return QStringLiteral("unfinished");
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<Entry> list(const QString &databasePath, const QString &directory)
{
    const QString base = baseName(databasePath) + QLatin1Char('-');
    const QFileInfoList files = QDir(directory).entryInfoList(
        {base + QStringLiteral("*.sqlite"), base + QStringLiteral("*.sqlite.part")}, QDir::Files,
        QDir::Time);
    const QRegularExpression migration(QStringLiteral("^before-v\\d+-"));
    const QDate today = QDate::currentDate();
    QList<Entry> entries;
    for (const QFileInfo &file : files) {
        const QString rest = file.fileName().mid(base.size());
        Entry entry{file.absoluteFilePath(), Kind::Other, file.lastModified(), file.size()};
        if (rest.endsWith(QStringLiteral(".part")))
            entry.kind = Kind::Unfinished;
        else if (rest.startsWith(QStringLiteral("daily-")))
            entry.kind = Kind::Daily;
        else if (rest.startsWith(QStringLiteral("before-restore-")))
            entry.kind = Kind::BeforeRestore;
        else if (rest.startsWith(QStringLiteral("replaced-")))
            entry.kind = Kind::Replaced;
        else if (migration.match(rest).hasMatch())
            entry.kind = Kind::BeforeMigration;
        if (entry.kind == Kind::Daily) {
            const QDate day = QDate::fromString(rest.mid(6, 10), Qt::ISODate);
            entry.datedInFuture = day.isValid() && day > today;
        }
        entries.append(entry);
    }
    return entries;
}

QString newestSound(const QString &databasePath, const QString &directory)
{
    for (const Entry &entry : list(databasePath, directory)) {
        if (entry.kind != Kind::Unfinished && !entry.datedInFuture && passesQuickCheck(entry.path))
            return entry.path;
    }
    return {};
}

} // namespace kith::Backups
