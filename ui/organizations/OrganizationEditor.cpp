#include "OrganizationEditor.h"

#include "model/Validation.h"
#include "session/Session.h"
#include "storage/OrganizationStore.h"
#include "widgets/Lookups.h"
#include "widgets/RowTable.h"
#include "widgets/TagsEdit.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace kith::ui {

namespace {

QLineEdit *lineEdit(QWidget *parent, const char *name)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    return edit;
}

QList<std::pair<QString, QString>> profileKinds()
{
    QList<std::pair<QString, QString>> choices;
    for (ProfileKind kind : enumValues<ProfileKind>())
        choices.append({enumKey(kind), enumLabel(kind)});
    return choices;
}

} // namespace

OrganizationEditor::OrganizationEditor(Session &session, const Organization &organization,
                                       QWidget *parent)
    : EditorDialog(session,
                   organization.id ? tr("Edit %1").arg(organization.name) : tr("New Organization"),
                   parent)
    , m_saved(organization)
    , m_name(lineEdit(this, "nameEdit"))
    , m_kind(new QComboBox(this))
    , m_website(lineEdit(this, "websiteEdit"))
    , m_socialPages(new RowTable(QStringLiteral("socialPages"),
                                 {{tr("Kind"), RowTable::Column::Choice, profileKinds(), {}, 130},
                                  {tr("Address"), RowTable::Column::Text, {}, {}, 0}},
                                 this))
    , m_city(lineEdit(this, "cityEdit"))
    , m_region(lineEdit(this, "regionEdit"))
    , m_country(lineEdit(this, "countryEdit"))
    , m_tags(new TagsEdit(knownTagNames(session), this))
    , m_notes(new QPlainTextEdit(this))
{
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (OrganizationKind kind : enumValues<OrganizationKind>())
        m_kind->addItem(enumLabel(kind), enumKey(kind));
    m_website->setPlaceholderText(tr("https://…"));
    m_tags->setObjectName(QStringLiteral("tagsEdit"));
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(80);

    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    addRow(tr("&Kind:"), m_kind);
    addSection(tr("Online"));
    addRow(tr("&Website:"), m_website, QStringLiteral("website"));
    addRow(tr("&Social pages:"), m_socialPages, QStringLiteral("socialPages"));
    addSection(tr("Location"));
    addRow(tr("&City:"), m_city);
    addRow(tr("Re&gion:"), m_region);
    addRow(tr("Countr&y:"), m_country);
    addSection(tr("More"));
    addRow(tr("&Tags:"), m_tags, QStringLiteral("tags"));
    addRow(tr("N&otes:"), m_notes, QStringLiteral("notes"));

    load(organization);
    revalidate();
    m_name->setFocus();
}

void OrganizationEditor::load(const Organization &o)
{
    m_name->setText(o.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(enumKey(o.kind))));
    m_website->setText(o.website);
    for (const ProfileLink &page : o.socialPages)
        m_socialPages->addRow({enumKey(page.kind), page.url});
    m_city->setText(o.location.city);
    m_region->setText(o.location.region);
    m_country->setText(o.location.country);
    m_tags->setTags(o.tags);
    m_notes->setPlainText(o.notes);
}

Organization OrganizationEditor::collect() const
{
    Organization o = m_saved; // keeps the id and timestamps
    o.name = m_name->text().trimmed();
    o.kind = enumFromKey<OrganizationKind>(m_kind->currentData().toString())
                 .value_or(OrganizationKind::Other);
    o.website = m_website->text().trimmed();
    o.socialPages.clear();
    for (int row = 0; row < m_socialPages->rowCount(); ++row)
        o.socialPages.append({enumFromKey<ProfileKind>(m_socialPages->value(row, 0).toString())
                                  .value_or(ProfileKind::Other),
                              m_socialPages->value(row, 1).toString()});
    o.location = {m_city->text().trimmed(), m_region->text().trimmed(),
                  m_country->text().trimmed()};
    o.tags = m_tags->tags();
    o.notes = m_notes->toPlainText();
    return o;
}

QList<FieldError> OrganizationEditor::validate() const
{
    return validation::check(collect());
}

Status OrganizationEditor::save()
{
    Organization organization = collect();
    OrganizationStore store(session().db());
    if (organization.id == 0) {
        Result<Id> id = session().perform(tr("Add %1").arg(organization.name),
                                          [&] { return store.create(organization); });
        if (!id)
            return id.error();
        m_saved.id = *id;
        return {};
    }
    return session().perform(tr("Edit %1").arg(organization.name),
                             [&] { return store.update(organization); });
}

} // namespace kith::ui
