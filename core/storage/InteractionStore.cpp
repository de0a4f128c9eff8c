#include "InteractionStore.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::InteractionStore", text);
}

const QString interactionColumns = QStringLiteral(
    "id, uid, occurred_on, kind, event_id, summary, follow_up_on, follow_up_done_on, created_at, "
    "updated_at");

Interaction readInteraction(const Query &q)
{
    Interaction i;
    i.id = q.integer(0);
    i.uid = q.string(1);
    i.date = q.date(2);
    i.kind = sql::toEnum(q.value(3), InteractionKind::Met);
    i.eventId = q.optionalId(4);
    i.summary = q.string(5);
    i.followUpOn = q.date(6);
    i.followUpDoneOn = q.date(7);
    i.timestamps = {sql::toDateTime(q.value(8)), sql::toDateTime(q.value(9))};
    return i;
}

// The ORDER BY of each sort, over the column aliases of listSelect(); the id breaks ties so
// paging is stable.
QString orderBy(InteractionSort sort, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort) {
    case InteractionSort::Date:
        key = QStringLiteral("occurred_on");
        break;
    case InteractionSort::Kind:
        key = QStringLiteral("kind_rank");
        break;
    // Interactions without a follow-up go last either way.
    case InteractionSort::FollowUp:
        key = QStringLiteral("follow_up_on IS NULL, follow_up_on");
        break;
    case InteractionSort::Updated:
        key = QStringLiteral("updated_at");
        break;
    }
    return QStringLiteral(" ORDER BY ") + key + dir + QStringLiteral(", id") + dir;
}

// The rows of the interactions list, filtered but not ordered. The kind is ranked in its own
// column because the joined event has a `kind` too, which would make the name ambiguous.
QString listSelect(const Filter &filter)
{
    return QStringLiteral(
               "SELECT i.id AS id, i.occurred_on AS occurred_on, i.kind AS kind, "
               "(SELECT group_concat(name, ', ') FROM (SELECT p.display_name AS name FROM "
               "interaction_person ip JOIN person p ON p.id = ip.person_id WHERE "
               "ip.interaction_id = i.id ORDER BY p.display_name COLLATE NOCASE, p.id)) AS people, "
               "e.name AS event, i.summary AS summary, i.follow_up_on AS follow_up_on, "
               "i.follow_up_done_on AS follow_up_done_on, i.updated_at AS updated_at, ") +
           sql::enumOrder<InteractionKind>(QStringLiteral("i.kind")) +
           QStringLiteral(
               " AS kind_rank FROM interaction i LEFT JOIN event e ON e.id = i.event_id") +
           filter.sql();
}

Filter filterSql(const InteractionFilter &f)
{
    Filter filter;
    // An interaction is found by what was said or by who took part.
    const QString words = sql::ftsPrefixQuery(f.text);
    if (!f.text.trimmed().isEmpty() && words.isEmpty()) {
        filter.where(QStringLiteral("0"));
    } else if (!words.isEmpty()) {
        filter.where(QStringLiteral("i.id IN (%1) OR i.id IN (SELECT ip.interaction_id FROM "
                                    "interaction_person ip WHERE ip.person_id IN (%2))")
                         .arg(searchHits(EntityKind::Interaction), searchHits(EntityKind::Person)),
                     {words, words});
    }
    filter.taggedWithAll(TagTarget::Interaction, QStringLiteral("i.id"), f.tags);
    if (f.kind)
        filter.where(QStringLiteral("i.kind = ?"), {enumKey(*f.kind)});
    if (f.personId)
        filter.where(QStringLiteral("i.id IN (SELECT interaction_id FROM interaction_person "
                                    "WHERE person_id = ?)"),
                     {*f.personId});
    if (f.eventId)
        filter.where(QStringLiteral("i.event_id = ?"), {*f.eventId});
    if (f.from.isValid())
        filter.where(QStringLiteral("i.occurred_on >= ?"), {sql::date(f.from)});
    if (f.to.isValid())
        filter.where(QStringLiteral("i.occurred_on <= ?"), {sql::date(f.to)});
    if (f.openFollowUpsOnly)
        filter.where(QStringLiteral("i.follow_up_on IS NOT NULL AND i.follow_up_done_on IS NULL"));
    if (!f.ids.isEmpty()) {
        QStringList ids;
        for (Id id : f.ids)
            ids.append(QString::number(id)); // integers, not user text
        filter.where(QStringLiteral("i.id IN (%1)").arg(ids.join(QLatin1Char(','))));
    }
    return filter;
}

// References that validation cannot see; a missing one would otherwise surface as a bare
// foreign-key failure.
Status checkReferences(const Database &db, const Interaction &interaction)
{
    QList<FieldError> problems;
    const auto exists = [&](const QString &table, Id id) {
        Query q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE id = ?").arg(table));
        q.bind(id);
        return q.scalar().valueOr(0) > 0;
    };
    for (qsizetype i = 0; i < interaction.personIds.size(); ++i) {
        if (!exists(QStringLiteral("person"), interaction.personIds[i]))
            problems.append({QStringLiteral("people[%1]").arg(i), FieldProblem::MissingReference,
                             tr("This refers to a person who does not exist.")});
    }
    if (interaction.eventId && !exists(QStringLiteral("event"), *interaction.eventId))
        problems.append({QStringLiteral("event"), FieldProblem::MissingReference,
                         tr("This refers to an event that does not exist.")});
    if (problems.isEmpty())
        return {};
    return Error::validation(std::move(problems));
}

QList<Id> peopleOf(const Database &db, const QList<Id> &interactionIds)
{
    QSet<Id> people;
    Query q(db,
            QStringLiteral("SELECT person_id FROM interaction_person WHERE interaction_id = ?"));
    for (Id id : interactionIds) {
        q.bind(id);
        if (q.exec()) {
            while (q.next())
                people.insert(q.integer(0));
        }
    }
    QList<Id> sorted(people.cbegin(), people.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

Status writePeople(Database &db, const Interaction &interaction)
{
    Query clear(db, QStringLiteral("DELETE FROM interaction_person WHERE interaction_id = ?"));
    clear.bind(interaction.id);
    if (Status status = clear.exec(); !status)
        return status;
    // The date is copied from the interaction row, which the schema keeps in step.
    Query link(
        db, QStringLiteral("INSERT OR IGNORE INTO interaction_person(interaction_id, person_id, "
                           "occurred_on) SELECT ?, ?, occurred_on FROM interaction WHERE id = ?"));
    for (Id personId : interaction.personIds) {
        link.bind(interaction.id).bind(personId).bind(interaction.id);
        if (Status status = link.exec(); !status)
            return status;
    }
    return tagLinks::set(db, TagTarget::Interaction, interaction.id, interaction.tags);
}

} // namespace

Result<Id> InteractionStore::create(const Interaction &input)
{
    Interaction interaction = input;
    if (QList<FieldError> problems = validation::check(interaction); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkReferences(m_db, interaction); !status)
        return status.error();

    const QString doing = tr("Saving an interaction");
    const QString now = m_db.timestamp();
    Query q(m_db,
            QStringLiteral("INSERT INTO interaction(uid, occurred_on, kind, event_id, summary, "
                           "follow_up_on, follow_up_done_on, created_at, updated_at) "
                           "VALUES (?,?,?,?,?,?,?,?,?)"));
    q.bind(sql::text(interaction.uid))
        .bind(sql::date(interaction.date))
        .bind(sql::key(interaction.kind));
    q.bind(sql::id(interaction.eventId)).bind(sql::text(interaction.summary));
    q.bind(sql::date(interaction.followUpOn)).bind(sql::date(interaction.followUpDoneOn));
    q.bind(now).bind(now);
    if (Status status = q.exec(doing); !status)
        return status.error();
    interaction.id = q.lastInsertId();
    if (Status status = writePeople(m_db, interaction); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    m_db.notify({EntityKind::Interaction, ChangeType::Inserted, {interaction.id}});
    // Their latest contact moved.
    m_db.notify({EntityKind::Person, ChangeType::Updated, peopleOf(m_db, {interaction.id})});
    if (Status status = tx.commit(); !status)
        return status.error();
    return interaction.id;
}

Result<Interaction> InteractionStore::get(Id id) const
{
    Query q(m_db,
            QStringLiteral("SELECT %1 FROM interaction WHERE id = ?").arg(interactionColumns));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no interaction with id %1.").arg(id));
    Interaction interaction = readInteraction(q);
    Query people(m_db,
                 QStringLiteral("SELECT ip.person_id FROM interaction_person ip JOIN person p "
                                "ON p.id = ip.person_id WHERE ip.interaction_id = ? "
                                "ORDER BY p.display_name COLLATE NOCASE, p.id"));
    people.bind(id);
    if (people.exec()) {
        while (people.next())
            interaction.personIds.append(people.integer(0));
    }
    interaction.tags = tagLinks::of(m_db, TagTarget::Interaction, id);
    return interaction;
}

Status InteractionStore::update(const Interaction &interaction)
{
    if (QList<FieldError> problems = validation::check(interaction); !problems.isEmpty())
        return Error::validation(std::move(problems));
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    if (Status status = checkReferences(m_db, interaction); !status)
        return status;

    const QString doing = tr("Saving an interaction");
    const QList<Id> before = peopleOf(m_db, {interaction.id});
    Query q(m_db,
            QStringLiteral("UPDATE interaction SET uid = ?, occurred_on = ?, kind = ?, "
                           "event_id = ?, summary = ?, follow_up_on = ?, follow_up_done_on = ?, "
                           "updated_at = ? WHERE id = ?"));
    q.bind(sql::text(interaction.uid))
        .bind(sql::date(interaction.date))
        .bind(sql::key(interaction.kind));
    q.bind(sql::id(interaction.eventId)).bind(sql::text(interaction.summary));
    q.bind(sql::date(interaction.followUpOn)).bind(sql::date(interaction.followUpDoneOn));
    q.bind(m_db.timestamp()).bind(interaction.id);
    if (Status status = q.exec(doing); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound,
                     tr("Interaction %1 no longer exists.").arg(interaction.id));
    if (Status status = writePeople(m_db, interaction); !status)
        return status.error().withContext(doing + QStringLiteral(": "));
    m_db.notify({EntityKind::Interaction, ChangeType::Updated, {interaction.id}});
    QList<Id> people = before + peopleOf(m_db, {interaction.id});
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    m_db.notify({EntityKind::Person, ChangeType::Updated, people});
    return tx.commit();
}

Status InteractionStore::remove(Id id)
{
    return remove(QList<Id>{id});
}

Status InteractionStore::remove(const QList<Id> &ids)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    const QList<Id> people = peopleOf(m_db, ids);
    Query q(m_db, QStringLiteral("DELETE FROM interaction WHERE id = ?"));
    for (Id id : ids) {
        q.bind(id);
        if (Status status = q.exec(tr("Deleting interaction %1").arg(id)); !status)
            return status;
        if (q.rowsAffected() == 0)
            return Error(ErrorCode::NotFound, tr("There is no interaction with id %1.").arg(id));
    }
    m_db.notify({EntityKind::Interaction, ChangeType::Removed, ids});
    m_db.notify({EntityKind::Person, ChangeType::Updated, people});
    return tx.commit();
}

Result<QList<InteractionSummary>> InteractionStore::list(const InteractionQuery &query) const
{
    const Filter filter = filterSql(query.filter);
    Query q(m_db, listSelect(filter) + orderBy(query.sort, query.order) + query.page.sql());
    filter.bindTo(q);
    if (Status status = q.exec(tr("Listing interactions")); !status)
        return status.error();
    QList<InteractionSummary> rows;
    while (q.next()) {
        rows.append({q.integer(0), q.date(1), sql::toEnum(q.value(2), InteractionKind::Met),
                     q.string(3), q.string(4), q.string(5), q.date(6), q.date(7)});
    }
    return rows;
}

Result<std::optional<qint64>> InteractionStore::position(const InteractionQuery &query, Id id) const
{
    const Filter filter = filterSql(query.filter);
    Query q(m_db, QStringLiteral("SELECT pos FROM (SELECT id, row_number() OVER (%1) - 1 AS pos "
                                 "FROM (%2)) WHERE id = ?")
                      .arg(orderBy(query.sort, query.order).mid(1), listSelect(filter)));
    filter.bindTo(q);
    q.bind(id);
    if (Status status = q.exec(tr("Finding an interaction in the list")); !status)
        return status.error();
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.integer(0));
}

Result<qint64> InteractionStore::count(const InteractionFilter &f) const
{
    const Filter filter = filterSql(f);
    Query q(m_db, QStringLiteral("SELECT count(*) FROM interaction i") + filter.sql());
    filter.bindTo(q);
    return q.scalar(tr("Counting interactions"));
}

Status InteractionStore::markFollowUpDone(Id id, const QDate &doneOn)
{
    if (!doneOn.isValid())
        return Error::validation({{QStringLiteral("followUpDoneOn"), FieldProblem::Empty,
                                   tr("Say on which day the follow-up was done.")}});
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Query planned(m_db,
                  QStringLiteral("SELECT follow_up_on IS NOT NULL FROM interaction WHERE id = ?"));
    planned.bind(id);
    if (Status status = planned.exec(); !status)
        return status;
    if (!planned.next())
        return Error(ErrorCode::NotFound, tr("There is no interaction with id %1.").arg(id));
    if (planned.integer(0) == 0)
        return Error::validation({{QStringLiteral("followUpDoneOn"), FieldProblem::OutOfRange,
                                   tr("A follow-up can only be done when one was planned.")}});
    Query q(m_db, QStringLiteral(
                      "UPDATE interaction SET follow_up_done_on = ?, updated_at = ? WHERE id = ?"));
    q.bind(sql::date(doneOn)).bind(m_db.timestamp()).bind(id);
    if (Status status = q.exec(tr("Marking a follow-up done")); !status)
        return status;
    m_db.notify({EntityKind::Interaction, ChangeType::Updated, {id}});
    return tx.commit();
}

Status InteractionStore::snoozeFollowUp(Id id, const QDate &newDate)
{
    if (!newDate.isValid())
        return Error::validation({{QStringLiteral("followUpOn"), FieldProblem::Empty,
                                   tr("Say until which day the follow-up waits.")}});
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Snoozing reopens a follow-up that was marked done.
    Query q(m_db,
            QStringLiteral("UPDATE interaction SET follow_up_on = ?, follow_up_done_on = NULL, "
                           "updated_at = ? WHERE id = ?"));
    q.bind(sql::date(newDate)).bind(m_db.timestamp()).bind(id);
    if (Status status = q.exec(tr("Postponing a follow-up")); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no interaction with id %1.").arg(id));
    m_db.notify({EntityKind::Interaction, ChangeType::Updated, {id}});
    return tx.commit();
}

Status InteractionStore::addTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Interaction, EntityKind::Interaction, ids, tag, true);
}

Status InteractionStore::removeTag(const QList<Id> &ids, const QString &tag)
{
    return tagLinks::retag(m_db, TagTarget::Interaction, EntityKind::Interaction, ids, tag, false);
}

} // namespace kith
