#include "MembershipsSection.h"

#include "MembershipDetail.h"
#include "MembershipEditor.h"
#include "MembershipsModel.h"
#include "insights/Agenda.h"
#include "session/Session.h"
#include "storage/MembershipStore.h"
#include "storage/Transaction.h"
#include "widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
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
    , m_statusFilter(new QComboBox(this))
    , m_whoseFilter(new QComboBox(this))
    , m_renewalFilter(new QCheckBox(tr("Renewal due within %1 days").arg(renewalHorizonDays), this))
{
    searchEdit()->setPlaceholderText(tr("Search by organization, member, role, notes… (Ctrl+F)"));
    m_statusFilter->setObjectName(QStringLiteral("membershipsStatusFilter"));
    m_statusFilter->setAccessibleName(tr("Status"));
    m_statusFilter->addItem(tr("Any status"));
    for (MembershipStatus status : enumValues<MembershipStatus>())
        m_statusFilter->addItem(enumLabel(status), enumKey(status));
    m_whoseFilter->setObjectName(QStringLiteral("membershipsWhoseFilter"));
    m_whoseFilter->setAccessibleName(tr("Whose"));
    m_whoseFilter->addItem(tr("Everyone’s"), int(Whose::Everyone));
    m_whoseFilter->addItem(tr("Mine only"), int(Whose::Mine));
    m_renewalFilter->setObjectName(QStringLiteral("membershipsRenewalFilter"));
    m_renewalFilter->setToolTip(tr("Renewals in the next %1 days, and overdue ones of "
                                   "memberships not lapsed")
                                    .arg(renewalHorizonDays));
    filterBar()->addWidget(m_statusFilter);
    filterBar()->addWidget(m_whoseFilter);
    filterBar()->addWidget(m_renewalFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            &MembershipsSection::filtersChanged);
    connect(m_whoseFilter, &QComboBox::currentIndexChanged, this,
            &MembershipsSection::filtersChanged);
    connect(m_renewalFilter, &QCheckBox::toggled, this, &MembershipsSection::filtersChanged);
    // Which renewals are due is worked out when the filter applies; an edit can change it.
    connect(&session, &Session::changed, this, [this](const Change &change) {
        if (change.kind == EntityKind::Membership && m_renewalFilter->isChecked())
            filtersChanged();
    });

    setModel(m_model);
    // "Role" has no order of its own: the arrow goes back to the order in force.
    connect(view()->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
            [this](int column) {
                if (!MembershipsModel::isSortable(column))
                    view()->horizontalHeader()->setSortIndicator(m_model->sortColumn(),
                                                                 m_model->sortOrder());
            });
    // Organization, Member, Role, Status, Dues, Renewal
    setColumnWidths({190, 120, 90, 75, 150, 100}, MembershipsModel::Organization);
}

void MembershipsSection::applyFilters(const QString &searchText)
{
    MembershipFilter filter;
    filter.text = searchText;
    if (const QString status = m_statusFilter->currentData().toString(); !status.isEmpty())
        filter.status = enumFromKey<MembershipStatus>(status);
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

void MembershipsSection::clearFilters()
{
    m_statusFilter->setCurrentIndex(0);
    m_whoseFilter->setCurrentIndex(0);
    m_renewalFilter->setChecked(false);
}

bool MembershipsSection::hasActiveFilters() const
{
    return m_statusFilter->currentIndex() > 0 || m_whoseFilter->currentIndex() > 0 ||
           m_renewalFilter->isChecked();
}

QString MembershipsSection::detailHtml(Id id)
{
    return membershipDetailHtml(session(), id);
}

void MembershipsSection::newRecord()
{
    MembershipEditor editor(session(), Membership{}, this);
    if (editor.exec() == QDialog::Accepted) {
        selectAfterSave(editor.savedId());
        showRecord(editor.savedId());
    }
}

void MembershipsSection::editRecord(Id id)
{
    Result<Membership> membership = MembershipStore(session().db()).get(id);
    if (!membership) {
        MessageBox::warning(this, tr("Edit Membership"), membership.error().message());
        return;
    }
    MembershipEditor editor(session(), *membership, this);
    editor.exec();
}

void MembershipsSection::deleteRecords(const QList<Id> &ids)
{
    const QString question = tr("Delete %n membership(s)?", nullptr, int(ids.size()));
    const QString detail = tr("The organizations and people stay. You can undo this (Ctrl+Z).");
    if (MessageBox::question(this, tr("Delete"), question + QStringLiteral("\n\n") + detail,
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    MembershipStore store(session().db());
    if (Status status = session().perform(tr("Delete %n membership(s)", nullptr, int(ids.size())),
                                          [&] { return store.remove(ids); });
        !status)
        MessageBox::warning(this, tr("Delete"), status.error().message());
}

void MembershipsSection::retag(const QList<Id> &ids, const QString &tag, bool add)
{
    const QString step = add ? tr("Tag %n membership(s) “%1”", nullptr, int(ids.size())).arg(tag)
                             : tr("Untag %n membership(s) “%1”", nullptr, int(ids.size())).arg(tag);
    // The store has no bulk tagging for memberships; each one is rewritten with its tags
    // changed, all in one transaction so the step is all or nothing.
    Status status = session().perform(step, [&]() -> Status {
        MembershipStore store(session().db());
        Transaction tx(session().db());
        if (!tx.isActive())
            return tx.error();
        for (Id id : ids) {
            Result<Membership> membership = store.get(id);
            if (!membership)
                return membership.error();
            const auto same = [&tag](const QString &existing) {
                return existing.compare(tag.trimmed(), Qt::CaseInsensitive) == 0;
            };
            const bool has = std::any_of(membership->tags.cbegin(), membership->tags.cend(), same);
            if (add == has)
                continue;
            if (add)
                membership->tags.append(tag.trimmed());
            else
                membership->tags.removeIf(same);
            if (Status updated = store.update(*membership); !updated)
                return updated;
        }
        return tx.commit();
    });
    if (!status)
        MessageBox::warning(this, add ? tr("Add Tag") : tr("Remove Tag"), status.error().message());
}

void MembershipsSection::addTag(const QList<Id> &ids, const QString &tag)
{
    retag(ids, tag, true);
}

void MembershipsSection::removeTag(const QList<Id> &ids, const QString &tag)
{
    retag(ids, tag, false);
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
