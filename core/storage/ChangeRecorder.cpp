#include "ChangeRecorder.h"

#include "Database.h"
#include "Transaction.h"

#include <QCoreApplication>

#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ChangeRecorder", text);
}

// Derived tables are left out: the search index and the derived_* tables
// (0006_dashboard_figures.sql) follow the records through their triggers when a change is
// applied, and a count, unlike a row's value, would not survive being set as well.
int recordTable(void *, const char *table)
{
    const QLatin1String name(table);
    return name.startsWith(QLatin1String("search_index")) ||
                   name.startsWith(QLatin1String("derived_")) ||
                   name.startsWith(QLatin1String("sqlite_"))
               ? 0
               : 1;
}

// Which kind of record a table holds; link tables count for the record they hang from.
std::optional<EntityKind> kindOfTable(QLatin1String table)
{
    const std::pair<const char *, EntityKind> prefixes[] = {
        {"person", EntityKind::Person},
        {"role", EntityKind::Person},
        {"organization", EntityKind::Organization},
        {"membership", EntityKind::Membership},
        {"online_group", EntityKind::Group},
        {"group_", EntityKind::Group},
        {"recommendation", EntityKind::Recommendation},
        {"event", EntityKind::Event},
        {"interaction", EntityKind::Interaction},
        {"tag", EntityKind::Tag},
        {"setting", EntityKind::Setting},
    };
    for (const auto &[prefix, kind] : prefixes) {
        if (table.startsWith(QLatin1String(prefix)))
            return kind;
    }
    return std::nullopt;
}

struct ApplyState
{
    bool conflicted = false;
};

// A conflict where the row already holds what the change wants (a trigger or a cascade got
// there first) is harmless; anything else means the data moved on, and nothing is applied.
int onConflict(void *context, int reason, sqlite3_changeset_iter *iter)
{
    auto *state = static_cast<ApplyState *>(context);
    if (reason == SQLITE_CHANGESET_NOTFOUND) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(iter, &table, &columns, &op, nullptr);
        if (op == SQLITE_DELETE)
            return SQLITE_CHANGESET_OMIT; // already removed by a cascade
    }
    if (reason == SQLITE_CHANGESET_DATA) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        sqlite3changeset_op(iter, &table, &columns, &op, nullptr);
        bool alreadyThere = op == SQLITE_UPDATE;
        for (int i = 0; alreadyThere && i < columns; ++i) {
            sqlite3_value *wanted = nullptr;
            sqlite3_value *current = nullptr;
            if (sqlite3changeset_new(iter, i, &wanted) != SQLITE_OK || !wanted)
                continue; // column not changed by this update
            if (sqlite3changeset_conflict(iter, i, &current) != SQLITE_OK || !current) {
                alreadyThere = false;
                break;
            }
            alreadyThere = sqlite3_value_type(wanted) == sqlite3_value_type(current) &&
                           sqlite3_value_bytes(wanted) == sqlite3_value_bytes(current) &&
                           (sqlite3_value_type(wanted) == SQLITE_NULL ||
                            (sqlite3_value_type(wanted) == SQLITE_INTEGER
                                 ? sqlite3_value_int64(wanted) == sqlite3_value_int64(current)
                                 : memcmp(sqlite3_value_blob(wanted), sqlite3_value_blob(current),
                                          sqlite3_value_bytes(wanted)) == 0));
        }
        if (alreadyThere)
            return SQLITE_CHANGESET_OMIT;
    }
    state->conflicted = true;
    return SQLITE_CHANGESET_ABORT;
}

} // namespace

ChangeRecorder::ChangeRecorder(Database &db)
    : m_db(db)
{
    m_error = sqlite3session_create(db.handle(), "main", &m_session);
    if (m_error == SQLITE_OK) {
        sqlite3session_table_filter(m_session, recordTable, nullptr);
        m_error = sqlite3session_attach(m_session, nullptr);
    }
}

ChangeRecorder::~ChangeRecorder()
{
    if (m_session)
        sqlite3session_delete(m_session);
}

Result<QByteArray> ChangeRecorder::take()
{
    if (m_error != SQLITE_OK || !m_session)
        return m_db.lastError(tr("Recording a change for undo"));
    int size = 0;
    void *data = nullptr;
    const int rc = sqlite3session_changeset(m_session, &size, &data);
    if (rc != SQLITE_OK)
        return m_db.lastError(tr("Recording a change for undo"));
    QByteArray changeset(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return changeset;
}

QSet<EntityKind> kindsInChangeset(const QByteArray &changeset)
{
    QSet<EntityKind> kinds;
    sqlite3_changeset_iter *iter = nullptr;
    if (sqlite3changeset_start(&iter, int(changeset.size()),
                               const_cast<char *>(changeset.constData())) != SQLITE_OK)
        return kinds;
    while (sqlite3changeset_next(iter) == SQLITE_ROW) {
        const char *table = nullptr;
        int columns = 0;
        int op = 0;
        if (sqlite3changeset_op(iter, &table, &columns, &op, nullptr) == SQLITE_OK) {
            if (auto kind = kindOfTable(QLatin1String(table)))
                kinds.insert(*kind);
        }
    }
    sqlite3changeset_finalize(iter);
    return kinds;
}

Status applyChangeset(Database &db, const QByteArray &changeset, ApplyDirection direction)
{
    const QString doing = direction == ApplyDirection::Backward ? tr("Undoing") : tr("Redoing");
    QByteArray toApply = changeset;
    if (direction == ApplyDirection::Backward) {
        int size = 0;
        void *inverted = nullptr;
        if (sqlite3changeset_invert(int(changeset.size()), changeset.constData(), &size,
                                    &inverted) != SQLITE_OK)
            return Error(ErrorCode::Storage, doing + tr(": the recorded change is unreadable."));
        toApply = QByteArray(static_cast<const char *>(inverted), size);
        sqlite3_free(inverted);
    }

    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    ApplyState state;
    const int rc = sqlite3changeset_apply(db.handle(), int(toApply.size()), toApply.data(), nullptr,
                                          onConflict, &state);
    if (rc != SQLITE_OK || state.conflicted) {
        tx.rollback();
        return Error(ErrorCode::Conflict,
                     doing + tr(": the records have changed since, so this step cannot be "
                                "repeated safely. Nothing was changed."));
    }
    for (EntityKind kind : kindsInChangeset(changeset))
        db.notify({kind, ChangeType::Reset, {}});
    return tx.commit();
}

} // namespace kith
