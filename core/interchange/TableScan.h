#pragma once

#include "common/Result.h"
#include "model/Common.h"

struct sqlite3_stmt;

namespace kith {
class Database;
}

namespace kith::interchange {

// Reads every row of one fixed query forward only, straight from SQLite on the database's
// own connection: the importer loads whole tables to match against, and Qt Sql's cached,
// variant-per-value results cost several times more for that.
class TableScan
{
public:
    TableScan(const Database &db, const char *sql);
    ~TableScan();
    TableScan(const TableScan &) = delete;
    TableScan &operator=(const TableScan &) = delete;

    // The next row; false at the end or on an error (see status()).
    bool next();
    // The error that ended the scan early, if any.
    Status status() const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QDate date(int column) const; // ISO YYYY-MM-DD, invalid when NULL or malformed
    QByteArray blob(int column) const;

private:
    const Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = 0;
};

// A date as the schema stores it ("2024-12-07"), parsed without QDate::fromString.
QDate isoDate(const char *text, qsizetype size);

} // namespace kith::interchange
