#include "DemoCommand.h"

#include "Arguments.h"
#include "TodayOption.h"
#include "demo/DemoNetwork.h"
#include "storage/Database.h"
#include "storage/Statistics.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kith::cli {

QString DemoCommand::summary() const
{
    return QCoreApplication::translate("kith::cli", "fill an empty database with a demo network");
}

int DemoCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption ifMissing(
        QStringLiteral("if-missing"),
        QCoreApplication::translate("kith::cli", "do nothing when the database file exists"));
    Arguments args(*this, {todayOption(), ifMissing}, {});
    if (!args.parse(context, arguments))
        return args.exitCode();
    if (args.isSet(QStringLiteral("if-missing")) && QFileInfo::exists(context.databasePath))
        return Success;
    const std::optional<QDate> today = parseToday(context, args);
    if (!today)
        return Usage;
    if (!QFileInfo::exists(context.databasePath))
        return writeNewFile(context, *today);
    std::unique_ptr<Database> db = context.open(Context::Access::Write);
    if (!db)
        return Failure;
    if (Status status = demo::populate(*db, *today); !status)
        return context.fail(status.error());
    return report(context, *db);
}

// A new file appears only once the whole demo is in it: a demo killed half-way leaves no
// empty database behind that `demo --if-missing` would then take for the user's own.
int DemoCommand::writeNewFile(const Context &context, QDate today)
{
    const QString target = QFileInfo(context.databasePath).absoluteFilePath();
    const QString partial = target + QStringLiteral(".demo-part");
    const auto removePartial = [&partial] {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(partial + QLatin1String(suffix));
    };
    removePartial(); // left by a demo that was killed
    RecordCounts counts;
    const Status written = [&]() -> Status {
        Database::Options options;
        options.dailyBackup = false;
        Result<std::unique_ptr<Database>> db = Database::open(partial, options);
        if (!db)
            return db.error();
        if (Status status = demo::populate(**db, today); !status)
            return status;
        counts = countRecords(**db).valueOr({});
        return {};
    }(); // closing the last connection folds the WAL into the file
    if (!written) {
        removePartial();
        return context.fail(written.error());
    }
    if (QFileInfo::exists(target) || !QFile::rename(partial, target)) {
        removePartial();
        return context.fail(Error(
            ErrorCode::Io, QCoreApplication::translate("kith::cli", "%1 appeared while the demo "
                                                                    "was being written; it was "
                                                                    "left as it is.")
                               .arg(target)));
    }
    return report(context, target, counts);
}

int DemoCommand::report(const Context &context, Database &db)
{
    return report(context, db.path(), countRecords(db).valueOr({}));
}

int DemoCommand::report(const Context &context, const QString &path, const RecordCounts &counts)
{
    context.out << QCoreApplication::translate("kith::cli",
                                               "Demo network written to %1: %2 people, %3 "
                                               "organizations, %4 groups, %5 events, %6 "
                                               "interactions.")
                       .arg(path)
                       .arg(counts.people)
                       .arg(counts.organizations)
                       .arg(counts.groups)
                       .arg(counts.events)
                       .arg(counts.interactions)
                << '\n';
    return Success;
}

} // namespace kith::cli
