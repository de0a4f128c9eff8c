#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of an organization: what and where it is, who works there now, the
// memberships held in it (yours and your contacts') and the events it organized.
QString organizationDetailHtml(Session &session, Id id);

} // namespace kith::ui
