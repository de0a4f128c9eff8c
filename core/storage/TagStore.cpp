#include "TagStore.h"

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
    return QCoreApplication::translate("kith::TagStore", text);
}

constexpr TagTarget allTargets[] = {
    TagTarget::Person,         TagTarget::Organization, TagTarget::Membership, TagTarget::Group,
    TagTarget::Recommendation, TagTarget::Event,        TagTarget::Interaction};

EntityKind kindOf(TagTarget target)
{
    switch (target) {
    case TagTarget::Person:
        return EntityKind::Person;
    case TagTarget::Organization:
        return EntityKind::Organization;
    case TagTarget::Membership:
        return EntityKind::Membership;
    case TagTarget::Group:
        return EntityKind::Group;
    case TagTarget::Recommendation:
        return EntityKind::Recommendation;
    case TagTarget::Event:
        return EntityKind::Event;
    case TagTarget::Interaction:
        return EntityKind::Interaction;
    }
    Q_UNREACHABLE();
}

Tag readTag(const Query &q)
{
    return {q.integer(0), q.string(1), sql::toOptionalInt(q.value(2))};
}

// The tag with this name (the schema compares names without regard to case), if any.
Result<std::optional<Tag>> tagNamed(const Database &db, const QString &name)
{
    Query q(db, QStringLiteral("SELECT id, name, cadence_days FROM tag WHERE name = ?"));
    q.bind(name.simplified());
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return std::optional<Tag>();
    return std::optional<Tag>(readTag(q));
}

Error duplicateName(const QString &name)
{
    return Error::validation({{QStringLiteral("name"), FieldProblem::Duplicate,
                               tr("There is already a tag “%1”.").arg(name)}});
}

// Every record tagged `from` is tagged `into` instead; `from` goes.
Status mergeInto(Database &db, Id from, Id into)
{
    for (TagTarget target : allTargets) {
        Query move(db, QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) SELECT %2, ? FROM %1 "
                                      "WHERE tag_id = ?")
                           .arg(tagLinks::table(target), tagLinks::column(target)));
        move.bind(into).bind(from);
        if (Status status = move.exec(); !status)
            return status;
    }
    Query drop(db, QStringLiteral("DELETE FROM tag WHERE id = ?"));
    drop.bind(from);
    return drop.exec();
}

// Records show their tags by name, and tags give people their default cadence.
void notifyTaggedKinds(Database &db)
{
    for (TagTarget target : allTargets)
        db.notify({kindOf(target), ChangeType::Reset, {}});
}

} // namespace

Result<Id> TagStore::create(const Tag &tag)
{
    if (QList<FieldError> problems = validation::check(tag); !problems.isEmpty())
        return Error::validation(std::move(problems));
    const QString name = tag.name.simplified();
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Result<std::optional<Tag>> existing = tagNamed(m_db, name);
    if (!existing)
        return existing.error();
    if (existing->has_value())
        return duplicateName((*existing)->name);
    Query q(m_db, QStringLiteral("INSERT INTO tag(name, cadence_days) VALUES (?,?)"));
    q.bind(name).bind(sql::integer(tag.cadenceDays));
    if (Status status = q.exec(tr("Saving tag %1").arg(name)); !status)
        return status.error();
    const Id id = q.lastInsertId();
    m_db.notify({EntityKind::Tag, ChangeType::Inserted, {id}});
    if (Status status = tx.commit(); !status)
        return status.error();
    return id;
}

Result<Tag> TagStore::get(Id id) const
{
    Query q(m_db, QStringLiteral("SELECT id, name, cadence_days FROM tag WHERE id = ?"));
    q.bind(id);
    if (Status status = q.exec(); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::NotFound, tr("There is no tag with id %1.").arg(id));
    return readTag(q);
}

Result<std::optional<Tag>> TagStore::findByName(const QString &name) const
{
    return tagNamed(m_db, name);
}

Status TagStore::update(const Tag &tag)
{
    if (QList<FieldError> problems = validation::check(tag); !problems.isEmpty())
        return Error::validation(std::move(problems));
    const QString name = tag.name.simplified();
    const QString doing = tr("Saving tag %1").arg(name);
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    Result<Tag> current = get(tag.id);
    if (!current)
        return current.error();
    Result<std::optional<Tag>> namesake = tagNamed(m_db, name);
    if (!namesake)
        return namesake.error();

    if (namesake->has_value() && (*namesake)->id != tag.id) {
        // Renaming onto another tag merges the two. The survivor keeps its own cadence
        // unless it had none, and takes the spelling just typed.
        const Tag &survivor = **namesake;
        if (Status status = mergeInto(m_db, tag.id, survivor.id); !status)
            return status.error().withContext(doing + QStringLiteral(": "));
        Query q(m_db,
                QStringLiteral("UPDATE tag SET name = ?, cadence_days = coalesce(cadence_days, ?) "
                               "WHERE id = ?"));
        q.bind(name).bind(sql::integer(tag.cadenceDays)).bind(survivor.id);
        if (Status status = q.exec(doing); !status)
            return status;
        m_db.notify({EntityKind::Tag, ChangeType::Removed, {tag.id}});
        m_db.notify({EntityKind::Tag, ChangeType::Updated, {survivor.id}});
    } else {
        Query q(m_db, QStringLiteral("UPDATE tag SET name = ?, cadence_days = ? WHERE id = ?"));
        q.bind(name).bind(sql::integer(tag.cadenceDays)).bind(tag.id);
        if (Status status = q.exec(doing); !status)
            return status;
        m_db.notify({EntityKind::Tag, ChangeType::Updated, {tag.id}});
    }
    notifyTaggedKinds(m_db);
    return tx.commit();
}

Status TagStore::remove(Id id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return tx.error();
    // Links cascade with the tag.
    Query q(m_db, QStringLiteral("DELETE FROM tag WHERE id = ?"));
    q.bind(id);
    if (Status status = q.exec(tr("Deleting tag %1").arg(id)); !status)
        return status;
    if (q.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no tag with id %1.").arg(id));
    m_db.notify({EntityKind::Tag, ChangeType::Removed, {id}});
    notifyTaggedKinds(m_db);
    return tx.commit();
}

Result<QList<TagSummary>> TagStore::list() const
{
    QStringList uses;
    for (TagTarget target : allTargets)
        uses.append(QStringLiteral("(SELECT count(*) FROM %1 WHERE tag_id = t.id)")
                        .arg(tagLinks::table(target)));
    Query q(m_db, QStringLiteral("SELECT t.id, t.name, t.cadence_days, %1 FROM tag t "
                                 "ORDER BY t.name COLLATE NOCASE, t.id")
                      .arg(uses.join(QStringLiteral(" + "))));
    if (Status status = q.exec(tr("Listing tags")); !status)
        return status.error();
    QList<TagSummary> rows;
    while (q.next())
        rows.append({readTag(q), q.integer(3)});
    return rows;
}

} // namespace kith
