#include "OrganizationsSection.h"

#include "MembershipEditor.h"
#include "OrganizationDetail.h"
#include "OrganizationEditor.h"
#include "OrganizationsModel.h"
#include "session/Session.h"
#include "storage/OrganizationStore.h"
#include "widgets/FilterBar.h"
#include "widgets/Lookups.h"

#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

OrganizationsSection::OrganizationsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Organization, QStringLiteral("organizations"), parent)
    , m_model(new OrganizationsModel(session, this))
    , m_kindFilter(filters()->addEnumChoice<OrganizationKind>(QStringLiteral("Kind"), tr("Kind"),
                                                              tr("Any kind")))
{
    searchEdit()->setPlaceholderText(tr("Search organizations by name, place, notes… (Ctrl+F)"));
    filters()->addTagChoice(session, EntityKind::Organization);
    RecordActions actions;
    actions.useStore<OrganizationStore>(session);
    actions.name = [&session](Id id) { return organizationName(session, id); };
    actions.count = [](int count) { return tr("%n organization(s)", nullptr, count); };
    actions.consequences = tr("The memberships held there go too. The people who work there "
                              "stay, and so do the events it organized. You can undo this "
                              "(Ctrl+Z).");
    setRecordActions(std::move(actions));

    setModel(m_model);
    // Name, Kind, Location, People, Member
    setColumnWidths({240, 170, 160, 70, 80}, OrganizationsModel::Name);
}

void OrganizationsSection::applyFilters(const QString &searchText)
{
    OrganizationFilter filter;
    filter.text = searchText;
    filter.kind = FilterBar::chosen<OrganizationKind>(m_kindFilter);
    if (const QString tag = filters()->chosenTag(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

QString OrganizationsSection::detailHtml(Id id)
{
    return organizationDetailHtml(session(), id);
}

void OrganizationsSection::newRecord()
{
    openEditor<OrganizationEditor>(Organization{});
}

void OrganizationsSection::editRecord(Id id)
{
    editWith<OrganizationEditor, OrganizationStore>(id, tr("Edit Organization"));
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
    keepInView(organizationId); // the list's member column may have changed
}

} // namespace kith::ui
