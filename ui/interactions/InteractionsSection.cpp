#include "InteractionsSection.h"

#include "InteractionDetail.h"
#include "InteractionEditor.h"
#include "InteractionsModel.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "widgets/FilterBar.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
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
    , m_kindFilter(filters()->addEnumChoice<InteractionKind>(QStringLiteral("Kind"), tr("Kind"),
                                                             tr("Any kind")))
    , m_periodFilter(filters()->addChoice(QStringLiteral("Period"), tr("Period")))
    , m_openFollowUpsFilter(
          filters()->addCheck(QStringLiteral("OpenFollowUps"), tr("Open follow-ups only")))
{
    searchEdit()->setPlaceholderText(tr("Search interactions by summary or person… (Ctrl+F)"));
    m_periodFilter->addItem(tr("Any time"), int(Period::Any));
    m_periodFilter->addItem(tr("Last 30 days"), int(Period::Last30Days));
    m_periodFilter->addItem(tr("This year"), int(Period::ThisYear));
    RecordActions actions;
    actions.useStore<InteractionStore>(session);
    actions.count = [](int count) { return tr("%n interaction(s)", nullptr, count); };
    actions.consequences = tr("The people stay. You can undo this (Ctrl+Z).");
    setRecordActions(std::move(actions));

    setModel(m_model);
    // Date, Kind, People, Event, Summary, FollowUp
    setColumnWidths({100, 110, 200, 160, 260, 110}, InteractionsModel::Summary);
}

void InteractionsSection::applyFilters(const QString &searchText)
{
    InteractionFilter filter;
    filter.text = searchText;
    filter.kind = FilterBar::chosen<InteractionKind>(m_kindFilter);
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

QString InteractionsSection::detailHtml(Id id)
{
    return interactionDetailHtml(session(), id);
}

void InteractionsSection::newRecord()
{
    Interaction interaction;
    interaction.date = session().today();
    openEditor<InteractionEditor>(interaction);
}

void InteractionsSection::editRecord(Id id)
{
    editWith<InteractionEditor, InteractionStore>(id, tr("Edit Interaction"));
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
