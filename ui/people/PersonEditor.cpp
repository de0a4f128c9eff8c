#include "PersonEditor.h"

#include "model/Validation.h"
#include "session/Session.h"
#include "storage/PersonStore.h"
#include "widgets/DateField.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"
#include "widgets/TagsEdit.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

namespace kith::ui {

namespace {

template <typename E>
QList<std::pair<QString, QString>> choicesOf()
{
    QList<std::pair<QString, QString>> choices;
    for (E value : enumValues<E>())
        choices.append({enumKey(value), enumLabel(value)});
    return choices;
}

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

FieldError unresolved(const QString &field, const QString &what)
{
    return {field, FieldProblem::MissingReference,
            QCoreApplication::translate("kith::ui::PersonEditor",
                                        "Pick %1 from the suggestions, or clear the field.")
                .arg(what)};
}

} // namespace

PersonEditor::PersonEditor(Session &session, const Person &person, QWidget *parent)
    : EditorDialog(session, person.id ? tr("Edit %1").arg(person.displayName) : tr("New Person"),
                   parent)
    , m_saved(person)
    , m_displayName(lineEdit(this, "displayNameEdit"))
    , m_givenName(lineEdit(this, "givenNameEdit"))
    , m_familyName(lineEdit(this, "familyNameEdit"))
    , m_headline(lineEdit(this, "headlineEdit"))
    , m_roles(new RowTable(
          QStringLiteral("roles"),
          {{tr("Organization"), RowTable::Column::Record, {}, lookups::organizations(session), 0},
           {tr("Title"), RowTable::Column::Text, {}, {}, 0},
           {tr("From"), RowTable::Column::Date, {}, {}, 130},
           {tr("To"), RowTable::Column::Date, {}, {}, 130}},
          this))
    , m_emails(new RowTable(QStringLiteral("emails"),
                            {{tr("Address"), RowTable::Column::Text, {}, {}, 0},
                             {tr("Label"), RowTable::Column::Text, {}, {}, 110}},
                            this))
    , m_phones(new RowTable(QStringLiteral("phones"),
                            {{tr("Number"), RowTable::Column::Text, {}, {}, 0},
                             {tr("Label"), RowTable::Column::Text, {}, {}, 110}},
                            this))
    , m_profiles(
          new RowTable(QStringLiteral("profiles"),
                       {{tr("Kind"), RowTable::Column::Choice, choicesOf<ProfileKind>(), {}, 130},
                        {tr("Address"), RowTable::Column::Text, {}, {}, 0}},
                       this))
    , m_city(lineEdit(this, "cityEdit"))
    , m_region(lineEdit(this, "regionEdit"))
    , m_country(lineEdit(this, "countryEdit"))
    , m_metAt(new RecordPicker(lookups::events(session), this))
    , m_metIn(new RecordPicker(lookups::groups(session), this))
    , m_introducedBy(new RecordPicker(lookups::people(session), this))
    , m_tags(new TagsEdit(knownTagNames(session), this))
    , m_cadence(new QSpinBox(this))
    , m_knownSince(new DateField(this))
    , m_notes(new QPlainTextEdit(this))
{
    m_metAt->setObjectName(QStringLiteral("metAtPicker"));
    m_metIn->setObjectName(QStringLiteral("metInPicker"));
    m_introducedBy->setObjectName(QStringLiteral("introducedByPicker"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_cadence->setObjectName(QStringLiteral("cadenceSpin"));
    m_knownSince->setObjectName(QStringLiteral("knownSinceField"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_cadence->setRange(0, 3650);
    m_cadence->setSpecialValueText(tr("not tracked"));
    m_cadence->setSuffix(tr(" days"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);

    addRow(tr("&Name:"), m_displayName, QStringLiteral("displayName"));
    addRow(tr("&Given name:"), m_givenName);
    addRow(tr("&Family name:"), m_familyName);
    addRow(tr("&Headline:"), m_headline);
    addSection(tr("Work"));
    addRow(tr("&Roles:"), m_roles, QStringLiteral("roles"));
    addSection(tr("Contact"));
    addRow(tr("&E-mail:"), m_emails, QStringLiteral("emails"));
    addRow(tr("&Phone:"), m_phones, QStringLiteral("phones"));
    addRow(tr("&Profiles:"), m_profiles, QStringLiteral("profiles"));
    addRow(tr("&City:"), m_city);
    addRow(tr("Re&gion:"), m_region);
    addRow(tr("Countr&y:"), m_country);
    addSection(tr("Relationship"));
    auto *kinds = new QWidget(this);
    auto *grid = new QGridLayout(kinds);
    grid->setContentsMargins(0, 0, 0, 0);
    const QList<RelationshipKind> allKinds = enumValues<RelationshipKind>();
    for (int i = 0; i < allKinds.size(); ++i) {
        auto *check = new QCheckBox(enumLabel(allKinds[i]), kinds);
        check->setObjectName(enumKey(allKinds[i]) + QStringLiteral("Check"));
        grid->addWidget(check, i / 4, i % 4);
        m_relationships.append(check);
        watch(check);
    }
    addRow(tr("Kind:"), kinds);
    addRow(tr("Met at e&vent:"), m_metAt, QStringLiteral("metAtEvent"));
    addRow(tr("Met in gro&up:"), m_metIn, QStringLiteral("metInGroup"));
    addRow(tr("&Introduced by:"), m_introducedBy, QStringLiteral("introducedBy"));
    addRow(tr("&Tags:"), m_tags, QStringLiteral("tags"));
    addRow(tr("&Keep in touch every:"), m_cadence, QStringLiteral("cadenceDays"));
    addRow(tr("Known &since:"), m_knownSince);
    addRow(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    load(person);
    revalidate();
    m_displayName->setFocus();
}

void PersonEditor::load(const Person &p)
{
    m_displayName->setText(p.displayName);
    m_givenName->setText(p.givenName);
    m_familyName->setText(p.familyName);
    m_headline->setText(p.headline);
    for (const Role &role : p.roles)
        m_roles->addRow(
            {QVariantList{role.organizationId ? QVariant(*role.organizationId) : QVariant(),
                          role.organizationName},
             role.title, role.start, role.end});
    for (const ContactPoint &email : p.emails)
        m_emails->addRow({email.value, email.label});
    for (const ContactPoint &phone : p.phones)
        m_phones->addRow({phone.value, phone.label});
    for (const ProfileLink &profile : p.profiles)
        m_profiles->addRow({enumKey(profile.kind), profile.url});
    m_city->setText(p.location.city);
    m_region->setText(p.location.region);
    m_country->setText(p.location.country);
    const QList<RelationshipKind> allKinds = enumValues<RelationshipKind>();
    for (int i = 0; i < allKinds.size(); ++i)
        m_relationships[i]->setChecked(p.relationships.contains(allKinds[i]));
    m_metAt->setRecord(p.metAtEventId, eventName(session(), p.metAtEventId));
    m_metIn->setRecord(p.metInGroupId, groupName(session(), p.metInGroupId));
    m_introducedBy->setRecord(p.introducedById, personName(session(), p.introducedById));
    m_tags->setTags(p.tags);
    m_cadence->setValue(p.cadenceDays.value_or(0));
    m_knownSince->setDate(p.knownSince);
    m_notes->setPlainText(p.notes);
}

Person PersonEditor::collect() const
{
    Person p = m_saved; // keeps what the form does not show: uid, photo, origin, role ids
    p.displayName = m_displayName->text().trimmed();
    p.givenName = m_givenName->text().trimmed();
    p.familyName = m_familyName->text().trimmed();
    p.headline = m_headline->text().trimmed();
    const QList<Role> previousRoles = m_saved.roles;
    p.roles.clear();
    for (int row = 0; row < m_roles->rowCount(); ++row) {
        Role role;
        // Rows that started as stored roles keep their ids, so history stays attached.
        if (row < previousRoles.size())
            role.id = previousRoles[row].id;
        const QVariant organization = m_roles->value(row, 0);
        if (!organization.isNull())
            role.organizationId = organization.toLongLong();
        role.title = m_roles->value(row, 1).toString();
        role.start = m_roles->value(row, 2).toDate();
        role.end = m_roles->value(row, 3).toDate();
        p.roles.append(role);
    }
    p.emails.clear();
    for (int row = 0; row < m_emails->rowCount(); ++row)
        p.emails.append({m_emails->value(row, 0).toString(), m_emails->value(row, 1).toString()});
    p.phones.clear();
    for (int row = 0; row < m_phones->rowCount(); ++row)
        p.phones.append({m_phones->value(row, 0).toString(), m_phones->value(row, 1).toString()});
    p.profiles.clear();
    for (int row = 0; row < m_profiles->rowCount(); ++row)
        p.profiles.append({enumFromKey<ProfileKind>(m_profiles->value(row, 0).toString())
                               .value_or(ProfileKind::Other),
                           m_profiles->value(row, 1).toString()});
    p.location = {m_city->text().trimmed(), m_region->text().trimmed(),
                  m_country->text().trimmed()};
    p.relationships.clear();
    const QList<RelationshipKind> allKinds = enumValues<RelationshipKind>();
    for (int i = 0; i < allKinds.size(); ++i) {
        if (m_relationships[i]->isChecked())
            p.relationships.append(allKinds[i]);
    }
    p.metAtEventId = m_metAt->id();
    p.metInGroupId = m_metIn->id();
    p.introducedById = m_introducedBy->id();
    p.tags = m_tags->tags();
    p.cadenceDays = m_cadence->value() > 0 ? std::optional<int>(m_cadence->value()) : std::nullopt;
    p.knownSince = m_knownSince->date();
    p.notes = m_notes->toPlainText();
    return p;
}

QList<FieldError> PersonEditor::validate() const
{
    QList<FieldError> problems = validation::check(collect());
    if (!m_metAt->isResolved())
        problems.append(unresolved(QStringLiteral("metAtEvent"), tr("an event")));
    if (!m_metIn->isResolved())
        problems.append(unresolved(QStringLiteral("metInGroup"), tr("a group")));
    if (!m_introducedBy->isResolved())
        problems.append(unresolved(QStringLiteral("introducedBy"), tr("a person")));
    return problems;
}

Status PersonEditor::save()
{
    Person person = collect();
    PersonStore store(session().db());
    if (person.id == 0) {
        Result<Id> id = session().perform(tr("Add %1").arg(person.displayName),
                                          [&] { return store.create(person); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit %1").arg(person.displayName),
                             [&] { return store.update(person); });
}

} // namespace kith::ui
