#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/Enums.h"

#include <QHash>

struct sqlite3_stmt;

namespace kith {
class Database;
}

namespace kith::csv {

// Reads one query's rows through SQLite's C API: an export reads every table once, and a
// hundred thousand rows through Qt Sql cost several times as much.
class TableReader
{
public:
    TableReader(const Database &db, const char *sql);
    ~TableReader();
    TableReader(const TableReader &) = delete;
    TableReader &operator=(const TableReader &) = delete;

    bool next(); // false at the end or on an error (see status())
    Status status() const;

    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;
    // An enum key stored in `column`, as its translated label ("Professional association").
    template <typename E>
    QString label(int column) const
    {
        const std::optional<E> value = enumFromKey<E>(text(column));
        return value ? enumLabel(*value) : text(column);
    }

private:
    const Database &m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = 0;
};

// Runs `sql` (owner id, text) and collects each owner's texts in the query's order.
Result<QHash<Id, QStringList>> textsByOwner(const Database &db, const char *sql);
// Runs `sql` (id, text) into a map.
Result<QHash<Id, QString>> textById(const Database &db, const char *sql);

// "12.50": cents as a number spreadsheets read, whatever the locale.
QString amount(qint64 cents);
QString joined(const QStringList &values); // "a; b; c"

} // namespace kith::csv
