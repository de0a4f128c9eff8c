#include "Backups.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace kith::Backups {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Backups", text);
}

QString baseName(const QString &databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

QString dailyPrefix(const QString &databasePath)
{
    return baseName(databasePath) + QStringLiteral("-daily-");
}

// Daily names sort by date because the date is ISO 8601.
QStringList dailyFiles(const QString &databasePath, const QString &directory)
{
    QStringList names = QDir(directory).entryList(
        {dailyPrefix(databasePath) + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Name);
    const QRegularExpression datePart(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\.sqlite$"));
    const qsizetype prefixLength = dailyPrefix(databasePath).size();
    names.removeIf(
        [&](const QString &name) { return !datePart.match(name.mid(prefixLength)).hasMatch(); });
    return names;
}

} // namespace

Status ensurePrivateFolder(const QString &directory)
{
    if (QFileInfo::exists(directory))
        return {};
    if (!QDir().mkpath(directory))
        return Error(ErrorCode::Io, tr("Cannot create the backup folder %1.").arg(directory));
    QFile::setPermissions(directory, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return {};
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

Result<QString> writeDaily(Database &db, const QString &directory)
{
    const int keep = dailyKeep(db);
    if (keep == 0)
        return QString();
    // A day of use is the user's calendar day, not UTC's.
    const QString path =
        QDir(directory).filePath(dailyName(db.path(), db.now().toLocalTime().date()));
    if (QFileInfo::exists(path))
        return QString();
    if (Status status = ensurePrivateFolder(directory); !status)
        return status.error();
    if (Status status = db.backupTo(path); !status)
        return status.error();

    const QStringList names = dailyFiles(db.path(), directory);
    for (qsizetype i = 0; i < names.size() - keep; ++i)
        QFile::remove(QDir(directory).filePath(names.at(i)));
    return path;
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
    case Kind::Other:
        break;
    }
    return QStringLiteral("other");
}

QList<Entry> list(const QString &databasePath, const QString &directory)
{
    const QString base = baseName(databasePath) + QLatin1Char('-');
    const QFileInfoList files =
        QDir(directory).entryInfoList({base + QStringLiteral("*.sqlite")}, QDir::Files, QDir::Time);
    const QRegularExpression migration(QStringLiteral("^before-v\\d+-"));
    QList<Entry> entries;
    for (const QFileInfo &file : files) {
        const QString rest = file.fileName().mid(base.size());
        Entry entry{file.absoluteFilePath(), Kind::Other, file.lastModified(), file.size()};
        if (rest.startsWith(QStringLiteral("daily-")))
            entry.kind = Kind::Daily;
        else if (rest.startsWith(QStringLiteral("before-restore-")))
            entry.kind = Kind::BeforeRestore;
        else if (rest.startsWith(QStringLiteral("replaced-")))
            entry.kind = Kind::Replaced;
        else if (migration.match(rest).hasMatch())
            entry.kind = Kind::BeforeMigration;
        entries.append(entry);
    }
    return entries;
}

} // namespace kith::Backups
