#include "ImportPreviewPage.h"

#include "ImportPreviewModel.h"
#include "ImportWizard.h"

#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kith::ui {

using interchange::RowAction;
using interchange::RowStatus;

namespace {

// Rejections and additions listed at most; the counts above say how many there are in all.
constexpr int maxListed = 1000;

QString item(const QString &text)
{
    return QStringLiteral("<li>") + text.toHtmlEscaped() + QStringLiteral("</li>");
}

// Ends a list that stopped at maxListed of `total` lines with one line for the rest, and
// shows the list and its title only when there is something in it.
void finishList(QLabel *title, QListWidget *list, qsizetype total)
{
    if (total > list->count())
        list->addItem(ImportPreviewPage::tr("…and %n more", nullptr, int(total - list->count())));
    title->setVisible(total > 0);
    list->setVisible(total > 0);
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportWizard &wizard)
    : m_wizard(wizard)
    , m_form(new QFormLayout)
    , m_newPeople(new QLabel(this))
    , m_updatedPeople(new QLabel(this))
    , m_unchangedPeople(new QLabel(this))
    , m_duplicatePeople(new QLabel(this))
    , m_rejectedCount(new QLabel(this))
    , m_skippedEmpty(new QLabel(this))
    , m_details(new QLabel(this))
    , m_rejectedTitle(new QLabel(this))
    , m_rejected(new QListWidget(this))
    , m_additionsTitle(new QLabel(this))
    , m_additions(new QListWidget(this))
    , m_decisionsTitle(new QLabel(this))
    , m_decisions(new QTableView(this))
    , m_actionsSummary(new QLabel(this))
    , m_model(new ImportPreviewModel(this))
{
    setObjectName(QStringLiteral("importPreviewPage"));
    setTitle(tr("Preview"));
    setCommitPage(true);

    const std::pair<QLabel *, const char *> counts[] = {{m_newPeople, "newPeopleCount"},
                                                        {m_updatedPeople, "updatedPeopleCount"},
                                                        {m_unchangedPeople, "unchangedPeopleCount"},
                                                        {m_duplicatePeople, "duplicatePeopleCount"},
                                                        {m_rejectedCount, "rejectedCount"},
                                                        {m_skippedEmpty, "skippedEmptyCount"}};
    for (const auto &[label, name] : counts)
        label->setObjectName(QLatin1String(name));
    m_form->addRow(tr("New people:"), m_newPeople);
    m_form->addRow(tr("Updated:"), m_updatedPeople);
    m_form->addRow(tr("Already up to date:"), m_unchangedPeople);
    m_form->addRow(tr("Duplicates:"), m_duplicatePeople);
    m_form->addRow(tr("Rejected:"), m_rejectedCount);
    m_form->addRow(tr("Empty rows skipped:"), m_skippedEmpty);
    m_details->setObjectName(QStringLiteral("previewDetails"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    auto *countsRow = new QHBoxLayout;
    countsRow->addLayout(m_form);
    countsRow->addSpacing(24);
    countsRow->addWidget(m_details, 1, Qt::AlignTop);
    m_rejectedTitle->setText(tr("Left out, and why:"));
    m_rejected->setObjectName(QStringLiteral("rejectionsList"));
    m_rejected->setAccessibleName(tr("Rows left out"));
    m_rejected->setMaximumHeight(110);
    m_additionsTitle->setText(tr("People to add:"));
    m_additions->setObjectName(QStringLiteral("additionsList"));
    m_additions->setAccessibleName(tr("People to add"));
    m_decisionsTitle->setText(tr("People who match someone — choose what to do with each:"));
    m_decisionsTitle->setWordWrap(true);

    m_decisions->setObjectName(QStringLiteral("decisionsView"));
    m_decisions->setAccessibleName(tr("People who match someone"));
    m_decisions->setModel(m_model);
    m_decisions->setItemDelegateForColumn(ImportPreviewModel::Action,
                                          new RowActionDelegate(m_decisions));
    m_decisions->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_decisions->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_decisions->setWordWrap(false);
    m_decisions->verticalHeader()->hide();
    m_decisions->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Changes,
                                                          QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    m_selectedLabel = new QLabel(tr("Selected rows:"), this);
    buttons->addWidget(m_selectedLabel);
    const std::pair<RowAction, const char *> actions[] = {
        {RowAction::Merge, "mergeSelectedButton"},
        {RowAction::Skip, "skipSelectedButton"},
        {RowAction::Create, "createSelectedButton"}};
    for (const auto &[action, name] : actions) {
        auto *button = new QPushButton(ImportPreviewModel::actionLabel(action), this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this,
                [this, action = action] { applyToSelected(int(action)); });
        buttons->addWidget(button);
        m_actionButtons.append(button);
    }
    buttons->addStretch(1);
    m_actionsSummary->setObjectName(QStringLiteral("actionsSummary"));
    buttons->addWidget(m_actionsSummary);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(countsRow);
    layout->addWidget(m_rejectedTitle);
    layout->addWidget(m_rejected);
    layout->addSpacing(8);
    layout->addWidget(m_additionsTitle);
    layout->addWidget(m_additions, 100);
    layout->addWidget(m_decisionsTitle);
    // The table takes the room; without it, the room goes below everything.
    layout->addWidget(m_decisions, 100);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_model, &ImportPreviewModel::actionsChanged, this,
            &ImportPreviewPage::updateActionsSummary);
}

void ImportPreviewPage::initializePage()
{
    setSubTitle(
        tr("From %1 (%2). Nothing is written until you choose Import.")
            .arg(QDir::toNativeSeparators(m_wizard.path()), importFormatLabel(m_wizard.format())));
    if (m_wizard.format() == ImportFormat::Backup)
        showBackup();
    else
        showPlan();
}

void ImportPreviewPage::cleanupPage()
{
    m_model->setPlan(nullptr);
}

void ImportPreviewPage::showPlan()
{
    interchange::ImportPlan *plan = m_wizard.plan();
    m_model->setPlan(plan);
    m_rejected->clear();
    if (!plan)
        return;
    const interchange::ImportCounts c = plan->counts();
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, true);
    setCount(m_newPeople, c.newPeople);
    setCount(m_updatedPeople, c.updatedPeople,
             c.jobChanges > 0 ? tr("%1 with a new job or title").arg(c.jobChanges) : QString());
    setCount(m_unchangedPeople, c.unchangedPeople);
    setCount(m_duplicatePeople, c.duplicatePeople);
    setCount(m_rejectedCount, c.rejected, c.rejected > 0 ? tr("listed below") : QString());
    setCount(m_skippedEmpty, c.skippedEmpty);
    m_form->setRowVisible(m_unchangedPeople, c.unchangedPeople > 0);
    m_form->setRowVisible(m_skippedEmpty, c.skippedEmpty > 0);

    QString html;
    const auto line = [&html](const QString &label, int count) {
        if (count > 0)
            html += item(label.arg(count));
    };
    line(tr("New organizations: %1"), c.newOrganizations);
    line(tr("People added for names only a recommendation or message gives: %1"), c.namedPeople);
    line(tr("New recommendations: %1"), c.newRecommendations);
    line(tr("New events: %1"), c.newEvents);
    line(tr("Updated events: %1"), c.updatedEvents);
    line(tr("New interactions: %1"), c.newInteractions);
    line(tr("Already imported before: %1"), c.alreadyImported);
    for (const QString &note : std::as_const(plan->batch.notes))
        html += item(note);
    m_details->setText(html.isEmpty() ? QString()
                                      : QStringLiteral("<ul style='margin:0'>") + html +
                                            QStringLiteral("</ul>"));

    for (const RejectedRow &row :
         plan->rejected.first(std::min<qsizetype>(plan->rejected.size(), maxListed))) {
        const QString where = row.where.display();
        m_rejected->addItem(where.isEmpty() ? row.reason : tr("%1: %2").arg(where, row.reason));
    }
    finishList(m_rejectedTitle, m_rejected, plan->rejected.size());

    const bool decisions = m_model->rowCount() > 0;
    listAdditions(*plan);
    // Beside the table of decisions, the list of additions is a glance; alone, it takes the
    // room the table would have had.
    m_additions->setMaximumHeight(decisions ? 110 : QWIDGETSIZE_MAX);
    m_selectedLabel->setVisible(decisions);
    m_decisionsTitle->setVisible(decisions);
    m_decisions->setVisible(decisions);
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->setVisible(decisions);
    m_decisions->resizeColumnsToContents();
    m_decisions->horizontalHeader()->setSectionResizeMode(ImportPreviewModel::Changes,
                                                          QHeaderView::Stretch);
    updateActionsSummary();
}

// Who the import adds, with the job the file gives them, so the user can see the file was
// read as they expect before anything is written.
void ImportPreviewPage::listAdditions(const interchange::ImportPlan &plan)
{
    m_additions->clear();
    qsizetype count = 0;
    for (qsizetype i = 0; i < plan.people.size(); ++i) {
        if (plan.people[i].status != RowStatus::New)
            continue;
        if (++count > maxListed)
            continue;
        const Person &person = plan.batch.people[i].person;
        QString text = person.displayName;
        if (!person.roles.isEmpty()) {
            const Role &role = person.roles.first();
            const QString job = role.title.isEmpty() || role.organizationName.isEmpty()
                                    ? role.title + role.organizationName
                                    : tr("%1, %2").arg(role.title, role.organizationName);
            text = tr("%1 — %2").arg(text, job);
        }
        m_additions->addItem(text);
    }
    finishList(m_additionsTitle, m_additions, count);
}

void ImportPreviewPage::showBackup()
{
    m_model->setPlan(nullptr);
    m_rejected->clear();
    const std::optional<backup::Summary> &summary = m_wizard.backupSummary();
    QString html = QStringLiteral("<p>") +
                   tr("The backup is restored whole into this empty database. A restore cannot be "
                      "undone.")
                       .toHtmlEscaped() +
                   QStringLiteral("</p><ul style='margin:0'>");
    if (summary) {
        for (const auto &[table, rows] : summary->rowsPerTable)
            html += item(tr("%1: %2 rows").arg(table).arg(rows));
    }
    html += QStringLiteral("</ul>");
    m_details->setText(html);
    for (int row = 0; row < m_form->rowCount(); ++row)
        m_form->setRowVisible(row, false);
    for (QWidget *hidden :
         {static_cast<QWidget *>(m_rejectedTitle), static_cast<QWidget *>(m_rejected),
          static_cast<QWidget *>(m_additionsTitle), static_cast<QWidget *>(m_additions),
          static_cast<QWidget *>(m_decisionsTitle), static_cast<QWidget *>(m_decisions)})
        hidden->hide();
    for (QPushButton *button : std::as_const(m_actionButtons))
        button->hide();
    m_selectedLabel->hide();
    m_actionsSummary->clear();
}

void ImportPreviewPage::setCount(QLabel *label, int count, const QString &extra)
{
    const QString number = QLocale().toString(count);
    label->setText(extra.isEmpty() ? number : tr("%1 (%2)").arg(number, extra));
}

void ImportPreviewPage::updateActionsSummary()
{
    const interchange::ImportPlan *plan = m_wizard.plan();
    if (!plan) {
        m_actionsSummary->clear();
        return;
    }
    int create = 0;
    int merge = 0;
    int skip = 0;
    for (const interchange::PlannedPerson &planned : plan->people) {
        if (planned.status == RowStatus::Rejected)
            continue;
        switch (planned.action) {
        case RowAction::Create:
            ++create;
            break;
        case RowAction::Merge:
            ++merge;
            break;
        case RowAction::Skip:
            ++skip;
            break;
        }
    }
    m_actionsSummary->setText(
        tr("People: %1 to create, %2 to merge, %3 to skip")
            .arg(QLocale().toString(create), QLocale().toString(merge), QLocale().toString(skip)));
}

void ImportPreviewPage::applyToSelected(int action)
{
    QList<int> rows;
    const QModelIndexList selected = m_decisions->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(index.row());
    m_model->setActions(rows, RowAction(action));
}

int ImportPreviewPage::nextId() const
{
    return ImportWizard::RunPage;
}

} // namespace kith::ui
