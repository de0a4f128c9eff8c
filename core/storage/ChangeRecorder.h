#pragma once

#include "Change.h"
#include "common/Result.h"

#include <QByteArray>
#include <QSet>

struct sqlite3_session;

namespace kith {

class Database;

// Records what one operation changed, through SQLite's session extension, so the desktop
// can undo and redo any edit — including the rows a delete cascaded to — without knowing
// how each store writes. Create it just before the operation, then take() the changeset.
// The search index is left out: its triggers rebuild it when a changeset is applied.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Database &db);
    ~ChangeRecorder();

    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // The changes since construction as an SQLite changeset (empty when nothing changed).
    Result<QByteArray> take();

private:
    Database &m_db;
    sqlite3_session *m_session = nullptr;
    int m_error = 0;
};

enum class ApplyDirection
{
    Forward,
    Backward
};

// Applies a recorded changeset (Forward: redo) or its inverse (Backward: undo) in one
// transaction, then announces a Reset for every kind of record it touched. Fails without
// changing anything when the data has moved on in a way that conflicts with it.
Status applyChangeset(Database &db, const QByteArray &changeset, ApplyDirection direction);

// The kinds of records a changeset touches.
QSet<EntityKind> kindsInChangeset(const QByteArray &changeset);

} // namespace kith
