#pragma once

#include <QDate>
#include <QString>

namespace kith::ui {

// How dates and money read everywhere in the desktop application: in the user's locale.
QString formatDate(const QDate &date); // short format; empty when invalid
QString formatMoney(qint64 cents, const QString &currency);
// "in 3 days", "today", "2 weeks ago" relative to `today`.
QString formatRelative(const QDate &date, const QDate &today);

} // namespace kith::ui
