#include "EventsSection.h"

#include "EventDetail.h"
#include "EventEditor.h"
#include "EventsModel.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "widgets/FilterBar.h"
#include "widgets/Lookups.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

EventsSection::EventsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Event, QStringLiteral("events"), parent)
    , m_model(new EventsModel(session, this))
    , m_statusFilter(filters()->addEnumChoice<EventStatus>(QStringLiteral("Status"), tr("Status"),
                                                           tr("Any status")))
    , m_kindFilter(
          filters()->addEnumChoice<EventKind>(QStringLiteral("Kind"), tr("Kind"), tr("Any kind")))
    , m_periodFilter(filters()->addChoice(QStringLiteral("Period"), tr("Period")))
{
    searchEdit()->setPlaceholderText(tr("Search events by name, place, notes… (Ctrl+F)"));
    m_periodFilter->addItem(tr("All dates"), int(Period::All));
    m_periodFilter->addItem(tr("Upcoming"), int(Period::Upcoming));
    m_periodFilter->addItem(tr("Past"), int(Period::Past));
    filters()->addTagChoice(session, EntityKind::Event);
    RecordActions actions;
    actions.useStore<EventStore>(session);
    actions.name = [&session](Id id) { return eventName(session, id); };
    actions.count = [](int count) { return tr("%n event(s)", nullptr, count); };
    actions.consequences = tr("Their costs, deadlines and sessions go too; the people and "
                              "interactions stay. You can undo this (Ctrl+Z).");
    setRecordActions(std::move(actions));

    setModel(m_model);
    // Name, Dates, Status, Location, PlannedCost, NextDeadline
    setColumnWidths({220, 200, 100, 150, 110, 160}, EventsModel::Name);
}

void EventsSection::applyFilters(const QString &searchText)
{
    EventFilter filter;
    filter.text = searchText;
    filter.status = FilterBar::chosen<EventStatus>(m_statusFilter);
    filter.kind = FilterBar::chosen<EventKind>(m_kindFilter);
    const QDate today = session().today();
    switch (Period(m_periodFilter->currentData().toInt())) {
    case Period::All:
        break;
    case Period::Upcoming:
        filter.from = today;
        break;
    case Period::Past:
        filter.to = today.addDays(-1);
        break;
    }
    if (const QString tag = filters()->chosenTag(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

QString EventsSection::detailHtml(Id id)
{
    return eventDetailHtml(session(), id);
}

void EventsSection::newRecord()
{
    Event event;
    // Costs are most useful in the currency the budget is kept in.
    if (Result<BudgetSettings> budget = SettingsStore(session().db()).budget())
        event.currency = budget->currency;
    openEditor<EventEditor>(event);
}

void EventsSection::editRecord(Id id)
{
    editWith<EventEditor, EventStore>(id, tr("Edit Event"));
}

QString EventsSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No event matches. Clear the search (Esc) or the filters to see them all.");
    return tr("No events yet.\n\nPlan a conference, meeting or webinar with New (Ctrl+Shift+N): "
              "its costs, deadlines, sessions and the people to meet there.");
}

void EventsSection::detailAction(const QString &action, Id id)
{
    for (const auto &[prefix, done] :
         {std::pair{deadlineDoneAction, true}, std::pair{deadlineOpenAction, false}}) {
        if (action.startsWith(QLatin1String(prefix))) {
            bool ok = false;
            const int index = action.mid(qsizetype(qstrlen(prefix))).toInt(&ok);
            if (ok)
                setDeadlineDone(id, index, done);
            return;
        }
    }
    ListSection::detailAction(action, id);
}

void EventsSection::setDeadlineDone(Id id, int index, bool done)
{
    EventStore store(session().db());
    const QString name = eventName(session(), id);
    const QString step =
        done ? tr("Tick off a deadline of %1").arg(name) : tr("Reopen a deadline of %1").arg(name);
    if (Status status =
            session().perform(step, [&] { return store.setDeadlineDone(id, index, done); });
        !status)
        MessageBox::warning(this, tr("Deadline"), status.error().message());
}

} // namespace kith::ui
