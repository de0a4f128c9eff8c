#include "EventEditor.h"

#include "EventEditorTables.h"
#include "model/Validation.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "widgets/DateField.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"
#include "widgets/TagsEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

template <typename T>
T *named(T *widget, const char *name)
{
    widget->setObjectName(QLatin1String(name));
    return widget;
}

template <typename E>
void fillWith(QComboBox *box)
{
    for (E value : enumValues<E>())
        box->addItem(enumLabel(value), enumKey(value));
}

template <typename E>
E selected(const QComboBox *box, E fallback)
{
    return enumFromKey<E>(box->currentData().toString()).value_or(fallback);
}

void select(QComboBox *box, const QString &key)
{
    const int index = box->findData(key);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

// Shows `text`, adding it first when the list does not have it.
void selectText(QComboBox *box, const QString &text)
{
    if (box->findText(text) < 0)
        box->addItem(text);
    box->setCurrentIndex(box->findText(text));
}

QLabel *wrappingLabel(QWidget *parent, const char *name)
{
    auto *label = named(new QLabel(parent), name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

EventEditor::EventEditor(Session &session, const Event &event, QWidget *parent)
    : EditorDialog(session, event.id ? tr("Edit %1").arg(event.name) : tr("New Event"), parent)
    , m_saved(event)
    , m_budget(session, event)
    , m_name(named(new QLineEdit(this), "nameEdit"))
    , m_organizer(named(new RecordPicker(lookups::organizations(session), this), "organizerPicker"))
    , m_kind(named(new QComboBox(this), "kindCombo"))
    , m_format(named(new QComboBox(this), "formatCombo"))
    , m_status(named(new QComboBox(this), "statusCombo"))
    , m_funding(named(new QComboBox(this), "fundingCombo"))
    , m_startDate(named(new DateField(this), "startDateField"))
    , m_endDate(named(new DateField(this), "endDateField"))
    , m_allDay(named(new QCheckBox(tr("All day"), this), "allDayCheck"))
    , m_startTime(named(new QTimeEdit(this), "startTimeEdit"))
    , m_endTime(named(new QTimeEdit(this), "endTimeEdit"))
    , m_timeZone(named(new QComboBox(this), "timeZoneCombo"))
    , m_venue(named(new QLineEdit(this), "venueEdit"))
    , m_city(named(new QLineEdit(this), "cityEdit"))
    , m_region(named(new QLineEdit(this), "regionEdit"))
    , m_country(named(new QLineEdit(this), "countryEdit"))
    , m_url(named(new QLineEdit(this), "urlEdit"))
    , m_currency(named(new QComboBox(this), "currencyCombo"))
    , m_costs(eventtables::costs(this))
    , m_totals(wrappingLabel(this, "costTotalLabel"))
    , m_budgetText(wrappingLabel(this, "budgetLabel"))
    , m_deadlines(eventtables::deadlines(this))
    , m_sessions(eventtables::sessions(this))
    , m_participants(eventtables::participants(session, this))
    , m_tags(named(new TagsEdit(knownTagNames(session), this), "tagsEdit"))
    , m_notes(named(new QPlainTextEdit(this), "notesEdit"))
    , m_reflection(named(new QPlainTextEdit(this), "reflectionEdit"))
{
    buildGeneral();
    buildWhen();
    buildWhere();
    buildMoney();
    buildLists();
    load(event);
    connect(m_allDay, &QCheckBox::toggled, this, &EventEditor::updateTimes);
    connect(m_costs, &FieldWidget::changed, this, &EventEditor::updateCosts);
    connect(m_startDate, &FieldWidget::changed, this, &EventEditor::updateCosts);
    connect(m_status, &QComboBox::currentIndexChanged, this, &EventEditor::updateCosts);
    connect(m_currency, &QComboBox::currentTextChanged, this, &EventEditor::updateCosts);
    updateTimes();
    updateCosts();
    revalidate();
    resize(760, 720); // the cost table has five columns
    m_name->setFocus();
}

void EventEditor::buildGeneral()
{
    fillWith<EventKind>(m_kind);
    fillWith<EventFormat>(m_format);
    fillWith<EventStatus>(m_status);
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("Or&ganizer:"), m_organizer, QStringLiteral("organizer"));
    addRow(tr("&Kind:"), m_kind);
    addRow(tr("&Format:"), m_format);
    addRow(tr("&Status:"), m_status, QStringLiteral("status"));
}

void EventEditor::buildWhen()
{
    addSection(tr("When"));
    addRow(tr("S&tarts:"), m_startDate, QStringLiteral("startDate"));
    addRow(tr("&Ends:"), m_endDate, QStringLiteral("endDate"));
    m_startTime->setAccessibleName(tr("Start time"));
    m_endTime->setAccessibleName(tr("End time"));
    // The locale's short time, without the seconds some locales put in it.
    const QString timeFormat =
        QLocale().timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    m_startTime->setDisplayFormat(timeFormat);
    m_endTime->setDisplayFormat(timeFormat);
    m_startTime->setTime(QTime(9, 0));
    m_endTime->setTime(QTime(17, 0));
    auto *times = new QWidget(this);
    auto *timesLayout = new QHBoxLayout(times);
    timesLayout->setContentsMargins(0, 0, 0, 0);
    timesLayout->addWidget(m_allDay);
    timesLayout->addWidget(m_startTime);
    timesLayout->addWidget(new QLabel(tr("to"), times));
    timesLayout->addWidget(m_endTime);
    timesLayout->addStretch();
    watch(m_allDay);
    watch(m_startTime);
    watch(m_endTime);
    addRow(tr("T&imes:"), times, QStringLiteral("endTime"));

    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    for (const QByteArray &zone : zones)
        m_timeZone->addItem(QString::fromLatin1(zone));
    addRow(tr("Time &zone:"), m_timeZone, QStringLiteral("timeZone"));
}

void EventEditor::buildWhere()
{
    addSection(tr("Where"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    addRow(tr("&Venue:"), m_venue);
    addRow(tr("&City:"), m_city);
    addRow(tr("Re&gion:"), m_region);
    addRow(tr("Countr&y:"), m_country);
    addRow(tr("&Web page:"), m_url, QStringLiteral("url"));
}

void EventEditor::buildMoney()
{
    addSection(tr("Costs and funding"));
    fillWith<FundingStatus>(m_funding);
    addRow(tr("F&unding approval:"), m_funding);
    m_currency->setEditable(true);
    m_currency->setInsertPolicy(QComboBox::NoInsert);
    m_currency->addItems({QStringLiteral("USD"), QStringLiteral("CAD"), QStringLiteral("EUR"),
                          QStringLiteral("GBP"), QStringLiteral("AUD")});
    addRow(tr("C&urrency:"), m_currency, QStringLiteral("currency"));
    watch(m_currency->lineEdit());
    addRow(tr("C&osts:"), m_costs, QStringLiteral("costs"));
    auto *totals = new QWidget(this);
    // Expanding, so the form gives the sentences its full width instead of a wrapped sliver.
    totals->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto *totalsLayout = new QVBoxLayout(totals);
    totalsLayout->setContentsMargins(0, 0, 0, 0);
    totalsLayout->addWidget(m_totals);
    totalsLayout->addWidget(m_budgetText);
    addRow(tr("Total:"), totals);
    m_totals->setAccessibleName(tr("Cost totals"));
    m_budgetText->setAccessibleName(tr("Budget"));
}

void EventEditor::buildLists()
{
    addSection(tr("Plans"));
    addRow(tr("&Deadlines:"), m_deadlines, QStringLiteral("deadlines"));
    addRow(tr("Sessio&ns to attend:"), m_sessions, QStringLiteral("sessions"));
    addRow(tr("&People:"), m_participants, QStringLiteral("participants"));
    m_participants->setToolTip(tr("Companions going with you, and people you want to meet there"));
    addRow(tr("T&ags:"), m_tags, QStringLiteral("tags"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(70);
    addRow(tr("N&otes:"), m_notes, QStringLiteral("notes"));
    m_reflection->setTabChangesFocus(true);
    m_reflection->setMinimumHeight(70);
    m_reflection->setPlaceholderText(tr("Afterwards: what came of it, whom you met, what next"));
    addRow(tr("&Reflection:"), m_reflection, QStringLiteral("reflection"));
}

void EventEditor::load(const Event &e)
{
    m_name->setText(e.name);
    m_organizer->setRecord(e.organizerId, organizationName(session(), e.organizerId));
    select(m_kind, enumKey(e.kind));
    select(m_format, enumKey(e.format));
    select(m_status, enumKey(e.status));
    select(m_funding, enumKey(e.funding));
    m_startDate->setDate(e.startDate);
    m_endDate->setDate(e.endDate);
    m_allDay->setChecked(e.isAllDay());
    if (e.startTime.isValid())
        m_startTime->setTime(e.startTime);
    if (e.endTime.isValid())
        m_endTime->setTime(e.endTime);
    selectText(m_timeZone, e.timeZone.isEmpty() ? QString::fromLatin1(QTimeZone::systemTimeZoneId())
                                                : e.timeZone);
    m_venue->setText(e.venue);
    m_city->setText(e.location.city);
    m_region->setText(e.location.region);
    m_country->setText(e.location.country);
    m_url->setText(e.url);
    selectText(m_currency, e.currency);
    eventtables::loadCosts(m_costs, e.costs);
    eventtables::loadDeadlines(m_deadlines, e.deadlines);
    eventtables::loadSessions(m_sessions, e.sessions);
    eventtables::loadParticipants(session(), m_participants, e.participants);
    m_tags->setTags(e.tags);
    m_notes->setPlainText(e.notes);
    m_reflection->setPlainText(e.reflection);
}

Event EventEditor::collect() const
{
    Event e = m_saved; // keeps what the form does not show: uid, timestamps
    e.name = m_name->text().trimmed();
    e.organizerId = m_organizer->id();
    e.kind = selected(m_kind, EventKind::Conference);
    e.format = selected(m_format, EventFormat::InPerson);
    e.status = selected(m_status, EventStatus::Considering);
    e.funding = selected(m_funding, FundingStatus::NotNeeded);
    e.startDate = m_startDate->date();
    e.endDate = m_endDate->date();
    const bool timed = !m_allDay->isChecked();
    e.startTime = timed ? m_startTime->time() : QTime();
    e.endTime = timed ? m_endTime->time() : QTime();
    e.timeZone = timed ? m_timeZone->currentText() : QString();
    e.venue = m_venue->text().trimmed();
    e.location = {m_city->text().trimmed(), m_region->text().trimmed(),
                  m_country->text().trimmed()};
    e.url = m_url->text().trimmed();
    e.currency = m_currency->currentText().trimmed().toUpper();
    e.costs = eventtables::readCosts(m_costs);
    e.deadlines = eventtables::readDeadlines(m_deadlines);
    e.sessions = eventtables::readSessions(m_sessions);
    e.participants = eventtables::readParticipants(m_participants);
    e.tags = m_tags->tags();
    e.notes = m_notes->toPlainText();
    e.reflection = m_reflection->toPlainText();
    return e;
}

void EventEditor::updateTimes()
{
    const bool timed = !m_allDay->isChecked();
    m_startTime->setEnabled(timed);
    m_endTime->setEnabled(timed);
    m_timeZone->setEnabled(timed);
}

void EventEditor::updateCosts()
{
    const Event current = collect();
    m_totals->setText(m_budget.totalsText(current));
    m_budgetText->setText(m_budget.budgetText(current));
}

QList<FieldError> EventEditor::validate() const
{
    const Event e = collect();
    QList<FieldError> problems = validation::check(e);
    // A one-day event has no end date, so the model cannot compare its times.
    if (!e.endDate.isValid() && e.startTime.isValid() && e.endTime.isValid() &&
        e.endTime < e.startTime)
        problems.append({QStringLiteral("endTime"), FieldProblem::EndBeforeStart,
                         tr("The event ends before it starts.")});
    if (!m_organizer->isResolved())
        problems.append({QStringLiteral("organizer"), FieldProblem::MissingReference,
                         tr("Pick an organization from the suggestions, or clear the field.")});
    problems.append(eventtables::checkSessionTimes(m_sessions));
    problems.append(eventtables::checkParticipants(m_participants));
    return problems;
}

Status EventEditor::save()
{
    const Event event = collect();
    EventStore store(session().db());
    if (event.id == 0) {
        Result<Id> id =
            session().perform(tr("Add %1").arg(event.name), [&] { return store.create(event); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit %1").arg(event.name), [&] { return store.update(event); });
}

} // namespace kith::ui
