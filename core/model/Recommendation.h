#pragma once

#include "Common.h"
#include "Enums.h"

namespace kith {

struct Recommendation
{
    Id id = 0;
    RecommendationDirection direction = RecommendationDirection::Received;
    Id personId = 0;
    RecommendationPlatform platform = RecommendationPlatform::LinkedIn;
    QString context; // co-worker, professor…
    QDate requestedOn;
    QDate completedOn; // the day it was given or received
    RecommendationStatus status = RecommendationStatus::ToAsk;
    QString text;
    QStringList tags;
    Timestamps timestamps;
};

} // namespace kith
