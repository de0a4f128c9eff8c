#include "RecommendationStore.h"

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
    return QCoreApplication::translate("kith::RecommendationStore", text);
}

constexpr qsizetype excerptLength = 120;

const QString recommendationColumns = QStringLiteral(
    "id, direction, person_id, platform, context, requested_on, completed_on, status, body, "
    "created_at, updated_at");

Recommendation readRecommendation(const Query &q)
{
    Recommendation r;
    r.id = q.integer(0);
    r.direction = sql::toEnum(q.value(1), RecommendationDirection::Received);
    r.personId = q.integer(2);
    r.platform = sql::toEnum(q.value(3), RecommendationPlatform::LinkedIn);
    r.context = q.string(4);
    r.requestedOn = q.date(5);
    r.completedOn = q.date(6);
    r.status = sql::toEnum(q.value(7), RecommendationStatus::ToAsk);
    r.text = q.string(8);
    r.timestamps = {sql::toDateTime(q.value(9)), sql::toDateTime(q.value(10))};
    return r;
}

// One line for a list cell: whitespace collapsed, cut at a word near the limit.
QString excerpt(const QString &text)
{
    const QString line = text.simplified();
    if (line.size() <= excerptLength)
        return line;
    qsizetype cut = line.lastIndexOf(QLatin1Char(' '), excerptLength);
    if (cut < excerptLength / 2)
        cut = excerptLength;
    return line.left(cut) + QChar(0x2026);
}

// Lifecycle order rather than the alphabetical order of the stored keys.
QString statusOrder()
{
    QString cases;
    const QStringList keys = enumKeys<RecommendationStatus>();
    for (qsizetype i = 0; i < keys.size(); ++i)
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(keys[i]).arg(i);
    return QStringLiteral("CASE status") + cases + QStringLiteral(" END");
}

// The ORDER BY of each sort, over the column aliases of listSelect(); the id breaks ties so
// paging is stable.
QString orderBy(RecommendationSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case RecommendationSort::Person:
        key = QStringLiteral("person COLLATE NOCASE");
        break;
    case RecommendationSort::Direction:
        key = QStringLiteral("direction");
        break;
    case RecommendationSort::Status:
        key = statusOrder();
        break;
    case RecommendationSort::Requested:
        key = QStringLiteral("requested_on");
        break;
    case RecommendationSort::Completed:
        key = QStringLiteral("completed_on");
        break;
    case RecommendationSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

// The rows of the list, filtered but not ordered. Only the head of a text reaches the
// excerpt; texts can be long and lists long too.
QString listSelect(const Filter &filter)
{
    return QStringLiteral("SELECT r.id AS id, r.direction AS direction, r.person_id, "
                          "p.display_name AS person, r.platform, r.context, r.status AS status, "
                          "r.requested_on AS requested_on, r.completed_on AS completed_on, "
                          "substr(r.body, 1, %1), r.updated_at AS updated_at "
                          "FROM recommendation r JOIN person p ON p.id = r.person_id")
               .arg(excerptLength * 4) +
           filter.sql();
}

Filter filterSql(const RecommendationFilter &f)
{
    Filter filter;
    // People look for a recommendation by who wrote it as often as by what it says.
    const QString words = sql::ftsPrefixQuery(f.text);
    if (!f.text.trimmed().isEmpty() && words.isEmpty()) {
        filter.where(QStringLiteral("0"));
    } else if (!words.isEmpty()) {
        filter.where(
            QStringLiteral("r.id IN (%1) OR r.person_id IN (%2)")
                .arg(searchHits(EntityKind::Recommendation), searchHits(EntityKind::Person)),
            {words, words});
    }
    filter.taggedWithAll(TagTarget::Recommendation, QStringLiteral("r.id"), f.tags);
    if (f.direction)
        filter.where(QStringLiteral("r.direction = ?"), {enumKey(*f.direction)});
    if (f.status)
        filter.where(QStringLiteral("r.status = ?"), {enumKey(*f.status)});
    if (f.personId)
        filter.where(QStringLiteral("r.person_id = ?"), {*f.personId});
    if (f.completedFrom.isValid())
        filter.where(QStringLiteral("r.completed_on >= ?"), {sql::date(f.completedFrom)});
    if (f.completedTo.isValid())
        filter.where(QStringLiteral("r.completed_on <= ?"), {sql::date(f.completedTo)});
    if (!f.ids.isEmpty()) {
        QStringList ids;
        for (Id id : f.ids)
            ids.append(QString::number(id)); // integers, not user text
        filter.where(QStringLiteral("r.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    return filter;
}

// A missing person would otherwise surface as a bare foreign-key failure.
Status checkPersonExists(const Database &db, Id personId)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM person WHERE id = ?"));
    q.bind(personId);
    Result<qint64> found = q.scalar();
    if (!found)
        return found.error();
    if (*found == 0)
        return Error::validation({{QStringLiteral("person"), FieldProblem::MissingReference,
                                   tr("This refers to a person who does not exist.")}});
    return {};
}

} // namespace

Result<Id> RecommendationStore::create(const Recommendation &r)
{
    if (QList<FieldError> problems = validation::check(r); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkPersonExists(m_db, r.personId); !status)
        return status.error();

    const QString now = m_db.timestamp();
    Query q(m_db,
            QStringLiteral("INSERT INTO recommendation(direction, person_id, platform, context, "
                           "requested_on, completed_on, status, body, created_at, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?,?)"));
    q.bind(sql::key(r.direction)).bind(r.personId).bind(sql::key(r.platform));
    q.bind(sql::text(r.context.trimmed()))
        .bind(sql::date(r.requestedOn))
        .bind(sql::date(r.completedOn));
    q.bind(sql::key(r.status)).bind(sql::text(r.text)).bind(now).bind(now);
    if (Status status = q.exec(tr("Saving a recommendation")); !status)
        return status.error();
    const Id id = q.lastInsertId();
    if (Status status = tagLinks::set(m_db, TagTarget::Recommendation, id, r.tags); !status)
        return status.error();
    m_db.notify({EntityKind::Recommendation, ChangeType::Inserted, {id}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return id;
}

Result<Recommendation> RecommendationStore::get(Id id) const
{
    Query q(
        m_db,
        QStringLiteral("SELECT %1 FROM recommendation WHERE id = ?").arg(recommendationColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no recommendation with id %1.").arg(id));
    Recommendation r = readRecommendation(q);
    r.tags = tagLinks::of(m_db, TagTarget::Recommendation, id);
    return r;
}

Status RecommendationStore::update(const Recommendation &r)
{
    if (QList<FieldError> problems = validation::check(r); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkPersonExists(m_db, r.personId); !status)
        return status;

    Query q(m_db,
            QStringLiteral("UPDATE recommendation SET direction = ?, person_id = ?, platform = ?, "
                           "context = ?, requested_on = ?, completed_on = ?, status = ?, "
                           "body = ?, updated_at = ? WHERE id = ?"));
    q.bind(sql::key(r.direction)).bind(r.personId).bind(sql::key(r.platform));
    q.bind(sql::text(r.context.trimmed()))
        .bind(sql::date(r.requestedOn))
        .bind(sql::date(r.completedOn));
    q.bind(sql::key(r.status)).bind(sql::text(r.text)).bind(m_db.timestamp()).bind(r.id);
    if (Status status = q.exec(tr("Saving a recommendation")); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("Recommendation %1 no longer exists.").arg(r.id));
    if (Status status = tagLinks::set(m_db, TagTarget::Recommendation, r.id, r.tags); !status)
        return status;
    m_db.notify({EntityKind::Recommendation, ChangeType::Updated, {r.id}});
    return tx.commit();
}

Status RecommendationStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status RecommendationStore::remove(const QList<Id> &ids)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Query q(m_db, QStringLiteral("DELETE FROM recommendation WHERE id = ?"));
    for (Id id : ids) {
        q.bind(id);
        if (Status status = q.exec(tr("Deleting recommendation %1").arg(id)); !status)
            return status;
        if (q.rowsAffected() == 0)
            return Error(ErrorCode::NotFound, tr("There is no recommendation with id %1.").arg(id));
    }
    m_db.notify({EntityKind::Recommendation, ChangeType::Removed, ids});
    return tx.commit();
}

Result<QList<RecommendationSummary>>
RecommendationStore::list(const RecommendationQuery &query) const
{
    const Filter filter = filterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT * FROM (") + listSelect(filter) + QStringLiteral(")") +
                      orderBy(query.sort, query.order) + query.page.sql());
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing recommendations")); !status)
        return status.error();
    QList<RecommendationSummary> rows;
    while (q.next()) {
        RecommendationSummary row;
        row.id = q.integer(0);
        row.direction = sql::toEnum(q.value(1), RecommendationDirection::Received);
        row.personId = q.integer(2);
        row.person = q.string(3);
        row.platform = sql::toEnum(q.value(4), RecommendationPlatform::LinkedIn);
        row.context = q.string(5);
        row.status = sql::toEnum(q.value(6), RecommendationStatus::ToAsk);
        row.requestedOn = q.date(7);
        row.completedOn = q.date(8);
        row.excerpt = excerpt(q.string(9));
        rows.append(row);
    }
    return rows;
}

Result<std::optional<qint64>> RecommendationStore::position(const RecommendationQuery &query,
                                                            Id id) const
{
    const Filter filter = filterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding a recommendation in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> RecommendationStore::count(const RecommendationFilter &f) const
{
    const Filter filter = filterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM recommendation r") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting recommendations"));
}

Status RecommendationStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Recommendation, EntityKind::Recommendation, ids, tag,
                           true);
}

Status RecommendationStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Recommendation, EntityKind::Recommendation, ids, tag,
                           false);
}

} // namespace kith
