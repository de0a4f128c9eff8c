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

// The sqlite3 shell's own CSV import of the same rows into a plain table: the floor any
// import could reach. -1 when the shell is not installed.
double shellImportMs(const QString &csvPath, const QString &scratchDir)
{
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty())
        return -1;
    QFile plain(csvPath + QStringLiteral(".rows"));
    QFile source(csvPath);
    if (!source.open(QIODevice::ReadOnly) || !plain.open(QIODevice::WriteOnly))
        return -1;
    const QByteArray all = source.readAll();
    plain.write(all.mid(all.indexOf("First Name,"))); // the shell wants the header first
    plain.close();
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(shell,
                  {scratchDir + QStringLiteral("/shell.sqlite"), QStringLiteral("-cmd"),
                   QStringLiteral(".mode csv"),
                   QStringLiteral(".import ") + plain.fileName() + QStringLiteral(" connections")});
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return -1;
    return elapsedMs(timer);
}

} // namespace

QJsonObject measureInterchange(int rows, const QString &scratchDir)
{
    QJsonObject figures{{QStringLiteral("rows"), rows}};

    // LinkedIn: read, plan and write, as `kith import linkedin` does.
    const QString csvPath = scratchDir + QStringLiteral("/Connections.csv");
    {
        QFile file(csvPath);
        if (file.open(QIODevice::WriteOnly))
            file.write(connectionsCsv(rows));
    }
    Result<std::unique_ptr<Database>> db =
        Database::open(scratchDir + QStringLiteral("/linkedin.sqlite"));
    if (db) {
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
        figures.insert(QStringLiteral("linkedin_import_ms"), elapsedMs(timer));
        figures.insert(QStringLiteral("linkedin_read_ms"), readMs);
        figures.insert(QStringLiteral("linkedin_plan_ms"), planMs);
        figures.insert(QStringLiteral("linkedin_people_created"),
                       summary ? summary->peopleCreated : -1);
        if (!summary)
            std::fprintf(stderr, "kith-bench: import: %s\n", qPrintable(summary.errorMessage()));
    }
    const double shellMs = shellImportMs(csvPath, scratchDir);
    figures.insert(QStringLiteral("sqlite3_shell_import_ms"), shellMs);
    // The target is a ratio measured in the same run, so that a busy machine shifts both.
    if (shellMs > 0 && figures.contains(QStringLiteral("linkedin_import_ms")))
        figures.insert(
            QStringLiteral("linkedin_import_vs_shell"),
            rounded(figures.value(QStringLiteral("linkedin_import_ms")).toDouble() / shellMs, 1));

    // vCard: the people just imported, written and read back.
    if (db) {
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
