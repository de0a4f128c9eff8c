#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of a membership: where, who, the role and its dues and renewal.
QString membershipDetailHtml(Session &session, Id id);

} // namespace kith::ui
