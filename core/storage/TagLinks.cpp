#include "TagLinks.h"

#include "Database.h"
#include "Sql.h"
#include "Transaction.h"

#include <QSet>

namespace kith::tagLinks {

namespace {

QStringList cleaned(const QStringList &names)
{
    QStringList result;
    QSet<QString> seen;
    for (const QString &name : names) {
        const QString tag = name.simplified();
        if (!tag.isEmpty() && !seen.contains(tag.toCaseFolded())) {
            seen.insert(tag.toCaseFolded());
            result.append(tag);
        }
    }
    return result;
}

Status ensureTag(Database &db, const QString &name)
{
    Query query(db,
                QStringLiteral("INSERT INTO tag(name) VALUES (?) ON CONFLICT(name) DO NOTHING"));
    query.bind(name);
    return query.exec();
}

} // namespace

QString table(TagTarget target)
{
    switch (target) {
    case TagTarget::Person:
        return QStringLiteral("person_tag");
    case TagTarget::Organization:
        return QStringLiteral("organization_tag");
    case TagTarget::Membership:
        return QStringLiteral("membership_tag");
    case TagTarget::Group:
        return QStringLiteral("group_tag");
    case TagTarget::Recommendation:
        return QStringLiteral("recommendation_tag");
    case TagTarget::Event:
        return QStringLiteral("event_tag");
    case TagTarget::Interaction:
        return QStringLiteral("interaction_tag");
    }
    Q_UNREACHABLE();
}

QString column(TagTarget target)
{
    switch (target) {
    case TagTarget::Person:
        return QStringLiteral("person_id");
    case TagTarget::Organization:
        return QStringLiteral("organization_id");
    case TagTarget::Membership:
        return QStringLiteral("membership_id");
    case TagTarget::Group:
        return QStringLiteral("group_id");
    case TagTarget::Recommendation:
        return QStringLiteral("recommendation_id");
    case TagTarget::Event:
        return QStringLiteral("event_id");
    case TagTarget::Interaction:
        return QStringLiteral("interaction_id");
    }
    Q_UNREACHABLE();
}

Status set(Database &db, TagTarget target, Id id, const QStringList &names)
{
    Query clear(db,
                QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table(target), column(target)));
    clear.bind(id);
    if (Status status = clear.exec(); !status)
        return status;
    for (const QString &name : cleaned(names)) {
        if (Status status = add(db, target, {id}, name); !status)
            return status;
    }
    return {};
}

QStringList of(const Database &db, TagTarget target, Id id)
{
    Query query(db, QStringLiteral("SELECT t.name FROM %1 l JOIN tag t ON t.id = l.tag_id "
                                   "WHERE l.%2 = ? ORDER BY t.name COLLATE NOCASE")
                        .arg(table(target), column(target)));
    query.bind(id);
    QStringList names;
    if (query.exec()) {
        while (query.next())
            names.append(query.string(0));
    }
    return names;
}

Status add(Database &db, TagTarget target, const QList<Id> &ids, const QString &name)
{
    const QString tag = name.simplified();
    if (tag.isEmpty())
        return {};
    if (Status status = ensureTag(db, tag); !status)
        return status;
    Query link(db, QStringLiteral("INSERT OR IGNORE INTO %1(%2, tag_id) "
                                  "SELECT ?, id FROM tag WHERE name = ?")
                       .arg(table(target), column(target)));
    for (Id id : ids) {
        link.bind(id).bind(tag);
        if (Status status = link.exec(); !status)
            return status;
    }
    return {};
}

Status remove(Database &db, TagTarget target, const QList<Id> &ids, const QString &name)
{
    Query unlink(db, QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND tag_id = "
                                    "(SELECT id FROM tag WHERE name = ?)")
                         .arg(table(target), column(target)));
    for (Id id : ids) {
        unlink.bind(id).bind(name.simplified());
        if (Status status = unlink.exec(); !status)
            return status;
    }
    return {};
}

Status retag(Database &db, TagTarget target, EntityKind kind, const QList<Id> &ids,
             const QString &name, bool add)
{
    Transaction tx(db);
    if (!tx.isActive())
        return tx.error();
    if (Status status =
            add ? tagLinks::add(db, target, ids, name) : tagLinks::remove(db, target, ids, name);
        !status)
        return status;
    db.notify({kind, ChangeType::Updated, ids});
    db.notify({EntityKind::Tag, ChangeType::Reset, {}});
    return tx.commit();
}

} // namespace kith::tagLinks
