#include "CheckCommand.h"

#include "Arguments.h"
#include "storage/Database.h"
#include "storage/Statistics.h"

#include <QCoreApplication>

namespace kith::cli {

QString CheckCommand::summary() const
{
    return QCoreApplication::translate("kith::cli",
                                       "check the database for damage; exit 1 on problems");
}

int CheckCommand::run(const Context &context, const QStringList &arguments)
{
    Arguments args(*this, {}, {});
    if (!args.parse(context, arguments))
        return args.exitCode();
    std::unique_ptr<Database> db = context.open(Context::Access::Read);
    if (!db)
        return Failure;
    Result<QStringList> problems = checkIntegrity(*db);
    if (!problems)
        return context.fail(problems.error());
    if (problems->isEmpty()) {
        context.out
            << QCoreApplication::translate("kith::cli", "%1: no problems found.").arg(db->path())
            << '\n';
        return Success;
    }
    for (const QString &problem : *problems)
        context.err << "kith: " << db->path() << ": " << problem << '\n';
    return Failure;
}

} // namespace kith::cli
