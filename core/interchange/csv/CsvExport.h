#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace kith {
class Database;
}

namespace kith::csv {

// CSV exports of Kith's lists for spreadsheets (see CsvWriter for the format and the guard
// against formula injection). Each list has a header row and one row per record with the
// columns worth reading; several values share a cell, separated by "; ". Headers are in
// English whatever the language, so the people list imports back (KithColumns.h).

// "people", "organizations", "groups", "memberships", "events", "recommendations",
// "interactions".
QStringList exportLists();

// Reads each table once, in one read transaction. InvalidArgument for an unknown list,
// naming the valid ones.
Result<QByteArray> exportList(const Database &db, const QString &list);
// Writes the list to `path` all at once (nothing half-written).
Status exportListToFile(const Database &db, const QString &list, const QString &path);

// Any table, as the GUI shows it ("export this list").
QByteArray exportRows(const QStringList &headers, const QList<QStringList> &rows);

} // namespace kith::csv
