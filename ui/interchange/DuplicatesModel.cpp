#include "DuplicatesModel.h"

#include "session/Session.h"
#include "storage/PersonStore.h"
#include "widgets/Format.h"

namespace kith::ui {

using interchange::MatchReason;

namespace {

QString reasonLabel(MatchReason reason)
{
    switch (reason) {
    case MatchReason::Uid:
        return DuplicatesModel::tr("same card");
    case MatchReason::ProfileUrl:
        return DuplicatesModel::tr("same profile address");
    case MatchReason::Email:
        return DuplicatesModel::tr("same e-mail");
    case MatchReason::Name:
        return DuplicatesModel::tr("same name");
    case MatchReason::None:
        break;
    }
    return {};
}

} // namespace

DuplicatesModel::DuplicatesModel(Session &session, QObject *parent)
    : QAbstractItemModel(parent)
    , m_session(session)
{}

Status DuplicatesModel::reload()
{
    Result<QList<interchange::DuplicateGroup>> found =
        interchange::findDuplicatePeople(m_session.db());
    if (!found)
        return found.error();
    QList<Group> groups;
    groups.reserve(found->size());
    PersonStore store(m_session.db());
    for (const interchange::DuplicateGroup &duplicate : std::as_const(*found)) {
        Group group;
        QStringList reasons;
        for (MatchReason reason : duplicate.reasons)
            reasons.append(reasonLabel(reason));
        group.reasons = reasons.join(QStringLiteral(", "));
        for (Id id : duplicate.people) {
            Result<Person> person = store.get(id);
            if (!person)
                return person.error();
            Member member;
            member.id = id;
            member.name = person->displayName;
            if (!person->emails.isEmpty())
                member.email = person->emails.first().value;
            if (const Role *role = person->currentRole()) {
                member.job = role->title.isEmpty() || role->organizationName.isEmpty()
                                 ? role->title + role->organizationName
                                 : tr("%1, %2").arg(role->title, role->organizationName);
            }
            member.knownSince = person->knownSince;
            group.members.append(member);
        }
        groups.append(std::move(group));
    }
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
    return {};
}

QModelIndex DuplicatesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, groupRowId) : QModelIndex();
    if (parent.internalId() != groupRowId || parent.column() != 0 ||
        parent.row() >= m_groups.size())
        return {};
    return row < m_groups[parent.row()].members.size()
               ? createIndex(row, column, quintptr(parent.row()) + 1)
               : QModelIndex();
}

QModelIndex DuplicatesModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == groupRowId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, groupRowId);
}

int DuplicatesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == groupRowId && parent.column() == 0)
        return int(m_groups[parent.row()].members.size());
    return 0;
}

int DuplicatesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DuplicatesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == groupRowId) {
        const Group &group = m_groups[index.row()];
        if (role == Qt::DisplayRole && index.column() == Name)
            return tr("%n people · %1", nullptr, int(group.members.size())).arg(group.reasons);
        return {};
    }
    const Member &member = m_groups[int(index.internalId() - 1)].members[index.row()];
    if (role == Qt::UserRole)
        return member.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return member.name;
    case Email:
        return member.email;
    case Job:
        return member.job;
    case KnownSince:
        return formatDate(member.knownSince);
    }
    return {};
}

QVariant DuplicatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("E-mail");
    case Job:
        return tr("Job");
    case KnownSince:
        return tr("Known since");
    }
    return {};
}

Id DuplicatesModel::personAt(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() == groupRowId)
        return 0;
    return m_groups[int(index.internalId() - 1)].members[index.row()].id;
}

QList<Id> DuplicatesModel::groupOf(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int group = index.internalId() == groupRowId ? index.row() : int(index.internalId() - 1);
    QList<Id> ids;
    for (const Member &member : m_groups[group].members)
        ids.append(member.id);
    return ids;
}

QString DuplicatesModel::nameOf(Id id) const
{
    for (const Group &group : m_groups) {
        for (const Member &member : group.members) {
            if (member.id == id)
                return member.name;
        }
    }
    return {};
}

} // namespace kith::ui
