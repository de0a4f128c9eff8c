#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/OnlineGroup.h"

namespace kith {

class Database;

struct GroupFilter
{
    QString text;
    QStringList tags;
    std::optional<GroupPlatform> platform;
    std::optional<Id> memberId; // groups this person belongs to
    QList<Id> ids;
};

enum class GroupSort
{
    Name,
    Platform,
    Joined,
    Members,
    Updated
};

struct GroupQuery
{
    GroupFilter filter;
    GroupSort sort = GroupSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    Page page;
};

struct GroupSummary
{
    Id id = 0;
    QString name;
    GroupPlatform platform = GroupPlatform::Other;
    QDate joinedOn;
    qint64 members = 0;
    QString discoveredVia; // the group's or person's name, empty when unknown
};

// Online groups with their members.
//
// Delete rule: removing a group removes its member list only; its members stay, and
// groups discovered through it and people met in it stay with the link cleared.
class GroupStore
{
public:
    explicit GroupStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const OnlineGroup &group);
    Result<OnlineGroup> get(Id id) const;
    Status update(const OnlineGroup &group);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);

    Result<QList<GroupSummary>> list(const GroupQuery &query) const;
    Result<qint64> count(const GroupFilter &filter) const;
    // The row at which `id` appears in list(query) without paging; empty when filtered out.
    Result<std::optional<qint64>> position(const GroupQuery &query, Id id) const;

    Status addMembers(Id groupId, const QList<Id> &personIds);
    Status removeMembers(Id groupId, const QList<Id> &personIds);
    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

private:
    Database &m_db;
};

} // namespace kith
