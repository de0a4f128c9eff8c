#include "ImportPages.h"

#include "ImportWizard.h"
#include "widgets/FileDialog.h"

#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

// Distinct non-empty values of column `column` in the sample rows, for the mapping table.
QString sampleOf(const csv::Sample &sample, qsizetype column)
{
    QStringList values;
    for (const QStringList &row : sample.rows) {
        if (column < row.size()) {
            const QString value = row[column].simplified();
            if (!value.isEmpty() && !values.contains(value))
                values.append(value.size() > 60 ? value.left(59) + QChar(0x2026) : value);
        }
    }
    return values.join(QStringLiteral(" · "));
}

} // namespace

QLabel *makeProblemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28)); // as EditorDialog's
    label->setPalette(palette);
    label->hide();
    return label;
}

ImportFilePage::ImportFilePage(ImportWizard &wizard, const QString &path)
    : m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_detected(new QLabel(this))
    , m_error(makeProblemLabel(QStringLiteral("importErrorLabel"), this))
    , m_undoNote(new QLabel(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose what to import"));
    setSubTitle(tr("A LinkedIn data export (the .zip, or the folder it was extracted into), "
                   "vCard contacts (.vcf), an iCalendar file (.ics), contacts as CSV, or a "
                   "Kith backup (.json)."));

    m_path->setObjectName(QStringLiteral("importPathEdit"));
    m_path->setAccessibleName(tr("File to import"));
    m_path->setPlaceholderText(tr("File or folder"));
    m_path->setClearButtonEnabled(true);
    auto *chooseFile = new QPushButton(tr("Choose &File…"), this);
    chooseFile->setObjectName(QStringLiteral("chooseFileButton"));
    auto *chooseFolder = new QPushButton(tr("Choose F&older…"), this);
    chooseFolder->setObjectName(QStringLiteral("chooseFolderButton"));
    chooseFolder->setToolTip(tr("The folder of an extracted LinkedIn data export"));
    m_detected->setObjectName(QStringLiteral("detectedFormatLabel"));
    m_detected->setWordWrap(true);
    m_undoNote->setObjectName(QStringLiteral("undoNote"));
    m_undoNote->setWordWrap(true);

    auto *grid = new QGridLayout(this);
    auto *pathLabel = new QLabel(tr("&Path:"), this);
    pathLabel->setBuddy(m_path);
    grid->addWidget(pathLabel, 0, 0);
    grid->addWidget(m_path, 0, 1);
    grid->addWidget(chooseFile, 0, 2);
    grid->addWidget(chooseFolder, 0, 3);
    grid->addWidget(m_detected, 1, 1, 1, 3);
    grid->addWidget(m_error, 2, 1, 1, 3);
    grid->setRowStretch(3, 1);
    grid->addWidget(m_undoNote, 4, 0, 1, 4);
    grid->setColumnStretch(1, 1);

    connect(chooseFile, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    connect(chooseFolder, &QPushButton::clicked, this, &ImportFilePage::chooseFolder);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        updateDetected();
        Q_EMIT completeChanged();
    });
    m_path->setText(path);
    updateDetected();
}

void ImportFilePage::chooseFile()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
    const QString path = FileDialog::openFileName(this, tr("Import"), start, importFileFilter());
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::chooseFolder()
{
    const QString start = m_path->text().isEmpty() ? QDir::homePath() : m_path->text();
    const QString path = FileDialog::directoryName(this, tr("Import a LinkedIn Export"), start);
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

void ImportFilePage::updateDetected()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    const ImportFormat format = detectImportFormat(path);
    m_undoNote->setText(
        format == ImportFormat::Backup
            ? tr("A backup is restored whole into an empty database. A restore cannot be "
                 "undone.")
            : tr("Before anything is written you will see what the import adds, updates and "
                 "leaves out. The import is one step: Edit ▸ Undo takes all of it back."));
    if (path.isEmpty()) {
        m_detected->clear();
        return;
    }
    if (!QFileInfo::exists(path)) {
        m_detected->setText(tr("No such file or folder."));
        return;
    }
    m_detected->setText(format == ImportFormat::Unknown
                            ? tr("Kith does not recognise this file.")
                            : tr("Recognised: %1").arg(importFormatLabel(format)));
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    const Status status = m_wizard.load(QDir::fromNativeSeparators(m_path->text().trimmed()));
    m_error->setText(status.errorMessage());
    m_error->setVisible(!status);
    return status.ok();
}

int ImportFilePage::nextId() const
{
    return m_wizard.format() == ImportFormat::Csv ? ImportWizard::MappingPage
                                                  : ImportWizard::PreviewPage;
}

ImportMappingPage::ImportMappingPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_source(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_error(makeProblemLabel(QStringLiteral("mappingErrorLabel"), this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the Kith field each column of the file fills. Kith remembers "
                   "your choice for files with the same columns."));
    m_source->setObjectName(QStringLiteral("mappingSourceLabel"));
    m_table->setObjectName(QStringLiteral("mappingTable"));
    m_table->setAccessibleName(tr("Columns of the file"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample"), tr("Kith field")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_source);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
}

void ImportMappingPage::initializePage()
{
    const csv::Sample &sample = m_wizard.sample();
    const csv::ColumnMapping &proposed = m_wizard.proposedMapping();
    m_source->setText(tr("Proposed: %1").arg(enumLabel(proposed.source)));
    m_error->hide();
    m_table->clearContents();
    m_table->setRowCount(int(sample.headers.size()));
    for (int row = 0; row < sample.headers.size(); ++row) {
        const QString &header = sample.headers[row];
        m_table->setItem(row, 0, new QTableWidgetItem(header));
        auto *values = new QTableWidgetItem(sampleOf(sample, row));
        values->setToolTip(values->text());
        m_table->setItem(row, 1, values);
        auto *combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(row));
        combo->setAccessibleName(tr("Kith field for %1").arg(header));
        for (const auto &entry : EnumTraits<csv::ContactField>::entries)
            combo->addItem(enumLabel(entry.value), int(entry.value));
        combo->setCurrentIndex(combo->findData(int(proposed.fieldFor(header))));
        connect(combo, &QComboBox::currentIndexChanged, m_error, &QWidget::hide);
        m_table->setCellWidget(row, 2, combo);
    }
}

csv::ColumnMapping ImportMappingPage::mapping() const
{
    csv::ColumnMapping result;
    result.source = csv::MappingSource::Given;
    const QStringList &headers = m_wizard.sample().headers;
    for (int row = 0; row < headers.size() && row < m_table->rowCount(); ++row) {
        const auto *combo = static_cast<QComboBox *>(m_table->cellWidget(row, 2));
        const auto field = csv::ContactField(combo->currentData().toInt());
        if (field != csv::ContactField::Ignore)
            result.columns.append({headers[row], field});
    }
    if (result.sameAs(m_wizard.proposedMapping()))
        result.source = m_wizard.proposedMapping().source;
    return result;
}

bool ImportMappingPage::validatePage()
{
    const csv::ColumnMapping chosen = mapping();
    Status status;
    if (!chosen.canNamePeople())
        status = Error(ErrorCode::InvalidArgument,
                       tr("Choose a column for the name (full, given or family) or the e-mail "
                          "address: every person needs one."));
    else
        status = m_wizard.loadCsv(chosen);
    m_error->setText(status.errorMessage());
    m_error->setVisible(!status);
    return status.ok();
}

int ImportMappingPage::nextId() const
{
    return ImportWizard::PreviewPage;
}

} // namespace kith::ui
