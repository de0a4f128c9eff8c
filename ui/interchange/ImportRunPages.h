#pragma once

#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace kith::ui {

class ImportWizard;

// Runs the import as soon as it shows, with a progress bar; the wizard's Cancel button
// cancels (everything is rolled back). Moves on to the summary by itself.
class ImportRunPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportRunPage(ImportWizard &wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    ImportWizard &m_wizard;
    QLabel *m_status;
    QProgressBar *m_progress;
    bool m_done = false;
};

// What the import did, or why it did nothing.
class ImportSummaryPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizard &wizard);

    void initializePage() override;
    int nextId() const override { return -1; }

private:
    ImportWizard &m_wizard;
    QLabel *m_text;
};

} // namespace kith::ui
