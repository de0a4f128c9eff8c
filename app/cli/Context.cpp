#include "Command.h"

#include "storage/Database.h"

#include <QCoreApplication>

namespace kith::cli {

std::unique_ptr<Database> Context::open(bool createIfMissing) const
{
    Database::Options options;
    options.create = createIfMissing;
    Result<std::unique_ptr<Database>> opened = Database::open(databasePath, options);
    if (!opened) {
        fail(opened.error());
        return nullptr;
    }
    // The data is still there to use; the missing backup is worth one line.
    if (const QString &problem = (*opened)->backupProblem(); !problem.isEmpty())
        err << "kith: "
            << QCoreApplication::translate("kith::cli", "no daily backup: %1").arg(problem) << '\n';
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
