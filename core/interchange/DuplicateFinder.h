#pragma once

#include "Importer.h"

namespace kith::interchange {

// Stored people who look like one person.
struct DuplicateGroup
{
    QList<Id> people;           // ascending: the first is the oldest record
    QList<MatchReason> reasons; // why they were grouped, each once
};

// Groups stored people who share an identity profile address, an e-mail address or a
// normalised name (unless profiles of the same kind say they are different people). Groups
// are joined through shared members, so review them before merging. Reads each table once.
Result<QList<DuplicateGroup>> findDuplicatePeople(const Database &db);

// Merges `others` into `keep`, in one transaction: their e-mails, phones, profiles, roles,
// tags, interactions, recommendations, memberships, group and event participation move to
// `keep`; fields `keep` leaves empty are filled from them and their notes appended; people
// they introduced and groups found through them point to `keep`. Then they are deleted.
Status mergePeople(Database &db, Id keep, const QList<Id> &others);

} // namespace kith::interchange
