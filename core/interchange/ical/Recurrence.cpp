#include "Recurrence.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace kith::ical {

namespace {

QString trN(const char *text, int n)
{
    return QCoreApplication::translate("kith::ical", text, nullptr, n);
}

QString every(icalrecurrencetype_frequency frequency, int n)
{
    switch (frequency) {
    case ICAL_SECONDLY_RECURRENCE:
        return trN("every %n second(s)", n);
    case ICAL_MINUTELY_RECURRENCE:
        return trN("every %n minute(s)", n);
    case ICAL_HOURLY_RECURRENCE:
        return trN("every %n hour(s)", n);
    case ICAL_DAILY_RECURRENCE:
        return n == 1 ? QCoreApplication::translate("kith::ical", "every day")
                      : trN("every %n day(s)", n);
    case ICAL_WEEKLY_RECURRENCE:
        return n == 1 ? QCoreApplication::translate("kith::ical", "every week")
                      : trN("every %n week(s)", n);
    case ICAL_MONTHLY_RECURRENCE:
        return n == 1 ? QCoreApplication::translate("kith::ical", "every month")
                      : trN("every %n month(s)", n);
    case ICAL_YEARLY_RECURRENCE:
        return n == 1 ? QCoreApplication::translate("kith::ical", "every year")
                      : trN("every %n year(s)", n);
    case ICAL_NO_RECURRENCE:
        break;
    }
    return QCoreApplication::translate("kith::ical", "repeatedly");
}

// libical counts Sunday as 1, Qt counts Monday as 1.
int qtDayOfWeek(icalrecurrencetype_weekday day)
{
    return day == ICAL_SUNDAY_WEEKDAY ? 7 : int(day) - 1;
}

bool sameStart(const icaltimetype &a, const icaltimetype &b, bool dateOnly)
{
    if (a.year != b.year || a.month != b.month || a.day != b.day)
        return false;
    return dateOnly || (a.hour == b.hour && a.minute == b.minute && a.second == b.second);
}

bool isExcluded(const icaltimetype &time, const QList<icaltimetype> &excluded)
{
    for (const icaltimetype &ex : excluded) {
        if (sameStart(time, ex, time.is_date || ex.is_date))
            return true;
    }
    return false;
}

} // namespace

QString describeRule(const icalrecurrencetype &rule)
{
    QString text = every(rule.freq, rule.interval > 1 ? rule.interval : 1);
    if (rule.freq == ICAL_WEEKLY_RECURRENCE) {
        QStringList days;
        for (int i = 0; i < ICAL_BY_DAY_SIZE && rule.by_day[i] != ICAL_RECURRENCE_ARRAY_MAX; ++i) {
            const int day = qtDayOfWeek(icalrecurrencetype_day_day_of_week(rule.by_day[i]));
            if (day >= 1 && day <= 7 && icalrecurrencetype_day_position(rule.by_day[i]) == 0)
                days.append(QLocale().dayName(day, QLocale::LongFormat));
        }
        if (!days.isEmpty())
            text += QCoreApplication::translate("kith::ical", " on %1")
                        .arg(days.join(QStringLiteral(", ")));
    }
    if (rule.count > 0)
        text += QStringLiteral(", ") + trN("%n time(s)", rule.count);
    else if (!icaltime_is_null_time(rule.until))
        text +=
            QStringLiteral(", ") +
            QCoreApplication::translate("kith::ical", "until %1")
                .arg(
                    QDate(rule.until.year, rule.until.month, rule.until.day).toString(Qt::ISODate));
    return text;
}

icaltimetype firstOccurrence(const icalrecurrencetype &rule, const icaltimetype &start,
                             const QList<icaltimetype> &excluded)
{
    if (!isExcluded(start, excluded))
        return start;
    icalrecur_iterator *iterator = icalrecur_iterator_new(rule, start);
    if (!iterator)
        return start;
    constexpr int maxSteps = 1000;
    icaltimetype found = start;
    for (int step = 0; step < maxSteps; ++step) {
        const icaltimetype next = icalrecur_iterator_next(iterator);
        if (icaltime_is_null_time(next))
            break;
        if (!isExcluded(next, excluded)) {
            found = next;
            break;
        }
    }
    icalrecur_iterator_free(iterator);
    found.zone = start.zone;
    return found;
}

} // namespace kith::ical
