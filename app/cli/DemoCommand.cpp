#include "DemoCommand.h"

#include "Arguments.h"
#include "TodayOption.h"
#include "demo/DemoNetwork.h"
#include "storage/Database.h"
#include "storage/Statistics.h"

#include <QCoreApplication>
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
    std::unique_ptr<Database> db = context.open(true);
    if (!db)
        return Failure;
    if (Status status = demo::populate(*db, *today); !status)
        return context.fail(status.error());
    const RecordCounts counts = countRecords(*db).valueOr({});
    context.out << QCoreApplication::translate("kith::cli",
                                               "Demo network written to %1: %2 people, %3 "
                                               "organizations, %4 groups, %5 events, %6 "
                                               "interactions.")
                       .arg(db->path())
                       .arg(counts.people)
                       .arg(counts.organizations)
                       .arg(counts.groups)
                       .arg(counts.events)
                       .arg(counts.interactions)
                << '\n';
    return Success;
}

} // namespace kith::cli
