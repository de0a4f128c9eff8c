#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"

namespace kith {

class Database;

// The tag tables of each kind of record (person_tag, event_tag…). Tags are created on
// first use and matched without regard to case.
enum class TagTarget
{
    Person,
    Organization,
    Membership,
    Group,
    Recommendation,
    Event,
    Interaction
};

namespace tagLinks {

Status set(Database &db, TagTarget target, Id id, const QStringList &names);
QStringList of(const Database &db, TagTarget target, Id id);
// Adds (or removes) one tag on many records at once, for bulk tagging from a list.
Status add(Database &db, TagTarget target, const QList<Id> &ids, const QString &name);
Status remove(Database &db, TagTarget target, const QList<Id> &ids, const QString &name);
// What every store's addTag and removeTag do: add (or remove) one tag on many records of
// `kind` in one transaction, and announce the records and the tags as changed.
Status retag(Database &db, TagTarget target, EntityKind kind, const QList<Id> &ids,
             const QString &name, bool add);

// "<table>", "<id column>" of a target; fixed strings, safe to place in SQL text.
QString table(TagTarget target);
QString column(TagTarget target);

} // namespace tagLinks

} // namespace kith
