#include "BackupsCommand.h"

#include "Arguments.h"
#include "storage/Backups.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::cli {

QString BackupsCommand::summary() const
{
    return QCoreApplication::translate("kith::cli", "list the backups of the database");
}

int BackupsCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("kith::cli", "print JSON"));
    Arguments args(*this, {json}, {});
    if (!args.parse(context, arguments))
        return args.exitCode();

    // Listing reads the folder only: opening the database would write today's backup.
    const QString database = QFileInfo(context.databasePath).absoluteFilePath();
    const QString folder = DatabaseFile::defaultBackupDirectory(database);
    const QList<Backups::Entry> entries = Backups::list(database, folder);

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Backups::Entry &entry : entries) {
            array.append(QJsonObject{
                {QStringLiteral("path"), entry.path},
                {QStringLiteral("kind"), Backups::kindKey(entry.kind)},
                {QStringLiteral("written"), entry.written.toUTC().toString(Qt::ISODate)},
                {QStringLiteral("size"), entry.size},
                {QStringLiteral("dated_in_future"), entry.datedInFuture}});
        }
        context.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Success;
    }
    if (entries.isEmpty()) {
        context.out << QCoreApplication::translate("kith::cli", "No backups in %1.").arg(folder)
                    << '\n';
        return Success;
    }
    for (const Backups::Entry &entry : entries) {
        context.out << entry.written.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                    << "  " << QString::number(entry.size).rightJustified(12) << "  "
                    << Backups::kindKey(entry.kind).leftJustified(16) << "  " << entry.path;
        if (entry.datedInFuture)
            context.out << "  "
                        << QCoreApplication::translate(
                               "kith::cli", "(dated after today: the clock was wrong; rotation "
                                            "leaves it alone)");
        else if (entry.kind == Backups::Kind::Unfinished)
            context.out << "  "
                        << QCoreApplication::translate(
                               "kith::cli", "(left half-written by an interrupted copy; removed "
                                            "an hour later by the next backup)");
        context.out << '\n';
    }
    return Success;
}

} // namespace kith::cli
