#include "InterchangeTimings.h"
#include "Rounding.h"

#include "SyntheticVocabulary.h"

#include "interchange/Importer.h"
#include "interchange/linkedin/LinkedIn.h"
#include "interchange/vcard/VCard.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>

namespace kith::bench {

namespace {

const char *const companies[] = {"Denver Public Library", "Library of Congress",
                                 "University of Denver", "Smithsonian Libraries"};

// The bench network's names (SyntheticVocabulary), every pair once before any repeats: a
// big network has namesakes, but not hundreds of each.
QString givenName(int i)
{
    return vocabulary::givenNames().at(i % vocabulary::givenNames().size());
}

QString familyName(int i)
{
    const qsizetype given = vocabulary::givenNames().size();
    return vocabulary::familyNames().at((i / given) % vocabulary::familyNames().size());
}

// A current-vintage export: the Notes preamble, then one row per connection, each with its
// own profile address so that none is a duplicate of another.
QByteArray connectionsCsv(int rows)
{
    QByteArray csv = "Notes:\n\"When exporting your connection data, you may notice that some "
                     "of the email addresses are missing.\"\n\n"
                     "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    csv.reserve(rows * 110);
    for (int i = 0; i < rows; ++i) {
        const QByteArray given = givenName(i).toUtf8();
        const QByteArray family = familyName(i).toUtf8();
        csv += given + ',' + family + ",https://www.linkedin.com/in/person-" +
               QByteArray::number(i) + ",," + companies[i % 4] + ",Librarian," +
               QByteArray::number(1 + i % 28) + " Mar 2024\n";
    }
    return csv;
}

// Each timing is the best of three runs: on a shared machine the same work can take twice
// as long from one run to the next, and the best run is the one least disturbed.
constexpr int runs = 3;

// Writes `data` to `path`; the path, or empty when it cannot be written.
QString writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size() ? path : QString();
}

// The best time of the sqlite3 shell running `script` on a new database; -1 when the shell
// is not installed or the script fails.
double bestShellMs(const QString &scratchDir, const QByteArray &script)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    const QString database = scratchDir + QStringLiteral("/shell.sqlite");
    double best = -1;
    for (int run = 0; run < runs; ++run) {
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(database + QLatin1String(suffix));
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(shell, {QStringLiteral("-bail"), database});
        process.write(script);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000) || process.exitCode() != 0) {
            std::fprintf(stderr, "kith-bench: sqlite3: %s\n",
                         process.readAllStandardError().constData());
            return -1;
        }
        const double ms = elapsedMs(timer);
        best = best < 0 ? ms : std::min(best, ms);
    }
    return best;
}

// The shell's own CSV import of the rows into a plain table: what the target compares with.
QByteArray plainImportScript(const QString &rowsPath)
{
    return ".import --csv " + rowsPath.toUtf8() + " connections\n";
}

// The least any store can do for the target's words, "with de-duplication and the search
// index maintained", done by the shell itself: the rows into one table with a unique index
// on the profile address, and the names and jobs into the cheapest FTS5 index (no stored
// text, no prefix indexes, no column sizes), in one transaction on a WAL database as Kith
// writes. No person, job history, organization or dashboard figures, and no parsing beyond
// the shell's own.
QByteArray searchFloorScript(const QString &rowsPath)
{
    return "PRAGMA journal_mode = WAL;\n"
           "CREATE TABLE connection(first_name, last_name, url, email, company, position, "
           "connected_on);\n"
           "CREATE UNIQUE INDEX connection_url ON connection(url);\n"
           "CREATE VIRTUAL TABLE connection_search USING fts5(name, work, tokenize = 'unicode61 "
           "remove_diacritics 2', content = '', columnsize = 0);\n"
           "BEGIN;\n"
           ".import --csv --skip 1 " +
           rowsPath.toUtf8() +
           " connection\n"
           "INSERT INTO connection_search(rowid, name, work) SELECT rowid, first_name || ' ' || "
           "last_name, company || ' ' || position FROM connection;\n"
           "COMMIT;\n";
}

// `kith import linkedin` of the file into a new database (read, plan and write), best of
// three, with the parts of the best run.
QJsonObject bestLinkedInImport(const QString &csvPath, const QString &scratchDir)
{
    QJsonObject best;
    for (int run = 0; run < runs; ++run) {
        const QString path = scratchDir + QStringLiteral("/linkedin-%1.sqlite").arg(run);
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db) {
            std::fprintf(stderr, "kith-bench: %s\n", qPrintable(db.errorMessage()));
            return best;
        }
        QElapsedTimer timer;
        timer.start();
        Result<ImportBatch> batch = linkedin::readFile(csvPath);
        const double readMs = elapsedMs(timer);
        Result<interchange::ImportPlan> plan =
            batch ? interchange::planImport(**db, std::move(batch).value())
                  : Result<interchange::ImportPlan>(batch.error());
        const double planMs = rounded(elapsedMs(timer) - readMs);
        Result<interchange::ImportSummary> summary =
            plan ? interchange::applyImport(**db, *plan)
                 : Result<interchange::ImportSummary>(plan.error());
        const double importMs = elapsedMs(timer);
        db->reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        if (!summary) {
            std::fprintf(stderr, "kith-bench: import: %s\n", qPrintable(summary.errorMessage()));
            return {};
        }
        if (!best.isEmpty() &&
            best.value(QStringLiteral("linkedin_import_ms")).toDouble() <= importMs)
            continue;
        best = {{QStringLiteral("linkedin_import_ms"), importMs},
                {QStringLiteral("linkedin_read_ms"), readMs},
                {QStringLiteral("linkedin_plan_ms"), planMs},
                {QStringLiteral("linkedin_people_created"), summary->peopleCreated}};
    }
    return best;
}

} // namespace

QJsonObject measureInterchange(int rows, const QString &scratchDir)
{
    QJsonObject figures{{QStringLiteral("rows"), rows}};

    // LinkedIn: read, plan and write, as `kith import linkedin` does.
    const QByteArray csv = connectionsCsv(rows);
    const QString csvPath = writeFile(scratchDir + QStringLiteral("/Connections.csv"), csv);
    const QJsonObject linkedin = bestLinkedInImport(csvPath, scratchDir);
    for (auto it = linkedin.begin(); it != linkedin.end(); ++it)
        figures.insert(it.key(), it.value());
    // The shell wants the header first, without the Notes preamble.
    const QString rowsPath =
        writeFile(scratchDir + QStringLiteral("/rows.csv"), csv.mid(csv.indexOf("First Name,")));
    const double shellMs = bestShellMs(scratchDir, plainImportScript(rowsPath));
    const double floorMs = bestShellMs(scratchDir, searchFloorScript(rowsPath));
    figures.insert(QStringLiteral("sqlite3_shell_import_ms"), shellMs);
    figures.insert(QStringLiteral("sqlite3_shell_search_floor_ms"), floorMs);
    // The target is a ratio measured in the same run, so that a busy machine shifts both.
    const auto versusShell = [&](const char *name, double ms) {
        if (shellMs > 0 && ms > 0)
            figures.insert(QLatin1String(name), rounded(ms / shellMs, 1));
    };
    versusShell("linkedin_import_vs_shell",
                linkedin.value(QStringLiteral("linkedin_import_ms")).toDouble(-1));
    versusShell("search_floor_vs_shell", floorMs);

    // vCard: the people just imported, written and read back.
    {
        QList<Person> people;
        people.reserve(rows);
        for (int i = 0; i < rows; ++i) {
            Person p;
            p.id = i + 1;
            p.givenName = givenName(i);
            p.familyName = familyName(i);
            p.displayName = p.givenName + QLatin1Char(' ') + p.familyName;
            p.emails = {{QStringLiteral("person%1@example.org").arg(i), QStringLiteral("work")}};
            p.notes = QStringLiteral("Met at the spring meeting; asked about archives work.");
            people.append(p);
        }
        QElapsedTimer timer;
        timer.start();
        const QByteArray cards = vcard::write(people);
        figures.insert(QStringLiteral("vcard_export_ms"), elapsedMs(timer));
        timer.restart();
        Result<ImportBatch> parsed = vcard::read(cards, QStringLiteral("bench.vcf"));
        const double parseMs = elapsedMs(timer);
        figures.insert(QStringLiteral("vcard_parse_ms"), parseMs);
        figures.insert(QStringLiteral("vcard_cards_per_s"),
                       parsed && parseMs > 0 ? qRound64(parsed->people.size() / parseMs * 1000)
                                             : -1);
    }
    return figures;
}

} // namespace kith::bench
