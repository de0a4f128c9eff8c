#pragma once

#include "LibIcal.h"

#include <QList>

// Recurring events are imported as one event, their first occurrence, with the rule told
// in the notes; Kith plans single events and has no series to keep them in.
namespace kith::ical {

// "every 2 weeks on Tuesday, 10 times"
QString describeRule(const icalrecurrencetype &rule);

// The first start of the series that is not excluded: DTSTART itself (RFC 5545 counts it as
// the first instance), or when an EXDATE removes it, the next start the rule gives, looking
// at no more than a thousand. `excluded` are wall times in the zone of `start`.
icaltimetype firstOccurrence(const icalrecurrencetype &rule, const icaltimetype &start,
                             const QList<icaltimetype> &excluded);

} // namespace kith::ical
