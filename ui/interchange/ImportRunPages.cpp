#include "ImportRunPages.h"

#include "ImportWizard.h"

#include <QAbstractButton>
#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

QString item(const QString &text)
{
    return QStringLiteral("<li>") + text.toHtmlEscaped() + QStringLiteral("</li>");
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace

ImportRunPage::ImportRunPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    m_status->setObjectName(QStringLiteral("importStatusLabel"));
    m_status->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    connect(&m_wizard, &ImportWizard::progressed, this, [this](qint64 done, qint64 total) {
        // QProgressBar counts in int; a per-mille scale fits any total.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(&m_wizard, &ImportWizard::importFinished, this, [this] {
        m_done = true;
        Q_EMIT completeChanged();
        m_wizard.next();
    });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_status->setText(tr("Writing to the database. Cancel takes everything back."));
    m_progress->setRange(0, 0); // busy until the first report
    m_wizard.startImport();
}

bool ImportRunPage::isComplete() const
{
    return m_done;
}

int ImportRunPage::nextId() const
{
    return ImportWizard::SummaryPage;
}

ImportSummaryPage::ImportSummaryPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("importSummaryPage"));
    m_text->setObjectName(QStringLiteral("summaryText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addStretch(1);
}

void ImportSummaryPage::initializePage()
{
    setSubTitle(QDir::toNativeSeparators(m_wizard.path()));
    if (const std::optional<Error> &failure = m_wizard.failure()) {
        if (failure->code() == ErrorCode::Cancelled) {
            setTitle(tr("Import cancelled"));
            m_text->setText(paragraph(tr("Nothing was changed.")));
        } else {
            setTitle(tr("Import failed"));
            m_text->setText(paragraph(tr("Nothing was changed.")) + paragraph(failure->message()));
        }
        return;
    }
    setTitle(tr("Import finished"));
    QString html = QStringLiteral("<ul>");
    if (const std::optional<interchange::ImportSummary> &s = m_wizard.summary()) {
        html += item(tr("People added: %1").arg(s->peopleCreated));
        html += item(tr("People updated: %1").arg(s->peopleMerged));
        if (s->peopleUnchanged > 0)
            html += item(tr("Already up to date: %1").arg(s->peopleUnchanged));
        html += item(tr("Skipped: %1").arg(s->peopleSkipped));
        if (s->rolesClosed > 0)
            html += item(tr("Job changes kept as history: %1").arg(s->rolesClosed));
        if (s->organizationsCreated > 0)
            html += item(tr("Organizations added: %1").arg(s->organizationsCreated));
        if (s->recommendationsCreated > 0)
            html += item(tr("Recommendations added: %1").arg(s->recommendationsCreated));
        if (s->eventsCreated > 0 || s->eventsUpdated > 0)
            html += item(
                tr("Events added: %1, updated: %2").arg(s->eventsCreated).arg(s->eventsUpdated));
        if (s->interactionsCreated > 0)
            html += item(tr("Interactions added: %1").arg(s->interactionsCreated));
        if (s->rejected > 0)
            html += item(tr("Rows left out (listed in the preview): %1").arg(s->rejected));
        if (s->skippedEmpty > 0)
            html += item(tr("Empty rows skipped: %1").arg(s->skippedEmpty));
    } else if (const std::optional<backup::Summary> &restored = m_wizard.restored()) {
        html += item(tr("Rows restored: %1").arg(restored->totalRows()));
    }
    html += QStringLiteral("</ul>");
    html += paragraph(m_wizard.restored() ? tr("A restore cannot be undone; the backup file "
                                               "stays as it was.")
                                          : tr("Edit ▸ Undo takes the whole import back."));
    m_text->setText(html);
}

} // namespace kith::ui
