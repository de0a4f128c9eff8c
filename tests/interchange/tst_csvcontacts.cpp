#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "interchange/csv/CsvContacts.h"
#include "interchange/csv/MappingMemory.h"

#include <QTest>

using namespace kith;
using namespace kith::csv;
using namespace kith::test;

namespace {

QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

Result<ImportBatch> readFixture(const QString &name)
{
    const QByteArray data = readData(QStringLiteral("csv/") + name);
    Result<QStringList> headers = readHeaders(data, name);
    if (!headers)
        return headers.error();
    return readContacts(data, name, detectMapping(*headers));
}

const IncomingPerson *findPerson(const ImportBatch &batch, const QString &displayName)
{
    for (const IncomingPerson &incoming : batch.people) {
        if (incoming.person.displayName == displayName)
            return &incoming;
    }
    return nullptr;
}

QStringList values(const QList<ContactPoint> &points)
{
    QStringList list;
    for (const ContactPoint &point : points)
        list.append(point.label.isEmpty() ? point.value
                                          : point.label + QLatin1Char(':') + point.value);
    return list;
}

QStringList reasons(const ImportBatch &batch)
{
    QStringList list;
    for (const RejectedRow &row : batch.rejected)
        list.append(row.where.display() + QStringLiteral(" → ") + row.reason);
    return list;
}

} // namespace

class TestCsvContacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detectsLayoutsByTheirHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<MappingSource>("source");
        QTest::addColumn<QStringList>("expected"); // Header=field pairs that must hold

        QTest::newRow("Google before 2023")
            << QStringLiteral("google-legacy.csv") << MappingSource::GoogleLegacy
            << strings({"Name=displayName", "Given Name=givenName", "Additional Name=middleName",
                        "E-mail 2 - Value=email", "E-mail 2 - Type=ignore", "Phone 2 - Value=phone",
                        "Organization 1 - Name=organization", "Organization 1 - Title=title",
                        "Address 1 - City=city", "Address 1 - Formatted=ignore",
                        "Group Membership=tags", "Website 1 - Value=website", "Birthday=ignore"});
        QTest::newRow("Google 2023 and later")
            << QStringLiteral("google-2023.csv") << MappingSource::Google
            << strings({"First Name=givenName", "Middle Name=middleName", "Last Name=familyName",
                        "Organization Name=organization", "Organization Title=title", "Labels=tags",
                        "E-mail 1 - Value=email", "E-mail 1 - Label=ignore", "Nickname=ignore",
                        "Address 1 - Country=country"});
        QTest::newRow("Outlook, whose Title is Mr. or Dr.")
            << QStringLiteral("outlook.csv") << MappingSource::Outlook
            << strings({"Title=ignore", "Job Title=title", "Company=organization",
                        "E-mail Address=email", "E-mail 2 Address=email",
                        "E-mail Display Name=ignore", "Business Phone=phone", "Mobile Phone=phone",
                        "Business Fax=ignore", "Business City=city",
                        "Business Country/Region=country", "Categories=tags", "Web Page=website",
                        "Department=ignore"});
        QTest::newRow("a German spreadsheet, Name beside Vorname")
            << QStringLiteral("european-semicolon.csv") << MappingSource::Guessed
            << strings({"Vorname=givenName", "Name=familyName", "E-Mail-Adresse=email",
                        "Firma=organization", "Position=title", "Ort=city", "Land=country",
                        "Telefon=phone", "Notizen=notes", "Kennen seit=knownSince"});
        QTest::newRow("a French file with accents")
            << QStringLiteral("french.csv") << MappingSource::Guessed
            << strings({"Prénom=givenName", "Nom=familyName", "Courriel=email",
                        "Société=organization", "Fonction=title", "Ville=city", "Pays=country",
                        "Étiquettes=tags"});
        QTest::newRow("English headers of many spellings")
            << QStringLiteral("guess-english.csv") << MappingSource::Guessed
            << strings({"Full Name=displayName", "Work E-mail=email", "Home Email=email",
                        "Cell Phone=phone", "Company=organization", "Title=title",
                        "Website=website", "Known Since=knownSince"});
        QTest::newRow("English headers with a BOM")
            << QStringLiteral("bom-crlf.csv") << MappingSource::Guessed
            << strings({"Name=displayName", "Email Address=email", "Company=organization",
                        "Job Title=title", "Tags=tags", "Comments=notes"});
    }

    void detectsLayoutsByTheirHeaders()
    {
        QFETCH(QString, file);
        QFETCH(MappingSource, source);
        QFETCH(QStringList, expected);
        Result<QStringList> headers = readHeaders(readData(QStringLiteral("csv/") + file), file);
        QVERIFY2(headers.ok(), qPrintable(headers.errorMessage()));
        const ColumnMapping mapping = detectMapping(*headers);
        QCOMPARE(mapping.source, source);
        QCOMPARE(mapping.columns.size(), headers->size()); // every column has an entry
        for (const QString &pair : expected) {
            const QString header = pair.section(QLatin1Char('='), 0, 0);
            QVERIFY2(headers->contains(header), qPrintable(header));
            QCOMPARE(enumKey(mapping.fieldFor(header)), pair.section(QLatin1Char('='), 1));
        }
    }

    void googleLegacyFieldsLandInPlace()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("google-legacy.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->format, QStringLiteral("csv"));
        const IncomingPerson *priya = findPerson(*batch, QStringLiteral("Priya Raman"));
        QVERIFY(priya);
        const Person &p = priya->person;
        QCOMPARE(priya->where.line, 2);
        QCOMPARE(priya->where.file, QStringLiteral("google-legacy.csv"));
        QCOMPARE(p.givenName, QStringLiteral("Priya"));
        QCOMPARE(p.familyName, QStringLiteral("Raman"));
        QCOMPARE(p.headline, QStringLiteral("Reference librarian, genealogy"));
        QCOMPARE(values(p.emails),
                 strings({"work:priya.raman@denverlibrary.org", "home:priya.r@example.net",
                          "home:p.raman@example.com"}));
        QCOMPARE(values(p.phones), strings({"mobile:+1 720-555-0114", "work:(303) 555-0100",
                                            "work:+1 303 555 0101"}));
        QCOMPARE(p.location, (Location{QStringLiteral("Denver"), QStringLiteral("CO"),
                                       QStringLiteral("United States")}));
        QCOMPARE(p.roles.size(), 1);
        QCOMPARE(p.roles.first().organizationName, QStringLiteral("Denver Public Library"));
        QCOMPARE(p.roles.first().title, QStringLiteral("Reference Librarian"));
        QCOMPARE(p.profileUrl(ProfileKind::LinkedIn),
                 QStringLiteral("https://www.linkedin.com/in/priyaraman"));
        QCOMPARE(p.tags, strings({"Librarians", "starred"})); // not Google's "myContacts"
        QCOMPARE(
            p.notes,
            QStringLiteral("Met at the \"Library Futures\" meetup, talked about oral histories."));
        QCOMPARE(p.origin, Origin::Csv);

        // Someone known only by an address is called by it.
        QVERIFY(findPerson(*batch, QStringLiteral("only.an.address@example.org")));
        // A bad address is left out with a note; the person stays, with their blog.
        const IncomingPerson *tomas = findPerson(*batch, QStringLiteral("Tomás Ortega"));
        QVERIFY(tomas);
        QVERIFY(tomas->person.emails.isEmpty());
        QCOMPARE(tomas->person.profileUrl(ProfileKind::Website),
                 QStringLiteral("https://tomasortega.example.com/blog"));
        QVERIFY(tomas->person.tags.isEmpty());
        QVERIFY2(batch->notes.join(QLatin1Char('\n')).contains(QStringLiteral("line 8")),
                 qPrintable(batch->notes.join(QLatin1Char('\n'))));

        QCOMPARE(batch->people.size(), 3);
        QCOMPARE(reasons(*batch).size(), 1); // only a phone number: nothing names them
        // Lines count the line breaks inside quoted values (Priya's address has two).
        QCOMPARE(batch->rejected.first().where.line, 6);
        QCOMPARE(batch->skippedEmpty, 1);
    }

    void google2023FieldsLandInPlace()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("google-2023.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        const IncomingPerson *marcus = findPerson(*batch, QStringLiteral("Marcus A. Whitfield"));
        QVERIFY(marcus);
        const Person &m = marcus->person;
        QCOMPARE(m.givenName, QStringLiteral("Marcus"));
        QCOMPARE(m.familyName, QStringLiteral("Whitfield"));
        QCOMPARE(m.roles.first().organizationName, QStringLiteral("University of Denver"));
        QCOMPARE(m.roles.first().title, QStringLiteral("Professor of Library Science"));
        QCOMPARE(m.notes,
                 QStringLiteral("Wrote my recommendation.\nAsk about the archives course."));
        QCOMPARE(m.tags, QStringList{QStringLiteral("Professors")});
        QCOMPARE(values(m.emails), QStringList{QStringLiteral("work:m.whitfield@du.example.edu")});
        QCOMPARE(m.profileUrl(ProfileKind::Website),
                 QStringLiteral("https://du.example.edu/~whitfield"));
        QCOMPARE(m.location.region, QStringLiteral("Colorado"));

        const IncomingPerson *zoe = findPerson(*batch, QStringLiteral("Zoë Okafor 🦊"));
        QVERIFY(zoe);
        QCOMPARE(zoe->person.tags, strings({"Family", "Friends"}));
        QCOMPARE(zoe->where.line, 4); // after Marcus's two-line note
        // A company without a person's name or address names nobody.
        QCOMPARE(batch->rejected.size(), 1);
        QCOMPARE(batch->rejected.first().where.line, 5);
    }

    void outlookFieldsLandInPlace()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("outlook.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 2);
        const Person &jo = batch->people.first().person;
        QCOMPARE(jo.displayName, QStringLiteral("Josephine M. Archer"));
        QCOMPARE(jo.roles.first().title, QStringLiteral("Senior Archivist")); // not "Dr."
        QCOMPARE(jo.roles.first().organizationName, QStringLiteral("History Colorado"));
        QCOMPARE(values(jo.phones),
                 strings({"work:+1 303 555 0142", "mobile:(303) 555-0199"})); // no fax
        QCOMPARE(values(jo.emails),
                 strings({"j.archer@historycolorado.example.org", "jo.archer@example.net"}));
        QCOMPARE(jo.location, (Location{QStringLiteral("Denver"), QStringLiteral("CO"),
                                        QStringLiteral("United States")})); // business first
        QCOMPARE(jo.tags, strings({"Archives", "Mentors"}));
        QCOMPARE(jo.profileUrl(ProfileKind::Website), QStringLiteral("https://www.example.org/jo"));
        QCOMPARE(jo.notes, QStringLiteral("Runs the oral history project.\nOffered a tour."));

        const Person &sam = batch->people.at(1).person;
        QCOMPARE(sam.displayName, QStringLiteral("Sam Lee"));
        QCOMPARE(values(sam.phones), QStringList{QStringLiteral("home:555 0123")});
        QCOMPARE(sam.location.city, QStringLiteral("Boulder")); // home when business is empty
        QVERIFY(sam.roles.isEmpty());
    }

    void europeanSpreadsheetInWindows1252()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("european-semicolon.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 3);
        const Person &juergen = batch->people.at(0).person;
        QCOMPARE(juergen.displayName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(juergen.roles.first().organizationName, QStringLiteral("Stadtbibliothek Köln"));
        QCOMPARE(juergen.notes, QStringLiteral("Trifft sich gern; auch samstags"));
        QCOMPARE(juergen.knownSince, QDate(2024, 3, 1));
        QCOMPARE(values(juergen.phones), QStringList{QStringLiteral("+49 221 555 01")});
        const Person &anais = batch->people.at(1).person;
        QCOMPARE(anais.roles.first().organizationName, QStringLiteral("BnF; Site Richelieu"));
        QCOMPARE(anais.knownSince, QDate(2023, 11, 15));
        const Person &grete = batch->people.at(2).person;
        QCOMPARE(grete.location.city, QStringLiteral("København"));
        QVERIFY(!grete.knownSince.isValid()); // "bald" is no date: left empty, and said so
        QVERIFY(batch->notes.join(QLatin1Char('\n')).contains(QStringLiteral("“bald”")));
        QCOMPARE(batch->people.at(2).where.line, 4);
    }

    void byteOrderMarkAndLineBreaksInsideQuotes()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("bom-crlf.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 2);
        const Person &ada = batch->people.at(0).person;
        QCOMPARE(ada.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(ada.roles.first().title, QStringLiteral("Programmer, first"));
        QCOMPARE(ada.tags, strings({"math", "history"}));
        QCOMPARE(ada.notes, QStringLiteral("Line one\nLine two, with comma\n\"Quoted\""));
        const IncomingPerson &grace = batch->people.at(1);
        QCOMPARE(grace.person.notes, QStringLiteral("Bugs")); // the last line has no line end
        QCOMPARE(grace.where.line, 5);
    }

    void headerOnlyFileHasNoContacts()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("header-only.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->people.isEmpty());
        QVERIFY(batch->rejected.isEmpty());
        QVERIFY(batch->notes.join(QLatin1Char('\n')).contains(QStringLiteral("no contacts")));
    }

    void megabyteInOneCellIsRejectedAlone()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("big-cell.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);
        QCOMPARE(batch->people.first().person.displayName, QStringLiteral("Small Notes"));
        QCOMPARE(batch->people.first().where.line, 3);
        QCOMPARE(batch->rejected.size(), 1);
        QCOMPARE(batch->rejected.first().where.line, 2);
        QVERIFY2(batch->rejected.first().reason.contains(QStringLiteral("1000000")),
                 qPrintable(batch->rejected.first().reason));
    }

    void unusableFilesFailWithTheirName_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("binary garbage")
            << readData(QStringLiteral("csv/garbage.csv")) << QStringLiteral("binary");
        QTest::newRow("an empty file") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("only line ends") << QByteArray("\r\n\r\n\n") << QStringLiteral("empty");
        QTest::newRow("UTF-16 with a NUL inside")
            << QByteArray("\xff\xfeN\0a\0m\0e\0\n\0\0\0", 14) << QStringLiteral("binary");
    }

    void unusableFilesFailWithTheirName()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        Result<ImportBatch> batch =
            readContacts(data, QStringLiteral("contacts.csv"), detectMapping({}));
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY(batch.errorMessage().contains(QStringLiteral("contacts.csv")));
        QVERIFY2(batch.errorMessage().contains(mentions), qPrintable(batch.errorMessage()));
    }

    void rejectedRowsCarryLineAndReason()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("broken.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);
        const Person &lin = batch->people.first().person;
        QCOMPARE(lin.profileUrl(ProfileKind::LinkedIn),
                 QStringLiteral("https://linkedin.com/in/linchen"));
        QCOMPARE(values(lin.phones), QStringList{QStringLiteral("mobile:+1 650 555 0111")});
        QCOMPARE(lin.knownSince, QDate(2025, 10, 14));
        QCOMPARE(lin.notes, QStringLiteral("Met at DLF, 2025"));
        const QStringList why = reasons(*batch);
        QCOMPARE(why.size(), 2);
        QVERIFY2(why.at(0).startsWith(QStringLiteral("broken.csv, line 3 → The row has 11 values")),
                 qPrintable(why.at(0)));
        QVERIFY2(why.at(1).startsWith(QStringLiteral("broken.csv, line 4 → A quote")),
                 qPrintable(why.at(1)));
    }

    void guessedColumnsAndTheFormulaGuard()
    {
        Result<ImportBatch> batch = readFixture(QStringLiteral("guess-english.csv"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 3);
        const Person &ravi = batch->people.at(0).person;
        QCOMPARE(values(ravi.emails),
                 strings({"work:ravi@work.example.com", "home:ravi@home.example.com"}));
        QCOMPARE(values(ravi.phones), QStringList{QStringLiteral("mobile:+1 415 555 0100")});
        QCOMPARE(ravi.profileUrl(ProfileKind::LinkedIn),
                 QStringLiteral("https://www.linkedin.com/in/ravipatel")); // found in Website
        QCOMPARE(ravi.knownSince, QDate(2018, 1, 8));
        QCOMPARE(batch->people.at(1).person.knownSince, QDate(2024, 12, 7));
        // The apostrophe a spreadsheet export puts before a would-be formula is removed.
        const Person &guarded = batch->people.at(2).person;
        QCOMPARE(guarded.displayName, QStringLiteral("=HYPERLINK(\"http://evil.example\")"));
        QCOMPARE(values(guarded.phones), QStringList{QStringLiteral("mobile:+1 303 555 0199")});
    }

    void explicitMappingOverridesDetection()
    {
        const QByteArray data = readData(QStringLiteral("csv/bom-crlf.csv"));
        Result<QStringList> headers = readHeaders(data, QStringLiteral("bom-crlf.csv"));
        QVERIFY(headers.ok());
        Result<ColumnMapping> given =
            parseMapping(QStringLiteral("Comments=headline, company = ignore,\"Tags\"=notes"));
        QVERIFY2(given.ok(), qPrintable(given.errorMessage()));
        const ColumnMapping mapping = detectMapping(*headers).overriddenBy(*given);
        QCOMPARE(mapping.source, MappingSource::Given);
        Result<ImportBatch> batch = readContacts(data, QStringLiteral("bom-crlf.csv"), mapping);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        const Person &grace = batch->people.at(1).person;
        QCOMPARE(grace.headline, QStringLiteral("Bugs"));
        QCOMPARE(grace.notes, QStringLiteral("navy"));
        QVERIFY(grace.tags.isEmpty());
        QCOMPARE(grace.roles.first().organizationName, QString()); // Company ignored
        QCOMPARE(grace.roles.first().title, QStringLiteral("Rear Admiral"));
    }

    void mappingMustFitTheFile_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("a column the file lacks")
            << QStringLiteral("Emial=email,Name=displayName") << QStringLiteral("“Emial”");
        QTest::newRow("nothing that names a person")
            << QStringLiteral("Company=organization") << QStringLiteral("name or an e-mail");
    }

    void mappingMustFitTheFile()
    {
        QFETCH(QString, spec);
        QFETCH(QString, mentions);
        Result<ColumnMapping> mapping = parseMapping(spec);
        QVERIFY(mapping.ok());
        Result<ImportBatch> batch = readContacts(readData(QStringLiteral("csv/bom-crlf.csv")),
                                                 QStringLiteral("bom-crlf.csv"), *mapping);
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::InvalidArgument);
        QVERIFY2(batch.errorMessage().contains(mentions), qPrintable(batch.errorMessage()));
        QVERIFY(batch.errorMessage().contains(QStringLiteral("Email Address"))); // lists columns
    }

    void messagesListingColumnsStayShort()
    {
        QStringList headers;
        for (int i = 0; i < 100'000; ++i)
            headers.append(QStringLiteral("x%1").arg(i));
        headers[1] = QString(1000, QLatin1Char('w'));
        const QString elided = QString(39, QLatin1Char('w')) + QChar(0x2026);
        QCOMPARE(columnList(headers.first(3)), QStringLiteral("x0, %1, x2").arg(elided));
        const QString list = columnList(headers);
        QVERIFY2(list.size() < 1000, qPrintable(list.left(2000)));
        QVERIFY2(list.startsWith(QStringLiteral("x0, %1, x2, ").arg(elided)), qPrintable(list));
        QVERIFY2(list.endsWith(QLatin1String(", x19 and 99980 more")), qPrintable(list));

        // A file of a hundred thousand columns, none of them the one the mapping names.
        const QByteArray data = headers.join(QLatin1Char(',')).toUtf8() + "\n";
        const QString missing = QString(500, QLatin1Char('n'));
        Result<ColumnMapping> mapping = parseMapping(missing + QStringLiteral("=email"));
        QVERIFY(mapping.ok());
        Result<ImportBatch> batch = readContacts(data, QStringLiteral("wide.csv"), *mapping);
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::InvalidArgument);
        const QString message = batch.errorMessage();
        QVERIFY2(message.size() < 1000, qPrintable(message.left(2000)));
        QVERIFY2(message.contains(missing.left(39) + QChar(0x2026)), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("and 99980 more")), qPrintable(message));
    }

    void parseMappingReadsTheCommandLine_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("expected"); // toSpec(), or a part of the error

        QTest::newRow("two columns") << QStringLiteral("Email=email,Full Name=displayName") << true
                                     << QStringLiteral("Email=email,Full Name=displayName");
        QTest::newRow("field names in any case") << QStringLiteral("E=EMAIL, K = knownsince")
                                                 << true << QStringLiteral("E=email,K=knownSince");
        QTest::newRow("a quoted header with a comma and an equals sign")
            << QStringLiteral("\"Last, First = Name\"=displayName") << true
            << QStringLiteral("\"Last, First = Name\"=displayName");
        QTest::newRow("a trailing comma")
            << QStringLiteral("Tags=tags,") << true << QStringLiteral("Tags=tags");
        QTest::newRow("an unknown field names the valid ones")
            << QStringLiteral("Email=mail") << false << QStringLiteral("displayName, givenName");
        QTest::newRow("no equals sign")
            << QStringLiteral("Email") << false << QStringLiteral("Header=field");
        QTest::newRow("no header")
            << QStringLiteral("=email") << false << QStringLiteral("names no column");
        QTest::newRow("empty") << QStringLiteral(" ") << false << QStringLiteral("empty");
    }

    void parseMappingReadsTheCommandLine()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QFETCH(QString, expected);
        Result<ColumnMapping> mapping = parseMapping(spec);
        QCOMPARE(mapping.ok(), valid);
        if (valid) {
            QCOMPARE(mapping->toSpec(), expected);
            Result<ColumnMapping> again = parseMapping(mapping->toSpec());
            QVERIFY(again.ok() && again->sameAs(*mapping));
        } else {
            QCOMPARE(mapping.error().code(), ErrorCode::InvalidArgument);
            QVERIFY2(mapping.errorMessage().contains(expected), qPrintable(mapping.errorMessage()));
        }
    }

    void repeatedHeadersFeedTheirFieldOnceAndSurviveTheCommandLine()
    {
        // Found by fuzz_csv: a file with two "Company" columns gave a mapping whose --map
        // spelling read back as a different mapping.
        const QByteArray data = readData(QStringLiteral("csv/duplicate-headers.csv"));
        Result<QStringList> headers = readHeaders(data, QStringLiteral("duplicate-headers.csv"));
        QVERIFY2(headers.ok(), qPrintable(headers.errorMessage()));
        const ColumnMapping detected = detectMapping(*headers);
        QCOMPARE(detected.toSpec(),
                 QStringLiteral("Name=displayName,Company=organization,Job Title=title"));
        Result<ColumnMapping> again = parseMapping(detected.toSpec());
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QVERIFY(again->sameAs(detected));
        QVERIFY(detected.sameAs(*again));

        // The first column of a header decides, in the mapping as in the rows read.
        Result<ImportBatch> batch =
            readContacts(data, QStringLiteral("duplicate-headers.csv"), detected);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);
        QCOMPARE(batch->people.first().person.roles.size(), 1);
        QCOMPARE(batch->people.first().person.roles.first().title, QStringLiteral("Programmer"));

        // A header first ignored stays ignored, whatever a later entry for it says.
        ColumnMapping ignoredFirst;
        ignoredFirst.columns = {{QStringLiteral("Name"), ContactField::DisplayName},
                                {QStringLiteral("Company"), ContactField::Ignore},
                                {QStringLiteral("company "), ContactField::Organization}};
        QCOMPARE(ignoredFirst.toSpec(), QStringLiteral("Name=displayName"));
        QVERIFY(ignoredFirst.sameAs(*parseMapping(ignoredFirst.toSpec())));
    }

    void rememberedMappingIsReusedForTheSameColumns()
    {
        TestDatabase fixture;
        MappingMemory memory(fixture.db());
        const QStringList headers = {QStringLiteral("Who"), QStringLiteral("Mail"),
                                     QStringLiteral("Employer")};
        Result<ColumnMapping> proposal = memory.proposal(headers);
        QVERIFY(proposal.ok());
        QCOMPARE(proposal->source, MappingSource::Guessed);
        QCOMPARE(proposal->fieldFor(QStringLiteral("Who")), ContactField::Ignore);

        Result<ColumnMapping> chosen =
            parseMapping(QStringLiteral("Who=displayName,Mail=email,Employer=organization"));
        QVERIFY(chosen.ok());
        QVERIFY(memory.remember(headers, *chosen).ok());

        // The same columns in another order and case: the same layout.
        const QStringList again = {QStringLiteral("employer "), QStringLiteral("WHO"),
                                   QStringLiteral("mail")};
        QCOMPARE(MappingMemory::keyFor(again), MappingMemory::keyFor(headers));
        Result<ColumnMapping> recalled = memory.proposal(again);
        QVERIFY(recalled.ok());
        QCOMPARE(recalled->source, MappingSource::Remembered);
        QVERIFY(recalled->sameAs(*chosen));
        QCOMPARE(recalled->fieldFor(QStringLiteral("WHO")), ContactField::DisplayName);

        // It survives a restart (it lives in the database), and other layouts are not affected.
        fixture.reopen();
        MappingMemory reopened(fixture.db());
        Result<std::optional<ColumnMapping>> stored = reopened.recall(headers);
        QVERIFY(stored.ok() && stored->has_value());
        QVERIFY((*stored)->sameAs(*chosen));
        Result<std::optional<ColumnMapping>> other =
            reopened.recall({QStringLiteral("Who"), QStringLiteral("Mail")});
        QVERIFY(other.ok() && !other->has_value());

        // Used for a file with those columns, and forgotten on request.
        const QByteArray data = "Who,Mail,Employer\nIda Wells,ida@example.org,Free Speech\n";
        Result<ImportBatch> batch = readContacts(data, QStringLiteral("who.csv"), **stored);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.first().person.displayName, QStringLiteral("Ida Wells"));
        QVERIFY(reopened.forget(headers).ok());
        Result<std::optional<ColumnMapping>> forgotten = reopened.recall(headers);
        QVERIFY(forgotten.ok() && !forgotten->has_value());
    }

    void sampleShowsTheFirstRows()
    {
        Result<Sample> sample = readSample(readData(QStringLiteral("csv/european-semicolon.csv")),
                                           QStringLiteral("european-semicolon.csv"), 2);
        QVERIFY2(sample.ok(), qPrintable(sample.errorMessage()));
        QCOMPARE(sample->delimiter, QLatin1Char(';'));
        QCOMPARE(sample->headers.size(), 10);
        QCOMPARE(sample->rows.size(), 2);
        QCOMPARE(sample->rows.at(1).at(1), QStringLiteral("Lefèvre"));
    }

    void readsAFileFromDisk()
    {
        Result<ImportBatch> batch = readContactsFile(
            dataPath(QStringLiteral("csv/outlook.csv")),
            detectMapping({}).overriddenBy(*parseMapping(QStringLiteral("First Name=givenName"))));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 2);
        QCOMPARE(batch->source, dataPath(QStringLiteral("csv/outlook.csv")));
        QCOMPARE(batch->people.first().where.file, QStringLiteral("outlook.csv"));

        Result<ImportBatch> missing =
            readContactsFile(dataPath(QStringLiteral("csv/absent.csv")), detectMapping({}));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code(), ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestCsvContacts)
#include "tst_csvcontacts.moc"
