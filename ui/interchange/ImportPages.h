#pragma once

#include "interchange/csv/ContactMapping.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace kith::ui {

class ImportWizard;

// A label for problems: wrapped, selectable, in the validation red.
QLabel *makeProblemLabel(const QString &objectName, QWidget *parent);

// Choose the file or folder; shows the format Kith recognises in it. Leaving the page reads
// the file, so a file Kith cannot read stops here with the reason (file, line, why).
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT

public:
    ImportFilePage(ImportWizard &wizard, const QString &path);

    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void chooseFile();
    void chooseFolder();
    void updateDetected();

    ImportWizard &m_wizard;
    QLineEdit *m_path;
    QLabel *m_detected;
    QLabel *m_error;
    QLabel *m_undoNote;
};

// For CSV files: which Kith field each column feeds, one row per column with a sample of
// its values, proposed from the remembered mapping or a recognised export (Google, Outlook).
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportMappingPage(ImportWizard &wizard);

    void initializePage() override;
    bool validatePage() override;
    int nextId() const override;

    csv::ColumnMapping mapping() const;

private:
    ImportWizard &m_wizard;
    QLabel *m_source;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace kith::ui
