#pragma once

#include "Importer.h"

namespace kith::interchange {

struct MergeRules
{
    QDate rolesAsOf; // the day the incoming job and title were true; invalid when unknown
    QDate today;     // ends a replaced role when rolesAsOf is unknown
};

// Merges what `incoming` says into `target` and returns every change made. The same rules
// serve the import preview (on a stored person as StoredPeople reads it) and the import
// itself (on the full record), so the preview lists exactly what will happen:
// - names, headline, location and photo fill empty fields only: what is stored wins;
// - e-mails, phones, profiles, tags and relationship kinds are added when new;
// - notes are appended unless the stored notes already hold them;
// - known since moves to the earlier of the two days;
// - a different current job or title (where the file says one) closes the current role,
//   ending it on rolesAsOf (or today), and adds the new one, so the history stays; a file
//   older than what is stored (rolesAsOf before a stored role's end or start) changes no role.
// New roles carry their organization by name (organizationName, no id); the caller resolves it.
QList<FieldChange> mergeInto(Person &target, const Person &incoming, const MergeRules &rules);

// A phone number reduced to its digits (and a leading +), so "+1 (303) 555-0100" and
// "+1 303 555 0100" are the same number.
QString phoneKey(QStringView phone);

} // namespace kith::interchange
