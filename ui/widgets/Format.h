#pragma once

#include <QDate>
#include <QString>

namespace kith::ui {

// How dates and money read everywhere in the desktop application: in the user's locale.
QString formatDate(const QDate &date); // short format; empty when invalid
// "3 Mar 2027", "3 Mar – 6 Mar 2027" (the year once when both ends share it),
// "29 Dec 2026 – 2 Jan 2027"; empty when `start` is invalid.
QString formatDateRange(const QDate &start, const QDate &end);
QString formatMoney(qint64 cents, const QString &currency);
// "in 3 days", "today", "2 weeks ago" relative to `today`.
QString formatRelative(const QDate &date, const QDate &today);

} // namespace kith::ui
