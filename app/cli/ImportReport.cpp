#include "ImportReport.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>

namespace kith::cli {

namespace {

// tr(text, disambiguation, n): with three arguments lupdate files a string as plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kith::cli", text, disambiguation, n);
}

// People read the first rejections; the rest is one line, so a broken file does not
// flood the terminal. --json lists them all.
constexpr int shownRejections = 20;

void line(QTextStream &out, const QString &label, int value)
{
    out << "  " << label.leftJustified(28) << ' ' << value << '\n';
}

} // namespace

void ImportReport::print(QTextStream &out) const
{
    const QString file = QDir::toNativeSeparators(source);
    if (dryRun)
        out << tr("Dry run, nothing written: importing %1 into %2 would give:").arg(file, database)
            << '\n';
    else
        out << tr("Imported %1 into %2:").arg(file, database) << '\n';
    const interchange::ImportCounts &c = counts;
    line(out, tr("new people"), c.newPeople);
    line(out, tr("updated people"), c.updatedPeople);
    line(out, tr("unchanged people"), c.unchangedPeople);
    line(out, tr("duplicate people"), c.duplicatePeople);
    line(out, tr("people named in records"), c.namedPeople);
    line(out, tr("job or title changes"), c.jobChanges);
    line(out, tr("new organizations"), c.newOrganizations);
    line(out, tr("new recommendations"), c.newRecommendations);
    line(out, tr("new events"), c.newEvents);
    line(out, tr("updated events"), c.updatedEvents);
    line(out, tr("new interactions"), c.newInteractions);
    line(out, tr("already imported"), c.alreadyImported);
    line(out, tr("rejected rows"), c.rejected);
    line(out, tr("skipped empty rows"), c.skippedEmpty);
    if (written) {
        out << tr("Written: %1 people created, %2 merged, %3 skipped; %4 earlier jobs kept as "
                  "history.")
                   .arg(written->peopleCreated)
                   .arg(written->peopleMerged)
                   .arg(written->peopleSkipped)
                   .arg(written->rolesClosed)
            << '\n';
    }
    if (!mapping.isEmpty())
        out << tr("Columns: %1").arg(mapping) << '\n';
    for (const QString &note : notes)
        out << tr("Note: %1").arg(note) << '\n';
    if (!rejected.isEmpty())
        out << tr("Rejected:") << '\n';
    for (qsizetype i = 0; i < rejected.size() && i < shownRejections; ++i)
        out << "  " << rejected[i].where.display() << ": " << rejected[i].reason << '\n';
    if (rejected.size() > shownRejections)
        out << "  " << tr("… and %n more", nullptr, int(rejected.size() - shownRejections)) << '\n';
}

QJsonObject ImportReport::toJson() const
{
    // Keys are part of Kith's scripting interface: add new ones, never rename.
    const interchange::ImportCounts &c = counts;
    QJsonObject json{{QStringLiteral("format"), format},
                     {QStringLiteral("source"), source},
                     {QStringLiteral("database"), database},
                     {QStringLiteral("dry_run"), dryRun},
                     {QStringLiteral("new_people"), c.newPeople},
                     {QStringLiteral("updated_people"), c.updatedPeople},
                     {QStringLiteral("unchanged_people"), c.unchangedPeople},
                     {QStringLiteral("duplicate_people"), c.duplicatePeople},
                     {QStringLiteral("named_people"), c.namedPeople},
                     {QStringLiteral("job_changes"), c.jobChanges},
                     {QStringLiteral("new_organizations"), c.newOrganizations},
                     {QStringLiteral("new_recommendations"), c.newRecommendations},
                     {QStringLiteral("new_events"), c.newEvents},
                     {QStringLiteral("updated_events"), c.updatedEvents},
                     {QStringLiteral("new_interactions"), c.newInteractions},
                     {QStringLiteral("already_imported"), c.alreadyImported},
                     {QStringLiteral("rejected"), c.rejected},
                     {QStringLiteral("skipped_empty"), c.skippedEmpty}};
    if (written) {
        json.insert(
            QStringLiteral("written"),
            QJsonObject{
                {QStringLiteral("people_created"), written->peopleCreated},
                {QStringLiteral("people_merged"), written->peopleMerged},
                {QStringLiteral("people_unchanged"), written->peopleUnchanged},
                {QStringLiteral("people_skipped"), written->peopleSkipped},
                {QStringLiteral("roles_closed"), written->rolesClosed},
                {QStringLiteral("organizations_created"), written->organizationsCreated},
                {QStringLiteral("recommendations_created"), written->recommendationsCreated},
                {QStringLiteral("events_created"), written->eventsCreated},
                {QStringLiteral("events_updated"), written->eventsUpdated},
                {QStringLiteral("interactions_created"), written->interactionsCreated}});
    }
    if (!mapping.isEmpty())
        json.insert(QStringLiteral("mapping"), mapping);
    QJsonArray rows;
    for (const RejectedRow &row : rejected) {
        rows.append(QJsonObject{{QStringLiteral("file"), row.where.file},
                                {QStringLiteral("line"), row.where.line},
                                {QStringLiteral("reason"), row.reason}});
    }
    json.insert(QStringLiteral("rejections"), rows);
    json.insert(QStringLiteral("notes"), QJsonArray::fromStringList(notes));
    return json;
}

void RestoreReport::print(QTextStream &out) const
{
    const QString file = QDir::toNativeSeparators(source);
    const int total = int(summary.totalRows());
    if (dryRun)
        out << tr("Dry run, nothing written: %1 holds %n row(s) and can be restored into %2:",
                  nullptr, total)
                   .arg(file, database)
            << '\n';
    else
        out << tr("Restored %n row(s) from %1 into %2:", nullptr, total).arg(file, database)
            << '\n';
    for (const auto &[table, rows] : summary.rowsPerTable)
        line(out, table, int(rows));
}

QJsonObject RestoreReport::toJson() const
{
    QJsonObject tables;
    for (const auto &[table, rows] : summary.rowsPerTable)
        tables.insert(table, qint64(rows));
    return {{QStringLiteral("format"), QStringLiteral("backup")},
            {QStringLiteral("source"), source},
            {QStringLiteral("database"), database},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("schema_version"), summary.schemaVersion},
            {QStringLiteral("exported_at"), summary.exportedAt},
            {QStringLiteral("total_rows"), qint64(summary.totalRows())},
            {QStringLiteral("tables"), tables}};
}

} // namespace kith::cli
