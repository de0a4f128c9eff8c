#pragma once

#include "RecordPicker.h"

namespace kith::ui {

class Session;

// Suggestions for record pickers, from the search index, at most a screenful.
namespace lookups {
RecordPicker::Lookup people(Session &session);
RecordPicker::Lookup organizations(Session &session);
RecordPicker::Lookup events(Session &session);
RecordPicker::Lookup groups(Session &session);
} // namespace lookups

// The names in use for tags, for completion.
QStringList knownTagNames(Session &session);

// The label of a record for a picker, empty when it does not exist.
QString personName(Session &session, std::optional<Id> id);
QString organizationName(Session &session, std::optional<Id> id);
QString eventName(Session &session, std::optional<Id> id);
QString groupName(Session &session, std::optional<Id> id);

} // namespace kith::ui
