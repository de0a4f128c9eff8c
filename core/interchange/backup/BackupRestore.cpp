#include "Backup.h"

#include "BackupPlan.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QScopeGuard>

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
        // UTF-16 as Qt holds it; SQLite converts while copying, saving an encoding pass here.
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, position, text.utf16(), int(text.size() * 2),
                                   SQLITE_TRANSIENT);
    }
    default:
        return sqlite3_bind_null(statement, position);
    }
}

// Inserts the rows one by one with a prepared statement (the search triggers are off, see
// SearchTriggers), so a refused row is named by its position.
Status restoreTable(Database &db, const TablePlan &plan)
{
    const TableInfo &table = *plan.table;
    QByteArray columns, placeholders;
    QList<Affinity> affinities;
    for (qsizetype i = 0; i < plan.columns.size(); ++i) {
        const QByteArray separator = i > 0 ? ", " : "";
        columns += separator + quoted(table.columns.at(plan.columns.at(i)).name);
        placeholders += separator + "?";
        affinities.append(table.columns.at(plan.columns.at(i)).affinity);
    }
    Statement insert;
    if (insert.prepare(db.handle(), "INSERT INTO main." + quoted(table.name) + "(" + columns +
                                        ") VALUES (" + placeholders + ")") != SQLITE_OK)
        return db.lastError(tr("Restoring table “%1”").arg(table.name));
    for (qsizetype r = 0; r < plan.rows.size(); ++r) {
        const QJsonObject row = plan.rows.at(r).toObject();
        int rc = SQLITE_OK;
        for (qsizetype c = 0; rc == SQLITE_OK && c < plan.columns.size(); ++c) {
            const QString &name = table.columns.at(plan.columns.at(c)).name;
            rc = bindValue(insert.get(), int(c) + 1, row.value(name), affinities.at(c));
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_step(insert.get());
        sqlite3_reset(insert.get());
        if (rc != SQLITE_DONE) {
            return Error(ErrorCode::Parse,
                         tr("Not a usable Kith backup: table “%1”, row %2 breaks a rule of the "
                            "database (%3).")
                             .arg(table.name)
                             .arg(r + 1)
                             .arg(QString::fromUtf8(sqlite3_errmsg(db.handle()))));
        }
    }
    return {};
}

// The triggers that keep the search index (0002_search.sql: "<table>_search_insert", reading
// the view "search_source_<table>") are dropped while the rows go in and the index is then
// filled from the same views, one statement per view, as the migration that created the
// index did. Row by row, every insert would make FTS5 flush its pending terms at the
// statement's savepoint; this way a restore takes a fraction of the time, and the index
// holds exactly what the triggers would have written. The triggers come back, unchanged,
// in the same transaction; a rollback restores them too.
class SearchTriggers
{
public:
    explicit SearchTriggers(Database &db)
        : m_db(db)
    {}

    Status drop()
    {
        Statement triggers;
        int rc = triggers.prepare(
            m_db.handle(), "SELECT t.name, t.tbl_name, t.sql FROM main.sqlite_schema t "
                           "JOIN main.sqlite_schema v ON v.type = 'view' AND v.name = "
                           "'search_source_' || t.tbl_name "
                           "WHERE t.type = 'trigger' AND t.name = t.tbl_name || '_search_insert'");
        while (rc == SQLITE_OK && (rc = sqlite3_step(triggers.get())) == SQLITE_ROW) {
            const auto text = [&](int column) {
                return QByteArray(
                    reinterpret_cast<const char *>(sqlite3_column_text(triggers.get(), column)));
            };
            m_triggers.append({text(0), text(1), text(2)});
            rc = SQLITE_OK;
        }
        if (rc != SQLITE_DONE)
            return m_db.lastError(tr("Reading the search triggers"));
        for (const Trigger &trigger : std::as_const(m_triggers)) {
            if (Status status =
                    exec(m_db, "DROP TRIGGER main." + quoted(QString::fromUtf8(trigger.name)),
                         tr("Restoring the backup"));
                !status)
                return status;
        }
        return {};
    }

    Status fillIndexAndRestore()
    {
        const QString doing = tr("Rebuilding the search index");
        for (const Trigger &trigger : std::as_const(m_triggers)) {
            const QByteArray view =
                quoted(QStringLiteral("search_source_") + QString::fromUtf8(trigger.table));
            if (Status status =
                    exec(m_db,
                         "INSERT INTO main.search_index(rowid, kind, entity_id, title, body) "
                         "SELECT search_rowid, kind, entity_id, title, body FROM main." +
                             view,
                         doing);
                !status)
                return status;
            if (Status status = exec(m_db, trigger.sql, doing); !status)
                return status;
        }
        return {};
    }

private:
    struct Trigger
    {
        QByteArray name;
        QByteArray table;
        QByteArray sql;
    };
    Database &m_db;
    QList<Trigger> m_triggers;
};

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
    // A whole database goes in: a bigger page cache for this transaction keeps the indexes
    // from spilling half-written pages to the journal. The connection's size comes back after.
    Result<qint64> cacheSize = Query(target, QStringLiteral("PRAGMA cache_size")).scalar();
    if (cacheSize && *cacheSize != 0) {
        if (Status status = exec(target, "PRAGMA cache_size = -262144", doing); !status)
            return status.error();
    }
    const auto restoreCache = qScopeGuard([&] {
        if (cacheSize && *cacheSize != 0)
            (void)exec(target, "PRAGMA cache_size = " + QByteArray::number(*cacheSize), doing);
    });
    SearchTriggers searchTriggers(target);
    if (Status status = searchTriggers.drop(); !status)
        return status.error();
    for (const TablePlan &table : plan.tables) {
        if (Status status = restoreTable(target, table); !status)
            return status.error();
    }
    if (Status status = searchTriggers.fillIndexAndRestore(); !status)
        return status.error();
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
