#include "CsvExport.h"

#include "CsvExportLists.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QScopeGuard>

#include <sqlite3.h>

namespace kith::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::csv", text);
}

using ListWriter = Status (*)(const Database &, CsvWriter &);

constexpr std::array<std::pair<const char *, ListWriter>, 7> listWriters{{
    {"people", &lists::people},
    {"organizations", &lists::organizations},
    {"groups", &lists::groups},
    {"memberships", &lists::memberships},
    {"events", &lists::events},
    {"recommendations", &lists::recommendations},
    {"interactions", &lists::interactions},
}};

} // namespace

QStringList exportLists()
{
    QStringList names;
    for (const auto &[name, writer] : listWriters)
        names.append(QLatin1String(name));
    return names;
}

Result<QByteArray> exportList(const Database &db, const QString &list)
{
    const auto found =
        std::find_if(listWriters.cbegin(), listWriters.cend(),
                     [&](const auto &entry) { return list == QLatin1String(entry.first); });
    if (found == listWriters.cend())
        return Error(ErrorCode::InvalidArgument,
                     tr("“%1” is not a list Kith exports; choose one of: %2.")
                         .arg(list, exportLists().join(QStringLiteral(", "))));
    if (!db.handle())
        return Error(ErrorCode::Storage, tr("The database connection is not open."));
    // One read transaction, so the tables the list joins are one snapshot.
    if (sqlite3_exec(db.handle(), "SAVEPOINT kith_csv_export", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return db.lastError(tr("Exporting %1").arg(list));
    const auto release = qScopeGuard(
        [&] { sqlite3_exec(db.handle(), "RELEASE kith_csv_export", nullptr, nullptr, nullptr); });
    CsvWriter out;
    if (Status status = found->second(db, out); !status)
        return status.error();
    return out.take();
}

Status exportListToFile(const Database &db, const QString &list, const QString &path)
{
    Result<QByteArray> csv = exportList(db, list);
    if (!csv)
        return csv.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*csv) != csv->size() || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

QByteArray exportRows(const QStringList &headers, const QList<QStringList> &rows)
{
    CsvWriter out;
    out.row(headers);
    for (const QStringList &row : rows)
        out.row(row);
    return out.take();
}

} // namespace kith::csv
