#include "MembershipStore.h"

#include "Database.h"
#include "Sql.h"
#include "TagLinks.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::MembershipStore", text);
}

Error notFound(Id id)
{
    return Error(ErrorCode::NotFound, tr("There is no membership with id %1.").arg(id));
}

QString idList(const QList<Id> &ids)
{
    QStringList list;
    for (Id id : ids)
        list.append(QString::number(id)); // integers, not user text
    return list.join(QLatin1Char(','));
}

// Columns of a membership row, in the order readMembership() expects them.
const QString membershipColumns = QStringLiteral(
    "id, person_id, organization_id, role, since, status, dues_cents, dues_currency, dues_period, "
    "paid_by, renewal_date, notes, created_at, updated_at");

std::optional<Money> readDues(const QVariant &cents, const QVariant &currency)
{
    if (cents.isNull())
        return std::nullopt;
    return Money{cents.toLongLong(), currency.toString()};
}

Membership readMembership(const Query &q)
{
    Membership m;
    m.id = q.integer(0);
    m.personId = q.optionalId(1);
    m.organizationId = q.integer(2);
    m.role = q.string(3);
    m.since = q.date(4);
    m.status = sql::toEnum(q.value(5), MembershipStatus::Active);
    m.dues = readDues(q.value(6), q.value(7));
    m.duesPeriod = sql::toEnum(q.value(8), DuesPeriod::Year);
    m.paidBy = sql::toEnum(q.value(9), Payer::Self);
    m.renewalDate = q.date(10);
    m.notes = q.string(11);
    m.timestamps = {sql::toDateTime(q.value(12)), sql::toDateTime(q.value(13))};
    return m;
}

// The ORDER BY of each sort, over the column aliases of listSelect() so the same keys order
// the list and number its rows in position(); the id breaks ties so paging is stable.
QString orderBy(MembershipSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case MembershipSort::Organization:
        key = QStringLiteral("organization COLLATE NOCASE");
        break;
    // The user's own memberships have no person and come first.
    case MembershipSort::Member:
        key = QStringLiteral("member COLLATE NOCASE");
        break;
    case MembershipSort::Status:
        key = sql::enumOrder<MembershipStatus>(QStringLiteral("status"));
        break;
    case MembershipSort::Renewal:
        key = QStringLiteral("renewal_date");
        break;
    case MembershipSort::Dues:
        key = QStringLiteral("dues_cents");
        break;
    case MembershipSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

// The rows of the membership list, filtered but not ordered.
QString listSelect(const Filter &filter)
{
    return QStringLiteral("SELECT m.id AS id, m.organization_id, o.name AS organization, "
                          "m.person_id, p.display_name AS member, m.role, m.status AS status, "
                          "m.dues_cents AS dues_cents, m.dues_currency, m.dues_period, "
                          "m.renewal_date AS renewal_date, m.updated_at AS updated_at "
                          "FROM membership m JOIN organization o ON o.id = m.organization_id "
                          "LEFT JOIN person p ON p.id = m.person_id") +
           filter.sql();
}

// The search index holds only a membership's role and notes, yet people look for a
// membership by what the list shows: its organization and its member. Each typed word must
// therefore match, as a prefix, the membership's own index row, its organization's row
// (name, place, notes) or its member's name. The index rather than LIKE on the names keeps
// the same rules as every other search box (any-case Unicode, diacritics folded, word
// prefixes) and never scans the organization or person tables.
void matchText(Filter &filter, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    // ftsPrefixQuery writes one quoted prefix term per word, separated by spaces.
    const QStringList terms = sql::ftsPrefixQuery(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty()) {
        filter.where(QStringLiteral("0")); // only punctuation typed: nothing matches
        return;
    }
    for (const QString &term : terms) {
        filter.where(
            QStringLiteral("m.id IN (%1) OR m.organization_id IN (%2) OR m.person_id IN (%3)")
                .arg(searchHits(EntityKind::Membership), searchHits(EntityKind::Organization),
                     searchHits(EntityKind::Person)),
            {term, term, QStringLiteral("title : ") + term});
    }
}

Filter membershipFilterSql(const MembershipFilter &f)
{
    Filter filter;
    matchText(filter, f.text);
    filter.taggedWithAll(TagTarget::Membership, QStringLiteral("m.id"), f.tags);
    if (f.status)
        filter.where(QStringLiteral("m.status = ?"), {enumKey(*f.status)});
    if (f.organizationId)
        filter.where(QStringLiteral("m.organization_id = ?"), {*f.organizationId});
    if (f.usersOnly)
        filter.where(QStringLiteral("m.person_id IS NULL"));
    if (f.personId)
        filter.where(QStringLiteral("m.person_id = ?"), {*f.personId});
    if (f.renewalFrom.isValid())
        filter.where(QStringLiteral("m.renewal_date >= ?"), {sql::date(f.renewalFrom)});
    if (f.renewalTo.isValid())
        filter.where(QStringLiteral("m.renewal_date <= ?"), {sql::date(f.renewalTo)});
    if (!f.ids.isEmpty())
        filter.where(QStringLiteral("m.id IN (%1)").arg(idList(f.ids)));
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

// A membership naming a deleted organization or person is a mistake of the caller's data,
// so it is reported beside the field rather than as a failed foreign key.
Status checkReferences(const Database &db, const Membership &m)
{
    QList<FieldError> problems;
    const QString missing = tr("This refers to a record that does not exist.");
    Result<bool> organization = exists(db, "organization", m.organizationId);
    if (!organization)
        return organization.error();
    if (!*organization)
        problems.append({QStringLiteral("organization"), FieldProblem::MissingReference, missing});
    if (m.personId) {
        Result<bool> person = exists(db, "person", *m.personId);
        if (!person)
            return person.error();
        if (!*person)
            problems.append({QStringLiteral("person"), FieldProblem::MissingReference, missing});
    }
    if (!problems.isEmpty())
        return Error::validation(std::move(problems));
    return {};
}

// The organizations whose "you are a member" mark depends on these memberships.
Result<QList<Id>> usersOrganizations(const Database &db, const QList<Id> &ids)
{
    Query q(db, QStringLiteral("SELECT DISTINCT organization_id FROM membership "
                               "WHERE person_id IS NULL AND id IN (%1)")
                    .arg(idList(ids)));
    if (Status status = q.exec(); !status)
        return status.error();
    QList<Id> organizations;
    while (q.next())
        organizations.append(q.integer(0));
    return organizations;
}

// Writes the row and its tags; `m.id` is set for a new membership.
Status write(Database &db, Membership &m, bool isNew)
{
    const QString doing = tr("Saving membership");
    const QString now = db.timestamp();
    const QVariant duesCents = m.dues ? QVariant(m.dues->cents) : QVariant();
    const QVariant duesCurrency = m.dues ? QVariant(m.dues->currency) : QVariant();
    Query q(db, isNew ? QStringLiteral("INSERT INTO membership(person_id, organization_id, role, "
                                       "since, status, dues_cents, dues_currency, dues_period, "
                                       "paid_by, renewal_date, notes, updated_at, created_at) "
                                       "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")
                      : QStringLiteral("UPDATE membership SET person_id = ?, organization_id = ?, "
                                       "role = ?, since = ?, status = ?, dues_cents = ?, "
                                       "dues_currency = ?, dues_period = ?, paid_by = ?, "
                                       "renewal_date = ?, notes = ?, updated_at = ? WHERE id = ?"));
    q.bind(sql::id(m.personId)).bind(m.organizationId);
    q.bindAll(m.role.trimmed());
    q.bind(sql::date(m.since)).bind(sql::key(m.status)).bind(duesCents).bind(duesCurrency);
    q.bind(sql::key(m.duesPeriod)).bind(sql::key(m.paidBy)).bind(sql::date(m.renewalDate));
    q.bind(sql::text(m.notes)).bind(now).bind(isNew ? QVariant(now) : QVariant(m.id));
    if (Status status = q.exec(doing); !status)
        return status;
    if (isNew)
        m.id = q.lastInsertId();
    else if (q.rowsAffected() == 0)
        return notFound(m.id);
    if (Status status = tagLinks::set(db, TagTarget::Membership, m.id, m.tags); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    return {};
}

} // namespace

Result<Id> MembershipStore::create(const Membership &input)
{
    Membership membership = input;
    membership.id = 0;
    if (QList<FieldError> problems = validation::check(membership); !problems.isEmpty())
        return Error::validation(std::move(problems));

    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkReferences(m_db, membership); !status)
        return status.error();
    if (Status status = write(m_db, membership, true); !status)
        return status.error();
    m_db.notify({EntityKind::Membership, ChangeType::Inserted, {membership.id}});
    if (membership.isUsers())
        m_db.notify({EntityKind::Organization, ChangeType::Updated, {membership.organizationId}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return membership.id;
}

Status MembershipStore::update(const Membership &input)
{
    Membership membership = input;
    if (QList<FieldError> problems = validation::check(membership); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Before the write: the organization it leaves may lose its "member" mark.
    Result<QList<Id>> touched = usersOrganizations(m_db, {membership.id});
    if (!touched)
        return touched.error();
    if (Status status = checkReferences(m_db, membership); !status)
        return status;
    if (Status status = write(m_db, membership, false); !status)
        return status;
    if (membership.isUsers() && !touched->contains(membership.organizationId))
        touched->append(membership.organizationId);
    m_db.notify({EntityKind::Membership, ChangeType::Updated, {membership.id}});
    if (!touched->isEmpty())
        m_db.notify({EntityKind::Organization, ChangeType::Updated, *touched});
    return tx.commit();
}

Result<Membership> MembershipStore::get(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT %1 FROM membership WHERE id = ?").arg(membershipColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return notFound(id);
    Membership m = readMembership(q);
    m.tags = tagLinks::of(m_db, TagTarget::Membership, id);
    return m;
}

Status MembershipStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status MembershipStore::remove(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return {};
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Result<QList<Id>> touched = usersOrganizations(m_db, ids);
    if (!touched)
        return touched.error();
    Query q(m_db, QStringLiteral("DELETE FROM membership WHERE id = ?"));
    for (Id id : ids) {
        q.bind(id);
        if (Status status = q.exec(tr("Deleting membership %1").arg(id)); !status)
            return status;
        if (q.rowsAffected() == 0)
            return notFound(id);
    }
    m_db.notify({EntityKind::Membership, ChangeType::Removed, ids});
    if (!touched->isEmpty())
        m_db.notify({EntityKind::Organization, ChangeType::Updated, *touched});
    return tx.commit();
}

Result<QList<MembershipSummary>> MembershipStore::list(const MembershipQuery &query) const
{
    const Filter filter = membershipFilterSql(query.filter);
    Query q(m_db, listSelect(filter) + orderBy(query.sort, query.order) + query.page.sql());
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing memberships")); !status)
        return status.error();
    QList<MembershipSummary> rows;
    while (q.next()) {
        rows.append({q.integer(0), q.integer(1), q.string(2), q.optionalId(3), q.string(4),
                     q.string(5), sql::toEnum(q.value(6), MembershipStatus::Active),
                     readDues(q.value(7), q.value(8)), sql::toEnum(q.value(9), DuesPeriod::Year),
                     q.date(10)});
    }
    return rows;
}

Result<std::optional<qint64>> MembershipStore::position(const MembershipQuery &query, Id id) const
{
    const Filter filter = membershipFilterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding a membership in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> MembershipStore::count(const MembershipFilter &f) const
{
    const Filter filter = membershipFilterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM membership m") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting memberships"));
}

Status MembershipStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Membership, EntityKind::Membership, ids, tag, true);
}

Status MembershipStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Membership, EntityKind::Membership, ids, tag, false);
}

} // namespace kith
