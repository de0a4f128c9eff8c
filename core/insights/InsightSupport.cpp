#include "InsightSupport.h"

#include <QCoreApplication>

namespace kith::insights::detail {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::insights", text);
}

Status checkWindow(const QDate &today, int days)
{
    if (!today.isValid())
        return Error(ErrorCode::InvalidArgument, tr("No date was given for today."));
    if (days < 0)
        return Error(ErrorCode::InvalidArgument,
                     tr("A look-ahead of %1 days is not possible; use 0 or more.").arg(days));
    return {};
}

QString monthKey(const QDate &date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QDate monthFromKey(const QString &text)
{
    return QDate::fromString(text.left(7) + QStringLiteral("-01"), Qt::ISODate);
}

} // namespace kith::insights::detail
