#include "GroupStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QSet>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::GroupStore", text);
}

Error notFound(Id id)
{
    return Error(ErrorCode::NotFound, tr("There is no group with id %1.").arg(id));
}

QString idList(const QList<Id> &ids)
{
    QStringList list;
    for (Id id : ids)
        list.append(QString::number(id)); // integers, not user text
    return list.join(QLatin1Char(','));
}

// Columns of a group row, in the order readGroup() expects them.
const QString groupColumns = QStringLiteral(
    "id, name, platform, url, joined_on, discovered_via_group_id, discovered_via_person_id, "
    "cadence_days, notes, created_at, updated_at");

OnlineGroup readGroup(const Query &q)
{
    OnlineGroup g;
    g.id = q.integer(0);
    g.name = q.string(1);
    g.platform = sql::toEnum(q.value(2), GroupPlatform::Other);
    g.url = q.string(3);
    g.joinedOn = q.date(4);
    g.discoveredViaGroupId = q.optionalId(5);
    g.discoveredViaPersonId = q.optionalId(6);
    g.cadenceDays = sql::toOptionalInt(q.value(7));
    g.notes = q.string(8);
    g.timestamps = {sql::toDateTime(q.value(9)), sql::toDateTime(q.value(10))};
    return g;
}

// The ORDER BY of each sort, over the column aliases of listSelect() so the same keys order
// the list and number its rows in position(); the id breaks ties so paging is stable.
QString orderBy(GroupSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case GroupSort::Name:
        key = QStringLiteral("name COLLATE NOCASE");
        break;
    case GroupSort::Platform:
        key = sql::enumOrder<GroupPlatform>(QStringLiteral("platform"));
        break;
    case GroupSort::Joined:
        key = QStringLiteral("joined_on");
        break;
    case GroupSort::Members:
        key = QStringLiteral("members");
        break;
    case GroupSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

// The rows of the group list, filtered but not ordered. "Discovered via" is looked up in
// subqueries rather than joined, so online_group appears once in the FROM clause and the
// sort keys name its columns unambiguously.
QString listSelect(const Filter &filter)
{
    return QStringLiteral(
               "SELECT g.id AS id, g.name AS name, g.platform AS platform, "
               "g.joined_on AS joined_on, (SELECT count(*) FROM group_member gm "
               "WHERE gm.group_id = g.id) AS members, "
               "coalesce((SELECT vg.name FROM online_group vg "
               "WHERE vg.id = g.discovered_via_group_id), (SELECT vp.display_name FROM person vp "
               "WHERE vp.id = g.discovered_via_person_id)) AS discovered_via, "
               "g.updated_at AS updated_at FROM online_group g") +
           filter.sql();
}

Filter groupFilterSql(const GroupFilter &f)
{
    Filter filter;
    filter.matching(EntityKind::Group, QStringLiteral("g.id"), f.text, QStringLiteral("g.name"));
    filter.taggedWithAll(TagTarget::Group, QStringLiteral("g.id"), f.tags);
    if (f.platform)
        filter.where(QStringLiteral("g.platform = ?"), {enumKey(*f.platform)});
    if (f.memberId)
        filter.where(
            QStringLiteral("g.id IN (SELECT group_id FROM group_member WHERE person_id = ?)"),
            {*f.memberId});
    if (!f.ids.isEmpty())
        filter.where(QStringLiteral("g.id IN (%1)").arg(idList(f.ids)));
    return filter;
}

Result<bool> exists(const Database &db, const char *table, Id id)
{
    Query q(
        db,
        QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE id = ?)").arg(QLatin1String(table)));
    q.bind(id);
    Result<qint64> found = q.scalar();
    if (!found)
        return found.error();
    return *found != 0;
}

// Whether following "discovered via" from `start` leads back to `group`. UNION (not UNION
// ALL) stops at a group already seen, so a loop elsewhere cannot make this run forever.
Result<bool> leadsBackTo(const Database &db, Id start, Id group)
{
    Query q(db, QStringLiteral("WITH RECURSIVE chain(id) AS (SELECT ? UNION SELECT "
                               "g.discovered_via_group_id FROM online_group g JOIN chain c "
                               "ON g.id = c.id WHERE g.discovered_via_group_id IS NOT NULL) "
                               "SELECT EXISTS (SELECT 1 FROM chain WHERE id = ?)"));
    q.bind(start).bind(group);
    Result<qint64> found = q.scalar();
    if (!found)
        return found.error();
    return *found != 0;
}

// "members[i]" for each listed person who does not exist.
Result<QList<FieldError>> missingMembers(const Database &db, const QList<Id> &personIds)
{
    QList<FieldError> problems;
    if (personIds.isEmpty())
        return problems;
    Query q(db, QStringLiteral("SELECT id FROM person WHERE id IN (%1)").arg(idList(personIds)));
    if (Status status = q.exec(); !status)
        return status.error();
    QSet<Id> found;
    while (q.next())
        found.insert(q.integer(0));
    for (qsizetype i = 0; i < personIds.size(); ++i) {
        if (!found.contains(personIds[i]))
            problems.append({QStringLiteral("members[%1]").arg(i), FieldProblem::MissingReference,
                             tr("This refers to a person who does not exist.")});
    }
    return problems;
}

// The rules that need the database: references that exist, and no discovery loop. They are
// reported beside their fields like the rules of validation::check.
Status checkAgainstDatabase(const Database &db, const OnlineGroup &g)
{
    Result<QList<FieldError>> problems = missingMembers(db, g.memberIds);
    if (!problems)
        return problems.error();
    const auto check = [&](const char *table, std::optional<Id> id, const char *field) -> Status {
        if (!id)
            return {};
        Result<bool> found = exists(db, table, *id);
        if (!found)
            return found.error();
        if (!*found)
            problems->append({QLatin1String(field), FieldProblem::MissingReference,
                              tr("This refers to a record that does not exist.")});
        return {};
    };
    if (Status status = check("online_group", g.discoveredViaGroupId, "discoveredViaGroup");
        !status)
        return status;
    if (Status status = check("person", g.discoveredViaPersonId, "discoveredViaPerson"); !status)
        return status;
    if (g.discoveredViaGroupId && g.id != 0) {
        Result<bool> loops = leadsBackTo(db, *g.discoveredViaGroupId, g.id);
        if (!loops)
            return loops.error();
        if (*loops)
            problems->append({QStringLiteral("discoveredViaGroup"), FieldProblem::OutOfRange,
                              tr("That group was itself discovered through this one.")});
    }
    if (!problems->isEmpty())
        return Error::validation(std::move(*problems));
    return {};
}

Status requireGroup(const Database &db, Id id)
{
    Result<bool> found = exists(db, "online_group", id);
    if (!found)
        return found.error();
    return *found ? Status() : Status(notFound(id));
}

// Adds people to a group, ignoring those already in it; returns how many were added.
Result<int> insertMembers(Database &db, Id groupId, const QList<Id> &personIds)
{
    Query q(db,
            QStringLiteral("INSERT OR IGNORE INTO group_member(group_id, person_id) VALUES (?,?)"));
    int added = 0;
    for (Id personId : personIds) {
        q.bind(groupId).bind(personId);
        if (Status status = q.exec(tr("Adding group members")); !status)
            return status.error();
        added += q.rowsAffected();
    }
    return added;
}

// Writes the row, its member list (replacing the old one) and tags; `g.id` is set for a
// new group.
Status write(Database &db, OnlineGroup &g, bool isNew)
{
    const QString doing = tr("Saving %1").arg(g.name.trimmed());
    const QString now = db.timestamp();
    Query q(db, isNew ? QStringLiteral("INSERT INTO online_group(name, platform, url, joined_on, "
                                       "discovered_via_group_id, discovered_via_person_id, "
                                       "cadence_days, notes, updated_at, created_at) "
                                       "VALUES (?,?,?,?,?,?,?,?,?,?)")
                      : QStringLiteral("UPDATE online_group SET name = ?, platform = ?, url = ?, "
                                       "joined_on = ?, discovered_via_group_id = ?, "
                                       "discovered_via_person_id = ?, cadence_days = ?, notes = ?, "
                                       "updated_at = ? WHERE id = ?"));
    q.bindAll(g.name.trimmed());
    q.bind(sql::key(g.platform)).bind(sql::text(g.url.trimmed())).bind(sql::date(g.joinedOn));
    q.bind(sql::id(g.discoveredViaGroupId)).bind(sql::id(g.discoveredViaPersonId));
    q.bind(sql::integer(g.cadenceDays)).bind(sql::text(g.notes)).bind(now);
    q.bind(isNew ? QVariant(now) : QVariant(g.id));
    if (Status status = q.exec(doing); !status)
        return status;
    if (isNew)
        g.id = q.lastInsertId();
    else if (q.rowsAffected() == 0)
        return notFound(g.id);

    Query clear(db, QStringLiteral("DELETE FROM group_member WHERE group_id = ?"));
    clear.bind(g.id);
    if (Status status = clear.exec(doing); !status)
        return status;
    if (Result<int> added = insertMembers(db, g.id, g.memberIds); !added)
        return added.error();
    if (Status status = tagLinks::set(db, TagTarget::Group, g.id, g.tags); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    return {};
}

} // namespace

Result<Id> GroupStore::create(const OnlineGroup &input)
{
    OnlineGroup group = input;
    group.id = 0;
    if (QList<FieldError> problems = validation::check(group); !problems.isEmpty())
        return Error::validation(std::move(problems));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkAgainstDatabase(m_db, group); !status)
        return status.error();
    if (Status status = write(m_db, group, true); !status)
        return status.error();
    m_db.notify({EntityKind::Group, ChangeType::Inserted, {group.id}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return group.id;
}

Status GroupStore::update(const OnlineGroup &input)
{
    OnlineGroup group = input;
    if (QList<FieldError> problems = validation::check(group); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkAgainstDatabase(m_db, group); !status)
        return status;
    if (Status status = write(m_db, group, false); !status)
        return status;
    m_db.notify({EntityKind::Group, ChangeType::Updated, {group.id}});
    return tx.commit();
}

Result<OnlineGroup> GroupStore::get(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM online_group WHERE id = ?").arg(groupColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return notFound(id);
    OnlineGroup g = readGroup(q);

    Query members(m_db, QStringLiteral("SELECT person_id FROM group_member WHERE group_id = ? "
                                       "ORDER BY person_id"));
    members.bind(id);
    if (Status status = members.exec(); !status)
        return status.error();
    while (members.next())
        g.memberIds.append(members.integer(0));
    g.tags = tagLinks::of(m_db, TagTarget::Group, id);
    return g;
}

Status GroupStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status GroupStore::remove(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Groups found through these ones keep their row but lose the link, so their
    // "discovered via" changes; collected before the schema clears it.
    Query found(m_db,
                QStringLiteral("SELECT id FROM online_group WHERE discovered_via_group_id IN (%1) "
                               "AND id NOT IN (%1)")
                    .arg(idList(ids)));
    if (Status status = found.exec(); !status)
        return status;
    QList<Id> foundThrough;
    while (found.next())
        foundThrough.append(found.integer(0));

    Query q(m_db, QStringLiteral("DELETE FROM online_group WHERE id = ?"));
    for (Id id : ids) {
        q.bind(id);
        if (Status status = q.exec(tr("Deleting group %1").arg(id)); !status)
            return status;
        if (q.rowsAffected() == 0)
            return notFound(id);
    }
    m_db.notify({EntityKind::Group, ChangeType::Removed, ids});
    if (!foundThrough.isEmpty())
        m_db.notify({EntityKind::Group, ChangeType::Updated, foundThrough});
    // People met in these groups lose that link.
    m_db.notify({EntityKind::Person, ChangeType::Reset, {}});
    return tx.commit();
}

Result<QList<GroupSummary>> GroupStore::list(const GroupQuery &query) const
{
    const Filter filter = groupFilterSql(query.filter);
    Query q(m_db, listSelect(filter) + orderBy(query.sort, query.order) + query.page.sql());
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing groups")); !status)
        return status.error();
    QList<GroupSummary> rows;
    while (q.next()) {
        rows.append({q.integer(0), q.string(1), sql::toEnum(q.value(2), GroupPlatform::Other),
                     q.date(3), q.integer(4), q.string(5)});
    }
    return rows;
}

Result<std::optional<qint64>> GroupStore::position(const GroupQuery &query, Id id) const
{
    const Filter filter = groupFilterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding a group in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> GroupStore::count(const GroupFilter &f) const
{
    const Filter filter = groupFilterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM online_group g") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting groups"));
}

Status GroupStore::addMembers(Id groupId, const QList<Id> &personIds)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = requireGroup(m_db, groupId); !status)
        return status;
    Result<QList<FieldError>> problems = missingMembers(m_db, personIds);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty())
        return Error::validation(std::move(*problems));
    Result<int> added = insertMembers(m_db, groupId, personIds);
    if (!added)
        return added.error();
    if (*added > 0)
        m_db.notify({EntityKind::Group, ChangeType::Updated, {groupId}});
    return tx.commit();
}

Status GroupStore::removeMembers(Id groupId, const QList<Id> &personIds)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = requireGroup(m_db, groupId); !status)
        return status;
    Query q(m_db, QStringLiteral("DELETE FROM group_member WHERE group_id = ? AND person_id = ?"));
    int removed = 0;
    for (Id personId : personIds) {
        q.bind(groupId).bind(personId);
        if (Status status = q.exec(tr("Removing group members")); !status)
            return status;
        removed += q.rowsAffected();
    }
    if (removed > 0)
        m_db.notify({EntityKind::Group, ChangeType::Updated, {groupId}});
    return tx.commit();
}

Status GroupStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Group, EntityKind::Group, ids, tag, true);
}

Status GroupStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Group, EntityKind::Group, ids, tag, false);
}

} // namespace kith
