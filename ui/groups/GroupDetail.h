#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of an online group: where it lives, how you found it, its members, the
// people you met through it, and what it gave you.
QString groupDetailHtml(Session &session, Id id);

} // namespace kith::ui
