#include "GroupEditor.h"

#include "GroupMembersEdit.h"
#include "model/Validation.h"
#include "session/Session.h"
#include "storage/GroupStore.h"
#include "storage/PersonStore.h"
#include "widgets/DateField.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/TagsEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace kith::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

FieldError unresolved(const QString &field, const QString &what)
{
    return {field, FieldProblem::MissingReference,
            QCoreApplication::translate("kith::ui::GroupEditor",
                                        "Pick %1 from the suggestions, or clear the field.")
                .arg(what)};
}

// The members' names, in one query however many there are.
QList<RecordPicker::Choice> memberChoices(Session &session, const QList<Id> &ids)
{
    QList<RecordPicker::Choice> choices;
    if (ids.isEmpty())
        return choices;
    PersonQuery query;
    query.filter.ids = ids;
    if (Result<QList<PersonSummary>> people = PersonStore(session.db()).list(query)) {
        for (const PersonSummary &person : *people)
            choices.append({person.id, person.displayName});
    }
    return choices;
}

} // namespace

GroupEditor::GroupEditor(Session &session, const OnlineGroup &group, QWidget *parent)
    : EditorDialog(session, group.id ? tr("Edit %1").arg(group.name) : tr("New Group"), parent)
    , m_saved(group)
    , m_name(lineEdit(this, "nameEdit"))
    , m_platform(new QComboBox(this))
    , m_url(lineEdit(this, "urlEdit"))
    , m_joined(new DateField(this))
    , m_viaGroup(new RecordPicker(lookups::groups(session), this))
    , m_viaPerson(new RecordPicker(lookups::people(session), this))
    , m_cadence(new QSpinBox(this))
    , m_members(new GroupMembersEdit(lookups::people(session), this))
    , m_tags(new TagsEdit(knownTagNames(session), this))
    , m_notes(new QPlainTextEdit(this))
{
    m_platform->setObjectName(QStringLiteral("platformCombo"));
    for (GroupPlatform platform : enumValues<GroupPlatform>())
        m_platform->addItem(enumLabel(platform), enumKey(platform));
    m_url->setPlaceholderText(tr("https://…"));
    m_joined->setObjectName(QStringLiteral("joinedField"));
    m_viaGroup->setObjectName(QStringLiteral("viaGroupPicker"));
    m_viaPerson->setObjectName(QStringLiteral("viaPersonPicker"));
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_cadence->setRange(0, 3650);
    m_cadence->setSpecialValueText(tr("not set"));
    m_cadence->setSuffix(tr(" days"));
    m_cadence->setToolTip(tr("How often to keep in touch with members who have no cadence of "
                             "their own."));
    m_members->setObjectName(QStringLiteral("membersEdit"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setPlaceholderText(tr("What it gave: jobs, contacts, advice…"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);

    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("&Platform:"), m_platform);
    addRow(tr("&Address:"), m_url, QStringLiteral("url"));
    addRow(tr("&Joined on:"), m_joined);
    addSection(tr("Found via"));
    addRow(tr("Another &group:"), m_viaGroup, QStringLiteral("discoveredViaGroup"));
    addRow(tr("A p&erson:"), m_viaPerson, QStringLiteral("discoveredViaPerson"));
    addSection(tr("People"));
    addRow(tr("&Keep in touch every:"), m_cadence, QStringLiteral("cadenceDays"));
    addRow(tr("&Members:"), m_members, QStringLiteral("members"));
    addSection(tr("More"));
    addRow(tr("&Tags:"), m_tags, QStringLiteral("tags"));
    addRow(tr("&What it gave:"), m_notes, QStringLiteral("notes"));

    load(group);
    revalidate();
    m_name->setFocus();
}

void GroupEditor::load(const OnlineGroup &g)
{
    m_name->setText(g.name);
    m_platform->setCurrentIndex(qMax(0, m_platform->findData(enumKey(g.platform))));
    m_url->setText(g.url);
    m_joined->setDate(g.joinedOn);
    m_viaGroup->setRecord(g.discoveredViaGroupId, groupName(session(), g.discoveredViaGroupId));
    m_viaPerson->setRecord(g.discoveredViaPersonId, personName(session(), g.discoveredViaPersonId));
    m_cadence->setValue(g.cadenceDays.value_or(0));
    m_members->setMembers(memberChoices(session(), g.memberIds));
    m_tags->setTags(g.tags);
    m_notes->setPlainText(g.notes);
}

OnlineGroup GroupEditor::collect() const
{
    OnlineGroup g = m_saved; // keeps the id and timestamps
    g.name = m_name->text().trimmed();
    g.platform = enumFromKey<GroupPlatform>(m_platform->currentData().toString())
                     .value_or(GroupPlatform::Other);
    g.url = m_url->text().trimmed();
    g.joinedOn = m_joined->date();
    g.discoveredViaGroupId = m_viaGroup->id();
    g.discoveredViaPersonId = m_viaPerson->id();
    g.cadenceDays = m_cadence->value() > 0 ? std::optional<int>(m_cadence->value()) : std::nullopt;
    g.memberIds = m_members->memberIds();
    g.tags = m_tags->tags();
    g.notes = m_notes->toPlainText();
    return g;
}

QList<FieldError> GroupEditor::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    if (!m_viaGroup->isResolved())
        problems.append(unresolved(QStringLiteral("discoveredViaGroup"), tr("a group")));
    if (!m_viaPerson->isResolved())
        problems.append(unresolved(QStringLiteral("discoveredViaPerson"), tr("a person")));
    // A name typed but not added would be silently dropped on Save.
    if (const QString pending = m_members->picker()->label().trimmed(); !pending.isEmpty())
        problems.append({QStringLiteral("members"), FieldProblem::MissingReference,
                         tr("Click Add to add “%1”, or clear the field.").arg(pending)});
    return problems;
}

Status GroupEditor::save()
{
    OnlineGroup group = collect();
    GroupStore store(session().db());
    if (group.id == 0) {
        Result<Id> id =
            session().perform(tr("Add %1").arg(group.name), [&] { return store.create(group); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit %1").arg(group.name), [&] { return store.update(group); });
}

} // namespace kith::ui
