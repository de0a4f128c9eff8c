#include "OrganizationsSection.h"

#include "MembershipEditor.h"
#include "OrganizationDetail.h"
#include "OrganizationEditor.h"
#include "OrganizationsModel.h"
#include "session/Session.h"
#include "storage/OrganizationStore.h"
#include "widgets/Lookups.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

OrganizationsSection::OrganizationsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Organization, QStringLiteral("organizations"), parent)
    , m_model(new OrganizationsModel(session, this))
    , m_kindFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
{
    searchEdit()->setPlaceholderText(tr("Search organizations by name, place, notes… (Ctrl+F)"));
    m_kindFilter->setObjectName(QStringLiteral("organizationsKindFilter"));
    m_kindFilter->setAccessibleName(tr("Kind"));
    m_kindFilter->addItem(tr("Any kind"));
    for (OrganizationKind kind : enumValues<OrganizationKind>())
        m_kindFilter->addItem(enumLabel(kind), enumKey(kind));
    m_tagFilter->setObjectName(QStringLiteral("organizationsTagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag"));
    reloadTagFilter();
    filterBar()->addWidget(m_kindFilter);
    filterBar()->addWidget(m_tagFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this,
            &OrganizationsSection::filtersChanged);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this,
            &OrganizationsSection::filtersChanged);
    connect(&session, &Session::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Tag || change.kind == EntityKind::Organization)
            reloadTagFilter();
    });

    setModel(m_model);
    // "Member?" has no order of its own: the arrow goes back to the order in force.
    connect(view()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                if (!OrganizationsModel::isSortable(column))
                    view()->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                                 m_model->sortOrder());
            });
    // Name, Kind, Location, People, Member
    setColumnWidths({240, 170, 160, 70, 80}, OrganizationsModel::Name);
}

void OrganizationsSection::reloadTagFilter()
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

void OrganizationsSection::applyFilters(const QString &searchText)
{
    OrganizationFilter filter;
    filter.text = searchText;
    if (const QString kind = m_kindFilter->currentData().toString(); !kind.isEmpty())
        filter.kind = enumFromKey<OrganizationKind>(kind);
    if (const QString tag = m_tagFilter->currentData().toString(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

void OrganizationsSection::clearFilters()
{
    m_kindFilter->setCurrentIndex(0);
    m_tagFilter->setCurrentIndex(0);
}

bool OrganizationsSection::hasActiveFilters() const
{
    return m_kindFilter->currentIndex() > 0 || m_tagFilter->currentIndex() > 0;
}

QString OrganizationsSection::detailHtml(Id id)
{
    return organizationDetailHtml(session(), id);
}

void OrganizationsSection::newRecord()
{
    OrganizationEditor editor(session(), Organization{}, this);
    if (editor.exec() == QDialog::Accepted) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void OrganizationsSection::editRecord(Id id)
{
    Result<Organization> organization = OrganizationStore(session().db()).get(id);
    if (!organization) {
        MessageBox::warning(this, tr("Edit Organization"), organization.error().message());
        return;
    }
    OrganizationEditor editor(session(), *organization, this);
    editor.exec();
}

void OrganizationsSection::deleteRecords(const QList<Id> &ids)
{
    OrganizationStore store(session().db());
    const QString name = ids.size() == 1 ? organizationName(session(), ids.first()) : QString();
    const QString question = ids.size() == 1
                                 ? tr("Delete %1?").arg(name)
                                 : tr("Delete %n organizations?", nullptr, int(ids.size()));
    const QString detail = tr("The memberships held there go too. The people who work there "
                              "stay, and so do the events it organized. You can undo this "
                              "(Ctrl+Z).");
    if (MessageBox::question(this, tr("Delete"), question + QStringLiteral("\n\n") + detail,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString step = ids.size() == 1 ? tr("Delete %1").arg(name)
                                         : tr("Delete %n organizations", nullptr, int(ids.size()));
    if (Status status = session().perform(step, [&] { return store.remove(ids); }); !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void OrganizationsSection::addTag(const QList<Id> &ids, const QString &tag)
{
    OrganizationStore store(session().db());
    if (Status status =
            session().perform(tr("Tag %n organizations “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.addTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Add Tag"), status.error().message());
}

void OrganizationsSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    OrganizationStore store(session().db());
    if (Status status =
            session().perform(tr("Untag %n organizations “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.removeTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Remove Tag"), status.error().message());
}

QString OrganizationsSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No organization matches. Clear the search (Esc) or the filters to see them "
                  "all.");
    return tr("No organizations yet.\n\nAdd an employer, a library or a professional "
              "association with New (Ctrl+Shift+N); organizations named in people's roles "
              "appear here too.");
}

void OrganizationsSection::detailAction(const QString &action, Id id)
{
    if (action == QLatin1String("addMembership"))
        addMembership(id);
    else
        ListSection::detailAction(action, id);
}

void OrganizationsSection::addMembership(Id organizationId)
{
    Membership membership;
    membership.organizationId = organizationId;
    MembershipEditor editor(session(), membership, this);
    editor.exec();
}

} // namespace kith::ui
