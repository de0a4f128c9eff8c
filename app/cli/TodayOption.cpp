#include "TodayOption.h"

#include <QCoreApplication>

namespace kith::cli {

QCommandLineOption todayOption()
{
    return QCommandLineOption(QStringLiteral("today"),
                              QCoreApplication::translate("kith::cli", "act as if today were DATE"),
                              QStringLiteral("YYYY-MM-DD"));
}

std::optional<QDate> parseToday(const Context &context, const Arguments &arguments)
{
    if (!arguments.isSet(QStringLiteral("today")))
        return QDate::currentDate();
    const QString text = arguments.value(QStringLiteral("today"));
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        context.usage(QCoreApplication::translate("kith::cli", "--today expects a date like "
                                                               "2026-03-15, not “%1”.")
                          .arg(text));
        return std::nullopt;
    }
    return date;
}

} // namespace kith::cli
