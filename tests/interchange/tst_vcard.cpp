// The vCard reader against files as phones, mail clients and address books write them
// (tests/data/vcard/). The smaller quirks, one line each, are in tst_vcardquirks.cpp.

#include "interchange/vcard/VCard.h"
#include "support/Fixtures.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kith;

namespace {

// The 1-based line on which the `occurrence`-th (0-based) `needle` starts.
int lineOf(const QByteArray &data, const QByteArray &needle, int occurrence = 0)
{
    qsizetype at = -1;
    for (int i = 0; i <= occurrence; ++i)
        at = data.indexOf(needle, at + 1);
    return at < 0 ? -1 : int(data.left(at).count('\n')) + 1;
}

QStringList values(const QList<ContactPoint> &points)
{
    QStringList list;
    for (const ContactPoint &point : points)
        list.append(point.value + QLatin1Char('/') + point.label);
    return list;
}

QStringList profiles(const Person &person)
{
    QStringList list;
    for (const ProfileLink &link : person.profiles)
        list.append(enumKey(link.kind) + QLatin1Char('=') + link.url);
    return list;
}

bool notesMention(const ImportBatch &batch, const QString &text)
{
    return std::any_of(batch.notes.cbegin(), batch.notes.cend(),
                       [&](const QString &note) { return note.contains(text); });
}

} // namespace

class TestVCard : public QObject
{
    Q_OBJECT

private:
    ImportBatch readFixture(const QString &name)
    {
        Result<ImportBatch> batch =
            vcard::readFile(test::dataPath(QStringLiteral("vcard/") + name));
        if (!batch.ok())
            qWarning("%s", qPrintable(batch.errorMessage()));
        return batch.ok() ? *batch : ImportBatch();
    }

private Q_SLOTS:
    void iphoneExportWithGroupsAndLabels()
    {
        const ImportBatch batch = readFixture(QStringLiteral("iphone-3.0.vcf"));
        QCOMPARE(batch.format, QStringLiteral("vcard"));
        QVERIFY(batch.source.endsWith(QLatin1String("iphone-3.0.vcf")));
        QCOMPARE(batch.people.size(), 2);
        QVERIFY(batch.rejected.isEmpty());
        QVERIFY2(batch.notes.isEmpty(), qPrintable(batch.notes.join(QLatin1Char('\n'))));

        const Person &ada = batch.people[0].person;
        QCOMPARE(batch.people[0].where.file, QStringLiteral("iphone-3.0.vcf"));
        QCOMPARE(batch.people[0].where.line, 1);
        QCOMPARE(ada.displayName, QStringLiteral("Adaeze Okafor"));
        QCOMPARE(ada.givenName, QStringLiteral("Adaeze"));
        QCOMPARE(ada.familyName, QStringLiteral("Okafor"));
        QCOMPARE(ada.origin, Origin::VCard);
        QCOMPARE(values(ada.emails),
                 (QStringList{QStringLiteral("adaeze@example.org/other"),
                              QStringLiteral("ada.okafor@example.com/Conference"),
                              QStringLiteral("ada@home.example.net/home")}));
        QCOMPARE(values(ada.phones), (QStringList{QStringLiteral("(303) 555-0142/mobile"),
                                                  QStringLiteral("+1 303 555 0100/work"),
                                                  QStringLiteral("+1 720 555 0199/home fax")}));
        QCOMPARE(ada.location.city, QStringLiteral("Denver"));
        QCOMPARE(ada.location.region, QStringLiteral("CO"));
        QCOMPARE(ada.location.country, QStringLiteral("United States"));
        QCOMPARE(ada.roles.size(), 1);
        QCOMPARE(ada.roles[0].organizationName, QStringLiteral("Denver Public Library"));
        QCOMPARE(ada.roles[0].title, QStringLiteral("Reference Librarian"));
        QVERIFY(ada.roles[0].isCurrent());
        QCOMPARE(profiles(ada),
                 (QStringList{QStringLiteral("linkedin=https://www.linkedin.com/in/adaeze-okafor"),
                              QStringLiteral("x=https://x.com/adaezereads")}));
        QCOMPARE(ada.notes,
                 QStringLiteral("Met at the Colorado Library Association fall meeting.\n"
                                "Asked about the federal libraries group, and about ACRL.\n"
                                "Birthday: 1994-08-21\nDepartment: Adult Services"));
        QCOMPARE(ada.tags, (QStringList{QStringLiteral("mentor-network"), QStringLiteral("ALA")}));
        QCOMPARE(ada.photo, test::readData(QStringLiteral("vcard/photo.jpg")));

        const QByteArray data = test::readData(QStringLiteral("vcard/iphone-3.0.vcf"));
        const Person &daniel = batch.people[1].person;
        QCOMPARE(batch.people[1].where.line, lineOf(data, "BEGIN:VCARD", 1));
        QCOMPARE(daniel.displayName, QStringLiteral("Daniel Kim"));
        QCOMPARE(values(daniel.emails), QStringList{QStringLiteral("dkim@example.edu/School")});
        QCOMPARE(values(daniel.phones), QStringList{QStringLiteral("+1 303 555 0177/mobile")});
    }

    void androidQuotedPrintableAndCharsets()
    {
        const ImportBatch batch = readFixture(QStringLiteral("android-2.1.vcf"));
        QCOMPARE(batch.people.size(), 2);
        QVERIFY(batch.rejected.isEmpty());

        const Person &juergen = batch.people[0].person;
        QCOMPARE(juergen.displayName, QStringLiteral("Jürgen Müller"));
        QCOMPARE(juergen.givenName, QStringLiteral("Jürgen"));
        QCOMPARE(juergen.familyName, QStringLiteral("Müller"));
        QCOMPARE(values(juergen.phones), (QStringList{QStringLiteral("+49 170 5550123/mobile"),
                                                      QStringLiteral("+49 30 5550100/work")}));
        QCOMPARE(values(juergen.emails), QStringList{QStringLiteral("juergen@example.de/home")});
        QCOMPARE(juergen.roles.value(0).organizationName, QStringLiteral("Stadtbibliothek Köln"));
        QCOMPARE(juergen.roles.value(0).title, QStringLiteral("Fachreferent"));
        // A soft line break joins the two lines; =0D=0A is a real one.
        QCOMPARE(juergen.notes, QStringLiteral("Trägt gern Hut. Eine lange Notiz, die mit einem "
                                               "weichen Zeilenumbruch fortgesetzt wird.\n"
                                               "Zweite Zeile à la carte."));
        QCOMPARE(juergen.photo, test::readData(QStringLiteral("vcard/photo.jpg")));

        const Person &francoise = batch.people[1].person;
        QCOMPARE(francoise.displayName, QStringLiteral("Françoise Lefèvre"));
        QCOMPARE(francoise.familyName, QStringLiteral("Lefèvre"));
        QCOMPARE(values(francoise.phones), QStringList{QStringLiteral("+33 1 55 55 01 23/home")});
    }

    void googleExportWithEscapes()
    {
        const ImportBatch batch = readFixture(QStringLiteral("google-3.0.vcf"));
        QCOMPARE(batch.people.size(), 2);

        const Person &marcus = batch.people[0].person;
        QCOMPARE(values(marcus.emails), (QStringList{QStringLiteral("marcus.lee@example.com/work"),
                                                     QStringLiteral("marcus@example.net/home")}));
        QCOMPARE(values(marcus.phones), QStringList{QStringLiteral("+1 415 555 0111/mobile")});
        QCOMPARE(marcus.location.display(), QStringLiteral("San Francisco, CA, US"));
        QCOMPARE(marcus.roles.value(0).title, QStringLiteral("Technical Recruiter"));
        QCOMPARE(profiles(marcus),
                 (QStringList{QStringLiteral("mastodon=https://mastodon.social/@marcuslee"),
                              QStringLiteral("x=https://twitter.com/marcuslee")}));
        QCOMPARE(marcus.notes, QStringLiteral("Line one\nLine two, with a comma; a semicolon and "
                                              "a \\ backslash\nBirthday: 1988-02-03"));
        QCOMPARE(marcus.tags,
                 (QStringList{QStringLiteral("myContacts"), QStringLiteral("Recruiters")}));

        const Person &haruki = batch.people[1].person; // no FN: the name comes from N
        QCOMPARE(haruki.displayName, QStringLiteral("Prof. Haruki Nakamura PhD"));
        QCOMPARE(haruki.givenName, QStringLiteral("Haruki"));
        QCOMPARE(values(haruki.emails), QStringList{QStringLiteral("h.nakamura@example.ac.jp/")});
    }

    void outlookExportInWindows1252()
    {
        const ImportBatch batch = readFixture(QStringLiteral("outlook-2.1.vcf"));
        QCOMPARE(batch.people.size(), 1);
        QVERIFY2(batch.notes.isEmpty(), qPrintable(batch.notes.join(QLatin1Char('\n'))));
        const Person &siobhan = batch.people[0].person;
        QCOMPARE(siobhan.displayName, QStringLiteral("Siobhán O'Brien"));
        QCOMPARE(siobhan.givenName, QStringLiteral("Siobhán"));
        QCOMPARE(siobhan.roles.value(0).organizationName, QStringLiteral("Smith & Partners LLP"));
        QCOMPARE(values(siobhan.phones), (QStringList{QStringLiteral("(212) 555-0188/work"),
                                                      QStringLiteral("(212) 555-0199/home"),
                                                      QStringLiteral("(917) 555-0123/mobile"),
                                                      QStringLiteral("(212) 555-0189/work fax")}));
        QCOMPARE(values(siobhan.emails),
                 QStringList{QStringLiteral("siobhan@smithpartners.example/")});
        QCOMPARE(siobhan.location.display(),
                 QStringLiteral("New York, NY, United States of America"));
        QCOMPARE(profiles(siobhan),
                 QStringList{QStringLiteral("website=https://www.smithpartners.example")});
        QCOMPARE(siobhan.notes, QStringLiteral("Won the ABA pro bono award – “Service” in 2019.\n"
                                               "Role model.\n"
                                               "Department: Litigation, New York office"));
    }

    void version4WithDataPhotoAndSocialProfiles()
    {
        const ImportBatch batch = readFixture(QStringLiteral("kith-4.0.vcf"));
        QCOMPARE(batch.people.size(), 1);
        QVERIFY2(batch.notes.isEmpty(), qPrintable(batch.notes.join(QLatin1Char('\n'))));
        const Person &priya = batch.people[0].person;
        QCOMPARE(priya.uid, QStringLiteral("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"));
        QCOMPARE(values(priya.emails), (QStringList{QStringLiteral("priya@example.org/"),
                                                    QStringLiteral("p.raman@example.org/work")}));
        QCOMPARE(values(priya.phones), (QStringList{QStringLiteral("+1-303-555-0100/work"),
                                                    QStringLiteral("+1-303-555-0199/mobile")}));
        QCOMPARE(profiles(priya),
                 (QStringList{QStringLiteral("linkedin=https://www.linkedin.com/in/priyaraman"),
                              QStringLiteral("mastodon=https://glammr.us/@priya"),
                              QStringLiteral("other=https://github.com/priya"),
                              QStringLiteral("facebook=https://www.facebook.com/priya.raman"),
                              QStringLiteral("website=https://priya.example.org")}));
        QCOMPARE(priya.photo, test::readData(QStringLiteral("vcard/photo.png")));
        QCOMPARE(priya.location.display(), QStringLiteral("Denver, CO, USA")); // PREF=1 wins
        QCOMPARE(priya.notes, QStringLiteral("Birthday: --05-17"));
        QCOMPARE(priya.headline, QStringLiteral("Library director"));
        QCOMPARE(priya.tags, (QStringList{QStringLiteral("conference"), QStringLiteral("mentor")}));
        QVERIFY(priya.roles.isEmpty());
    }

    void tabFoldedLines()
    {
        const ImportBatch batch = readFixture(QStringLiteral("tab-folded.vcf"));
        QCOMPARE(batch.people.size(), 1);
        const Person &tabitha = batch.people[0].person;
        QCOMPARE(tabitha.displayName, QStringLiteral("Tabitha Folded"));
        QCOMPARE(tabitha.notes,
                 QStringLiteral("This note was folded with tabs and continues here, and here."));
        QCOMPARE(values(tabitha.emails), QStringList{QStringLiteral("tabitha@example.org/work")});
    }

    void brokenCardsAreSalvagedOrRejectedByLine()
    {
        const ImportBatch batch = readFixture(QStringLiteral("broken.vcf"));
        QStringList names;
        for (const IncomingPerson &incoming : batch.people)
            names.append(incoming.person.displayName);
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Good One"), QStringLiteral("Salvaged Garbage"),
                              QStringLiteral("No End"), QStringLiteral("After No End"),
                              QStringLiteral("Agent Smith"), QStringLiteral("Truncated At End")}));
        QCOMPARE(values(batch.people[1].person.emails),
                 QStringList{QStringLiteral("salvaged@example.org/")});
        QCOMPARE(values(batch.people[4].person.phones),
                 QStringList{QStringLiteral("+1 555 0111/")});
        QVERIFY(batch.people[5].person.emails.isEmpty());

        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected[0].where.line, 13);
        QCOMPARE(batch.rejected[0].where.file, QStringLiteral("broken.vcf"));
        QVERIFY2(batch.rejected[0].reason.contains(QLatin1String("no name")),
                 qPrintable(batch.rejected[0].reason));
        QCOMPARE(batch.skippedEmpty, 1);

        for (const char *expected :
             {"broken.vcf, line 5: text outside any card",
              "broken.vcf, line 9: not a vCard property",
              "broken.vcf, line 10: not a vCard property",
              "broken.vcf, line 17: the card has no END:VCARD; it was read up to line 20",
              "broken.vcf, line 28: END:VCARD without BEGIN:VCARD",
              "broken.vcf, line 39: the card has no END:VCARD; it was read up to line 42",
              "broken.vcf, line 42: “bad address” is not an e-mail address"}) {
            QVERIFY2(notesMention(batch, QString::fromUtf8(expected)),
                     qPrintable(QStringLiteral("missing “%1” in:\n%2")
                                    .arg(QString::fromUtf8(expected),
                                         batch.notes.join(QLatin1Char('\n')))));
        }
    }

    void emptyFileIsAnEmptyBatch()
    {
        const Result<ImportBatch> batch =
            vcard::readFile(test::dataPath(QStringLiteral("vcard/empty.vcf")));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(batch->people.isEmpty());
        QVERIFY(batch->rejected.isEmpty());
        QVERIFY(notesMention(*batch, QStringLiteral("holds no contacts")));

        const Result<ImportBatch> blank = vcard::read("\r\n \r\n\t\n", QStringLiteral("blank.vcf"));
        QVERIFY2(blank.ok(), qPrintable(blank.errorMessage()));
        QVERIFY(blank->people.isEmpty());
    }

    void binaryGarbageFailsNamingFileAndLine()
    {
        const Result<ImportBatch> batch =
            vcard::readFile(test::dataPath(QStringLiteral("vcard/garbage.vcf")));
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY2(batch.errorMessage().startsWith(QLatin1String("garbage.vcf, line 1:")),
                 qPrintable(batch.errorMessage()));
        QVERIFY(batch.errorMessage().contains(QLatin1String("BEGIN:VCARD")));
    }

    void unreadableFileIsAnIoError()
    {
        const Result<ImportBatch> batch = vcard::readFile(QStringLiteral("/nonexistent/x.vcf"));
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::Io);
        QVERIFY(batch.errorMessage().contains(QLatin1String("/nonexistent/x.vcf")));
    }

    void lineEndingsDoNotMatter_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CR alone") << QByteArray("\r");
    }
    void lineEndingsDoNotMatter()
    {
        QFETCH(QByteArray, ending);
        QByteArray data = test::readData(QStringLiteral("vcard/google-3.0.vcf"));
        data.replace("\r\n", ending);
        const Result<ImportBatch> batch = vcard::read(data, QStringLiteral("google.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 2);
        QCOMPARE(batch->people[0].person.notes.count(QLatin1Char('\n')), 2);
        QCOMPARE(batch->people[1].where.line,
                 lineOf(test::readData(QStringLiteral("vcard/google-3.0.vcf")), "BEGIN:VCARD", 1));
    }

    void megabyteNote()
    {
        QString note;
        note.reserve(1'000'000);
        while (note.size() < 1'000'000)
            note += QStringLiteral("Notes, notes; more notes é ");
        note.truncate(1'000'000);
        QByteArray escaped = note.toUtf8();
        escaped.replace(',', "\\,").replace(';', "\\;");
        QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long Note\r\nNOTE:";
        for (qsizetype i = 0; i < escaped.size(); i += 74) // folds that split UTF-8 sequences
            data += (i ? "\r\n " : "") + escaped.mid(i, 74);
        data += "\r\nEND:VCARD\r\n";

        QElapsedTimer timer;
        timer.start();
        const Result<ImportBatch> batch = vcard::read(data, QStringLiteral("long.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);
        QCOMPARE(batch->people[0].person.notes.size(), 1'000'000);
        QCOMPARE(batch->people[0].person.notes, note);
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void parsingSpeed()
    {
        constexpr int cards = 20000;
        QByteArray data;
        for (int i = 0; i < cards; ++i) {
            data +=
                QStringLiteral(
                    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Lee%1;Jordan;;;\r\nFN:Jordan Lee%1\r\n"
                    "ORG:Public Library %2\r\nTITLE:Reference Librarian\r\n"
                    "EMAIL;TYPE=INTERNET,WORK:jordan.lee%1@example.org\r\n"
                    "TEL;TYPE=CELL:+1 303 555 %3\r\nADR;TYPE=WORK:;;1 Main "
                    "St;Denver;CO;80202;USA\r\n"
                    "URL:https://www.linkedin.com/in/jordan-lee-%1\r\nCATEGORIES:library,alumni\r\n"
                    "NOTE:Met at the spring meeting\\, wants to talk about archives.\r\n"
                    "REV:2024-01-05T10:10:10Z\r\nEND:VCARD\r\n")
                    .arg(i)
                    .arg(i % 50)
                    .arg(1000 + i % 9000)
                    .toUtf8();
        }
        QElapsedTimer timer;
        timer.start();
        const Result<ImportBatch> batch = vcard::read(data, QStringLiteral("many.vcf"));
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), cards);
        QCOMPARE(batch->people.last().person.displayName, QStringLiteral("Jordan Lee19999"));
        const qint64 perSecond = cards * 1000 / elapsed;
        qInfo("Parsed %d cards (%lld bytes) in %lld ms: %lld cards/s", cards, qint64(data.size()),
              elapsed, perSecond);
        // The target (100,000 cards/s) is for release builds; a debug build only proves the
        // reader is not quadratic.
        QVERIFY2(perSecond > 5000, qPrintable(QString::number(perSecond)));
    }
};

QTEST_GUILESS_MAIN(TestVCard)
#include "tst_vcard.moc"
