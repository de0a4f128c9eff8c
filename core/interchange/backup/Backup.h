#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kith {

class Database;

// The complete backup: one JSON document with every row of every table, restored losslessly
// into an empty database.
//
//   {"format": "kith-backup", "version": 1, "schema_version": 4,
//    "exported_at": "2026-03-15T10:00:00Z",
//    "tables": {"organization": [{"id": 1, "name": "ALA", …}, …], "person": […], …}}
//
// Every table of the live schema is carried except sqlite_* and the search index, which the
// triggers rebuild. Rows are objects keyed by column name, in key order; integers stay
// integers, NULL is null, blobs are base64 text.
namespace backup {

inline constexpr int formatVersion = 1;

// What a backup holds, table by table, as check() found it.
struct Summary
{
    int schemaVersion = 0;
    QString exportedAt;
    QList<std::pair<QString, qsizetype>> rowsPerTable; // in restore order, empty tables left out

    qsizetype rowCount(const QString &table) const;
    qsizetype totalRows() const;
};

Result<QByteArray> write(const Database &db);
// Writes the backup to `path` all at once (nothing half-written), readable by its owner only.
Status writeFile(const Database &db, const QString &path);

// Checks everything restore() would, without writing: the document, its tables and columns
// against the live schema, every value's type, and that `target` is empty.
// Errors: Parse (malformed, unknown table or column, wrong type, an id out of Kith's range),
// NewerSchema (written by a newer Kith), Conflict (the target holds data).
Result<Summary> check(const Database &target, const QByteArray &json);

// Restores into an empty database in one transaction, ids kept, the search index rebuilt by
// its triggers; foreign keys are checked once every row is in. On any error nothing is
// written. Errors as check(), plus Parse when the rows break the schema's rules.
Result<Summary> restore(Database &target, const QByteArray &json);
Result<Summary> restoreFile(Database &target, const QString &path); // Io when unreadable

} // namespace backup

} // namespace kith
