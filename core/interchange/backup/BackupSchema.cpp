#include "BackupSchema.h"

#include "storage/Database.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace kith::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::backup", text);
}

QString columnText(sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(statement, column));
}

// Runs `sql` with `table` bound to ?1 and hands each row to `onRow`.
template <typename OnRow>
Status eachRow(const Database &db, const QByteArray &sql, const QString &table, OnRow onRow)
{
    Statement statement;
    int rc = statement.prepare(db.handle(), sql);
    const QByteArray name = table.toUtf8();
    if (rc == SQLITE_OK && !table.isNull())
        rc = sqlite3_bind_text(statement.get(), 1, name.constData(), int(name.size()),
                               SQLITE_STATIC);
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        onRow(statement.get());
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE)
        return db.lastError(tr("Reading the database schema"));
    return {};
}

// Parents first; a cycle (a person met in a group that was found through a person) is broken
// at the first table of it in schema order, which the deferred foreign-key check allows.
QList<TableInfo> dependencyOrder(QList<TableInfo> tables)
{
    QList<TableInfo> ordered;
    ordered.reserve(tables.size());
    QStringList placed;
    const auto ready = [&](const TableInfo &table) {
        for (const QString &parent : table.parents) {
            const bool known = std::any_of(tables.cbegin(), tables.cend(),
                                           [&](const TableInfo &t) { return t.name == parent; });
            if (known && !placed.contains(parent))
                return false;
        }
        return true;
    };
    while (!tables.isEmpty()) {
        auto next = std::find_if(tables.begin(), tables.end(), ready);
        if (next == tables.end())
            next = tables.begin();
        placed.append(next->name);
        ordered.append(std::move(*next));
        tables.erase(next);
    }
    return ordered;
}

} // namespace

qsizetype TableInfo::columnIndex(const QString &column) const
{
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i;
    }
    return -1;
}

Affinity affinityOf(const QString &declaredType)
{
    const QString type = declaredType.toUpper();
    if (type.contains(QLatin1String("INT")))
        return Affinity::Integer;
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB")) ||
        type.contains(QLatin1String("TEXT")))
        return Affinity::Text;
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return Affinity::Blob;
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA")) ||
        type.contains(QLatin1String("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

QByteArray quoted(const QString &identifier)
{
    QByteArray name = identifier.toUtf8();
    name.replace('"', "\"\"");
    return '"' + name + '"';
}

QByteArray orderClause(const TableInfo &table)
{
    if (table.primaryKey.isEmpty())
        return QByteArrayLiteral(" ORDER BY rowid");
    QByteArray clause(" ORDER BY ");
    for (qsizetype i = 0; i < table.primaryKey.size(); ++i) {
        if (i > 0)
            clause += ", ";
        clause += quoted(table.primaryKey.at(i));
    }
    return clause;
}

Result<QList<TableInfo>> liveTables(const Database &db)
{
    if (!db.handle())
        return Error(ErrorCode::Storage, tr("The database connection is not open."));
    QList<TableInfo> tables;
    Status status = eachRow(db,
                            "SELECT name FROM main.sqlite_schema WHERE type = 'table'"
                            " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                            " AND name NOT LIKE 'search\\_index%' ESCAPE '\\'"
                            " AND name NOT LIKE 'derived\\_%' ESCAPE '\\'"
                            " AND sql NOT LIKE 'CREATE VIRTUAL%'",
                            QString(), [&](sqlite3_stmt *row) {
                                TableInfo table;
                                table.name = columnText(row, 0);
                                tables.append(std::move(table));
                            });
    for (qsizetype t = 0; status && t < tables.size(); ++t) {
        TableInfo &table = tables[t];
        QList<std::pair<int, QString>> key;
        status =
            eachRow(db,
                    "SELECT name, type, pk FROM pragma_table_xinfo(?1, 'main')"
                    " WHERE hidden = 0 ORDER BY cid",
                    table.name, [&](sqlite3_stmt *row) {
                        table.columns.append({columnText(row, 0), affinityOf(columnText(row, 1))});
                        if (const int position = sqlite3_column_int(row, 2); position > 0)
                            key.append({position, table.columns.last().name});
                    });
        std::sort(key.begin(), key.end());
        for (const auto &[position, column] : key)
            table.primaryKey.append(column);
        if (status) {
            status =
                eachRow(db, "SELECT DISTINCT \"table\" FROM pragma_foreign_key_list(?1, 'main')",
                        table.name, [&](sqlite3_stmt *row) {
                            const QString parent = columnText(row, 0);
                            if (parent != table.name)
                                table.parents.append(parent);
                        });
        }
    }
    if (!status)
        return status.error();
    return dependencyOrder(std::move(tables));
}

Result<int> schemaVersionOf(const Database &db)
{
    Statement statement;
    if (statement.prepare(db.handle(), "PRAGMA main.user_version") != SQLITE_OK ||
        sqlite3_step(statement.get()) != SQLITE_ROW)
        return db.lastError(tr("Reading the schema version"));
    return sqlite3_column_int(statement.get(), 0);
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement);
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_statement);
        m_statement = std::exchange(other.m_statement, nullptr);
    }
    return *this;
}

int Statement::prepare(sqlite3 *handle, const QByteArray &sql)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    return sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &m_statement, nullptr);
}

} // namespace kith::backup
