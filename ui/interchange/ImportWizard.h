#pragma once

#include "ImportSource.h"
#include "interchange/Importer.h"
#include "interchange/backup/Backup.h"
#include "interchange/csv/CsvContacts.h"

#include <QWizard>

#include <optional>

namespace kith::ui {

class Session;

// File ▸ Import…: choose a file (format detected) → for CSV, map its columns → preview
// (counts, rejections with their reasons, and a Merge/Skip/Create choice for every row that
// matches someone) → run with progress and Cancel → summary.
//
// The import runs in the GUI thread, inside Session::perform(), so it is one undoable step
// (Edit ▸ Undo takes the whole import back) and the lists and dashboard refresh from the
// session's change announcements. Its progress callback lets the event loop run every
// 50 ms, which keeps the window painted and the Cancel button heard; the wizard is modal,
// so nothing else can edit the database meanwhile. A worker thread would need its own
// connection, outside the session's undo recording and change announcements.
class ImportWizard final : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        MappingPage,
        PreviewPage,
        RunPage,
        SummaryPage
    };

    explicit ImportWizard(Session &session, const QString &path = {}, QWidget *parent = nullptr);
    ~ImportWizard() override;

    Session &session() { return m_session; }

    // Reads the chosen file: a CSV file's header and first rows (then the mapping page
    // reads the rest), any other format whole and planned against the database.
    Status load(const QString &path);
    // Reads the CSV file with `mapping` and plans it.
    Status loadCsv(const csv::ColumnMapping &mapping);

    QString path() const { return m_path; }
    ImportFormat format() const { return m_format; }
    const csv::Sample &sample() const { return m_sample; }
    const csv::ColumnMapping &proposedMapping() const { return m_proposed; }
    interchange::ImportPlan *plan() { return m_plan ? &*m_plan : nullptr; }
    const std::optional<backup::Summary> &backupSummary() const { return m_backupSummary; }

    // Writes the plan (or restores the backup) once the event loop next runs; importFinished()
    // tells when it is done, failed or cancelled. From here on, Cancel cancels the import.
    void startImport();
    bool isRunning() const { return m_running; }
    void requestCancel() { m_cancelRequested = true; }
    // What the run did, once it ran.
    const std::optional<interchange::ImportSummary> &summary() const { return m_summary; }
    const std::optional<backup::Summary> &restored() const { return m_restored; }
    const std::optional<Error> &failure() const { return m_failure; }

    void reject() override;

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void importFinished();

private:
    void runImport();
    Status runPlan();
    Status runRestore();

    Session &m_session;
    QString m_path;
    ImportFormat m_format = ImportFormat::Unknown;
    csv::Sample m_sample;
    csv::ColumnMapping m_proposed;
    csv::ColumnMapping m_mapping;
    std::optional<interchange::ImportPlan> m_plan;
    QByteArray m_backup;
    std::optional<backup::Summary> m_backupSummary;

    bool m_running = false;
    bool m_cancelRequested = false;
    std::optional<interchange::ImportSummary> m_summary;
    std::optional<backup::Summary> m_restored;
    std::optional<Error> m_failure;
};

} // namespace kith::ui
