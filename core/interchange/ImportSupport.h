#pragma once

#include "Importer.h"
#include "model/Validation.h"

// Small rules the import planner and applier share.
namespace kith::interchange {

// Tidies what a reader gave: names trimmed, a display name made from the given and family
// names when there is none, blank e-mails, phones, profiles and roles dropped.
void normalizePerson(Person &person);
// Why a person cannot be stored (the first validation problem), or empty. Roles that name
// their organization only by name count as having one.
QString rejectionOf(const Person &person);
// The messages of a validation, joined; empty when there is no problem.
QString firstProblem(const QList<FieldError> &problems);
// Origin of people created from a batch of this format ("linkedin", "vcard", "csv").
Origin originOfFormat(const QString &format);
// See RowAction.
RowAction defaultAction(RowStatus status, MatchReason reason);

} // namespace kith::interchange
