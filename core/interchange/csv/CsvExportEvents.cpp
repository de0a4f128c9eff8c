#include "CsvExportLists.h"

#include "ExportTables.h"

#include <QCoreApplication>

namespace kith::csv::lists {

namespace {

struct CostTotals
{
    qint64 planned = 0;
    qint64 actual = 0;
    bool hasActual = false;
};

Result<QHash<Id, CostTotals>> costTotals(const Database &db)
{
    QHash<Id, CostTotals> totals;
    TableReader rows(db, "SELECT event_id, sum(planned_cents), sum(actual_cents), "
                         "count(actual_cents) FROM event_cost GROUP BY event_id");
    while (rows.next())
        totals.insert(rows.integer(0), {rows.integer(1), rows.integer(2), rows.integer(3) > 0});
    if (Status status = rows.status(); !status)
        return status.error();
    return totals;
}

// "Early-bird 2026-04-01 (done)", in date order.
Result<QHash<Id, QStringList>> deadlines(const Database &db)
{
    QHash<Id, QStringList> result;
    TableReader rows(db, "SELECT event_id, kind, due_on, done FROM event_deadline "
                         "ORDER BY event_id, due_on, position");
    while (rows.next()) {
        QString text = rows.label<DeadlineKind>(1) + QLatin1Char(' ') + rows.text(2);
        if (rows.integer(3) != 0)
            text += QCoreApplication::translate("kith::csv", " (done)");
        result[rows.integer(0)].append(text);
    }
    if (Status status = rows.status(); !status)
        return status.error();
    return result;
}

Result<QHash<Id, QStringList>> participants(const Database &db, const char *role)
{
    const QByteArray sql = QByteArray("SELECT ep.event_id, p.display_name FROM event_participant "
                                      "ep JOIN person p ON p.id = ep.person_id WHERE ep.role = '") +
                           role + "' ORDER BY p.display_name COLLATE NOCASE";
    return textsByOwner(db, sql.constData());
}

} // namespace

Status events(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, QStringList>> tags =
        textsByOwner(db, "SELECT l.event_id, t.name FROM event_tag l JOIN tag t ON t.id = l.tag_id "
                         "ORDER BY t.name COLLATE NOCASE");
    Result<QHash<Id, CostTotals>> costs = costTotals(db);
    Result<QHash<Id, QStringList>> dates = deadlines(db);
    Result<QHash<Id, QStringList>> companions = participants(db, "companion");
    Result<QHash<Id, QStringList>> toMeet = participants(db, "to_meet");
    for (const Status &status :
         {Status(tags), Status(costs), Status(dates), Status(companions), Status(toMeet)}) {
        if (!status)
            return status;
    }
    QStringList headers;
    for (const char *header :
         {"Name",       "Organizer",      "Kind",         "Format",      "Start date",
          "Start time", "End date",       "End time",     "Time zone",   "Venue",
          "City",       "Region",         "Country",      "URL",         "Status",
          "Funding",    "Currency",       "Planned cost", "Actual cost", "Deadlines",
          "Companions", "People to meet", "Tags",         "Notes",       "Reflection"})
        headers.append(QString::fromUtf8(header));
    out.row(headers);

    TableReader rows(db, "SELECT e.id, e.name, o.name, e.kind, e.format, e.start_date, "
                         "e.start_time, e.end_date, e.end_time, e.time_zone, e.venue, e.city, "
                         "e.region, e.country, e.url, e.status, e.funding, e.currency, e.notes, "
                         "e.reflection FROM event e "
                         "LEFT JOIN organization o ON o.id = e.organizer_id "
                         "ORDER BY e.start_date, e.name COLLATE NOCASE, e.id");
    while (rows.next()) {
        const Id id = rows.integer(0);
        const CostTotals total = costs->value(id);
        out.cell(rows.text(1)).cell(rows.text(2));
        out.cell(rows.label<EventKind>(3)).cell(rows.label<EventFormat>(4));
        for (int column = 5; column <= 14; ++column)
            out.cell(rows.text(column));
        out.cell(rows.label<EventStatus>(15)).cell(rows.label<FundingStatus>(16));
        out.cell(rows.text(17));
        out.cell(costs->contains(id) ? amount(total.planned) : QString());
        out.cell(total.hasActual ? amount(total.actual) : QString());
        out.cell(joined(dates->value(id))).cell(joined(companions->value(id)));
        out.cell(joined(toMeet->value(id))).cell(joined(tags->value(id)));
        out.cell(rows.text(18)).cell(rows.text(19));
        out.endRow();
    }
    return rows.status();
}

} // namespace kith::csv::lists
