#pragma once

#include <QWizardPage>

class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace kith::interchange {
struct ImportPlan;
} // namespace kith::interchange

namespace kith::ui {

class ImportPreviewModel;
class ImportWizard;

// What the import will do, before it does anything: counts of new, updated, duplicate and
// rejected rows, each rejection with its place and reason, what the reader noticed, the people
// it adds, and the rows that match someone, where the user picks Merge, Skip or Create (one by one
// in the Action column, or for the selected rows at once).
class ImportPreviewPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportPreviewPage(ImportWizard &wizard);

    void initializePage() override;
    void cleanupPage() override;
    int nextId() const override;

private:
    void showPlan();
    void listAdditions(const interchange::ImportPlan &plan);
    void showBackup();
    void updateActionsSummary();
    void applyToSelected(int action);

    void setCount(QLabel *label, int count, const QString &extra = {});

    ImportWizard &m_wizard;
    QFormLayout *m_form;
    QLabel *m_newPeople;
    QLabel *m_updatedPeople;
    QLabel *m_unchangedPeople;
    QLabel *m_duplicatePeople;
    QLabel *m_rejectedCount;
    QLabel *m_skippedEmpty;
    QLabel *m_details; // organizations, recommendations, events, the reader's notes
    QLabel *m_rejectedTitle;
    QListWidget *m_rejected;
    QLabel *m_additionsTitle;
    QListWidget *m_additions; // the people the import creates, as the file names them
    QLabel *m_decisionsTitle;
    QTableView *m_decisions;
    QList<QPushButton *> m_actionButtons;
    QLabel *m_selectedLabel = nullptr;
    QLabel *m_actionsSummary;
    ImportPreviewModel *m_model;
};

} // namespace kith::ui
