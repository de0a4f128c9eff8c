#include "KeepInTouch.h"

#include "InsightSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

namespace kith::insights {

namespace {

// `candidate` gathers everyone with a cadence of any origin, with the smallest cadence
// inherited from tags and groups (min() skips the NULL of a personal-cadence row). CROSS JOIN
// keeps SQLite from scanning every tag and group link: it starts from the few tags and groups
// that set a cadence and seeks their members. The latest contact is kept on the person
// (schema step 4), so `scheduled` reads one row per person and nothing else.
const QString pastCadenceStatement = QStringLiteral(
    "WITH candidate(person_id, inherited) AS ("
    " SELECT person_id, min(cadence) FROM ("
    "  SELECT id AS person_id, NULL AS cadence FROM person WHERE cadence_days IS NOT NULL"
    "  UNION ALL"
    "  SELECT pt.person_id, t.cadence_days FROM tag t"
    "  CROSS JOIN person_tag pt ON pt.tag_id = t.id WHERE t.cadence_days IS NOT NULL"
    "  UNION ALL"
    "  SELECT gm.person_id, g.cadence_days FROM online_group g"
    "  CROSS JOIN group_member gm ON gm.group_id = g.id WHERE g.cadence_days IS NOT NULL)"
    " GROUP BY person_id), "
    "scheduled AS ("
    " SELECT p.id, p.display_name, coalesce(p.cadence_days, c.inherited) AS cadence,"
    "  p.known_since, p.contact_snoozed_until,"
    "  p.last_contact_on AS last_contact"
    " FROM candidate c JOIN person p ON p.id = c.person_id) "
    "SELECT id, display_name, cadence, last_contact, known_since, contact_snoozed_until,"
    " max(julianday(coalesce(last_contact, known_since)) + cadence,"
    "     coalesce(julianday(contact_snoozed_until), 0)) AS due "
    "FROM scheduled WHERE due <= julianday(?) "
    "ORDER BY due, display_name COLLATE NOCASE, id");

} // namespace

Result<QList<CadenceDue>> peoplePastCadence(const Database &db, const QDate &today, int horizonDays)
{
    if (Status status = detail::checkWindow(today, horizonDays); !status)
        return status.error();
    Query q(db, pastCadenceStatement);
    q.bind(sql::date(today.addDays(horizonDays)));
    if (Status status = q.exec(detail::tr("Listing people to get in touch with")); !status)
        return status.error();
    QList<CadenceDue> items;
    while (q.next()) {
        CadenceDue item;
        item.personId = q.integer(0);
        item.name = q.string(1);
        item.cadenceDays = static_cast<int>(q.integer(2));
        item.lastContact = q.date(3);
        const QDate since = item.lastContact.isValid() ? item.lastContact : q.date(4);
        item.due = std::max(since.addDays(item.cadenceDays), q.date(5)); // a snooze puts it off
        item.snoozedUntil = q.date(5);
        item.daysOverdue = static_cast<int>(item.due.daysTo(today));
        items.append(std::move(item));
    }
    return items;
}

} // namespace kith::insights
