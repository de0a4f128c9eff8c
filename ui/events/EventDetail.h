#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of an event: when and where, status and funding, the costs with their
// totals, deadlines (overdue ones marked, each one ticked off from here), sessions, the
// people going along or to meet there, notes and the reflection afterwards.
QString eventDetailHtml(Session &session, Id id);

// The detail-page actions that tick a deadline off or reopen it: "<prefix><index>".
inline constexpr char deadlineDoneAction[] = "deadlineDone-";
inline constexpr char deadlineOpenAction[] = "deadlineOpen-";

} // namespace kith::ui
