#include "Format.h"

#include <QCoreApplication>
#include <QLocale>

namespace kith::ui {

QString formatDate(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
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
