#include "GroupsSection.h"

#include "GroupDetail.h"
#include "GroupEditor.h"
#include "GroupsModel.h"
#include "session/Session.h"
#include "storage/GroupStore.h"
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
    , m_platformFilter(new QComboBox(this))
    , m_tagFilter(new QComboBox(this))
{
    searchEdit()->setPlaceholderText(tr("Search groups by name, notes… (Ctrl+F)"));
    m_platformFilter->setObjectName(QStringLiteral("groupsPlatformFilter"));
    m_platformFilter->setAccessibleName(tr("Platform"));
    m_platformFilter->addItem(tr("Any platform"));
    for (GroupPlatform platform : enumValues<GroupPlatform>())
        m_platformFilter->addItem(enumLabel(platform), enumKey(platform));
    m_tagFilter->setObjectName(QStringLiteral("groupsTagFilter"));
    m_tagFilter->setAccessibleName(tr("Tag"));
    reloadTagFilter();
    filterBar()->addWidget(m_platformFilter);
    filterBar()->addWidget(m_tagFilter);
    connect(m_platformFilter, &QComboBox::currentIndexChanged, this,
            &GroupsSection::filtersChanged);
    connect(m_tagFilter, &QComboBox::currentIndexChanged, this, &GroupsSection::filtersChanged);
    connect(&session, &Session::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Tag || change.kind == EntityKind::Group)
            reloadTagFilter();
    });

    setModel(m_model);
    // "Found via" has no order of its own: the arrow goes back to the order in force.
    connect(view()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                if (!GroupsModel::isSortable(column))
                    view()->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                                 m_model->sortOrder());
            });
    // Name, Platform, Joined, Members, FoundVia
    setColumnWidths({240, 120, 100, 80, 160}, GroupsModel::Name);
}

void GroupsSection::reloadTagFilter()
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

void GroupsSection::applyFilters(const QString &searchText)
{
    GroupFilter filter;
    filter.text = searchText;
    if (const QString platform = m_platformFilter->currentData().toString(); !platform.isEmpty())
        filter.platform = enumFromKey<GroupPlatform>(platform);
    if (const QString tag = m_tagFilter->currentData().toString(); !tag.isEmpty())
        filter.tags = {tag};
    filter.ids = onlyIds();
    m_model->setFilter(filter);
}

void GroupsSection::clearFilters()
{
    m_platformFilter->setCurrentIndex(0);
    m_tagFilter->setCurrentIndex(0);
}

bool GroupsSection::hasActiveFilters() const
{
    return m_platformFilter->currentIndex() > 0 || m_tagFilter->currentIndex() > 0;
}

QString GroupsSection::detailHtml(Id id)
{
    return groupDetailHtml(session(), id);
}

void GroupsSection::newRecord()
{
    GroupEditor editor(session(), OnlineGroup{}, this);
    if (editor.exec() == QDialog::Accepted) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void GroupsSection::editRecord(Id id)
{
    Result<OnlineGroup> group = GroupStore(session().db()).get(id);
    if (!group) {
        MessageBox::warning(this, tr("Edit Group"), group.error().message());
        return;
    }
    GroupEditor editor(session(), *group, this);
    editor.exec();
}

void GroupsSection::deleteRecords(const QList<Id> &ids)
{
    GroupStore store(session().db());
    const QString name = ids.size() == 1 ? groupName(session(), ids.first()) : QString();
    const QString question = ids.size() == 1 ? tr("Delete %1?").arg(name)
                                             : tr("Delete %n groups?", nullptr, int(ids.size()));
    const QString detail = tr("Its members stay; groups found through it and people met in it "
                              "stay too, without that link. You can undo this (Ctrl+Z).");
    if (MessageBox::question(this, tr("Delete"), question + QStringLiteral("\n\n") + detail,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const QString step = ids.size() == 1 ? tr("Delete %1").arg(name)
                                         : tr("Delete %n groups", nullptr, int(ids.size()));
    if (Status status = session().perform(step, [&] { return store.remove(ids); }); !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void GroupsSection::addTag(const QList<Id> &ids, const QString &tag)
{
    GroupStore store(session().db());
    if (Status status =
            session().perform(tr("Tag %n groups “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.addTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Add Tag"), status.error().message());
}

void GroupsSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    GroupStore store(session().db());
    if (Status status =
            session().perform(tr("Untag %n groups “%1”", nullptr, int(ids.size())).arg(tag),
                              [&] { return store.removeTag(ids, tag); });
        !status)
        MessageBox::warning(this, tr("Remove Tag"), status.error().message());
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
