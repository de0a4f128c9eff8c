#pragma once

#include "model/Common.h"

#include <QString>

namespace kith::ui {

class Session;

// The detail page of a recommendation: who, which way, where it stands, and the full text;
// for one received and not yet returned, the offer to recommend them back.
QString recommendationDetailHtml(Session &session, Id id);

} // namespace kith::ui
