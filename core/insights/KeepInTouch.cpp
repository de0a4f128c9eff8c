#include "KeepInTouch.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace kith::insights {

namespace {

// Each tracked person's effective cadence and the day they fall due are kept by triggers in
// derived_keep_in_touch (schema step 6), so the list is a range of its index on the day. The
// list and the click-through read the same rows in the same order.
const QString dueByDay =
    QStringLiteral(" FROM derived_keep_in_touch k JOIN person p ON p.id = k.person_id "
                   "WHERE k.due <= ? ORDER BY k.due, p.display_name COLLATE NOCASE, p.id");
const QString pastCadenceStatement =
    QStringLiteral("SELECT p.id, p.display_name, k.cadence_days, p.last_contact_on, k.due, "
                   "p.contact_snoozed_until") +
    dueByDay + QStringLiteral(" LIMIT ?");

} // namespace

Result<QList<CadenceDue>> peoplePastCadence(const Database &db, const QDate &today, int horizonDays,
                                            int limit)
{
    if (Status status = detail::checkWindow(today, horizonDays); !status)
        return status.error();
    Query q(db, pastCadenceStatement);
    q.bind(sql::date(today.addDays(horizonDays))).bind(limit);
    if (Status status = q.exec(detail::tr("Listing people to get in touch with")); !status)
        return status.error();
    QList<CadenceDue> items;
    while (q.next()) {
        CadenceDue item;
        item.personId = q.integer(0);
        item.name = q.string(1);
        item.cadenceDays = static_cast<int>(q.integer(2));
        item.lastContact = q.date(3);
        item.due = q.date(4);
        item.snoozedUntil = q.date(5);
        item.daysOverdue = static_cast<int>(item.due.daysTo(today));
        items.append(std::move(item));
    }
    return items;
}

Result<CadenceCounts> countPastCadence(const Database &db, const QDate &today, int horizonDays)
{
    if (Status status = detail::checkWindow(today, horizonDays); !status)
        return status.error();
    Query q(db, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE due <= ?) "
                               "FROM derived_keep_in_touch WHERE due <= ?"));
    q.bind(sql::date(today)).bind(sql::date(today.addDays(horizonDays)));
    if (Status status = q.exec(detail::tr("Counting people to get in touch with")); !status)
        return status.error();
    CadenceCounts counts;
    if (q.next()) {
        counts.due = int(q.integer(0));
        counts.reached = int(q.integer(1));
    }
    return counts;
}

Result<QList<Id>> peopleIdsPastCadence(const Database &db, const QDate &today)
{
    if (Status status = detail::checkWindow(today, 0); !status)
        return status.error();
    Query q(db, QStringLiteral("SELECT p.id") + dueByDay);
    q.bind(sql::date(today));
    if (Status status = q.exec(detail::tr("Listing people to get in touch with")); !status)
        return status.error();
    QList<Id> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

} // namespace kith::insights
