#include "Session.h"

#include <QFileInfo>
#include <QThread>
#include <QUndoCommand>

namespace kith::ui {

namespace {

// One recorded step. The change has already happened when it is pushed, so the first
// redo() that QUndoStack::push() calls does nothing.
class RecordedCommand final : public QUndoCommand
{
public:
    RecordedCommand(Session &session, const QString &text, QByteArray changeset)
        : QUndoCommand(text)
        , m_session(session)
        , m_changeset(std::move(changeset))
    {}

    void undo() override { apply(ApplyDirection::Backward); }
    void redo() override
    {
        if (std::exchange(m_firstRedo, false))
            return;
        apply(ApplyDirection::Forward);
    }

private:
    void apply(ApplyDirection direction)
    {
        Status status = applyChangeset(m_session.db(), m_changeset, direction);
        if (!status) {
            setObsolete(true);
            Q_EMIT m_session.stepFailed(status.error().message());
        }
    }

    Session &m_session;
    QByteArray m_changeset;
    bool m_firstRedo = true;
};

} // namespace

Session::Session(std::unique_ptr<Database> db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    m_undoStack.setUndoLimit(200);
    connect(m_db.get(), &Database::changed, this, &Session::changed);
    // The lists page their rows in lazily: rows read before and after another process's
    // import would disagree on which record sits where, and an edit could reach the wrong
    // one. SQLite's data_version is one read of shared memory, cheap enough to poll.
    m_dataVersion = m_db->dataVersion().valueOr(0);
    m_otherWriters.setInterval(otherWritersPollMs);
    connect(&m_otherWriters, &QTimer::timeout, this, &Session::checkForOtherWriters);
    m_otherWriters.start();
}

void Session::checkForOtherWriters()
{
    const Result<qint64> version = m_db->dataVersion();
    if (!version || *version == m_dataVersion)
        return;
    m_dataVersion = *version;
    for (const auto &entry : EnumTraits<EntityKind>::entries)
        Q_EMIT changed(Change{entry.value, ChangeType::Reset, {}});
}

Session::~Session()
{
    if (m_backupThread)
        m_backupThread->wait(); // it reports to this session
}

Result<std::unique_ptr<Session>> Session::open(const QString &path,
                                               const Database::Options &options)
{
    // A file this open creates holds nothing worth a backup yet (as Database::open decides).
    const bool existed = QFileInfo(path).size() > 0;
    Database::Options now = options;
    now.dailyBackup = false;
    Result<std::unique_ptr<Database>> db = Database::open(path, now);
    QString whyReadOnly;
    if (!db && !options.readOnly && existed &&
        (db.error().code() == ErrorCode::ReadOnly || db.error().code() == ErrorCode::Io)) {
        whyReadOnly = db.error().message();
        now.readOnly = true;
        now.create = false;
        if (Result<std::unique_ptr<Database>> reading = Database::open(path, now))
            db = std::move(reading);
    }
    if (!db)
        return db.error();
    auto session = std::make_unique<Session>(std::move(db).value());
    session->m_whyReadOnly = whyReadOnly;
    if (options.dailyBackup && !session->isReadOnly() && existed)
        session->startDailyBackup(options);
    return session;
}

QString Session::readOnlyReason() const
{
    if (m_db->isDamaged()) {
        return tr("%1 is damaged (%2). Kith shows what it can still read but will not change "
                  "it: restore a backup to go on working.")
            .arg(QFileInfo(m_db->path()).fileName(), m_db->damage().left(160));
    }
    if (!m_db->isReadOnly())
        return {};
    return tr("Read only: %1 You can look, search and export, but not change anything.")
        .arg(m_whyReadOnly.isEmpty() ? tr("this file cannot be written.") : m_whyReadOnly);
}

void Session::startDailyBackup(Database::Options options)
{
    // A second connection of its own, on its own thread: SQLite's backup reads a snapshot
    // while this session's connection goes on writing (WAL).
    options.create = false;
    const QString path = m_db->path();
    QThread *thread = QThread::create([this, path, options] {
        QString written;
        QString problem;
        { // the connection is opened and closed on this thread
            Result<std::unique_ptr<Database>> db = Database::open(path, options);
            written = db ? (*db)->dailyBackup() : QString();
            problem = db ? (*db)->backupProblem() : db.error().message();
        }
        QMetaObject::invokeMethod(
            this, [this, written, problem] { Q_EMIT dailyBackupFinished(written, problem); },
            Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_backupThread = thread;
    thread->start(QThread::LowPriority);
}

BackgroundReader &Session::reader()
{
    if (!m_reader)
        m_reader = std::make_unique<BackgroundReader>(m_db->path());
    return *m_reader;
}

void Session::pushRecorded(const QString &description, const QByteArray &changeset)
{
    m_undoStack.push(new RecordedCommand(*this, description, changeset));
}

} // namespace kith::ui
