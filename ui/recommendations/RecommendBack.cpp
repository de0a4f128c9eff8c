#include "RecommendBack.h"

#include "session/Session.h"
#include "storage/RecommendationStore.h"

namespace kith::ui {

bool canRecommendBack(Session &session, const Recommendation &received)
{
    if (received.id == 0 || received.direction != RecommendationDirection::Received ||
        received.status != RecommendationStatus::Received)
        return false;
    RecommendationQuery query;
    query.filter.personId = received.personId;
    query.filter.direction = RecommendationDirection::Given;
    Result<QList<RecommendationSummary>> given = RecommendationStore(session.db()).list(query);
    if (!given)
        return false;
    for (const RecommendationSummary &row : *given) {
        if (row.status != RecommendationStatus::Declined)
            return false;
    }
    return true;
}

Recommendation recommendBackDraft(const Recommendation &received)
{
    Recommendation draft;
    draft.direction = RecommendationDirection::Given;
    draft.personId = received.personId;
    draft.platform = received.platform;
    draft.context = received.context;
    draft.status = RecommendationStatus::ToAsk;
    return draft;
}

} // namespace kith::ui
