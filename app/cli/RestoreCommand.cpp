#include "RestoreCommand.h"

#include "Arguments.h"
#include "storage/Restore.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kith::cli {

QString RestoreCommand::summary() const
{
    return QCoreApplication::translate("kith::cli", "replace the database with a backup");
}

QString RestoreCommand::details() const
{
    return QCoreApplication::translate(
        "kith::cli",
        "BACKUP must be a Kith database that passes the integrity and foreign-key checks and "
        "was not written by a newer Kith; an older one is upgraded. Nothing is changed when it "
        "is refused.\n"
        "The current database is first backed up into its backups folder (see “kith "
        "backups”), so a restore can itself be undone.\n"
        "--force is only needed when the current file cannot be opened as a Kith database; "
        "a copy of its bytes is then kept in the backups folder.\n\n"
        "Example: kith restore ~/.local/share/kith/kith-backups/kith-daily-2026-11-26.sqlite");
}

int RestoreCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("kith::cli",
                                    "replace a current file that does not open as Kith"));
    Arguments args(*this, {force}, {QStringLiteral("BACKUP")});
    if (!args.parse(context, arguments))
        return args.exitCode();

    RestoreOptions options;
    options.force = args.isSet(QStringLiteral("force"));
    Result<RestoreOutcome> restored =
        restoreDatabase(context.databasePath, args.positional().constFirst(), options);
    if (!restored)
        return context.fail(restored.error());

    const QString target = QFileInfo(context.databasePath).absoluteFilePath();
    context.out << QCoreApplication::translate("kith::cli", "Restored %1 from %2.")
                       .arg(target, QFileInfo(args.positional().constFirst()).absoluteFilePath())
                << '\n';
    if (!restored->keptBackup.isEmpty()) {
        context.out << QCoreApplication::translate("kith::cli", "What it replaced is kept in %1.")
                           .arg(restored->keptBackup)
                    << '\n';
    }
    return Success;
}

} // namespace kith::cli
