#include "Pages.h"

#include "dashboard/DashboardPage.h"
#include "events/EventsSection.h"
#include "groups/GroupsSection.h"
#include "interactions/InteractionsSection.h"
#include "organizations/MembershipsSection.h"
#include "organizations/OrganizationsSection.h"
#include "people/PeopleSection.h"
#include "recommendations/RecommendationsSection.h"

#include <QCoreApplication>
#include <QTabWidget>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::Pages", text);
}

template <typename Section>
Page listPage(Session &session, QWidget *parent, const char *icon)
{
    auto *section = new Section(session, parent);
    return {section->title(),
            QStringLiteral(":/kith/icons/") + QLatin1String(icon),
            section,
            {section}};
}

} // namespace

QList<Page> createPages(Session &session, QWidget *parent)
{
    QList<Page> pages;
    pages.append({tr("Dashboard"),
                  QStringLiteral(":/kith/icons/dashboard.svg"),
                  new DashboardPage(session, parent),
                  {}});
    pages.append(listPage<PeopleSection>(session, parent, "people.svg"));

    // Organizations and the memberships held in them share one page, as two tabs.
    auto *tabs = new QTabWidget(parent);
    tabs->setObjectName(QStringLiteral("organizationTabs"));
    tabs->setDocumentMode(true);
    auto *organizations = new OrganizationsSection(session, tabs);
    auto *memberships = new MembershipsSection(session, tabs);
    tabs->addTab(organizations, organizations->title());
    tabs->addTab(memberships, memberships->title());
    pages.append({tr("Organizations & Memberships"),
                  QStringLiteral(":/kith/icons/organizations.svg"),
                  tabs,
                  {organizations, memberships}});

    pages.append(listPage<GroupsSection>(session, parent, "groups.svg"));
    pages.append(listPage<EventsSection>(session, parent, "events.svg"));
    pages.append(listPage<RecommendationsSection>(session, parent, "recommendations.svg"));
    pages.append(listPage<InteractionsSection>(session, parent, "interactions.svg"));
    return pages;
}

} // namespace kith::ui
