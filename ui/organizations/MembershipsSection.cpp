#include "MembershipsSection.h"

#include "MembershipDetail.h"
#include "MembershipEditor.h"
#include "MembershipsModel.h"
#include "insights/Agenda.h"
#include "session/Session.h"
#include "storage/MembershipStore.h"
#include "widgets/FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QTableView>

#include <algorithm>

namespace kith::ui {

namespace {

// The same horizon as the dashboard's "renewals due", so its number clicks through here.
constexpr int renewalHorizonDays = 60;

enum class Whose
{
    Everyone,
    Mine
};

} // namespace

MembershipsSection::MembershipsSection(Session &session, QWidget *parent)
    : ListSection(session, EntityKind::Membership, QStringLiteral("memberships"), parent)
    , m_model(new MembershipsModel(session, this))
    , m_statusFilter(filters()->addEnumChoice<MembershipStatus>(QStringLiteral("Status"),
                                                                tr("Status"), tr("Any status")))
    , m_whoseFilter(filters()->addChoice(QStringLiteral("Whose"), tr("Whose")))
    , m_renewalFilter(filters()->addCheck(QStringLiteral("Renewal"),
                                          tr("Renewal due within %1 days").arg(renewalHorizonDays)))
{
    searchEdit()->setPlaceholderText(tr("Search by organization, member, role, notes… (Ctrl+F)"));
    m_whoseFilter->addItem(tr("Everyone’s"), int(Whose::Everyone));
    m_whoseFilter->addItem(tr("Mine only"), int(Whose::Mine));
    m_renewalFilter->setToolTip(tr("Renewals in the next %1 days, and overdue ones of "
                                   "memberships not lapsed")
                                    .arg(renewalHorizonDays));
    // Which renewals are due is worked out when the filter applies; an edit can change it.
    connect(&session, &Session::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Membership && m_renewalFilter->isChecked())
            filtersChanged();
    });
    RecordActions actions;
    actions.useStore<MembershipStore>(session);
    actions.count = [](int count) { return tr("%n membership(s)", nullptr, count); };
    actions.consequences = tr("The organizations and people stay. You can undo this (Ctrl+Z).");
    setRecordActions(std::move(actions));

    setModel(m_model);
    // Organization, Member, Role, Status, Dues, Renewal
    setColumnWidths({190, 120, 90, 75, 150, 100}, MembershipsModel::Organization);
}

void MembershipsSection::applyFilters(const QString &searchText)
{
    MembershipFilter filter;
    filter.text = searchText;
    filter.status = FilterBar::chosen<MembershipStatus>(m_statusFilter);
    filter.usersOnly = m_whoseFilter->currentData().toInt() == int(Whose::Mine);
    if (m_renewalFilter->isChecked()) {
        // The dashboard's rule (upcoming, or overdue and not lapsed) in one place: Agenda.
        Result<QList<insights::RenewalDue>> due =
            insights::renewalsDue(session().db(), session().today(), renewalHorizonDays);
        if (due) {
            for (const insights::RenewalDue &renewal : *due)
                filter.ids.append(renewal.membershipId);
        }
        if (filter.ids.isEmpty())
            filter.ids = {0}; // no id is 0: nothing is due, so nothing shows
    }
    if (const QList<Id> only = onlyIds(); !only.isEmpty()) {
        // Both the dashboard's records and the renewal filter apply: keep what is in both.
        if (filter.ids.isEmpty()) {
            filter.ids = only;
        } else {
            QList<Id> both;
            for (Id id : std::as_const(filter.ids)) {
                if (only.contains(id))
                    both.append(id);
            }
            filter.ids = both.isEmpty() ? QList<Id>{0} : both;
        }
    }
    m_model->setFilter(filter);
}

QString MembershipsSection::detailHtml(Id id)
{
    return membershipDetailHtml(session(), id);
}

void MembershipsSection::newRecord()
{
    openEditor<MembershipEditor>(Membership{});
}

void MembershipsSection::editRecord(Id id)
{
    editWith<MembershipEditor, MembershipStore>(id, tr("Edit Membership"));
}

QString MembershipsSection::emptyText(bool filtered) const
{
    if (filtered)
        return tr("No membership matches. Clear the search (Esc) or the filters to see them "
                  "all.");
    return tr("No memberships yet.\n\nRecord the associations you belong to, with their dues "
              "and renewal dates, using New (Ctrl+Shift+N). Your contacts' memberships can go "
              "here too.");
}

} // namespace kith::ui
