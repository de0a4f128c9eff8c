#include "OrganizationStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::OrganizationStore", text);
}

Error notFound(Id id)
{
    return Error(ErrorCode::NotFound, tr("There is no organization with id %1.").arg(id));
}

// Columns of an organization row, in the order readOrganization() expects them.
const QString organizationColumns =
    QStringLiteral("id, name, kind, website, city, region, country, notes, created_at, updated_at");

Organization readOrganization(const Query &q)
{
    Organization o;
    o.id = q.integer(0);
    o.name = q.string(1);
    o.kind = sql::toEnum(q.value(2), OrganizationKind::Other);
    o.website = q.string(3);
    o.location = {q.string(4), q.string(5), q.string(6)};
    o.notes = q.string(7);
    o.timestamps = {sql::toDateTime(q.value(8)), sql::toDateTime(q.value(9))};
    return o;
}

// The ORDER BY of each sort, over the column aliases of listSelect() so the same keys order
// the list and number its rows in position(); the id breaks ties so paging is stable.
QString orderBy(OrganizationSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case OrganizationSort::Name:
        key = QStringLiteral("name COLLATE NOCASE");
        break;
    case OrganizationSort::Kind:
        key = sql::enumOrder<OrganizationKind>(QStringLiteral("kind"));
        break;
    case OrganizationSort::City:
        key = QStringLiteral("city COLLATE NOCASE");
        break;
    case OrganizationSort::People:
        key = QStringLiteral("people");
        break;
    case OrganizationSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

// The rows of the organization list, filtered but not ordered. Its first placeholder is the
// active status; the filter's values follow.
//
// "People" counts everyone with an open role here, the same rule as the people list's
// employer filter, so the number clicks through to exactly those rows.
QString listSelect(const Filter &filter)
{
    return QStringLiteral(
               "SELECT o.id AS id, o.name AS name, o.kind AS kind, o.city AS city, o.region, "
               "o.country, (SELECT count(DISTINCT r.person_id) FROM role r "
               "WHERE r.organization_id = o.id AND r.end_date IS NULL) AS people, "
               "EXISTS (SELECT 1 FROM membership m WHERE m.organization_id = o.id "
               "AND m.person_id IS NULL AND m.status = ?) AS user_is_member, "
               "o.updated_at AS updated_at FROM organization o") +
           filter.sql();
}

Filter organizationFilterSql(const OrganizationFilter &f)
{
    Filter filter;
    filter.matching(EntityKind::Organization, QStringLiteral("o.id"), f.text,
                    QStringLiteral("o.name"));
    filter.taggedWithAll(TagTarget::Organization, QStringLiteral("o.id"), f.tags);
    if (f.kind)
        filter.where(QStringLiteral("o.kind = ?"), {enumKey(*f.kind)});
    if (!f.ids.isEmpty()) {
        QStringList ids;
        for (Id id : f.ids)
            ids.append(QString::number(id)); // integers, not user text
        filter.where(QStringLiteral("o.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    return filter;
}

// Writes the row, its social pages and tags; `o.id` is set for a new organization.
Status write(Database &db, Organization &o, bool isNew)
{
    const QString doing = tr("Saving %1").arg(o.name.trimmed());
    const QString now = db.timestamp();
    if (isNew) {
        Query q(db, QStringLiteral("INSERT INTO organization(name, kind, website, city, region, "
                                   "country, notes, created_at, updated_at) "
                                   "VALUES (?,?,?,?,?,?,?,?,?)"));
        q.bindAll(o.name.trimmed());
        q.bind(sql::key(o.kind)).bind(sql::text(o.website.trimmed()));
        q.bind(sql::text(o.location.city)).bind(sql::text(o.location.region));
        q.bind(sql::text(o.location.country)).bind(sql::text(o.notes)).bind(now).bind(now);
        if (Status status = q.exec(doing); !status)
            return status;
        o.id = q.lastInsertId();
    } else {
        Query q(db, QStringLiteral("UPDATE organization SET name = ?, kind = ?, website = ?, "
                                   "city = ?, region = ?, country = ?, notes = ?, updated_at = ? "
                                   "WHERE id = ?"));
        q.bindAll(o.name.trimmed());
        q.bind(sql::key(o.kind)).bind(sql::text(o.website.trimmed()));
        q.bind(sql::text(o.location.city)).bind(sql::text(o.location.region));
        q.bind(sql::text(o.location.country)).bind(sql::text(o.notes)).bind(now).bind(o.id);
        if (Status status = q.exec(doing); !status)
            return status;
        if (q.rowsAffected() == 0)
            return Error(ErrorCode::NotFound, tr("Organization %1 no longer exists.").arg(o.id));
    }

    Query clear(db, QStringLiteral("DELETE FROM organization_profile WHERE organization_id = ?"));
    clear.bind(o.id);
    if (Status status = clear.exec(doing); !status)
        return status;
    Query page(db, QStringLiteral("INSERT INTO organization_profile(organization_id, kind, url, "
                                  "position) VALUES (?,?,?,?)"));
    for (qsizetype i = 0; i < o.socialPages.size(); ++i) {
        page.bind(o.id)
            .bind(sql::key(o.socialPages[i].kind))
            .bind(o.socialPages[i].url.trimmed())
            .bind(i);
        if (Status status = page.exec(doing); !status)
            return status;
    }
    if (Status status = tagLinks::set(db, TagTarget::Organization, o.id, o.tags); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    return {};
}

} // namespace

Result<Id> OrganizationStore::create(const Organization &input)
{
    Organization organization = input;
    organization.id = 0;
    if (QList<FieldError> problems = validation::check(organization); !problems.isEmpty())
        return Error::validation(std::move(problems));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = write(m_db, organization, true); !status)
        return status.error();
    m_db.notify({EntityKind::Organization, ChangeType::Inserted, {organization.id}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return organization.id;
}

Status OrganizationStore::update(const Organization &input)
{
    Organization organization = input;
    if (QList<FieldError> problems = validation::check(organization); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = write(m_db, organization, false); !status)
        return status;
    m_db.notify({EntityKind::Organization, ChangeType::Updated, {organization.id}});
    return tx.commit();
}

Result<Organization> OrganizationStore::get(Id id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM organization WHERE id = ?").arg(organizationColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return notFound(id);
    Organization o = readOrganization(q);

    Query pages(m_db, QStringLiteral("SELECT kind, url FROM organization_profile "
                                     "WHERE organization_id = ? ORDER BY position, id"));
    pages.bind(id);
    if (Status status = pages.exec(); !status)
        return status.error();
    while (pages.next())
        o.socialPages.append({sql::toEnum(pages.value(0), ProfileKind::Other), pages.string(1)});
    o.tags = tagLinks::of(m_db, TagTarget::Organization, id);
    return o;
}

Status OrganizationStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status OrganizationStore::remove(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // The schema does the rest: memberships go with the organization, roles and events
    // stay with the reference cleared.
    Query q(m_db, QStringLiteral("DELETE FROM organization WHERE id = ?"));
    for (Id id : ids) {
        q.bind(id);
        if (Status status = q.exec(tr("Deleting organization %1").arg(id)); !status)
            return status;
        if (q.rowsAffected() == 0)
            return notFound(id);
    }
    m_db.notify({EntityKind::Organization, ChangeType::Removed, ids});
    // People show their employer, and events their organizer.
    for (EntityKind kind : {EntityKind::Membership, EntityKind::Person, EntityKind::Event})
        m_db.notify({kind, ChangeType::Reset, {}});
    return tx.commit();
}

Result<QList<OrganizationSummary>> OrganizationStore::list(const OrganizationQuery &query) const
{
    const Filter filter = organizationFilterSql(query.filter);
    Query q(m_db, listSelect(filter) + orderBy(query.sort, query.order) + query.page.sql());
    q.bind(enumKey(MembershipStatus::Active));
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing organizations")); !status)
        return status.error();
    QList<OrganizationSummary> rows;
    while (q.next()) {
        rows.append({q.integer(0), q.string(1), sql::toEnum(q.value(2), OrganizationKind::Other),
                     Location{q.string(3), q.string(4), q.string(5)}.display(), q.integer(6),
                     q.value(7).toBool()});
    }
    return rows;
}

Result<std::optional<qint64>> OrganizationStore::position(const OrganizationQuery &query,
                                                          Id id) const
{
    const Filter filter = organizationFilterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    q.bind(enumKey(MembershipStatus::Active));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding an organization in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> OrganizationStore::count(const OrganizationFilter &f) const
{
    const Filter filter = organizationFilterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM organization o") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting organizations"));
}

Result<std::optional<Id>> OrganizationStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return std::optional<Id>();
    // SQLite's NOCASE folds ASCII only; "Bibliothèque" must still find "BIBLIOTHÈQUE". The
    // search index (which folds every letter) narrows the candidates, NOCASE covers names
    // without any searchable word, and the final comparison is Qt's full case folding.
    QString sqlText =
        QStringLiteral("SELECT id, name FROM organization WHERE name = ? COLLATE NOCASE");
    const QString words = sql::ftsPrefixQuery(wanted);
    if (!words.isEmpty())
        sqlText +=
            QStringLiteral(" OR id IN (") + searchHits(EntityKind::Organization) + QLatin1Char(')');
    Query q(m_db, sqlText + QStringLiteral(" ORDER BY id"));
    q.bind(wanted);
    if (!words.isEmpty())
        q.bind(QStringLiteral("title : (%1)").arg(words));
    if (Status status = q.exec(tr("Looking up organization %1").arg(wanted)); !status)
        return status.error();
    const QString folded = wanted.toCaseFolded();
    while (q.next()) {
        if (q.string(1).toCaseFolded() == folded)
            return std::optional<Id>(q.integer(0));
    }
    return std::optional<Id>();
}

Status OrganizationStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Organization, EntityKind::Organization, ids, tag, true);
}

Status OrganizationStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Organization, EntityKind::Organization, ids, tag,
                           false);
}

} // namespace kith
