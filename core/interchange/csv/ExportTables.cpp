#include "ExportTables.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kith::csv {

TableReader::TableReader(const Database &db, const char *sql)
    : m_db(db)
{
    m_rc = db.handle() ? sqlite3_prepare_v2(db.handle(), sql, -1, &m_statement, nullptr)
                       : SQLITE_MISUSE;
}

TableReader::~TableReader()
{
    sqlite3_finalize(m_statement);
}

bool TableReader::next()
{
    if (m_rc != SQLITE_OK && m_rc != SQLITE_ROW)
        return false;
    m_rc = sqlite3_step(m_statement);
    return m_rc == SQLITE_ROW;
}

Status TableReader::status() const
{
    if (m_rc == SQLITE_OK || m_rc == SQLITE_ROW || m_rc == SQLITE_DONE)
        return {};
    return m_db.lastError(QCoreApplication::translate("kith::csv", "Reading the list to export"));
}

QString TableReader::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 TableReader::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool TableReader::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

Result<QHash<Id, QStringList>> textsByOwner(const Database &db, const char *sql)
{
    QHash<Id, QStringList> texts;
    TableReader rows(db, sql);
    while (rows.next())
        texts[rows.integer(0)].append(rows.text(1));
    if (Status status = rows.status(); !status)
        return status.error();
    return texts;
}

Result<QHash<Id, QString>> textById(const Database &db, const char *sql)
{
    QHash<Id, QString> texts;
    TableReader rows(db, sql);
    while (rows.next())
        texts.insert(rows.integer(0), rows.text(1));
    if (Status status = rows.status(); !status)
        return status.error();
    return texts;
}

QString amount(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return sign + QString::number(magnitude / 100) + QLatin1Char('.') +
           QStringLiteral("%1").arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString joined(const QStringList &values)
{
    return values.join(QStringLiteral("; "));
}

} // namespace kith::csv
