#include "Activity.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>

#include <numeric>

namespace kith::insights {

using detail::monthKey;
using detail::tr;

namespace {

// A chart never spans more; a larger range is a caller's mistake, not a request.
constexpr int maxMonths = 100 * 12;

struct MonthRange
{
    QDate first;
    QDate last;
    int months = 0;
};

Result<MonthRange> monthRange(const QDate &firstMonth, const QDate &lastMonth)
{
    if (!firstMonth.isValid() || !lastMonth.isValid())
        return Error(ErrorCode::InvalidArgument,
                     tr("Both the first and the last month are needed."));
    MonthRange range;
    range.first = QDate(firstMonth.year(), firstMonth.month(), 1);
    range.last = QDate(lastMonth.year(), lastMonth.month(), 1);
    range.months = (range.last.year() - range.first.year()) * 12 + range.last.month() -
                   range.first.month() + 1;
    if (range.months < 1 || range.months > maxMonths)
        return Error(ErrorCode::InvalidArgument,
                     tr("%1 to %2 is not a range of months that can be shown.")
                         .arg(monthKey(firstMonth), monthKey(lastMonth)));
    return range;
}

} // namespace

int MonthlyInteractions::total() const
{
    return std::accumulate(counts.begin(), counts.end(), 0);
}

QString interactionsPerMonthStatement()
{
    // The tally (schema step 6) holds one row per month and kind, kept by triggers.
    return QStringLiteral("SELECT month, kind, interactions FROM derived_interaction_month "
                          "WHERE month BETWEEN ? AND ?");
}

Result<QList<MonthlyInteractions>> interactionsPerMonth(const Database &db, const QDate &firstMonth,
                                                        const QDate &lastMonth)
{
    Result<MonthRange> range = monthRange(firstMonth, lastMonth);
    if (!range)
        return range.error();
    QList<MonthlyInteractions> months(range->months);
    QHash<QString, qsizetype> indexOf;
    for (int i = 0; i < range->months; ++i) {
        months[i].month = range->first.addMonths(i);
        indexOf.insert(monthKey(months[i].month), i);
    }

    Query q(db, interactionsPerMonthStatement());
    q.bind(monthKey(range->first)).bind(monthKey(range->last));
    if (Status status = q.exec(tr("Counting interactions per month")); !status)
        return status.error();
    while (q.next()) {
        const auto month = indexOf.constFind(q.string(0));
        const std::optional<InteractionKind> kind = enumFromKey<InteractionKind>(q.string(1));
        if (month == indexOf.constEnd() || !kind)
            continue; // a malformed date that happens to sort inside the range
        months[*month].counts[static_cast<std::size_t>(*kind)] += static_cast<int>(q.integer(2));
    }
    return months;
}

Result<QList<MonthlyGrowth>> networkGrowth(const Database &db, const QDate &firstMonth,
                                           const QDate &lastMonth)
{
    Result<MonthRange> range = monthRange(firstMonth, lastMonth);
    if (!range)
        return range.error();
    // Both read the tally of people per month of known_since (schema step 6).
    Query before(db, QStringLiteral("SELECT coalesce(sum(people), 0) FROM derived_person_month "
                                    "WHERE month < ?"));
    before.bind(monthKey(range->first));
    Result<qint64> earlier =
        before.scalar(tr("Counting the people known before %1").arg(monthKey(range->first)));
    if (!earlier)
        return earlier.error();

    Query q(db, QStringLiteral("SELECT month, people FROM derived_person_month "
                               "WHERE month BETWEEN ? AND ?"));
    q.bind(monthKey(range->first)).bind(monthKey(range->last));
    if (Status status = q.exec(tr("Counting people added per month")); !status)
        return status.error();
    QHash<QString, int> added;
    while (q.next())
        added.insert(q.string(0), static_cast<int>(q.integer(1)));

    QList<MonthlyGrowth> months;
    months.reserve(range->months);
    qint64 total = *earlier;
    for (int i = 0; i < range->months; ++i) {
        MonthlyGrowth month;
        month.month = range->first.addMonths(i);
        month.added = added.value(monthKey(month.month));
        total += month.added;
        month.total = total;
        months.append(month);
    }
    return months;
}

} // namespace kith::insights
