#pragma once

#include "ContactMapping.h"

namespace kith {
class Database;
}

namespace kith::csv {

// Remembers the column mapping chosen for a layout of columns, in the database's `setting`
// table, so the next file with the same header (next month's export from the same address
// book) imports without asking again. The GUI wizard and the command line share it.
class MappingMemory
{
public:
    explicit MappingMemory(Database &db)
        : m_db(db)
    {}

    // The mapping remembered for exactly these headers (compared without case, surrounding
    // white space or order), or nothing.
    Result<std::optional<ColumnMapping>> recall(const QStringList &headers) const;
    // What to propose for a file: the remembered mapping (source Remembered), else
    // detectMapping()'s.
    Result<ColumnMapping> proposal(const QStringList &headers) const;
    Status remember(const QStringList &headers, const ColumnMapping &mapping);
    Status forget(const QStringList &headers);

    // The setting key for a header set: "csv.mapping." and a hash of the folded, sorted
    // headers, so neither the order of columns nor their case makes a new layout.
    static QString keyFor(const QStringList &headers);

private:
    Database &m_db;
};

} // namespace kith::csv
