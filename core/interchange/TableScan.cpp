#include "TableScan.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <sqlite3.h>

namespace kith::interchange {

QDate isoDate(const char *text, qsizetype size)
{
    if (size != 10 || text[4] != '-' || text[7] != '-')
        return {};
    int parts[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int p = 0; p < 3; ++p) {
        for (int i = starts[p]; i < starts[p] + lengths[p]; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return {};
            parts[p] = parts[p] * 10 + (text[i] - '0');
        }
    }
    return QDate(parts[0], parts[1], parts[2]);
}

TableScan::TableScan(const Database &db, const char *sql)
    : m_db(db)
{
    m_rc = sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr);
}

TableScan::~TableScan()
{
    sqlite3_finalize(m_statement);
}

bool TableScan::next()
{
    if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
        return false;
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

Status TableScan::status() const
{
    if (m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return {};
    return sql::error(m_rc, QString::fromUtf8(sqlite3_errmsg(m_db.handle())),
                      QStringLiteral("Reading stored records"));
}

bool TableScan::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 TableScan::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString TableScan::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column));
}

QDate TableScan::date(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return {};
    return isoDate(data, sqlite3_column_bytes(m_statement, column));
}

QByteArray TableScan::blob(int column) const
{
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArray(data, sqlite3_column_bytes(m_statement, column));
}

} // namespace kith::interchange
