#include "Agenda.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace kith::insights {

using detail::tr;

Result<QList<FollowUpDue>> followUpsDue(const Database &db, const QDate &today, int horizonDays,
                                        int limit)
{
    if (Status status = detail::checkWindow(today, horizonDays); !status)
        return status.error();
    // The two IS-conditions repeat the WHERE of the partial index interaction_open_follow_up,
    // which lets SQLite walk it in due order with no sort; the interactions are limited
    // before their people are joined. People are put in name order here, per interaction.
    Query q(db, QStringLiteral("SELECT i.id, i.follow_up_on, i.summary, p.id, p.display_name "
                               "FROM (SELECT id, follow_up_on, summary FROM interaction "
                               "      WHERE follow_up_on IS NOT NULL AND follow_up_done_on IS NULL "
                               "      AND follow_up_on <= ? ORDER BY follow_up_on, id LIMIT ?) i "
                               "LEFT JOIN interaction_person ip ON ip.interaction_id = i.id "
                               "LEFT JOIN person p ON p.id = ip.person_id "
                               "ORDER BY i.follow_up_on, i.id"));
    q.bind(sql::date(today.addDays(horizonDays))).bind(limit);
    if (Status status = q.exec(tr("Listing follow-ups due")); !status)
        return status.error();
    QList<FollowUpDue> items;
    while (q.next()) {
        const Id interactionId = q.integer(0);
        if (items.isEmpty() || items.last().interactionId != interactionId) {
            FollowUpDue item;
            item.interactionId = interactionId;
            item.due = q.date(1);
            item.summary = q.string(2);
            item.overdue = item.due < today;
            items.append(std::move(item));
        }
        if (!q.value(3).isNull())
            items.last().people.append({q.integer(3), q.string(4)});
    }
    for (FollowUpDue &item : items) {
        std::sort(item.people.begin(), item.people.end(),
                  [](const PersonRef &a, const PersonRef &b) {
                      const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
                      return byName != 0 ? byName < 0 : a.id < b.id;
                  });
    }
    return items;
}

Result<DueCounts> countFollowUpsDue(const Database &db, const QDate &today, int horizonDays)
{
    if (Status status = detail::checkWindow(today, horizonDays); !status)
        return status.error();
    Query q(db, QStringLiteral("SELECT count(*), count(*) FILTER (WHERE follow_up_on < ?) "
                               "FROM interaction WHERE follow_up_on IS NOT NULL "
                               "AND follow_up_done_on IS NULL AND follow_up_on <= ?"));
    q.bind(sql::date(today)).bind(sql::date(today.addDays(horizonDays)));
    if (Status status = q.exec(tr("Counting follow-ups due")); !status)
        return status.error();
    DueCounts counts;
    if (q.next()) {
        counts.due = int(q.integer(0));
        counts.overdue = int(q.integer(1));
    }
    return counts;
}

Result<QList<Id>> followUpIdsDue(const Database &db, const QDate &today, int horizonDays,
                                 bool overdueOnly)
{
    if (Status status = detail::checkWindow(today, horizonDays); !status)
        return status.error();
    Query q(db, QStringLiteral("SELECT id FROM interaction WHERE follow_up_on IS NOT NULL "
                               "AND follow_up_done_on IS NULL AND follow_up_on <= ? "
                               "ORDER BY follow_up_on, id"));
    q.bind(sql::date(overdueOnly ? today.addDays(-1) : today.addDays(horizonDays)));
    if (Status status = q.exec(tr("Listing follow-ups due")); !status)
        return status.error();
    QList<Id> ids;
    while (q.next())
        ids.append(q.integer(0));
    return ids;
}

Result<QList<RenewalDue>> renewalsDue(const Database &db, const QDate &today, int days)
{
    if (Status status = detail::checkWindow(today, days); !status)
        return status.error();
    Query q(db,
            QStringLiteral("SELECT m.id, m.organization_id, o.name, m.person_id, p.display_name, "
                           "m.renewal_date, m.dues_cents, m.dues_currency, m.dues_period "
                           "FROM membership m "
                           "JOIN organization o ON o.id = m.organization_id "
                           "LEFT JOIN person p ON p.id = m.person_id "
                           "WHERE m.renewal_date IS NOT NULL AND m.renewal_date <= ? "
                           "AND (m.renewal_date >= ? OR m.status <> 'lapsed') "
                           "ORDER BY m.renewal_date, o.name COLLATE NOCASE, m.id"));
    q.bind(sql::date(today.addDays(days))).bind(sql::date(today));
    if (Status status = q.exec(tr("Listing renewals due")); !status)
        return status.error();
    QList<RenewalDue> items;
    while (q.next()) {
        RenewalDue item;
        item.membershipId = q.integer(0);
        item.organizationId = q.integer(1);
        item.organizationName = q.string(2);
        item.personId = q.optionalId(3);
        item.personName = q.string(4);
        item.renewalDate = q.date(5);
        if (!q.value(6).isNull())
            item.dues = Money{q.integer(6), q.string(7)};
        item.duesPeriod = sql::toEnum(q.value(8), DuesPeriod::Year);
        item.overdue = item.renewalDate < today;
        items.append(std::move(item));
    }
    return items;
}

Result<QList<DeadlineDue>> deadlinesDue(const Database &db, const QDate &today, int days)
{
    if (Status status = detail::checkWindow(today, days); !status)
        return status.error();
    // `done = 0` matches the partial index event_deadline_due.
    Query q(db, QStringLiteral(
                    "SELECT d.id, d.event_id, e.name, d.kind, d.due_on, d.position "
                    "FROM event_deadline d JOIN event e ON e.id = d.event_id "
                    "WHERE d.done = 0 AND d.due_on <= ? AND e.status <> 'skipped' "
                    "AND (d.due_on >= ? OR e.status <> 'attended') "
                    "ORDER BY d.due_on, e.name COLLATE NOCASE, d.event_id, d.position, d.id"));
    q.bind(sql::date(today.addDays(days))).bind(sql::date(today));
    if (Status status = q.exec(tr("Listing event deadlines due")); !status)
        return status.error();
    QList<DeadlineDue> items;
    while (q.next()) {
        DeadlineDue item;
        item.deadlineId = q.integer(0);
        item.eventId = q.integer(1);
        item.eventName = q.string(2);
        item.kind = sql::toEnum(q.value(3), DeadlineKind::Other);
        item.due = q.date(4);
        item.position = static_cast<int>(q.integer(5));
        item.overdue = item.due < today;
        items.append(std::move(item));
    }
    return items;
}

Result<QList<UpcomingEvent>> upcomingEvents(const Database &db, const QDate &today, int days)
{
    if (Status status = detail::checkWindow(today, days); !status)
        return status.error();
    Query q(db, QStringLiteral(
                    "SELECT e.id, e.name, e.start_date, e.end_date, e.status, e.currency, "
                    "(SELECT coalesce(sum(c.planned_cents), 0) FROM event_cost c "
                    " WHERE c.event_id = e.id), "
                    "nd.kind, nd.due_on "
                    "FROM event e "
                    "LEFT JOIN event_deadline nd ON nd.id = ("
                    " SELECT d.id FROM event_deadline d "
                    " WHERE d.event_id = e.id AND d.done = 0 AND d.due_on >= ? "
                    " ORDER BY d.due_on, d.position, d.id LIMIT 1) "
                    "WHERE e.start_date >= ? AND e.start_date <= ? AND e.status <> 'skipped' "
                    "ORDER BY e.start_date, e.start_time, e.name COLLATE NOCASE, e.id"));
    q.bind(sql::date(today)).bind(sql::date(today)).bind(sql::date(today.addDays(days)));
    if (Status status = q.exec(tr("Listing upcoming events")); !status)
        return status.error();
    QList<UpcomingEvent> items;
    while (q.next()) {
        UpcomingEvent item;
        item.eventId = q.integer(0);
        item.name = q.string(1);
        item.startDate = q.date(2);
        item.endDate = q.date(3);
        item.status = sql::toEnum(q.value(4), EventStatus::Considering);
        item.plannedTotal = Money{q.integer(6), q.string(5)};
        if (!q.value(8).isNull())
            item.nextDeadline =
                NextDeadline{sql::toEnum(q.value(7), DeadlineKind::Other), q.date(8)};
        items.append(std::move(item));
    }
    return items;
}

} // namespace kith::insights
