#include "ImportWizard.h"

#include "ImportPages.h"
#include "ImportPreviewPage.h"
#include "ImportRunPages.h"
#include "interchange/csv/MappingMemory.h"
#include "session/Session.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUndoStack>

namespace kith::ui {

namespace {

// How long the import may run before the event loop gets a turn: long enough that
// processing events costs nothing measurable, short enough that Cancel feels immediate.
constexpr qint64 eventIntervalMs = 50;

// A backup larger than this is not a Kith backup anyone made.
constexpr qint64 maxBackupBytes = 1024LL * 1024 * 1024;

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

ImportWizard::ImportWizard(Session &session, const QString &path, QWidget *parent)
    : QWizard(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, new ImportFilePage(*this, path));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(RunPage, new ImportRunPage(*this));
    setPage(SummaryPage, new ImportSummaryPage(*this));
    setStartId(FilePage);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));
    resize(920, 640);
}

ImportWizard::~ImportWizard() = default;

Status ImportWizard::load(const QString &path)
{
    WaitCursor wait;
    m_path = path;
    m_format = detectImportFormat(path);
    m_plan.reset();
    m_backupSummary.reset();
    m_backup.clear();
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("Choose a file to import."));
    if (!QFileInfo::exists(path))
        return Error(ErrorCode::Io, tr("%1 does not exist.").arg(shown));

    switch (m_format) {
    case ImportFormat::Unknown:
        return Error(ErrorCode::InvalidArgument,
                     tr("Kith cannot tell what %1 holds. It imports LinkedIn data exports "
                        "(.zip or folder), vCard (.vcf), iCalendar (.ics), CSV and Kith "
                        "backups (.json).")
                         .arg(shown));
    case ImportFormat::Csv: {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        // The header and a few rows are all the mapping page needs.
        const QByteArray head = file.read(256 * 1024);
        Result<csv::Sample> sample =
            csv::readSample(head, QFileInfo(path).fileName(), /*rowCount=*/3);
        if (!sample)
            return sample.error();
        m_sample = std::move(sample).value();
        Result<csv::ColumnMapping> proposal =
            csv::MappingMemory(m_session.db()).proposal(m_sample.headers);
        if (!proposal)
            return proposal.error();
        m_proposed = std::move(proposal).value();
        return {};
    }
    case ImportFormat::Backup: {
        QFile file(path);
        if (file.size() > maxBackupBytes)
            return Error(ErrorCode::Parse, tr("%1 is too large to be a Kith backup.").arg(shown));
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("%1 cannot be read: %2").arg(shown, file.errorString()));
        m_backup = file.readAll();
        Result<backup::Summary> summary = backup::check(m_session.db(), m_backup);
        if (!summary) {
            if (summary.error().code() == ErrorCode::Conflict)
                return Error(ErrorCode::Conflict,
                             tr("A backup is restored into an empty database, and this one "
                                "holds records. Create one with File ▸ New Database…, then "
                                "import the backup there."));
            return summary.error();
        }
        m_backupSummary = std::move(summary).value();
        return {};
    }
    case ImportFormat::LinkedIn:
    case ImportFormat::VCard:
    case ImportFormat::ICalendar:
        break;
    }
    Result<ImportBatch> batch = readImportFile(path, m_format);
    if (!batch)
        return batch.error();
    Result<interchange::ImportPlan> plan =
        interchange::planImport(m_session.db(), std::move(batch).value());
    if (!plan)
        return plan.error();
    m_plan = std::move(plan).value();
    return {};
}

Status ImportWizard::loadCsv(const csv::ColumnMapping &mapping)
{
    WaitCursor wait;
    m_plan.reset();
    m_mapping = mapping;
    Result<ImportBatch> batch = readImportFile(m_path, ImportFormat::Csv, mapping);
    if (!batch)
        return batch.error();
    Result<interchange::ImportPlan> plan =
        interchange::planImport(m_session.db(), std::move(batch).value());
    if (!plan)
        return plan.error();
    m_plan = std::move(plan).value();
    return {};
}

void ImportWizard::startImport()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelRequested = false;
    m_summary.reset();
    m_restored.reset();
    m_failure.reset();
    QTimer::singleShot(0, this, &ImportWizard::runImport);
}

void ImportWizard::runImport()
{
    const Status status = m_format == ImportFormat::Backup ? runRestore() : runPlan();
    if (!status)
        m_failure = status.error();
    m_running = false;
    Q_EMIT importFinished();
}

Status ImportWizard::runPlan()
{
    if (!m_plan)
        return Error(ErrorCode::InvalidArgument, tr("Nothing to import."));
    QElapsedTimer sinceEvents;
    sinceEvents.start();
    const interchange::ImportProgress progress = [&](qint64 done, qint64 total) {
        if (sinceEvents.elapsed() >= eventIntervalMs) {
            Q_EMIT progressed(done, total);
            QCoreApplication::processEvents();
            sinceEvents.restart();
        }
        return !m_cancelRequested;
    };
    const QString step = tr("Import %1").arg(QFileInfo(m_path).fileName());
    Result<interchange::ImportSummary> summary = m_session.perform(step, [&] {
        Result<interchange::ImportSummary> applied =
            interchange::applyImport(m_session.db(), *m_plan, progress);
        // The columns are remembered with the import, so undoing it forgets them too.
        if (applied && m_format == ImportFormat::Csv) {
            if (Status remembered =
                    csv::MappingMemory(m_session.db()).remember(m_sample.headers, m_mapping);
                !remembered)
                qWarning("Import: the column mapping was not remembered: %s",
                         qPrintable(remembered.errorMessage()));
        }
        return applied;
    });
    if (!summary)
        return summary.error();
    m_summary = std::move(summary).value();
    Q_EMIT progressed(1, 1);
    return {};
}

Status ImportWizard::runRestore()
{
    if (m_cancelRequested)
        return Error(ErrorCode::Cancelled, tr("The restore was cancelled; nothing was changed."));
    // Not through Session::perform(): the restore sets the search triggers aside and brings
    // them back, which a changeset cannot replay, and there is nothing to go back to — the
    // database was empty. The steps recorded before no longer fit what is stored, so the
    // undo history ends here.
    Result<backup::Summary> restored = backup::restore(m_session.db(), m_backup);
    if (!restored)
        return restored.error();
    m_session.undoStack()->clear();
    for (const auto &entry : EnumTraits<EntityKind>::entries)
        m_session.db().notify({entry.value, ChangeType::Reset, {}});
    m_restored = std::move(restored).value();
    Q_EMIT progressed(1, 1);
    return {};
}

void ImportWizard::reject()
{
    // Closing the window mid-import would pull the wizard from under the running import;
    // it cancels instead, and the run page reports the rollback.
    if (m_running) {
        requestCancel();
        return;
    }
    QWizard::reject();
}

} // namespace kith::ui
