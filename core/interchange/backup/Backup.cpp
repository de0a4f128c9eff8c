#include "Backup.h"

#include "BackupSchema.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QScopeGuard>

#include <sqlite3.h>

#include <cmath>

namespace kith::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::backup", text);
}

void appendJsonString(QByteArray &out, const char *utf8, qsizetype size)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8 + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(utf8 + runStart, size - runStart);
    out += '"';
}

void appendJsonString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(out, utf8.constData(), utf8.size());
}

void appendValue(QByteArray &out, sqlite3_stmt *row, int column, Affinity affinity)
{
    const int type = sqlite3_column_type(row, column);
    if (type == SQLITE_NULL) {
        out += "null";
    } else if (affinity == Affinity::Blob || type == SQLITE_BLOB) {
        const void *data = sqlite3_column_blob(row, column);
        const int size = sqlite3_column_bytes(row, column);
        out += '"';
        out += QByteArray::fromRawData(static_cast<const char *>(data), size).toBase64();
        out += '"';
    } else if (type == SQLITE_INTEGER) {
        out += QByteArray::number(sqlite3_column_int64(row, column));
    } else if (type == SQLITE_FLOAT) {
        const double value = sqlite3_column_double(row, column);
        // JSON has no infinity; SQLite only stores one when asked to overflow.
        out += std::isfinite(value) ? QByteArray::number(value, 'g', 17) : QByteArray("null");
    } else {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(row, column));
        appendJsonString(out, text, sqlite3_column_bytes(row, column));
    }
}

// Every row of `table`, one object a line, in key order.
Status appendTable(const Database &db, const TableInfo &table, QByteArray &out)
{
    QByteArray select("SELECT ");
    QList<QByteArray> keys; // `"column":`, escaped once
    keys.reserve(table.columns.size());
    for (qsizetype i = 0; i < table.columns.size(); ++i) {
        select += (i > 0 ? ", " : "") + quoted(table.columns.at(i).name);
        QByteArray key;
        appendJsonString(key, table.columns.at(i).name);
        keys.append(key + ':');
    }
    select += " FROM main." + quoted(table.name) + orderClause(table);

    Statement statement;
    int rc = statement.prepare(db.handle(), select);
    appendJsonString(out, table.name);
    out += ":[";
    bool first = true;
    while (rc == SQLITE_OK && (rc = sqlite3_step(statement.get())) == SQLITE_ROW) {
        out += first ? "\n{" : ",\n{";
        first = false;
        for (int c = 0; c < int(keys.size()); ++c) {
            if (c > 0)
                out += ',';
            out += keys.at(c);
            appendValue(out, statement.get(), c, table.columns.at(c).affinity);
        }
        out += '}';
        rc = SQLITE_OK;
    }
    if (rc != SQLITE_DONE)
        return db.lastError(tr("Reading table %1").arg(table.name));
    out += "]";
    return {};
}

} // namespace

Result<QByteArray> write(const Database &db)
{
    Result<QList<TableInfo>> tables = liveTables(db);
    if (!tables)
        return tables.error();
    // One read transaction, so the backup is one consistent snapshot even while another
    // connection writes. A savepoint also works inside a caller's transaction.
    if (sqlite3_exec(db.handle(), "SAVEPOINT kith_backup_write", nullptr, nullptr, nullptr) !=
        SQLITE_OK)
        return db.lastError(tr("Starting the backup"));
    const auto release = qScopeGuard(
        [&] { sqlite3_exec(db.handle(), "RELEASE kith_backup_write", nullptr, nullptr, nullptr); });
    Result<int> version = schemaVersionOf(db);
    if (!version)
        return version.error();

    QByteArray out;
    out.reserve(1 << 16);
    out += "{\"format\":\"kith-backup\",\"version\":" + QByteArray::number(formatVersion) +
           ",\"schema_version\":" + QByteArray::number(*version) + ",\"exported_at\":";
    appendJsonString(out, db.timestamp());
    out += ",\"tables\":{";
    for (qsizetype t = 0; t < tables->size(); ++t) {
        out += t > 0 ? ",\n" : "\n";
        if (Status status = appendTable(db, tables->at(t), out); !status)
            return status.error();
    }
    out += "\n}}\n";
    return out;
}

Status writeFile(const Database &db, const QString &path)
{
    Result<QByteArray> json = write(db);
    if (!json)
        return json.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(*json) != json->size() || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace kith::backup
