#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of an interaction: when and how, who took part, at which event, what was
// said, and the follow-up with its "Done" and "Snooze a week" actions.
QString interactionDetailHtml(Session &session, Id id);

} // namespace kith::ui
