#pragma once

#include "model/Event.h"
#include "model/Interaction.h"

// The words Kith writes into calendar components, and the reader's way of recognising them
// again when a Kith export is imported back.
namespace kith::ical {

// "1250.00": whole units and cents, no grouping, so it reads the same in any locale (the
// cost summary names the currency once, in its first line).
QString formatAmount(qint64 cents);

// The cost summary: totals planned and paid, then one line per cost, in the event's
// currency. Empty when the event has no costs.
QString costSummary(const Event &event);
// DESCRIPTION of an event: the cost summary, a blank line, the notes.
QString eventDescription(const Event &event);
// How much of a description Kith wrote is its cost summary (with the blank line after it),
// so a re-import keeps only the notes. 0 when it does not start with one.
qsizetype costSummaryLength(QStringView description);

// LOCATION of an event: venue, city, region and country, the empty ones left out.
QString locationText(const Event &event);

// "Early-bird registration: ALA Annual Conference"
QString deadlineSummary(const Deadline &deadline, const QString &eventName);
// "Follow up with Ana Romero: coffee about the job opening"; the summary's first line,
// shortened, since SUMMARY is a title (the whole text goes to DESCRIPTION).
QString followUpSummary(const QStringList &people, const QString &summary);

} // namespace kith::ical
