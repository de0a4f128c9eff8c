#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/Organization.h"

namespace kith {

class Database;

struct OrganizationFilter
{
    QString text;
    QStringList tags;
    std::optional<OrganizationKind> kind;
    QList<Id> ids;
};

enum class OrganizationSort
{
    Name,
    Kind,
    City,
    People,
    Updated
};

struct OrganizationQuery
{
    OrganizationFilter filter;
    OrganizationSort sort = OrganizationSort::Name;
    Qt::SortOrder order = Qt::AscendingOrder;
    Page page;
};

struct OrganizationSummary
{
    Id id = 0;
    QString name;
    OrganizationKind kind = OrganizationKind::Other;
    QString location;
    qint64 people = 0;         // people whose current role is here
    bool userIsMember = false; // the user holds an active membership
};

// Organizations with their social pages and tags.
//
// Delete rule: removing an organization removes the memberships held in it; people stay,
// their roles there keep title and dates with the organization cleared, and events it
// organized stay with no organizer.
class OrganizationStore
{
public:
    explicit OrganizationStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Organization &organization);
    Result<Organization> get(Id id) const;
    Status update(const Organization &organization);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);

    Result<QList<OrganizationSummary>> list(const OrganizationQuery &query) const;
    Result<qint64> count(const OrganizationFilter &filter) const;
    // The row at which `id` appears in list(query) without paging; empty when filtered out.
    Result<std::optional<qint64>> position(const OrganizationQuery &query, Id id) const;
    // The organization with this name (case-insensitive), for importers and pickers.
    Result<std::optional<Id>> findByName(const QString &name) const;

    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

private:
    Database &m_db;
};

} // namespace kith
