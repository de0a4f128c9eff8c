#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of a person: who they are, how you met, and everything you share —
// a timeline of interactions, recommendations, memberships, groups and events.
QString personDetailHtml(Session &session, Id id);

} // namespace kith::ui
