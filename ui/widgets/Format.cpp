#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace kith::ui {

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}

namespace {

// The locale's short date format without its year: "d MMM yyyy" gives "d MMM", "M/d/yy" gives
// "M/d", "dd.MM.yy" gives "dd.MM." (German writes the dot after the month), "yyyy-MM-dd"
// gives "MM-dd".
QString formatWithoutYear(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype year = format.indexOf(QLatin1Char('y'));
    if (year < 0)
        return format;
    qsizetype end = year;
    while (end < format.size() && format[end] == QLatin1Char('y'))
        ++end;
    format.remove(year, end - year);
    const auto separator = [](QChar c) {
        return c.isSpace() || c == QLatin1Char(',') || c == QLatin1Char('/') ||
               c == QLatin1Char('-');
    };
    while (!format.isEmpty() && separator(format.back()))
        format.chop(1);
    while (!format.isEmpty() && (separator(format.front()) || format.front() == QLatin1Char('.')))
        format.remove(0, 1);
    return format;
}

} // namespace

QString formatDateRange(const QDate &start, const QDate &end)
{
    if (!start.isValid())
        return {};
    if (!end.isValid() || end == start)
        return formatDate(start);
    const QLocale locale;
    const QString first = start.year() == end.year()
                              ? locale.toString(start, formatWithoutYear(locale))
                              : formatDate(start);
    return first + QStringLiteral(" – ") + formatDate(end);
}

QString formatMoney(qint64 cents, const QString &currency)
{
    const QLocale locale;
    const double amount = double(cents) / 100.0;
    if (!currency.isEmpty() && locale.currencySymbol(QLocale::CurrencyIsoCode) == currency)
        return locale.toCurrencyString(amount);
    return locale.toString(amount, 'f', 2) + QLatin1Char(' ') + currency;
}

QString formatRelative(const QDate &date, const QDate &today)
{
    if (!date.isValid())
        return {};
    const qint64 days = today.daysTo(date);
    // tr(text, disambiguation, n): with three arguments lupdate files these as plural forms.
    const auto tr = [](const char *text, const char *disambiguation, qint64 n) {
        return QCoreApplication::translate("kith::ui::Format", text, disambiguation, int(n));
    };
    if (days == 0)
        return QCoreApplication::translate("kith::ui::Format", "today");
    if (days == 1)
        return QCoreApplication::translate("kith::ui::Format", "tomorrow");
    if (days == -1)
        return QCoreApplication::translate("kith::ui::Format", "yesterday");
    if (days > 0)
        return days < 14 ? tr("in %n day(s)", nullptr, days)
                         : tr("in %n week(s)", nullptr, days / 7);
    return -days < 14 ? tr("%n day(s) ago", nullptr, -days)
                      : tr("%n week(s) ago", nullptr, -days / 7);
}

} // namespace kith::ui
