#include "MembershipDetail.h"

#include "MembershipsModel.h"
#include "session/Session.h"
#include "storage/MembershipStore.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::MembershipDetail", text);
}

} // namespace

QString membershipDetailHtml(Session &session, Id id)
{
    Result<Membership> membership = MembershipStore(session.db()).get(id);
    if (!membership)
        return DetailHtml(membership.error().message()).html();
    const Membership &m = *membership;
    const QString organization = organizationName(session, m.organizationId);
    const QString member = m.isUsers() ? tr("You") : personName(session, m.personId);
    DetailHtml page(organization, tr("%1 · %2").arg(member, m.role));
    page.actions({DetailHtml::action(QStringLiteral("edit"), id, tr("Edit (Enter)"))});
    page.rowHtml(tr("Organization"),
                 DetailHtml::link(EntityKind::Organization, m.organizationId, organization));
    page.rowHtml(tr("Member"), m.personId
                                   ? DetailHtml::link(EntityKind::Person, *m.personId, member)
                                   : DetailHtml::escape(member));
    page.row(tr("Role"), m.role);
    page.row(tr("Status"), enumLabel(m.status));
    page.row(tr("Since"), formatDate(m.since));
    page.row(tr("Dues"), formatDues(m.dues, m.duesPeriod));
    if (m.dues)
        page.row(tr("Paid by"), enumLabel(m.paidBy));
    page.row(tr("Renewal"), formatRenewal(m.renewalDate, m.status, session.today()));
    page.row(tr("Tags"), m.tags.join(QStringLiteral(", ")));
    page.paragraph(m.notes);
    return page.html();
}

} // namespace kith::ui
