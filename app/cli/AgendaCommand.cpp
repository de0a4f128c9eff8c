#include "AgendaCommand.h"

#include "AgendaReport.h"
#include "Arguments.h"
#include "TodayOption.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace kith::cli {

QString AgendaCommand::summary() const
{
    return QCoreApplication::translate("kith::cli",
                                       "follow-ups, renewals, deadlines and budget coming up");
}

int AgendaCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("kith::cli", "print JSON"));
    const QCommandLineOption days(QStringLiteral("days"),
                                  QCoreApplication::translate("kith::cli", "look N days ahead"),
                                  QStringLiteral("N"), QStringLiteral("30"));
    Arguments args(*this, {json, days, todayOption()}, {});
    if (!args.parse(context, arguments))
        return args.exitCode();
    bool numeric = false;
    const int horizon = args.value(QStringLiteral("days")).toInt(&numeric);
    if (!numeric || horizon < 0 || horizon > 3650)
        return context.usage(QCoreApplication::translate("kith::cli", "--days expects a number "
                                                                      "from 0 to 3650."));
    const std::optional<QDate> today = parseToday(context, args);
    if (!today)
        return Usage;
    std::unique_ptr<Database> db = context.open(Context::Access::Read);
    if (!db)
        return Failure;

    Result<AgendaReport> report = AgendaReport::build(*db, *today, horizon);
    if (!report)
        return context.fail(report.error());
    if (args.isSet(QStringLiteral("json")))
        context.out << QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented);
    else
        report->print(context.out);
    return Success;
}

} // namespace kith::cli
