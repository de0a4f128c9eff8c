#include "GroupDetail.h"

#include "session/Session.h"
#include "storage/GroupStore.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

// Enough to recognise the group by; the people list filtered by group has them all.
constexpr int membersShown = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::GroupDetail", text);
}

QString trN(const char *text, qint64 n)
{
    return QCoreApplication::translate("kith::ui::GroupDetail", text, nullptr, int(n));
}

void addIdentity(DetailHtml &page, Session &session, const OnlineGroup &g)
{
    page.row(tr("Platform"), enumLabel(g.platform));
    if (!g.url.isEmpty())
        page.rowHtml(tr("Address"), DetailHtml::webLink(g.url));
    page.row(tr("Joined"), formatDate(g.joinedOn));
    QStringList via;
    if (g.discoveredViaGroupId)
        via.append(DetailHtml::link(EntityKind::Group, *g.discoveredViaGroupId,
                                    groupName(session, g.discoveredViaGroupId)));
    if (g.discoveredViaPersonId)
        via.append(DetailHtml::link(EntityKind::Person, *g.discoveredViaPersonId,
                                    personName(session, g.discoveredViaPersonId)));
    page.rowHtml(tr("Found via"), via.join(QStringLiteral(", ")));
    if (g.cadenceDays)
        page.row(tr("Keep in touch"), tr("every %1 days").arg(*g.cadenceDays));
    page.row(tr("Tags"), g.tags.join(QStringLiteral(", ")));
}

void addMembers(DetailHtml &page, Session &session, const OnlineGroup &g)
{
    page.section(tr("Members"));
    if (g.memberIds.isEmpty()) {
        page.note(tr("No members recorded. Edit the group to add the people you know in it."));
        return;
    }
    PersonQuery query;
    query.filter.groupId = g.id;
    query.page = {0, membersShown};
    Result<QList<PersonSummary>> rows = PersonStore(session.db()).list(query);
    if (!rows)
        return;
    QStringList links;
    for (const PersonSummary &row : *rows)
        links.append(DetailHtml::link(EntityKind::Person, row.id, row.displayName));
    page.item(links.join(QStringLiteral(" · ")));
    if (g.memberIds.size() > rows->size())
        page.note(trN("…and %n more.", g.memberIds.size() - rows->size()));
}

// People whose "how we met" names this group; no store filter asks that, so it is asked here.
void addPeopleMet(DetailHtml &page, Session &session, Id id)
{
    Query query(session.db(),
                QStringLiteral("SELECT id, display_name, count(*) OVER () FROM person "
                               "WHERE met_in_group_id = ? "
                               "ORDER BY display_name COLLATE NOCASE, id LIMIT %1")
                    .arg(membersShown));
    query.bind(id);
    if (!query.exec())
        return;
    QStringList links;
    qint64 total = 0;
    while (query.next()) {
        links.append(DetailHtml::link(EntityKind::Person, query.integer(0), query.string(1)));
        total = query.integer(2);
    }
    if (links.isEmpty())
        return;
    page.section(tr("People met here"));
    page.item(links.join(QStringLiteral(" · ")));
    if (total > links.size())
        page.note(trN("…and %n more.", total - links.size()));
}

} // namespace

QString groupDetailHtml(Session &session, Id id)
{
    Result<OnlineGroup> group = GroupStore(session.db()).get(id);
    if (!group)
        return DetailHtml(group.error().message()).html();
    DetailHtml page(group->name);
    page.actions({DetailHtml::action(QStringLiteral("edit"), id, tr("Edit (Enter)"))});
    addIdentity(page, session, *group);
    addMembers(page, session, *group);
    addPeopleMet(page, session, id);
    if (!group->notes.trimmed().isEmpty()) {
        page.section(tr("What it gave"));
        page.paragraph(group->notes);
    }
    return page.html();
}

} // namespace kith::ui
