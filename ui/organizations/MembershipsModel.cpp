#include "MembershipsModel.h"

#include "session/Session.h"
#include "widgets/Format.h"

#include <QCoreApplication>

namespace kith::ui {

QString formatDues(const std::optional<Money> &dues, DuesPeriod period)
{
    if (!dues)
        return {};
    return formatMoney(dues->cents, dues->currency) + QLatin1Char(' ') + enumLabel(period);
}

QString formatRenewal(const QDate &renewal, MembershipStatus status, const QDate &today)
{
    if (!renewal.isValid())
        return {};
    const QString date = formatDate(renewal);
    if (renewal >= today)
        return QStringLiteral("%1 (%2)").arg(date, formatRelative(renewal, today));
    // A lapsed membership was let go; its old renewal date is no longer a reminder.
    if (status == MembershipStatus::Lapsed)
        return date;
    return QCoreApplication::translate("kith::ui::MembershipsModel", "%1 (overdue)").arg(date);
}

MembershipsModel::MembershipsModel(Session &session, QObject *parent)
    : StoreTableModel(session, EntityKind::Membership, parent)
{
    refresh();
}

int MembershipsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembershipsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Organization:
        return tr("Organization");
    case Member:
        return tr("Member");
    case Role:
        return tr("Role");
    case Status:
        return tr("Status");
    case Dues:
        return tr("Dues");
    case Renewal:
        return tr("Renewal");
    }
    return {};
}

QVariant MembershipsModel::data(const QModelIndex &index, int role) const
{
    const MembershipSummary *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == IdRole)
        return row->id;
    if (role == Qt::TextAlignmentRole && index.column() == Dues)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Organization:
        return row->organization;
    case Member:
        return row->personId ? row->member : tr("You");
    case Role:
        return row->role;
    case Status:
        return enumLabel(row->status);
    case Dues:
        return formatDues(row->dues, row->duesPeriod);
    case Renewal:
        return formatRenewal(row->renewalDate, row->status, session().today());
    }
    return {};
}

QList<EntityKind> MembershipsModel::dependsOn() const
{
    // Organization and member names come from these.
    return {EntityKind::Organization, EntityKind::Person};
}

MembershipSort MembershipsModel::sortFor(int column) const
{
    static constexpr MembershipSort sorts[] = {
        MembershipSort::Organization, MembershipSort::Member, MembershipSort::Organization,
        MembershipSort::Status,       MembershipSort::Dues,   MembershipSort::Renewal};
    return sorts[qBound(0, column, int(ColumnCount) - 1)];
}

} // namespace kith::ui
