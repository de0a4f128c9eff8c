#include "Session.h"

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
}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::open(const QString &path,
                                               const Database::Options &options)
{
    Result<std::unique_ptr<Database>> db = Database::open(path, options);
    if (!db)
        return db.error();
    return std::make_unique<Session>(std::move(db).value());
}

void Session::pushRecorded(const QString &description, const QByteArray &changeset)
{
    m_undoStack.push(new RecordedCommand(*this, description, changeset));
}

} // namespace kith::ui
