#include "Command.h"

#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace kith::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::cli", text);
}

} // namespace

QString Context::restoreHint(bool readable) const
{
    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QString sound =
        Backups::newestSound(database, DatabaseFile::defaultBackupDirectory(database));
    if (sound.isEmpty() && !readable)
        return tr("No sound backup of it was found.");
    if (sound.isEmpty()) {
        return tr("No sound backup of it was found; “kith check” lists the damage, and the "
                  "export commands save what can still be read.");
    }
    return tr("The newest sound backup is %1: “kith --db %2 restore %1” brings it back, and "
              "keeps the damaged file.")
        .arg(QDir::toNativeSeparators(sound), QDir::toNativeSeparators(database));
}

std::unique_ptr<Database> Context::open(Access access) const
{
    Database::Options options;
    options.create = access == Access::Create;
    if (access == Access::Read && QFileInfo(databasePath).isFile() &&
        QFileInfo(databasePath).size() == 0) {
        // Reading must not turn an empty file into a database.
        fail(Error(ErrorCode::NotADatabase,
                   tr("%1 is empty; it is not a Kith database yet.").arg(databasePath)));
        return nullptr;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath, options);
    if (!opened && access == Access::Read &&
        (opened.error().code() == ErrorCode::ReadOnly || opened.error().code() == ErrorCode::Io)) {
        // Read-only media, a read-only file or a full disk: reading needs no writing, and
        // this is when a user most needs to get their data out.
        options.readOnly = true;
        if (Result<std::unique_ptr<Database>> reading = Database::open(databasePath, options))
            opened = std::move(reading);
    }
    if (!opened) {
        if (opened.error().code() == ErrorCode::Corrupt) {
            err << "kith: " << opened.error().message() << ' ' << restoreHint(false) << '\n';
            return nullptr;
        }
        fail(opened.error());
        return nullptr;
    }
    Database &db = **opened;
    if (db.isDamaged()) {
        err << "kith: " << db.damageMessage() << ' ' << restoreHint(true) << '\n';
        if (access != Access::Read)
            return nullptr;
        err.flush();
        return std::move(opened).value();
    }
    // The data is still there to use; the missing backup is worth one line.
    if (const QString &problem = db.backupProblem(); !problem.isEmpty())
        err << "kith: " << tr("no daily backup: %1").arg(problem) << '\n';
    for (const QString &note : db.backupNotes())
        err << "kith: " << note << '\n';
    return std::move(opened).value();
}

int Context::fail(const Error &error) const
{
    // One line per problem: scripts read the first, people read them all.
    err << "kith: " << error.message() << '\n';
    err.flush();
    return Failure;
}

int Context::usage(const QString &message) const
{
    err << "kith: " << message << '\n'
        << QCoreApplication::translate("kith::cli", "Try “kith --help”.") << '\n';
    err.flush();
    return Usage;
}

} // namespace kith::cli
