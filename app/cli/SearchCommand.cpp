#include "SearchCommand.h"

#include "Arguments.h"
#include "storage/Database.h"
#include "storage/Search.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kith::cli {

QString SearchCommand::summary() const
{
    return QCoreApplication::translate("kith::cli", "find people, groups, events… by any words");
}

int SearchCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("kith::cli", "print JSON"));
    const QCommandLineOption limit(QStringLiteral("limit"),
                                   QCoreApplication::translate("kith::cli", "at most N results"),
                                   QStringLiteral("N"), QStringLiteral("50"));
    Arguments args(*this, {json, limit}, {QStringLiteral("TEXT")});
    if (!args.parse(context, arguments))
        return args.exitCode();
    bool numeric = false;
    const int max = args.value(QStringLiteral("limit")).toInt(&numeric);
    if (!numeric || max < 1 || max > 10000)
        return context.usage(QCoreApplication::translate("kith::cli", "--limit expects a number "
                                                                      "from 1 to 10000."));
    std::unique_ptr<Database> db = context.open(Context::Access::Read);
    if (!db)
        return Failure;
    Result<QList<SearchHit>> hits = Search(*db).search(args.positional().first(), max);
    if (!hits)
        return context.fail(hits.error());

    if (args.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const SearchHit &hit : *hits) {
            rows.append(QJsonObject{{QStringLiteral("kind"), enumKey(hit.kind)},
                                    {QStringLiteral("id"), hit.id},
                                    {QStringLiteral("title"), hit.title},
                                    {QStringLiteral("subtitle"), hit.subtitle}});
        }
        context.out << QJsonDocument(rows).toJson(QJsonDocument::Compact) << '\n';
        return Success;
    }
    if (hits->isEmpty()) {
        context.out << QCoreApplication::translate("kith::cli", "No matches.") << '\n';
        return Success;
    }
    for (const SearchHit &hit : *hits) {
        context.out << enumKey(hit.kind).leftJustified(15)
                    << QString::number(hit.id).rightJustified(7) << "  " << hit.title;
        if (!hit.subtitle.isEmpty())
            context.out << " — " << hit.subtitle;
        context.out << '\n';
    }
    return Success;
}

} // namespace kith::cli
