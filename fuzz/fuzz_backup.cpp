// backup::check on any bytes, against an empty database opened once in a temporary folder:
// the JSON document, its tables, columns and every value's type checked against the live
// schema. check() never writes, so one database serves every run.
#include "FuzzSupport.h"

#include "interchange/backup/Backup.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

namespace {

struct Target
{
    QTemporaryDir dir;
    std::unique_ptr<kith::Database> db;
};

Target *target = nullptr;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // Qt Sql loads its SQLite driver as a plugin, which wants an application object.
    static QCoreApplication app(*argc, *argv);
    // Function statics: the database closes, and its folder goes, before the application.
    static Target instance;
    target = &instance;
    kith::Result<std::unique_ptr<kith::Database>> db =
        kith::Database::open(target->dir.filePath(QStringLiteral("fuzz.sqlite")));
    if (!db) {
        qCritical("fuzz_backup: %s", qPrintable(db.errorMessage()));
        std::abort();
    }
    target->db = std::move(db.value());
    // Qt Sql's connection registry was created by open(), after `instance`, so as a static it
    // would go first; close the database while it is still there.
    std::atexit([] { target->db.reset(); });
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using kith::ErrorCode;
    const kith::Result<kith::backup::Summary> summary =
        kith::backup::check(*target->db, kith::fuzz::bytes(data, size));
    if (!summary) {
        const ErrorCode code = summary.error().code();
        // Conflict would mean check() wrote to the database it only reads.
        if (code != ErrorCode::Parse && code != ErrorCode::NewerSchema)
            __builtin_trap();
    }
    return 0;
}
