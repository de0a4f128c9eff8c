#pragma once

#include "model/Recommendation.h"

namespace kith::ui {

class Session;

// Recommending back someone who recommended you.
//
// A received recommendation can be returned while nobody has a recommendation from you on
// its way or done: a given one to that person in any status but declined.
bool canRecommendBack(Session &session, const Recommendation &received);
// The given recommendation still to write: to the same person, on the same platform and in
// the same context, with status "to ask".
Recommendation recommendBackDraft(const Recommendation &received);

} // namespace kith::ui
