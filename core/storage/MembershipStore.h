#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/Organization.h"

namespace kith {

class Database;

struct MembershipFilter
{
    QString text;
    QStringList tags;
    std::optional<MembershipStatus> status;
    std::optional<Id> organizationId;
    bool usersOnly = false;     // only the user's own memberships
    std::optional<Id> personId; // only this person's memberships
    QDate renewalFrom;          // renewal date within [from, to], either end open
    QDate renewalTo;
    QList<Id> ids;
};

enum class MembershipSort
{
    Organization,
    Member,
    Status,
    Renewal,
    Dues,
    Updated
};

struct MembershipQuery
{
    MembershipFilter filter;
    MembershipSort sort = MembershipSort::Organization;
    Qt::SortOrder order = Qt::AscendingOrder;
    Page page;
};

struct MembershipSummary
{
    Id id = 0;
    Id organizationId = 0;
    QString organization;
    std::optional<Id> personId;
    QString member; // the person's name; empty for the user
    QString role;
    MembershipStatus status = MembershipStatus::Active;
    std::optional<Money> dues;
    DuesPeriod duesPeriod = DuesPeriod::Year;
    QDate renewalDate;
};

// Memberships in organizations, the user's and their contacts'. Deleting a membership
// touches nothing else.
class MembershipStore
{
public:
    explicit MembershipStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Membership &membership);
    Result<Membership> get(Id id) const;
    Status update(const Membership &membership);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);
    // Adds (removes) one tag on many records, for bulk tagging from a list.
    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

    Result<QList<MembershipSummary>> list(const MembershipQuery &query) const;
    Result<qint64> count(const MembershipFilter &filter) const;
    // The row at which `id` appears in list(query) without paging; empty when filtered out.
    Result<std::optional<qint64>> position(const MembershipQuery &query, Id id) const;

private:
    Database &m_db;
};

} // namespace kith
