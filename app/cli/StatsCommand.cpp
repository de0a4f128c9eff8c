#include "StatsCommand.h"

#include "Arguments.h"
#include "storage/Database.h"
#include "storage/Statistics.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::cli {

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("kith::cli", "count the records of each kind");
}

int StatsCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("kith::cli", "print JSON"));
    Arguments args(*this, {json}, {});
    if (!args.parse(context, arguments))
        return args.exitCode();
    std::unique_ptr<Database> db = context.open(Context::Access::Read);
    if (!db)
        return Failure;
    Result<RecordCounts> counts = countRecords(*db);
    if (!counts)
        return context.fail(counts.error());

    // Keys are part of Kith's scripting interface: add new ones, never rename.
    const QList<std::pair<QString, qint64>> rows = {
        {QStringLiteral("schema_version"), counts->schemaVersion},
        {QStringLiteral("people"), counts->people},
        {QStringLiteral("organizations"), counts->organizations},
        {QStringLiteral("groups"), counts->groups},
        {QStringLiteral("memberships"), counts->memberships},
        {QStringLiteral("events"), counts->events},
        {QStringLiteral("interactions"), counts->interactions},
        {QStringLiteral("recommendations_given"), counts->recommendationsGiven},
        {QStringLiteral("recommendations_received"), counts->recommendationsReceived},
        {QStringLiteral("tags"), counts->tags},
    };
    if (args.isSet(QStringLiteral("json"))) {
        QJsonObject object;
        for (const auto &[key, value] : rows)
            object.insert(key, value);
        object.insert(QStringLiteral("database"), db->path());
        object.insert(QStringLiteral("file_bytes"), QFileInfo(db->path()).size());
        context.out << QJsonDocument(object).toJson(QJsonDocument::Compact) << '\n';
    } else {
        context.out << db->path() << '\n';
        for (const auto &[key, value] : rows)
            context.out
                << "  "
                << QString(key).replace(QLatin1Char('_'), QLatin1Char(' ')).leftJustified(26)
                << value << '\n';
    }
    return Success;
}

} // namespace kith::cli
