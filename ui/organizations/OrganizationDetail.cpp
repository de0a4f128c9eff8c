#include "OrganizationDetail.h"

#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/MembershipStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

// Enough to see who is there; the people list filtered by employer shows the rest.
constexpr int peopleShown = 50;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::OrganizationDetail", text);
}

QString trN(const char *text, qint64 n)
{
    return QCoreApplication::translate("kith::ui::OrganizationDetail", text, nullptr, int(n));
}

void addIdentity(DetailHtml &page, const Organization &o)
{
    page.row(tr("Kind"), enumLabel(o.kind));
    if (!o.website.isEmpty())
        page.rowHtml(tr("Website"), DetailHtml::webLink(o.website));
    QStringList pages;
    for (const ProfileLink &link : o.socialPages)
        pages.append(DetailHtml::webLink(link.url, enumLabel(link.kind)));
    page.rowHtml(tr("Online"), pages.join(QStringLiteral(" · ")));
    page.row(tr("Location"), o.location.display());
    page.row(tr("Tags"), o.tags.join(QStringLiteral(", ")));
    page.paragraph(o.notes);
}

void addPeople(DetailHtml &page, Session &session, Id id)
{
    PersonQuery query;
    query.filter.employerId = id;
    query.page = {0, peopleShown};
    PersonStore store(session.db());
    Result<QList<PersonSummary>> rows = store.list(query);
    page.section(tr("People here"));
    if (!rows || rows->isEmpty()) {
        page.note(tr("Nobody you know works here now, as far as their roles say."));
        return;
    }
    for (const PersonSummary &row : *rows) {
        QString line = DetailHtml::link(EntityKind::Person, row.id, row.displayName);
        if (!row.title.isEmpty())
            line += QStringLiteral(" · ") + DetailHtml::escape(row.title);
        page.item(line);
    }
    if (Result<qint64> total = store.count(query.filter); total && *total > rows->size())
        page.note(trN("…and %n more.", *total - rows->size()));
}

void addMemberships(DetailHtml &page, Session &session, Id id)
{
    MembershipQuery query;
    query.filter.organizationId = id;
    query.sort = MembershipSort::Member; // yours first
    Result<QList<MembershipSummary>> rows = MembershipStore(session.db()).list(query);
    page.section(tr("Memberships"));
    if (!rows || rows->isEmpty()) {
        page.note(tr("No memberships here yet."));
        return;
    }
    for (const MembershipSummary &row : *rows) {
        const QString member = row.personId
                                   ? DetailHtml::link(EntityKind::Person, *row.personId, row.member)
                                   : DetailHtml::escape(tr("You"));
        QString line = QStringLiteral("%1 · %2 · %3")
                           .arg(member, DetailHtml::link(EntityKind::Membership, row.id, row.role),
                                DetailHtml::escape(enumLabel(row.status)));
        if (row.renewalDate.isValid())
            line += QStringLiteral(" · ") +
                    DetailHtml::escape(tr("renews %1").arg(formatDate(row.renewalDate)));
        page.item(line);
    }
}

void addEvents(DetailHtml &page, Session &session, Id id)
{
    EventQuery query;
    query.filter.organizerId = id;
    Result<QList<EventSummary>> rows = EventStore(session.db()).list(query);
    if (!rows || rows->isEmpty())
        return;
    page.section(tr("Events organized"));
    for (const EventSummary &row : *rows)
        page.item(QStringLiteral("%1 · %2 · %3")
                      .arg(DetailHtml::link(EntityKind::Event, row.id, row.name),
                           DetailHtml::escape(formatDate(row.startDate)),
                           DetailHtml::escape(enumLabel(row.status))));
}

} // namespace

QString organizationDetailHtml(Session &session, Id id)
{
    Result<Organization> organization = OrganizationStore(session.db()).get(id);
    if (!organization)
        return DetailHtml(organization.error().message()).html();
    DetailHtml page(organization->name);
    page.actions({DetailHtml::action(QStringLiteral("edit"), id, tr("Edit (Enter)")),
                  DetailHtml::action(QStringLiteral("addMembership"), id, tr("Add membership"))});
    addIdentity(page, *organization);
    addPeople(page, session, id);
    addMemberships(page, session, id);
    addEvents(page, session, id);
    return page.html();
}

} // namespace kith::ui
