#include "InteractionsSection.h"

#include "InteractionDetail.h"
#include "InteractionEditor.h"
#include "InteractionsModel.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

namespace kith::ui {

namespace {

constexpr int snoozeDays = 7;

} // namespace

InteractionsSection::InteractionsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Interaction, QStringLiteral("interactions"), parent)
    , m_model(new InteractionsModel(session, this))
    , m_kindFilter(new QComboBox(this))
    , m_openFollowUpsFilter(new QCheckBox(tr("Open follow-ups only"), this))
    , m_periodFilter(new QComboBox(this))
{
    searchEdit()->setPlaceholderText(tr("Search interactions by summary or person… (Ctrl+F)"));
    m_kindFilter->setObjectName(QStringLiteral("interactionsKindFilter"));
    m_kindFilter->setAccessibleName(tr("Kind"));
    m_kindFilter->addItem(tr("Any kind"));
    for (InteractionKind kind : enumValues<InteractionKind>())
        m_kindFilter->addItem(enumLabel(kind), enumKey(kind));
    m_openFollowUpsFilter->setObjectName(QStringLiteral("interactionsOpenFollowUpsFilter"));
    m_periodFilter->setObjectName(QStringLiteral("interactionsPeriodFilter"));
    m_periodFilter->setAccessibleName(tr("Period"));
    m_periodFilter->addItem(tr("Any time"), int(Period::Any));
    m_periodFilter->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_periodFilter->addItem(tr("This year"), int(Period::ThisYear));
    filterBar()->addWidget(m_kindFilter);
    filterBar()->addWidget(m_periodFilter);
    filterBar()->addWidget(m_openFollowUpsFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            &InteractionsSection::filtersChanged);
    connect(m_periodFilter, &QComboBox::currentIndexChanged, this,
            &InteractionsSection::filtersChanged);
    connect(m_openFollowUpsFilter, &QCheckBox::toggled, this, &InteractionsSection::filtersChanged);

    setModel(m_model);
    keepSortableIndicator();
    // Date, Kind, People, Event, Summary, FollowUp
    setColumnWidths({100, 110, 200, 160, 260, 110}, InteractionsModel::Summary);
}

void InteractionsSection::keepSortableIndicator()
{
    // The view moves the sort arrow before the model is asked; put it back when the model
    // declined a column it cannot sort by, so the arrow never claims an order that is not
    // there.
    QHeaderView *header = view()->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (InteractionsModel::isSortable(column))
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        header->viewport()->update();
    });
}

void InteractionsSection::applyFilters(const QString &searchText)
{
    InteractionFilter filter;
    filter.text = searchText;
    if (const QString kind = m_kindFilter->currentData().toString(); !kind.isEmpty())
        filter.kind = enumFromKey<InteractionKind>(kind);
    filter.openFollowUpsOnly = m_openFollowUpsFilter->isChecked();
    const QDate today = session().today();
    switch (Period(m_periodFilter->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Last30Days:
        filter.from = today.addDays(-30);
        filter.to = today;
        break;
    case Period::ThisYear:
        filter.from = QDate(today.year(), 1, 1);
        filter.to = QDate(today.year(), 12, 31);
        break;
    }
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

void InteractionsSection::clearFilters()
{
    m_kindFilter->setCurrentIndex(0);
    m_periodFilter->setCurrentIndex(0);
    m_openFollowUpsFilter->setChecked(false);
}

bool InteractionsSection::hasActiveFilters() const
{
    return m_kindFilter->currentIndex() > 0 || m_periodFilter->currentIndex() > 0 ||
           m_openFollowUpsFilter->isChecked();
}

QString InteractionsSection::detailHtml(Id id)
{
    return interactionDetailHtml(session(), id);
}

void InteractionsSection::newRecord()
{
    Interaction interaction;
    interaction.date = session().today();
    InteractionEditor editor(session(), interaction, this);
    if (editor.exec() == QDialog::Accepted) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void InteractionsSection::editRecord(Id id)
{
    Result<Interaction> interaction = InteractionStore(session().db()).get(id);
    if (!interaction) {
        MessageBox::warning(this, tr("Edit Interaction"), interaction.error().message());
        return;
    }
    InteractionEditor editor(session(), *interaction, this);
    editor.exec();
}

void InteractionsSection::deleteRecords(const QList<Id> &ids)
{
    const int n = int(ids.size());
    if (MessageBox::question(this, tr("Delete"),
                             tr("Delete %n interaction(s)?", nullptr, n) + QStringLiteral("\n\n") +
                                 tr("The people stay. You can undo this (Ctrl+Z)."),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    InteractionStore store(session().db());
    if (Status status = session().perform(tr("Delete %n interaction(s)", nullptr, n),
                                          [&] { return store.remove(ids); });
        !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void InteractionsSection::addTag(const QList<Id> &ids, const QString &tag)
{
    InteractionStore store(session().db());
    if (Status status =
            session().perform(tr("Tag %n interaction(s) “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.addTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Add Tag"), status.error().message());
}

void InteractionsSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    InteractionStore store(session().db());
    if (Status status =
            session().perform(tr("Untag %n interaction(s) “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.removeTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Remove Tag"), status.error().message());
}

QString InteractionsSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No interaction matches. Clear the search (Esc) or the filters to see them "
                  "all.");
    return tr("No interactions logged yet.\n\nLog one with New (Ctrl+Shift+N), from a person "
              "with Log Interaction (Ctrl+L), or with Quick Add (Ctrl+N).");
}

void InteractionsSection::detailAction(const QString &action, Id id)
{
    if (action == QLatin1String("done"))
        markDone(id);
    else if (action == QLatin1String("snooze"))
        snoozeAWeek(id);
    else
        ListSection::detailAction(action, id);
}

void InteractionsSection::markDone(Id id)
{
    InteractionStore store(session().db());
    if (Status status =
            session().perform(tr("Mark follow-up done"),
                              [&] { return store.markFollowUpDone(id, session().today()); });
        !status)
        MessageBox::warning(this, tr("Follow-up"), status.error().message());
}

void InteractionsSection::snoozeAWeek(Id id)
{
    InteractionStore store(session().db());
    Result<Interaction> interaction = store.get(id);
    if (!interaction) {
        MessageBox::warning(this, tr("Follow-up"), interaction.error().message());
        return;
    }
    // A week from the planned day, or from today when that day has passed, so snoozing an
    // overdue follow-up never leaves it overdue.
    const QDate from = std::max(interaction->followUpOn, session().today());
    if (Status status =
            session().perform(tr("Snooze follow-up"),
                              [&] { return store.snoozeFollowUp(id, from.addDays(snoozeDays)); });
        !status)
        MessageBox::warning(this, tr("Follow-up"), status.error().message());
}

} // namespace kith::ui
