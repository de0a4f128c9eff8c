#include "InteractionEditor.h"

#include "model/Validation.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "widgets/DateField.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"
#include "widgets/TagsEdit.h"

#include <QComboBox>
#include <QPlainTextEdit>
#include <QTableWidget>

#include <algorithm>

namespace kith::ui {

namespace {

QString describe(const Interaction &i)
{
    return QCoreApplication::translate("kith::ui::InteractionEditor", "%1 on %2")
        .arg(enumLabel(i.kind), formatDate(i.date));
}

} // namespace

InteractionEditor::InteractionEditor(Session &session, const Interaction &interaction,
                                     QWidget *parent)
    : EditorDialog(session, interaction.id ? tr("Edit Interaction") : tr("Log Interaction"), parent)
    , m_saved(interaction)
    , m_date(new DateField(this))
    , m_kind(new QComboBox(this))
    , m_people(new RowTable(
          QStringLiteral("people"),
          {{tr("Person"), RowTable::Column::Record, {}, lookups::people(session), 0}}, this))
    , m_event(new RecordPicker(lookups::events(session), this))
    , m_summary(new QPlainTextEdit(this))
    , m_followUpOn(new DateField(this))
    , m_followUpDoneOn(new DateField(this))
    , m_tags(new TagsEdit(knownTagNames(session), this))
{
    m_date->setObjectName(QStringLiteral("dateField"));
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (InteractionKind kind : enumValues<InteractionKind>())
        m_kind->addItem(enumLabel(kind), enumKey(kind));
    m_event->setObjectName(QStringLiteral("eventPicker"));
    m_summary->setObjectName(QStringLiteral("summaryEdit"));
    m_summary->setTabChangesFocus(true);
    m_summary->setMinimumHeight(80);
    m_summary->setPlaceholderText(tr("What you talked about, what you promised…"));
    m_followUpOn->setObjectName(QStringLiteral("followUpOnField"));
    m_followUpDoneOn->setObjectName(QStringLiteral("followUpDoneOnField"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));

    addRow(tr("&Date:"), m_date, QStringLiteral("date"));
    addRow(tr("&Kind:"), m_kind, QStringLiteral("kind"));
    addRow(tr("&People:"), m_people, QStringLiteral("people"));
    addRow(tr("E&vent:"), m_event, QStringLiteral("event"));
    addRow(tr("&Summary:"), m_summary, QStringLiteral("summary"));
    addSection(tr("Follow-up"));
    addRow(tr("&Follow up on:"), m_followUpOn, QStringLiteral("followUpOn"));
    addRow(tr("D&one on:"), m_followUpDoneOn, QStringLiteral("followUpDoneOn"));
    addRow(tr("&Tags:"), m_tags, QStringLiteral("tags"));

    load(interaction);
    revalidate();
    m_date->setFocus();
}

InteractionEditor::~InteractionEditor() = default;

Id InteractionEditor::savedId() const
{
    return m_saved.id;
}

void InteractionEditor::load(const Interaction &i)
{
    m_date->setDate(i.date.isValid() ? i.date : session().today());
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(enumKey(i.kind))));
    for (Id personId : i.personIds)
        m_people->addRow(
            QVariantList{QVariant(QVariantList{personId, personName(session(), personId)})});
    // A new interaction starts with a row to type the first person into.
    if (i.personIds.isEmpty())
        m_people->addRow();
    m_event->setRecord(i.eventId, eventName(session(), i.eventId));
    m_summary->setPlainText(i.summary);
    m_followUpOn->setDate(i.followUpOn);
    m_followUpDoneOn->setDate(i.followUpDoneOn);
    m_tags->setTags(i.tags);
}

Interaction InteractionEditor::collect() const
{
    Interaction i = m_saved; // keeps what the form does not show: uid, timestamps
    i.date = m_date->date();
    i.kind = enumFromKey<InteractionKind>(m_kind->currentData().toString())
                 .value_or(InteractionKind::Met);
    i.personIds.clear();
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const QVariant person = m_people->value(row, 0);
        if (!person.isNull() && !i.personIds.contains(person.toLongLong()))
            i.personIds.append(person.toLongLong());
    }
    i.eventId = m_event->id();
    i.summary = m_summary->toPlainText().trimmed();
    i.followUpOn = m_followUpOn->date();
    i.followUpDoneOn = m_followUpDoneOn->date();
    i.tags = m_tags->tags();
    return i;
}

QList<FieldError> InteractionEditor::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    for (int row = 0; row < m_people->rowCount(); ++row) {
        const auto *picker = qobject_cast<RecordPicker *>(m_people->table()->cellWidget(row, 0));
        if (picker && !picker->isResolved()) {
            problems.append({QStringLiteral("people[%1]").arg(row), FieldProblem::MissingReference,
                             tr("Pick each person from the suggestions, or remove the row.")});
            break; // one message is enough for the table
        }
    }
    if (!m_event->isResolved())
        problems.append({QStringLiteral("event"), FieldProblem::MissingReference,
                         tr("Pick an event from the suggestions, or clear the field.")});
    return problems;
}

Status InteractionEditor::save()
{
    Interaction interaction = collect();
    InteractionStore store(session().db());
    if (interaction.id == 0) {
        Result<Id> id = session().perform(tr("Log %1").arg(describe(interaction)),
                                          [&] { return store.create(interaction); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit %1").arg(describe(interaction)),
                             [&] { return store.update(interaction); });
}

} // namespace kith::ui
