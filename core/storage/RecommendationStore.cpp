#include "RecommendationStore.h"
