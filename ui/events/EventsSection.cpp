#include "EventsSection.h"

#include "EventDetail.h"
#include "EventEditor.h"
#include "EventsModel.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/SettingsStore.h"
#include "widgets/Lookups.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

namespace {

QComboBox *filterCombo(QWidget *parent, const char *name, const QString &accessibleName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    combo->setAccessibleName(accessibleName);
    return combo;
}

template <typename E>
void fillWith(QComboBox *box, const QString &any)
{
    box->addItem(any);
    for (E value : enumValues<E>())
        box->addItem(enumLabel(value), enumKey(value));
}

} // namespace

EventsSection::EventsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Event, QStringLiteral("events"), parent)
    , m_model(new EventsModel(session, this))
    , m_statusFilter(filterCombo(this, "eventsStatusFilter", tr("Status")))
    , m_kindFilter(filterCombo(this, "eventsKindFilter", tr("Kind")))
    , m_periodFilter(filterCombo(this, "eventsPeriodFilter", tr("Period")))
    , m_tagFilter(filterCombo(this, "eventsTagFilter", tr("Tag")))
{
    searchEdit()->setPlaceholderText(tr("Search events by name, place, notes… (Ctrl+F)"));
    fillWith<EventStatus>(m_statusFilter, tr("Any status"));
    fillWith<EventKind>(m_kindFilter, tr("Any kind"));
    m_periodFilter->addItem(tr("All dates"), int(Period::All));
    m_periodFilter->addItem(tr("Upcoming"), int(Period::Upcoming));
    m_periodFilter->addItem(tr("Past"), int(Period::Past));
    reloadTagFilter();
    for (QComboBox *filter : {m_statusFilter, m_kindFilter, m_periodFilter, m_tagFilter}) {
        filterBar()->addWidget(filter);
        connect(filter, &QComboBox::currentIndexChanged, this, &EventsSection::filtersChanged);
    }
    connect(&session, &Session::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Tag || change.kind == EntityKind::Event)
            reloadTagFilter();
    });

    setModel(m_model);
    keepSortableIndicator();
    // Name, Dates, Status, Location, PlannedCost, NextDeadline
    setColumnWidths({220, 200, 100, 150, 110, 160}, EventsModel::Name);
}

void EventsSection::keepSortableIndicator()
{
    // The view moves the sort arrow before the model is asked; put it back when the model
    // declined a column it cannot sort by, so the arrow never claims an order that is not
    // there.
    QHeaderView *header = view()->horizontalHeader();
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column) {
        if (EventsModel::isSortable(column))
            return;
        const QSignalBlocker blocker(header);
        header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        header->viewport()->update();
    });
}

void EventsSection::reloadTagFilter()
{
    const QString current = m_tagFilter->currentData().toString();
    const QSignalBlocker blocker(m_tagFilter);
    m_tagFilter->clear();
    m_tagFilter->addItem(tr("Any tag"));
    for (const QString &tag : knownTagNames(session()))
        m_tagFilter->addItem(tag, tag);
    const int index = m_tagFilter->findData(current);
    m_tagFilter->setCurrentIndex(index >= 0 ? index : 0);
}

void EventsSection::applyFilters(const QString &searchText)
{
    EventFilter filter;
    filter.text = searchText;
    if (const QString key = m_statusFilter->currentData().toString(); !key.isEmpty())
        filter.status = enumFromKey<EventStatus>(key);
    if (const QString key = m_kindFilter->currentData().toString(); !key.isEmpty())
        filter.kind = enumFromKey<EventKind>(key);
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
    if (const QString tag = m_tagFilter->currentData().toString(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

void EventsSection::clearFilters()
{
    for (QComboBox *filter : {m_statusFilter, m_kindFilter, m_periodFilter, m_tagFilter})
        filter->setCurrentIndex(0);
}

bool EventsSection::hasActiveFilters() const
{
    return m_statusFilter->currentIndex() > 0 || m_kindFilter->currentIndex() > 0 ||
           m_periodFilter->currentIndex() > 0 || m_tagFilter->currentIndex() > 0;
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
    EventEditor editor(session(), event, this);
    if (editor.exec() == QDialog::Accepted) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void EventsSection::editRecord(Id id)
{
    Result<Event> event = EventStore(session().db()).get(id);
    if (!event) {
        MessageBox::warning(this, tr("Edit Event"), event.error().message());
        return;
    }
    EventEditor editor(session(), *event, this);
    editor.exec();
}

void EventsSection::deleteRecords(const QList<Id> &ids)
{
    EventStore store(session().db());
    const QString name = ids.size() == 1 ? eventName(session(), ids.first()) : QString();
    const QString question = ids.size() == 1 ? tr("Delete %1?").arg(name)
                                             : tr("Delete %n events?", nullptr, int(ids.size()));
    const QString detail = tr("Their costs, deadlines and sessions go too; the people and "
                              "interactions stay. You can undo this (Ctrl+Z).");
    if (MessageBox::question(this, tr("Delete"), question + QStringLiteral("\n\n") + detail,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString step = ids.size() == 1 ? tr("Delete %1").arg(name)
                                         : tr("Delete %n events", nullptr, int(ids.size()));
    if (Status status = session().perform(step, [&] { return store.remove(ids); }); !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void EventsSection::addTag(const QList<Id> &ids, const QString &tag)
{
    EventStore store(session().db());
    if (Status status =
            session().perform(tr("Tag %n events “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.addTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Add Tag"), status.error().message());
}

void EventsSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    EventStore store(session().db());
    if (Status status =
            session().perform(tr("Untag %n events “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.removeTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Remove Tag"), status.error().message());
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
