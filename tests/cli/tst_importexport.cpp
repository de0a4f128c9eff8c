// `kith import`, `kith export`, `kith duplicates` and `kith merge`, run as the real binary
// on the fixtures of tests/data, the way a user or a script runs them.

#include "KithProcess.h"
#include "interchange/csv/CsvExport.h"
#include "storage/Database.h"
#include "storage/PersonStore.h"
#include "support/Fixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QStandardPaths>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace kith;
using namespace kith::test;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// The counts an import reports, as --json names them.
const QStringList countKeys = {
    s("new_people"),   s("updated_people"), s("unchanged_people"),  s("duplicate_people"),
    s("named_people"), s("job_changes"),    s("new_organizations"), s("new_recommendations"),
    s("new_events"),   s("updated_events"), s("new_interactions"),  s("already_imported"),
    s("rejected"),     s("skipped_empty")};

// A zip of the files of a folder, as LinkedIn hands its export out.
bool zipFolder(const QString &folder, const QString &zipPath)
{
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile source(dir.filePath(name));
        if (!source.open(QIODevice::ReadOnly))
            return false;
        QuaZipFile entry(&zip);
        if (!entry.open(QIODevice::WriteOnly,
                        QuaZipNewInfo(QStringLiteral("Basic_LinkedInDataExport/") + name)))
            return false;
        entry.write(source.readAll());
        entry.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Runs the shared validator (Mozilla's ical.js plus the RFC rules) on an export. Without
// node or the tool it says so; the caller's own format checks still ran.
void validateWithSharedTool(const QString &file)
{
    QString tools = qEnvironmentVariable("KITH_SHARED_TOOLS");
    if (tools.isEmpty())
        tools = QStringLiteral(KITH_SHARED_TOOLS);
    const QString validator = tools + QStringLiteral("/validate");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty() ||
        !QFileInfo::exists(validator)) {
        qInfo("The shared validator cannot run here (no node or no %s); only the test's own "
              "format checks were made.",
              qPrintable(validator));
        return;
    }
    QProcess process;
    process.start(QStringLiteral("bash"), {validator, file});
    QVERIFY(process.waitForFinished(120000));
    const QString output =
        QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
    if (process.exitCode() == 2) { // could not install ical.js (offline): visible, not silent
        qInfo("The shared validator could not set itself up: %s", qPrintable(output));
        return;
    }
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    QVERIFY2(!output.contains(QLatin1String("WARNING")), qPrintable(output));
}

// Every line of a vCard or iCalendar file ends in CRLF and holds at most 75 octets.
QString formatProblem(const QByteArray &bytes)
{
    if (!bytes.endsWith("\r\n"))
        return s("the file does not end in CRLF");
    const QList<QByteArray> lines = bytes.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines[i].endsWith('\r'))
            return QStringLiteral("line %1 ends in a bare LF").arg(i + 1);
        if (lines[i].size() - 1 > 75)
            return QStringLiteral("line %1 is longer than 75 octets").arg(i + 1);
    }
    return {};
}

} // namespace

class TestImportExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QString m_demo;
    int m_copies = 0;

    Run kith(const QStringList &arguments) { return runKith(m_home, arguments); }

    // A private copy of the demo network, made once for the whole test.
    QString demoCopy()
    {
        const QString path = m_files.filePath(QStringLiteral("demo-%1.sqlite").arg(++m_copies));
        if (!QFile::copy(m_demo, path))
            qWarning("cannot copy the demo database to %s", qPrintable(path));
        return path;
    }
    QString newPath(const QString &name)
    {
        return m_files.filePath(QStringLiteral("%1-%2").arg(++m_copies).arg(name));
    }

    // `kith stats --json`; without the file size unless asked, which any write may change.
    QJsonObject stats(const QString &db, bool withSize = false)
    {
        const Run run =
            kith({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
        if (run.exitCode != 0)
            qWarning("stats failed: %s", qPrintable(run.err));
        QJsonObject json = run.json();
        json.remove(QStringLiteral("database"));
        if (!withSize)
            json.remove(QStringLiteral("file_bytes"));
        return json;
    }
    static int recommendations(const QJsonObject &stats)
    {
        return stats.value(QStringLiteral("recommendations_given")).toInt() +
               stats.value(QStringLiteral("recommendations_received")).toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid() && m_files.isValid());
        m_demo = m_files.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = kith({QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                               QStringLiteral("--today"), QStringLiteral("2026-03-15")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void helpListsTheNewCommands()
    {
        const Run help = kith({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"import", "export", "duplicates", "merge"})
            QVERIFY2(help.out.contains(QLatin1String("\n  ") + QLatin1String(command)), command);
        for (const char *command : {"import", "export", "duplicates", "merge"}) {
            const Run own = kith({QLatin1String(command), QStringLiteral("--help")});
            QCOMPARE(own.exitCode, 0);
            QVERIFY2(own.out.startsWith(QStringLiteral("Usage: kith [--db FILE] ") +
                                        QLatin1String(command)),
                     qPrintable(own.out));
        }
        QVERIFY(kith({QStringLiteral("import"), QStringLiteral("--help")})
                    .out.contains(QStringLiteral("--dry-run")));
    }

    void importsEachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("newPeople");
        QTest::addColumn<int>("namedPeople");
        QTest::addColumn<int>("newEvents");
        QTest::addColumn<int>("newRecommendations");
        QTest::addColumn<int>("newInteractions");
        QTest::addColumn<int>("rejected");
        const QStringList none;
        // Connections, Tomás from Invitations.csv; Rosalind only recommends. Interactions: two
        // invitations and three days of endorsements.
        QTest::newRow("linkedin: extracted folder")
            << s("linkedin") << dataPath(s("linkedin/export-2024")) << none << 7 << 1 << 2 << 4 << 5
            << 0;
        QTest::newRow("linkedin: zip")
            << s("linkedin") << s("zip:linkedin/export-2024") << none << 7 << 1 << 2 << 4 << 5 << 0;
        QTest::newRow("linkedin: Connections.csv alone")
            << s("linkedin") << dataPath(s("linkedin/export-2025/Connections.csv")) << none << 6
            << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("linkedin: 2018 archive with spaces in names")
            << s("linkedin") << dataPath(s("linkedin/export-2018")) << none << 4 << 0 << 0 << 2 << 0
            << 0;
        QTest::newRow("vcard: Android 2.1") << s("vcard") << dataPath(s("vcard/android-2.1.vcf"))
                                            << none << 2 << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("vcard: Google 3.0") << s("vcard") << dataPath(s("vcard/google-3.0.vcf"))
                                           << none << 2 << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("vcard: Kith 4.0") << s("vcard") << dataPath(s("vcard/kith-4.0.vcf")) << none
                                         << 1 << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("vcard: a broken card among good ones")
            << s("vcard") << dataPath(s("vcard/broken.vcf")) << none << 6 << 0 << 0 << 0 << 0 << 1;
        QTest::newRow("ical: Google")
            << s("ical") << dataPath(s("ical/google.ics")) << none << 0 << 0 << 3 << 0 << 0 << 0;
        QTest::newRow("ical: Outlook")
            << s("ical") << dataPath(s("ical/outlook.ics")) << none << 0 << 0 << 4 << 0 << 0 << 0;
        QTest::newRow("ical: Apple all-day, one rejected")
            << s("ical") << dataPath(s("ical/apple-allday.ics")) << none << 0 << 0 << 3 << 0 << 0
            << 1;
        QTest::newRow("csv: Google Contacts, recognised")
            << s("csv") << dataPath(s("csv/google-2023.csv")) << none << 2 << 0 << 0 << 0 << 0 << 1;
        QTest::newRow("csv: Outlook, recognised")
            << s("csv") << dataPath(s("csv/outlook.csv")) << none << 2 << 0 << 0 << 0 << 0 << 0;
        QTest::newRow("csv: --map")
            << s("csv") << dataPath(s("csv/guess-english.csv"))
            << QStringList{s("--map"), s("Full Name=displayName,Work E-mail=email,"
                                         "Home Email=email,Company=organization,Title=title")}
            << 3 << 0 << 0 << 0 << 0 << 0;
    }

    void importsEachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFETCH(QStringList, extra);
        QFETCH(int, newPeople);
        QFETCH(int, namedPeople);
        QFETCH(int, newEvents);
        QFETCH(int, newRecommendations);
        QFETCH(int, newInteractions);
        QFETCH(int, rejected);
        if (path.startsWith(QStringLiteral("zip:"))) {
            const QString zip = newPath(QStringLiteral("export.zip"));
            QVERIFY(zipFolder(dataPath(path.mid(4)), zip));
            path = zip;
        }
        const QString db = demoCopy();
        const QStringList import =
            QStringList{QStringLiteral("--db"),  db, QStringLiteral("import"), format, path,
                        QStringLiteral("--json")} +
            extra;

        // A dry run writes nothing at all.
        const QJsonObject before = stats(db, true);
        const QByteArray untouched = fileHash(db);
        const Run dry = kith(import + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QCOMPARE(dry.json().value(QStringLiteral("dry_run")).toBool(), true);
        QVERIFY(!dry.json().contains(QStringLiteral("written")));
        QCOMPARE(fileHash(db), untouched);
        QCOMPARE(stats(db, true), before);

        // The import does what the dry run said, and nothing is printed on stderr when it
        // is not a terminal.
        const Run real = kith(import);
        QVERIFY2(real.exitCode == 0, qPrintable(real.err));
        QCOMPARE(real.err, QString());
        const QJsonObject json = real.json();
        for (const QString &key : countKeys)
            QVERIFY2(json.value(key) == dry.json().value(key), qPrintable(key));
        QCOMPARE(json.value(QStringLiteral("new_people")).toInt(), newPeople);
        QCOMPARE(json.value(QStringLiteral("named_people")).toInt(), namedPeople);
        QCOMPARE(json.value(QStringLiteral("new_events")).toInt(), newEvents);
        QCOMPARE(json.value(QStringLiteral("new_recommendations")).toInt(), newRecommendations);
        QCOMPARE(json.value(QStringLiteral("new_interactions")).toInt(), newInteractions);
        QCOMPARE(json.value(QStringLiteral("rejected")).toInt(), rejected);
        QCOMPARE(json.value(QStringLiteral("rejections")).toArray().size(), rejected);
        const QJsonObject written = json.value(QStringLiteral("written")).toObject();
        QCOMPARE(written.value(QStringLiteral("people_created")).toInt(), newPeople + namedPeople);

        const QJsonObject after = stats(db);
        const auto grew = [&](const char *key) {
            return after.value(QLatin1String(key)).toInt() -
                   before.value(QLatin1String(key)).toInt();
        };
        QCOMPARE(grew("people"), newPeople + namedPeople);
        QCOMPARE(grew("events"), newEvents);
        QCOMPARE(grew("interactions"), newInteractions);
        QCOMPARE(recommendations(after) - recommendations(before), newRecommendations);

        // The same file again adds nothing.
        const Run again = kith(import);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        for (const char *key : {"new_people", "named_people", "new_events", "new_recommendations",
                                "new_interactions", "updated_people"})
            QVERIFY2(again.json().value(QLatin1String(key)).toInt() == 0, key);
        QCOMPARE(stats(db), after);
    }

    void summaryIsReadableText()
    {
        const QString db = newPath(QStringLiteral("text.sqlite"));
        const Run run = kith({QStringLiteral("--db"), db, QStringLiteral("import"),
                              QStringLiteral("linkedin"), dataPath(s("linkedin/export-2024"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.startsWith(QStringLiteral("Imported ")), qPrintable(run.out));
        for (const char *line :
             {"new people                   7", "new recommendations          4",
              "new events                   2", "new interactions             5",
              "skipped empty rows           2", "job or title changes         0"})
            QVERIFY2(run.out.contains(QLatin1String(line)), line);

        const Run dry =
            kith({QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("linkedin"),
                  dataPath(s("linkedin/export-2025")), QStringLiteral("--dry-run")});
        QVERIFY2(dry.out.startsWith(QStringLiteral("Dry run, nothing written")),
                 qPrintable(dry.out));
        QVERIFY2(dry.out.contains(QStringLiteral("job or title changes         2")),
                 qPrintable(dry.out));
    }

    void dryRunIntoAMissingDatabaseCreatesNothing()
    {
        const QString db = newPath(QStringLiteral("absent.sqlite"));
        const Run run = kith({QStringLiteral("--db"), db, QStringLiteral("import"),
                              QStringLiteral("vcard"), dataPath(s("vcard/google-3.0.vcf")),
                              QStringLiteral("--dry-run"), QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QStringLiteral("new_people")).toInt(), 2);
        QVERIFY(!QFileInfo::exists(db));
        QCOMPARE(QDir(QFileInfo(db).path()).entryList({QFileInfo(db).fileName() + s("*")}),
                 QStringList());
    }

    void rejectionsNameFileAndLine()
    {
        const Run run = kith({QStringLiteral("--db"), newPath(QStringLiteral("r.sqlite")),
                              QStringLiteral("import"), QStringLiteral("vcard"),
                              dataPath(s("vcard/broken.vcf"))});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("\n  broken.vcf, line 13: ")),
                 qPrintable(run.out));
    }

    void manyRejectionsAreCutShort()
    {
        QByteArray cards;
        for (int i = 0; i < 25; ++i)
            cards += "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nameless\r\nEND:VCARD\r\n";
        const QString file = newPath(QStringLiteral("nameless.vcf"));
        QVERIFY(writeFile(file, cards));
        const QString db = newPath(QStringLiteral("n.sqlite"));
        const QStringList import{QStringLiteral("--db"), db, QStringLiteral("import"),
                                 QStringLiteral("vcard"), file};
        const Run text = kith(import);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QCOMPARE(text.out.count(QStringLiteral("nameless.vcf, line ")), 20);
        QVERIFY2(text.out.contains(QStringLiteral("nameless.vcf, line 77: ")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("… and 5 more")), qPrintable(text.out));

        const Run json = kith(import + QStringList{QStringLiteral("--json")});
        const QJsonArray rows = json.json().value(QStringLiteral("rejections")).toArray();
        QCOMPARE(rows.size(), 25);
        QCOMPARE(rows.last().toObject().value(QStringLiteral("line")).toInt(), 97);
        QCOMPARE(rows.last().toObject().value(QStringLiteral("file")).toString(),
                 QFileInfo(file).fileName());
    }

    void badFilesFailNamingFileAndLine_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated calendar")
            << s("ical") << dataPath(s("ical/truncated.ics")) << s("truncated.ics, line 47: ");
        QTest::newRow("binary calendar")
            << s("ical") << dataPath(s("ical/binary.ics")) << s("binary.ics, line 1: ");
        QTest::newRow("not a vCard file")
            << s("vcard") << dataPath(s("vcard/garbage.vcf")) << s("garbage.vcf, line 1: ");
        QTest::newRow("binary CSV")
            << s("csv") << dataPath(s("csv/garbage.csv")) << s("garbage.csv");
        QTest::newRow("not a LinkedIn file")
            << s("linkedin") << dataPath(s("linkedin/fuzz/lone-quote")) << s("lone-quote");
        QTest::newRow("not a backup")
            << s("backup") << dataPath(s("vcard/kith-4.0.vcf")) << s("kith-4.0.vcf");
        QTest::newRow("missing file")
            << s("vcard") << dataPath(s("vcard/absent.vcf")) << s("absent.vcf does not exist");
    }

    void badFilesFailNamingFileAndLine()
    {
        QFETCH(QString, format);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        // A failed first import leaves no database behind…
        const QString fresh = newPath(QStringLiteral("fresh.sqlite"));
        const Run run =
            kith({QStringLiteral("--db"), fresh, QStringLiteral("import"), format, path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("kith: ")), qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(fresh));
        // …and leaves an existing one untouched.
        const QString db = demoCopy();
        const QByteArray before = fileHash(db);
        QCOMPARE(
            kith({QStringLiteral("--db"), db, QStringLiteral("import"), format, path}).exitCode, 1);
        QCOMPARE(fileHash(db), before);
    }

    void csvWithUnknownColumnsAsksForAMapping()
    {
        const QString db = demoCopy();
        const QByteArray before = fileHash(db);
        const Run run = kith({QStringLiteral("--db"), db, QStringLiteral("import"),
                              QStringLiteral("csv"), dataPath(s("csv/guess-english.csv"))});
        QCOMPARE(run.exitCode, 1);
        for (const char *header : {"Full Name", "Work E-mail", "Cell Phone", "Known Since"})
            QVERIFY2(run.err.contains(QLatin1String(header)), header);
        for (const char *field : {"displayName", "givenName", "email", "organization", "tags"})
            QVERIFY2(run.err.contains(QLatin1String(field)), field);
        QVERIFY2(run.err.contains(QStringLiteral("--map")), qPrintable(run.err));
        QCOMPARE(fileHash(db), before);
    }

    void csvWithThousandsOfUnknownColumnsGetsAShortMessage()
    {
        QByteArray header;
        for (int i = 0; i < 100'000; ++i)
            header += (i ? "," : "") + QByteArray("x") + QByteArray::number(i);
        const QString file = newPath(s("wide.csv"));
        QVERIFY(writeFile(file, header + "\nAda,ada@example.org\n"));
        const Run run =
            kith({QStringLiteral("--db"), demoCopy(), QStringLiteral("import"), s("csv"), file});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(s("Columns: x0, x1, x2")), qPrintable(run.err.left(2000)));
        QVERIFY2(run.err.contains(s("x19 and 99980 more")), qPrintable(run.err.left(2000)));
        QVERIFY2(run.err.size() < 2000, qPrintable(run.err.left(2000)));
    }

    void csvMappingIsRemembered()
    {
        const QString db = demoCopy();
        const QString file = dataPath(s("csv/guess-english.csv"));
        const QStringList import{QStringLiteral("--db"), db,   QStringLiteral("import"),
                                 QStringLiteral("csv"),  file, QStringLiteral("--json")};
        // A dry run does not remember anything.
        const QString map = s("Full Name=displayName,Work E-mail=email,Company=organization");
        QCOMPARE(
            kith(import + QStringList{QStringLiteral("--map"), map, QStringLiteral("--dry-run")})
                .exitCode,
            0);
        QCOMPARE(kith(import).exitCode, 1);
        const Run mapped = kith(import + QStringList{QStringLiteral("--map"), map});
        QVERIFY2(mapped.exitCode == 0, qPrintable(mapped.err));
        QCOMPARE(mapped.json().value(QStringLiteral("new_people")).toInt(), 3);
        QCOMPARE(mapped.json().value(QStringLiteral("mapping")).toString(), map);

        // The next file with the same columns needs no --map.
        QByteArray next =
            fileBytes(file).split('\n').first() + "\nAsha Rao,asha@example.org,,,Globex,,,\n";
        const QString nextFile = newPath(QStringLiteral("next-month.csv"));
        QVERIFY(writeFile(nextFile, next));
        const Run remembered = kith({QStringLiteral("--db"), db, QStringLiteral("import"),
                                     QStringLiteral("csv"), nextFile, QStringLiteral("--json")});
        QVERIFY2(remembered.exitCode == 0, qPrintable(remembered.err));
        QCOMPARE(remembered.json().value(QStringLiteral("new_people")).toInt(), 1);
        QCOMPARE(remembered.json().value(QStringLiteral("mapping")).toString(), map);
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString vcf = dataPath(s("vcard/google-3.0.vcf"));
        QTest::newRow("import without a path") << QStringList{s("import"), s("vcard")};
        QTest::newRow("import of an unknown format") << QStringList{s("import"), s("pdf"), vcf};
        QTest::newRow("--map on a vCard import")
            << QStringList{s("import"), s("vcard"), vcf, s("--map"), s("A=email")};
        QTest::newRow("--map with an unknown field")
            << QStringList{s("import"), s("csv"), dataPath(s("csv/guess-english.csv")), s("--map"),
                           s("Full Name=fullName")};
        QTest::newRow("export csv without a list")
            << QStringList{s("export"), s("csv"), s("o.csv")};
        QTest::newRow("export of an unknown list")
            << QStringList{s("export"), s("csv"), s("friends"), s("o.csv")};
        QTest::newRow("export of an unknown format") << QStringList{s("export"), s("pdf"), s("o")};
        QTest::newRow("export vcard with a list")
            << QStringList{s("export"), s("vcard"), s("people"), s("o.vcf")};
        QTest::newRow("merge with one id") << QStringList{s("merge"), s("1")};
        QTest::newRow("merge with a name") << QStringList{s("merge"), s("1"), s("Ada")};
        QTest::newRow("merge of a person into themself") << QStringList{s("merge"), s("1"), s("1")};
        QTest::newRow("duplicates with an argument") << QStringList{s("duplicates"), s("all")};
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const QString db = demoCopy();
        const QByteArray before = fileHash(db);
        const Run run = kith(QStringList{QStringLiteral("--db"), db} + arguments);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QString());
        QVERIFY2(run.err.startsWith(QStringLiteral("kith: ")), qPrintable(run.err));
        QCOMPARE(fileHash(db), before);
    }

    void backupRoundTrip()
    {
        const QString demo = demoCopy();
        const QString backup = newPath(QStringLiteral("backup.json"));
        const Run saved = kith({QStringLiteral("--db"), demo, QStringLiteral("export"),
                                QStringLiteral("backup"), backup});
        QVERIFY2(saved.exitCode == 0, qPrintable(saved.err));
        QCOMPARE(QFile::permissions(backup) & 0x0077, QFileDevice::Permissions()); // owner only

        const QString restored = newPath(QStringLiteral("restored.sqlite"));
        const QStringList import{QStringLiteral("--db"),   restored, QStringLiteral("import"),
                                 QStringLiteral("backup"), backup,   QStringLiteral("--json")};
        const Run dry = kith(import + QStringList{QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.err));
        QVERIFY(!QFileInfo::exists(restored));
        const Run run = kith(import);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.json().value(QStringLiteral("total_rows")),
                 dry.json().value(QStringLiteral("total_rows")));
        QCOMPARE(run.json().value(QStringLiteral("tables")).toObject().value(s("person")).toInt(),
                 stats(demo).value(QStringLiteral("people")).toInt());
        QCOMPARE(stats(restored), stats(demo));
        QCOMPARE(kith({QStringLiteral("--db"), restored, QStringLiteral("check")}).exitCode, 0);

        // Lossless: the restored database backs up to the same tables.
        const QString again = newPath(QStringLiteral("again.json"));
        QCOMPARE(kith({QStringLiteral("--db"), restored, QStringLiteral("export"),
                       QStringLiteral("backup"), again})
                     .exitCode,
                 0);
        const auto tables = [](const QString &path) {
            return QJsonDocument::fromJson(fileBytes(path)).object().value(s("tables"));
        };
        QVERIFY(tables(backup).toObject().size() > 5);
        QCOMPARE(tables(again), tables(backup));

        // Only into an empty database.
        const QByteArray before = fileHash(demo);
        const Run refused = kith({QStringLiteral("--db"), demo, QStringLiteral("import"),
                                  QStringLiteral("backup"), backup});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("empty")), qPrintable(refused.err));
        QCOMPARE(fileHash(demo), before);
    }

    void vCardExportValidatesAndImportsBack()
    {
        const QString demo = demoCopy();
        const QString vcf = newPath(QStringLiteral("people.vcf"));
        const Run run = kith(
            {QStringLiteral("--db"), demo, QStringLiteral("export"), QStringLiteral("vcard"), vcf});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const int people = stats(demo).value(QStringLiteral("people")).toInt();
        QVERIFY2(run.out.contains(QString::number(people)), qPrintable(run.out));
        const QByteArray bytes = fileBytes(vcf);
        QCOMPARE(int(bytes.count("BEGIN:VCARD\r\n")), people);
        QCOMPARE(int(bytes.count("VERSION:4.0\r\n")), people);
        QCOMPARE(formatProblem(bytes), QString());
        QCOMPARE(QFile::permissions(vcf) & 0x0077, QFileDevice::Permissions());
        validateWithSharedTool(vcf);

        const Run back = kith({QStringLiteral("--db"), newPath(QStringLiteral("back.sqlite")),
                               QStringLiteral("import"), QStringLiteral("vcard"), vcf,
                               QStringLiteral("--json")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(back.json().value(QStringLiteral("new_people")).toInt(), people);
        QCOMPARE(back.json().value(QStringLiteral("rejected")).toInt(), 0);
        // Into the database it came from: every card is recognised by its UID.
        const Run home = kith({QStringLiteral("--db"), demo, QStringLiteral("import"),
                               QStringLiteral("vcard"), vcf, QStringLiteral("--json")});
        QCOMPARE(home.json().value(QStringLiteral("new_people")).toInt(), 0);
    }

    void iCalendarExportValidates()
    {
        const QString demo = demoCopy();
        const QString ics = newPath(QStringLiteral("calendar.ics"));
        const Run run =
            kith({QStringLiteral("--db"), demo, QStringLiteral("export"), QStringLiteral("ical"),
                  ics, QStringLiteral("--today"), QStringLiteral("2026-03-15")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QByteArray bytes = fileBytes(ics);
        QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
        QCOMPARE(int(bytes.count("BEGIN:VEVENT\r\n")),
                 stats(demo).value(QStringLiteral("events")).toInt());
        QVERIFY(bytes.count("BEGIN:VTODO\r\n") > 0);
        QCOMPARE(formatProblem(bytes), QString());
        validateWithSharedTool(ics);

        // Into the database it came from: its events are recognised by their UIDs.
        const Run back = kith({QStringLiteral("--db"), demo, QStringLiteral("import"),
                               QStringLiteral("ical"), ics, QStringLiteral("--json")});
        QVERIFY2(back.exitCode == 0, qPrintable(back.err));
        QCOMPARE(back.json().value(QStringLiteral("new_events")).toInt(), 0);
        QCOMPARE(back.json().value(QStringLiteral("new_interactions")).toInt(), 0);
    }

    void csvExportOfEachList_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QString>("statsKey"); // how many rows the list has, by `kith stats`
        const QStringList lists = csv::exportLists();
        QCOMPARE(lists.size(), 7);
        QTest::newRow("people") << s("people") << s("people");
        QTest::newRow("organizations") << s("organizations") << s("organizations");
        QTest::newRow("groups") << s("groups") << s("groups");
        QTest::newRow("memberships") << s("memberships") << s("memberships");
        QTest::newRow("events") << s("events") << s("events");
        QTest::newRow("recommendations") << s("recommendations") << s("recommendations");
        QTest::newRow("interactions") << s("interactions") << s("interactions");
    }

    void csvExportOfEachList()
    {
        QFETCH(QString, list);
        QFETCH(QString, statsKey);
        QVERIFY(csv::exportLists().contains(list));
        const QString out = newPath(list + QStringLiteral(".csv"));
        const Run run = kith({QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                              QStringLiteral("csv"), list, out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(list), qPrintable(run.out));
        const QByteArray bytes = fileBytes(out);
        QVERIFY(!bytes.isEmpty());
        // Records are one line each unless a quoted value holds a line break, so there are
        // at least as many lines as records, plus the header.
        const QJsonObject counts = stats(m_demo);
        const int records = statsKey == QLatin1String("recommendations")
                                ? recommendations(counts)
                                : counts.value(statsKey).toInt();
        QVERIFY(records > 0);
        QVERIFY2(bytes.count('\n') >= records + 1, qPrintable(list));
        QVERIFY(!bytes.startsWith('\n'));
        // Straight to stdout, the same bytes.
        const Run piped = kith({QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                                QStringLiteral("csv"), list, QStringLiteral("-")});
        QCOMPARE(piped.exitCode, 0);
        QCOMPARE(piped.rawOut, bytes);
    }

    void exportRefusesToOverwrite()
    {
        const QString out = newPath(QStringLiteral("precious.vcf"));
        QVERIFY(writeFile(out, "precious"));
        const QStringList exportArgs{QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                                     QStringLiteral("vcard"), out};
        const Run refused = kith(exportArgs);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--force")), qPrintable(refused.err));
        QCOMPARE(fileBytes(out), QByteArray("precious"));

        const Run forced = kith(exportArgs + QStringList{QStringLiteral("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QVERIFY(fileBytes(out).startsWith("BEGIN:VCARD\r\n"));

        const Run folder =
            kith({QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                  QStringLiteral("backup"), m_files.path(), QStringLiteral("--force")});
        QCOMPARE(folder.exitCode, 1);
    }

    void exportToStdout()
    {
        const Run run = kith({QStringLiteral("--db"), m_demo, QStringLiteral("export"),
                              QStringLiteral("ical"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.rawOut.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(run.rawOut.endsWith("END:VCALENDAR\r\n"));
        QCOMPARE(run.err, QString());
    }

    void duplicatesAndMerge()
    {
        const QString db = newPath(QStringLiteral("duplicates.sqlite"));
        Id ada = 0, countess = 0, grace = 0;
        {
            Result<std::unique_ptr<Database>> opened = Database::open(db);
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            PersonStore people(**opened);
            Person p;
            p.displayName = s("Ada Lovelace");
            p.emails = {{s("ada@example.org"), {}}};
            ada = people.create(p).valueOr(0);
            p.displayName = s("Augusta Ada King");
            p.emails = {{s("ADA@example.org"), {}}};
            p.phones = {{s("+44 20 7946 0000"), {}}};
            countess = people.create(p).valueOr(0);
            p = {};
            p.displayName = s("Grace Hopper");
            grace = people.create(p).valueOr(0);
            QVERIFY(ada && countess && grace);
        }
        const QStringList base{QStringLiteral("--db"), db};

        const Run json =
            kith(base + QStringList{QStringLiteral("duplicates"), QStringLiteral("--json")});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray groups = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(groups.size(), 1);
        const QJsonObject group = groups.first().toObject();
        const QJsonArray members = group.value(QStringLiteral("people")).toArray();
        QCOMPARE(members.size(), 2);
        QCOMPARE(members[0].toObject().value(QStringLiteral("id")).toInteger(), ada);
        QCOMPARE(members[1].toObject().value(QStringLiteral("id")).toInteger(), countess);
        QCOMPARE(members[1].toObject().value(QStringLiteral("name")).toString(),
                 s("Augusta Ada King"));
        QCOMPARE(group.value(QStringLiteral("reasons")).toArray(), QJsonArray{s("email")});

        const Run text = kith(base + QStringList{QStringLiteral("duplicates")});
        QVERIFY2(text.out.contains(QStringLiteral("kith merge %1 %2").arg(ada).arg(countess)),
                 qPrintable(text.out));
        QVERIFY(!text.out.contains(s("Grace Hopper")));

        const Run unknown = kith(base + QStringList{QStringLiteral("merge"), QString::number(ada),
                                                    QStringLiteral("999")});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(stats(db).value(QStringLiteral("people")).toInt(), 3);

        const Run merged = kith(base + QStringList{QStringLiteral("merge"), QString::number(ada),
                                                   QString::number(countess)});
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        QVERIFY2(merged.out.contains(s("Ada Lovelace")), qPrintable(merged.out));
        QCOMPARE(stats(db).value(QStringLiteral("people")).toInt(), 2);
        {
            Result<std::unique_ptr<Database>> opened = Database::open(db);
            QVERIFY(opened);
            const Person kept = PersonStore(**opened).get(ada).valueOr({});
            QCOMPARE(kept.displayName, s("Ada Lovelace"));
            QCOMPARE(kept.phones.size(), 1); // taken over from the person merged in
            QVERIFY(!PersonStore(**opened).get(countess));
        }
        const Run none = kith(base + QStringList{QStringLiteral("duplicates")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.out.contains(QStringLiteral("No duplicates")), qPrintable(none.out));
    }
};

QTEST_GUILESS_MAIN(TestImportExport)
#include "tst_importexport.moc"
