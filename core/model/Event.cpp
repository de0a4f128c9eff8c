#include "Event.h"

namespace kith {

qint64 Event::plannedTotalCents() const
{
    qint64 total = 0;
    for (const CostLine &line : costs)
        total += line.plannedCents;
    return total;
}

qint64 Event::actualTotalCents() const
{
    qint64 total = 0;
    for (const CostLine &line : costs)
        total += line.actualCents.value_or(0);
    return total;
}

} // namespace kith
