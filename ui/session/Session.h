#pragma once

#include "BackgroundReader.h"
#include "storage/ChangeRecorder.h"
#include "storage/Database.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace kith::ui {

// One open database in the desktop application: the Database, the undo history of edits
// made to it, and "today" (replaceable by tests). Every change a user makes goes through
// perform(), which records it for undo and redo.
class Session final : public QObject
{
    Q_OBJECT

public:
    static constexpr int otherWritersPollMs = 2000;

    explicit Session(std::unique_ptr<Database> db, QObject *parent = nullptr);
    ~Session() override;

    // Opens `path`. The day's backup (Database::Options::dailyBackup) is written on a
    // thread of its own once the file is open: for a large file it takes seconds, which the
    // window should not wait for. dailyBackupFinished() tells how it went. A file that
    // cannot be written (read-only media, a full disk) is opened read-only instead, so that
    // what it holds can still be looked at and exported.
    static Result<std::unique_ptr<Session>> open(const QString &path,
                                                 const Database::Options &options);

    // Nothing can be changed: the file is on read-only media, on a full disk, not
    // writable, or damaged. readOnlyReason() says which, in one sentence for a banner.
    bool isReadOnly() const { return m_db->isReadOnly() || m_db->isDamaged(); }
    QString readOnlyReason() const;

    Database &db() { return *m_db; }
    const Database &db() const { return *m_db; }
    QUndoStack *undoStack() { return &m_undoStack; }
    // A second, read-only connection on a thread of its own, started on first use.
    BackgroundReader &reader();

    QDate today() const { return m_today.isValid() ? m_today : QDate::currentDate(); }
    void setToday(const QDate &today) { m_today = today; }

    // Runs `operation` (a store call returning Status or Result<T>) as one undoable step
    // named `description` ("Edit Ada Lovelace"). A failed operation leaves no step behind.
    template <typename Operation>
    auto perform(const QString &description, Operation &&operation) -> decltype(operation())
    {
        ChangeRecorder recorder(*m_db);
        auto result = operation();
        if (result) {
            Result<QByteArray> changeset = recorder.take();
            if (changeset && !changeset->isEmpty())
                pushRecorded(description, *changeset);
        }
        return result;
    }

    // Whether another process (a `kith import`, a second window) has written to the file
    // since the last look; if so, announces a reset of every kind so that every list and
    // figure reads the file again. Runs every few seconds by itself.
    void checkForOtherWriters();

Q_SIGNALS:
    // Any change to the data, from this session, from undo/redo or from another process.
    void changed(const kith::Change &change);
    // Undo or redo could not be applied (the data changed underneath); the step is dropped.
    void stepFailed(const QString &message);
    // The day's backup was written to `path` (empty: none was due), or could not be.
    void dailyBackupFinished(const QString &path, const QString &problem);

private:
    void pushRecorded(const QString &description, const QByteArray &changeset);
    void startDailyBackup(Database::Options options);

    std::unique_ptr<Database> m_db;
    QUndoStack m_undoStack;
    QDate m_today;
    QPointer<QThread> m_backupThread;
    QTimer m_otherWriters;
    QString m_whyReadOnly; // why the writable open failed, when it did
    qint64 m_dataVersion = 0;
    std::unique_ptr<BackgroundReader> m_reader;
};

} // namespace kith::ui
