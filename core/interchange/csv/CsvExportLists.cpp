#include "CsvExportLists.h"

#include "ExportTables.h"

#include <QCoreApplication>

namespace kith::csv::lists {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::csv", text);
}

// Each record's tags, from the link table of its kind (a name fixed in code).
Result<QHash<Id, QStringList>> tagsOf(const Database &db, const char *linkTable,
                                      const char *ownerColumn)
{
    const QByteArray sql = QByteArray("SELECT l.") + ownerColumn + ", t.name FROM " + linkTable +
                           " l JOIN tag t ON t.id = l.tag_id ORDER BY t.name COLLATE NOCASE";
    return textsByOwner(db, sql.constData());
}

QStringList headerRow(std::initializer_list<const char *> headers)
{
    QStringList row;
    for (const char *header : headers)
        row.append(QString::fromUtf8(header));
    return row;
}

} // namespace

Status organizations(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, QStringList>> tags = tagsOf(db, "organization_tag", "organization_id");
    Result<QHash<Id, QStringList>> pages =
        textsByOwner(db, "SELECT organization_id, url FROM organization_profile "
                         "ORDER BY organization_id, position, id");
    Result<QHash<Id, QString>> people = textById(
        db, "SELECT organization_id, count(DISTINCT person_id) FROM role "
            "WHERE end_date IS NULL AND organization_id IS NOT NULL GROUP BY organization_id");
    for (const Status &status : {Status(tags), Status(pages), Status(people)}) {
        if (!status)
            return status;
    }
    out.row(headerRow({"Name", "Kind", "Website", "Social pages", "City", "Region", "Country",
                       "People working there", "Tags", "Notes"}));
    TableReader rows(db, "SELECT id, name, kind, website, city, region, country, notes "
                         "FROM organization ORDER BY name COLLATE NOCASE, id");
    while (rows.next()) {
        const Id id = rows.integer(0);
        out.cell(rows.text(1)).cell(rows.label<OrganizationKind>(2)).cell(rows.text(3));
        out.cell(joined(pages->value(id)));
        out.cell(rows.text(4)).cell(rows.text(5)).cell(rows.text(6));
        out.cell(people->value(id, QStringLiteral("0"))).cell(joined(tags->value(id)));
        out.cell(rows.text(7));
        out.endRow();
    }
    return rows.status();
}

Status groups(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, QStringList>> tags = tagsOf(db, "group_tag", "group_id");
    if (!tags)
        return tags.error();
    out.row(headerRow({"Name", "Platform", "URL", "Joined", "Found through", "Members",
                       "Keep in touch (days)", "Tags", "Notes"}));
    TableReader rows(db, "SELECT g.id, g.name, g.platform, g.url, g.joined_on, "
                         "coalesce(vg.name, vp.display_name), coalesce(c.members, 0), "
                         "g.cadence_days, g.notes FROM online_group g "
                         "LEFT JOIN online_group vg ON vg.id = g.discovered_via_group_id "
                         "LEFT JOIN person vp ON vp.id = g.discovered_via_person_id "
                         "LEFT JOIN (SELECT group_id, count(*) AS members FROM group_member "
                         "GROUP BY group_id) c ON c.group_id = g.id "
                         "ORDER BY g.name COLLATE NOCASE, g.id");
    while (rows.next()) {
        out.cell(rows.text(1)).cell(rows.label<GroupPlatform>(2)).cell(rows.text(3));
        out.cell(rows.text(4)).cell(rows.text(5)).cell(rows.text(6)).cell(rows.text(7));
        out.cell(joined(tags->value(rows.integer(0)))).cell(rows.text(8));
        out.endRow();
    }
    return rows.status();
}

Status memberships(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, QStringList>> tags = tagsOf(db, "membership_tag", "membership_id");
    if (!tags)
        return tags.error();
    out.row(headerRow({"Member", "Organization", "Role", "Since", "Status", "Dues", "Currency",
                       "Period", "Paid by", "Renewal", "Tags", "Notes"}));
    TableReader rows(db, "SELECT m.id, p.display_name, o.name, m.role, m.since, m.status, "
                         "m.dues_cents, m.dues_currency, m.dues_period, m.paid_by, "
                         "m.renewal_date, m.notes FROM membership m "
                         "JOIN organization o ON o.id = m.organization_id "
                         "LEFT JOIN person p ON p.id = m.person_id "
                         "ORDER BY o.name COLLATE NOCASE, m.id");
    while (rows.next()) {
        out.cell(rows.isNull(1) ? tr("You") : rows.text(1)).cell(rows.text(2)).cell(rows.text(3));
        out.cell(rows.text(4)).cell(rows.label<MembershipStatus>(5));
        out.cell(rows.isNull(6) ? QString() : amount(rows.integer(6))).cell(rows.text(7));
        out.cell(rows.label<DuesPeriod>(8)).cell(rows.label<Payer>(9)).cell(rows.text(10));
        out.cell(joined(tags->value(rows.integer(0)))).cell(rows.text(11));
        out.endRow();
    }
    return rows.status();
}

Status recommendations(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, QStringList>> tags = tagsOf(db, "recommendation_tag", "recommendation_id");
    if (!tags)
        return tags.error();
    out.row(headerRow({"Direction", "Person", "Platform", "Context", "Status", "Requested on",
                       "Completed on", "Tags", "Text"}));
    TableReader rows(db, "SELECT r.id, r.direction, p.display_name, r.platform, r.context, "
                         "r.status, r.requested_on, r.completed_on, r.body FROM recommendation r "
                         "JOIN person p ON p.id = r.person_id ORDER BY r.id");
    while (rows.next()) {
        out.cell(rows.label<RecommendationDirection>(1)).cell(rows.text(2));
        out.cell(rows.label<RecommendationPlatform>(3)).cell(rows.text(4));
        out.cell(rows.label<RecommendationStatus>(5)).cell(rows.text(6)).cell(rows.text(7));
        out.cell(joined(tags->value(rows.integer(0)))).cell(rows.text(8));
        out.endRow();
    }
    return rows.status();
}

Status interactions(const Database &db, CsvWriter &out)
{
    Result<QHash<Id, QStringList>> tags = tagsOf(db, "interaction_tag", "interaction_id");
    Result<QHash<Id, QStringList>> people =
        textsByOwner(db, "SELECT ip.interaction_id, p.display_name FROM interaction_person ip "
                         "JOIN person p ON p.id = ip.person_id "
                         "ORDER BY p.display_name COLLATE NOCASE");
    for (const Status &status : {Status(tags), Status(people)}) {
        if (!status)
            return status;
    }
    out.row(headerRow(
        {"Date", "Kind", "People", "Event", "Summary", "Follow-up due", "Follow-up done", "Tags"}));
    TableReader rows(db, "SELECT i.id, i.occurred_on, i.kind, e.name, i.summary, "
                         "i.follow_up_on, i.follow_up_done_on FROM interaction i "
                         "LEFT JOIN event e ON e.id = i.event_id "
                         "ORDER BY i.occurred_on DESC, i.id DESC");
    while (rows.next()) {
        const Id id = rows.integer(0);
        out.cell(rows.text(1)).cell(rows.label<InteractionKind>(2));
        out.cell(joined(people->value(id))).cell(rows.text(3)).cell(rows.text(4));
        out.cell(rows.text(5)).cell(rows.text(6)).cell(joined(tags->value(id)));
        out.endRow();
    }
    return rows.status();
}

} // namespace kith::csv::lists
