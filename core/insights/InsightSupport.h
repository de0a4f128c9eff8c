#pragma once

#include "common/Result.h"

#include <QDate>
#include <QString>

// Helpers shared by the derived queries; not part of their public interface.
namespace kith::insights::detail {

QString tr(const char *text);

// The error for a `today` the caller forgot to set, or a negative window.
Status checkWindow(const QDate &today, int days);

// The values of person_source_of.source (0006_dashboard_figures.sql), in the order of
// PeopleSource and of PeopleSources' members: met at an event, in a group, introduced,
// imported, added otherwise.
inline constexpr const char *personSourceKeys[] = {"event", "group", "introduced", "imported",
                                                   "other"};

// 'YYYY-MM' of a date, the month key the schema's month expressions produce.
QString monthKey(const QDate &date);
// The first day of the month named by a 'YYYY-MM…' text; invalid when it does not parse.
QDate monthFromKey(const QString &text);

} // namespace kith::insights::detail
