#include "Backup.h"

#include "BackupPlan.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>

#include <sqlite3.h>

namespace kith::backup {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::backup", text);
}

Status exec(Database &db, const QByteArray &sql, const QString &doing)
{
    if (sqlite3_exec(db.handle(), sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
        return db.lastError(doing);
    return {};
}

// Conflict when any table holds a row: a restore never merges into existing data.
Status requireEmpty(const Database &db, const QList<TableInfo> &live)
{
    for (const TableInfo &table : live) {
        Statement statement;
        if (statement.prepare(db.handle(), "SELECT EXISTS (SELECT 1 FROM main." +
                                               quoted(table.name) + ")") != SQLITE_OK ||
            sqlite3_step(statement.get()) != SQLITE_ROW)
            return db.lastError(tr("Checking that the database is empty"));
        if (sqlite3_column_int(statement.get(), 0) != 0) {
            return Error(ErrorCode::Conflict,
                         tr("A backup is only restored into an empty database; this one already "
                            "holds data (table “%1”). Restore into a new database file.")
                             .arg(table.name));
        }
    }
    return {};
}

int bindValue(sqlite3_stmt *statement, int position, const QJsonValue &value, Affinity affinity)
{
    switch (value.type()) {
    case QJsonValue::Double: {
        const qint64 integer = value.toInteger(0);
        if (affinity != Affinity::Real && (integer != 0 || value.toDouble() == 0.0))
            return sqlite3_bind_int64(statement, position, integer);
        return sqlite3_bind_double(statement, position, value.toDouble());
    }
    case QJsonValue::String: {
        if (affinity == Affinity::Blob) {
            const QByteArray blob = decodeBlob(value).value_or(QByteArray());
            return sqlite3_bind_blob64(statement, position, blob.constData(),
                                       sqlite3_uint64(blob.size()), SQLITE_TRANSIENT);
        }
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text64(statement, position, text.constData(),
                                   sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    }
    default:
        return sqlite3_bind_null(statement, position);
    }
}

// The first staged row the real table refuses, for a message that names it.
qsizetype firstRefusedRow(Database &db, const QByteArray &copyOne, qsizetype rows)
{
    Statement statement;
    if (statement.prepare(db.handle(), copyOne) != SQLITE_OK)
        return -1;
    for (qsizetype row = 0; row < rows; ++row) {
        sqlite3_bind_int64(statement.get(), 1, row + 1);
        const int rc = sqlite3_step(statement.get());
        sqlite3_reset(statement.get());
        if (rc != SQLITE_DONE)
            return row;
    }
    return -1;
}

// Stages the rows in a TEMP table, then copies them in one statement: the search triggers
// then run inside that one statement, so FTS5 keeps its pending terms in memory instead of
// flushing them at the statement savepoint of every single-row insert.
Status restoreTable(Database &db, const TablePlan &plan, int number)
{
    const TableInfo &table = *plan.table;
    const QString doing = tr("Restoring table “%1”").arg(table.name);
    const QByteArray staging = "temp.kith_restore_" + QByteArray::number(number);
    QByteArray stagingColumns, targetColumns, placeholders;
    for (qsizetype i = 0; i < plan.columns.size(); ++i) {
        const QByteArray separator = i > 0 ? ", " : "";
        stagingColumns += separator + "c" + QByteArray::number(i);
        targetColumns += separator + quoted(table.columns.at(plan.columns.at(i)).name);
        placeholders += separator + "?";
    }
    if (Status status = exec(db, "CREATE TABLE " + staging + "(" + stagingColumns + ")", doing);
        !status)
        return status;

    Statement insert;
    int rc =
        insert.prepare(db.handle(), "INSERT INTO " + staging + " VALUES (" + placeholders + ")");
    QList<QString> names;
    for (const qsizetype column : plan.columns)
        names.append(table.columns.at(column).name);
    for (qsizetype r = 0; rc == SQLITE_OK && r < plan.rows.size(); ++r) {
        const QJsonObject row = plan.rows.at(r).toObject();
        for (qsizetype c = 0; rc == SQLITE_OK && c < names.size(); ++c) {
            rc = bindValue(insert.get(), int(c) + 1, row.value(names.at(c)),
                           table.columns.at(plan.columns.at(c)).affinity);
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(insert.get()) == SQLITE_DONE ? SQLITE_OK : SQLITE_ERROR;
        sqlite3_reset(insert.get());
    }
    if (rc != SQLITE_OK)
        return db.lastError(doing);

    const QByteArray copy = "INSERT INTO main." + quoted(table.name) + "(" + targetColumns +
                            ") SELECT " + stagingColumns + " FROM " + staging;
    if (sqlite3_exec(db.handle(), (copy + " ORDER BY rowid").constData(), nullptr, nullptr,
                     nullptr) != SQLITE_OK) {
        const QString reason = QString::fromUtf8(sqlite3_errmsg(db.handle()));
        const qsizetype row = firstRefusedRow(db, copy + " WHERE rowid = ?1", plan.rows.size());
        const QString where = row >= 0 ? tr("table “%1”, row %2").arg(table.name).arg(row + 1)
                                       : tr("table “%1”").arg(table.name);
        return Error(ErrorCode::Parse,
                     tr("Not a usable Kith backup: %1 breaks a rule of the database (%2).")
                         .arg(where, reason));
    }
    return exec(db, "DROP TABLE " + staging, doing);
}

// Every reference points at a row the backup holds; checked once all rows are in, since a
// person and the group they were met in may refer to each other.
Status checkReferences(Database &db)
{
    Statement statement;
    if (statement.prepare(db.handle(), "PRAGMA main.foreign_key_check") != SQLITE_OK)
        return db.lastError(tr("Checking the restored references"));
    const int rc = sqlite3_step(statement.get());
    if (rc == SQLITE_DONE)
        return {};
    if (rc != SQLITE_ROW)
        return db.lastError(tr("Checking the restored references"));
    const auto text = [&](int column) {
        return QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement.get(), column)));
    };
    const QString row =
        sqlite3_column_type(statement.get(), 1) == SQLITE_NULL
            ? tr("a row")
            : tr("the row with id %1").arg(sqlite3_column_int64(statement.get(), 1));
    return Error(ErrorCode::Parse,
                 tr("Not a usable Kith backup: in table “%1”, %2 refers to a record of “%3” that "
                    "the backup does not hold.")
                     .arg(text(0), row, text(2)));
}

struct Prepared
{
    QList<TableInfo> live;
    Plan plan;
};

Result<Prepared> prepare(const Database &target, const QByteArray &json)
{
    Prepared prepared;
    Result<QList<TableInfo>> live = liveTables(target);
    if (!live)
        return live.error();
    prepared.live = std::move(*live);
    Result<int> version = schemaVersionOf(target);
    if (!version)
        return version.error();
    Result<Plan> plan = makePlan(json, prepared.live, *version);
    if (!plan)
        return plan.error();
    prepared.plan = std::move(*plan);
    return prepared;
}

} // namespace

Result<Summary> check(const Database &target, const QByteArray &json)
{
    Result<Prepared> prepared = prepare(target, json);
    if (!prepared)
        return prepared.error();
    if (Status status = requireEmpty(target, prepared->live); !status)
        return status.error();
    return prepared->plan.summary;
}

Result<Summary> restore(Database &target, const QByteArray &json)
{
    // The plan points into `live`, so the two travel together and are not copied.
    Result<Prepared> prepared = prepare(target, json);
    if (!prepared)
        return prepared.error();
    const Plan &plan = prepared->plan;

    Transaction tx(target);
    if (!tx.isActive())
        return tx.error();
    // Checked under the write lock, so nobody fills the database between check and write.
    if (Status status = requireEmpty(target, prepared->live); !status)
        return status.error();
    const QString doing = tr("Restoring the backup");
    if (Status status = exec(target, "PRAGMA defer_foreign_keys = ON", doing); !status)
        return status.error();
    for (qsizetype t = 0; t < plan.tables.size(); ++t) {
        if (Status status = restoreTable(target, plan.tables.at(t), int(t)); !status)
            return status.error();
    }
    if (Status status = checkReferences(target); !status)
        return status.error();
    for (const auto &entry : EnumTraits<EntityKind>::entries)
        target.notify({entry.value, ChangeType::Reset, {}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return plan.summary;
}

Result<Summary> restoreFile(Database &target, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray json = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<Summary> restored = restore(target, json);
    if (!restored)
        return restored.error().withContext(tr("%1: ").arg(path));
    return restored;
}

qsizetype Summary::rowCount(const QString &table) const
{
    for (const auto &[name, rows] : rowsPerTable) {
        if (name == table)
            return rows;
    }
    return 0;
}

qsizetype Summary::totalRows() const
{
    qsizetype total = 0;
    for (const auto &entry : rowsPerTable)
        total += entry.second;
    return total;
}

} // namespace kith::backup
