#include "GroupsSection.h"

#include "GroupDetail.h"
#include "GroupEditor.h"
#include "GroupsModel.h"
#include "session/Session.h"
#include "storage/GroupStore.h"
#include "widgets/FilterBar.h"
#include "widgets/Lookups.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>

namespace kith::ui {

GroupsSection::GroupsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Group, QStringLiteral("groups"), parent)
    , m_model(new GroupsModel(session, this))
    , m_platformFilter(filters()->addEnumChoice<GroupPlatform>(QStringLiteral("Platform"),
                                                               tr("Platform"), tr("Any platform")))
{
    searchEdit()->setPlaceholderText(tr("Search groups by name, notes… (Ctrl+F)"));
    filters()->addTagChoice(session, EntityKind::Group);
    RecordActions actions;
    actions.useStore<GroupStore>(session);
    actions.name = [&session](Id id) { return groupName(session, id); };
    actions.count = [](int count) { return tr("%n group(s)", nullptr, count); };
    actions.consequences = tr("Its members stay; groups found through it and people met in it "
                              "stay too, without that link. You can undo this (Ctrl+Z).");
    setRecordActions(std::move(actions));

    setModel(m_model);
    // Name, Platform, Joined, Members, FoundVia
    setColumnWidths({240, 120, 100, 80, 160}, GroupsModel::Name);
}

void GroupsSection::applyFilters(const QString &searchText)
{
    GroupFilter filter;
    filter.text = searchText;
    filter.platform = FilterBar::chosen<GroupPlatform>(m_platformFilter);
    if (const QString tag = filters()->chosenTag(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

QString GroupsSection::detailHtml(Id id)
{
    return groupDetailHtml(session(), id);
}

void GroupsSection::newRecord()
{
    openEditor<GroupEditor>(OnlineGroup{});
}

void GroupsSection::editRecord(Id id)
{
    editWith<GroupEditor, GroupStore>(id, tr("Edit Group"));
}

QString GroupsSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No group matches. Clear the search (Esc) or the filters to see them all.");
    return tr("No groups yet.\n\nAdd the LinkedIn groups, Google groups, Slack or Discord "
              "communities and mailing lists you are in with New (Ctrl+Shift+N), and note who "
              "or what led you to each.");
}

} // namespace kith::ui
