#pragma once

#include "Backup.h"
#include "BackupSchema.h"

#include <QJsonArray>

namespace kith::backup {

// One table of a backup, checked against the live schema: which of its columns the rows
// hold (every row the same ones) and the rows themselves.
struct TablePlan
{
    const TableInfo *table = nullptr;
    QList<qsizetype> columns; // indexes into table->columns, in schema order
    QJsonArray rows;
};

// A backup document taken apart and checked, ready to restore in `tables` order.
struct Plan
{
    Summary summary;
    QList<TablePlan> tables;
};

// Checks the document against `live` (which must outlive the plan): format, version,
// schema version not newer than `liveVersion`, known tables and columns, every value of
// the type its column stores. Touches no database.
Result<Plan> makePlan(const QByteArray &json, const QList<TableInfo> &live, int liveVersion);

// A blob column's value, strictly decoded.
std::optional<QByteArray> decodeBlob(const QJsonValue &value);

} // namespace kith::backup
