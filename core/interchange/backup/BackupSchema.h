#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

struct sqlite3;
struct sqlite3_stmt;

namespace kith {

class Database;

namespace backup {

// The storage class a column prefers, after SQLite's rules for declared types (section 3.1
// of "Datatypes In SQLite"); it decides how a backup writes and checks the column's values.
enum class Affinity
{
    Integer,
    Text,
    Blob,
    Real,
    Numeric
};

struct ColumnInfo
{
    QString name;
    Affinity affinity = Affinity::Blob;
};

// A table of the live schema that a backup carries. Its names come from sqlite_schema, so
// they are safe to quote into SQL text; names found in a backup file never are.
struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    QStringList primaryKey; // in key order; empty for a rowid table without a declared key
    QStringList parents;    // tables its foreign keys refer to (itself excluded)

    qsizetype columnIndex(const QString &column) const;
};

// Every table a backup carries (all but sqlite_*, the search index and the derived_* tables,
// which triggers rebuild), parents before children wherever the foreign keys allow: a
// restore in this order lets the search triggers read an organization's name when a role
// goes in.
Result<QList<TableInfo>> liveTables(const Database &db);

// PRAGMA user_version: the schema step the database is at.
Result<int> schemaVersionOf(const Database &db);

// "name" as an SQL identifier, for names read from the live schema only.
QByteArray quoted(const QString &identifier);

// The ORDER BY a table's rows are written in: its key (the id of most tables), else rowid.
QByteArray orderClause(const TableInfo &table);

Affinity affinityOf(const QString &declaredType);

// A prepared SQLite statement that finalizes itself.
class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept
        : m_statement(std::exchange(other.m_statement, nullptr))
    {}
    Statement &operator=(Statement &&other) noexcept;

    // SQLITE_OK or SQLite's error code.
    int prepare(sqlite3 *handle, const QByteArray &sql);
    sqlite3_stmt *get() const { return m_statement; }

private:
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace backup

} // namespace kith
