#include "Statistics.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Statistics", text);
}

// Source tables of the search index and the code their index rows carry (0002_search.sql).
struct SearchSource
{
    const char *table;
    int code;
};
constexpr SearchSource searchSources[] = {
    {"person", 1},       {"person_email", 2},   {"role", 3},           {"organization", 4},
    {"online_group", 5}, {"event", 6},          {"recommendation", 7}, {"interaction", 8},
    {"membership", 9},   {"event_session", 10},
};

} // namespace

Result<RecordCounts> countRecords(const Database &db)
{
    Query q(db, QStringLiteral(
                    "SELECT (SELECT count(*) FROM person), (SELECT count(*) FROM organization), "
                    "(SELECT count(*) FROM online_group), (SELECT count(*) FROM membership), "
                    "(SELECT count(*) FROM event), (SELECT count(*) FROM interaction), "
                    "(SELECT count(*) FROM recommendation WHERE direction = 'given'), "
                    "(SELECT count(*) FROM recommendation WHERE direction = 'received'), "
                    "(SELECT count(*) FROM tag), (SELECT user_version FROM pragma_user_version)"));
    if (Status status = q.exec(tr("Counting records")); !status)
        return status.error();
    if (!q.next())
        return Error(ErrorCode::Storage, tr("Counting records returned nothing."));
    RecordCounts counts;
    counts.people = q.integer(0);
    counts.organizations = q.integer(1);
    counts.groups = q.integer(2);
    counts.memberships = q.integer(3);
    counts.events = q.integer(4);
    counts.interactions = q.integer(5);
    counts.recommendationsGiven = q.integer(6);
    counts.recommendationsReceived = q.integer(7);
    counts.tags = q.integer(8);
    counts.schemaVersion = static_cast<int>(q.integer(9));
    return counts;
}

Result<QStringList> checkIntegrity(Database &db)
{
    QStringList problems;
    Query integrity(db, QStringLiteral("PRAGMA integrity_check"));
    if (Status status = integrity.exec(tr("Checking integrity")); !status)
        return status.error();
    while (integrity.next()) {
        if (integrity.string(0) != QLatin1String("ok"))
            problems.append(integrity.string(0));
    }
    Query foreignKeys(db, QStringLiteral("PRAGMA foreign_key_check"));
    if (Status status = foreignKeys.exec(tr("Checking references")); !status)
        return status.error();
    while (foreignKeys.next()) {
        problems.append(
            tr("%1 row %2 refers to a missing %3 record.")
                .arg(foreignKeys.string(0), foreignKeys.string(1), foreignKeys.string(2)));
    }
    if (!db.isReadOnly()) {
        // FTS5 compares its index with its own content; needs a writable connection.
        Query fts(db, QStringLiteral(
                          "INSERT INTO search_index(search_index) VALUES ('integrity-check')"));
        if (Status status = fts.exec(); !status)
            problems.append(tr("The search index is damaged: %1").arg(status.error().message()));
    }
    // Every source row owns exactly one index row (0002_search.sql); count both sides.
    QHash<int, qint64> indexed;
    Query codes(db, QStringLiteral("SELECT rowid % 16, count(*) FROM search_index GROUP BY 1"));
    if (Status status = codes.exec(tr("Checking the search index")); !status)
        return status.error();
    while (codes.next())
        indexed.insert(static_cast<int>(codes.integer(0)), codes.integer(1));
    for (const SearchSource &source : searchSources) {
        Query rows(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(source.table)));
        const qint64 count = rows.scalar(tr("Checking the search index")).valueOr(-1);
        if (count != indexed.value(source.code)) {
            problems.append(tr("The search index holds %1 entries for %2 %3 rows.")
                                .arg(indexed.value(source.code))
                                .arg(count)
                                .arg(QLatin1String(source.table)));
        }
    }
    return problems;
}

} // namespace kith
