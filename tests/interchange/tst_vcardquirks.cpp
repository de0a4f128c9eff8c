// The vCard reader's quirks one line at a time: folding, escapes, every spelling of TYPE,
// preferences, photos, profile kinds, names and odd encodings. Whole files from real
// address books are in tst_vcard.cpp.

#include "interchange/vcard/VCard.h"

#include <QStringDecoder>
#include <QTest>

using namespace kith;

namespace {

// A 3.0 card around `lines` (written with \n, sent with CRLF).
QByteArray card(QByteArray lines, const QByteArray &version = "3.0")
{
    if (!lines.isEmpty() && !lines.endsWith('\n'))
        lines += '\n';
    QByteArray data = "BEGIN:VCARD\nVERSION:" + version + "\n" + lines + "END:VCARD\n";
    return data.replace("\n", "\r\n");
}

// The only person of `data`; fails the calling test (through the returned flag) otherwise.
bool readOne(const QByteArray &data, Person &person, ImportBatch *batchOut = nullptr)
{
    const Result<ImportBatch> batch = vcard::read(data, QStringLiteral("quirk.vcf"));
    if (!batch.ok()) {
        qWarning("%s", qPrintable(batch.errorMessage()));
        return false;
    }
    if (batchOut)
        *batchOut = *batch;
    if (batch->people.size() != 1) {
        qWarning("expected one person, got %lld", qint64(batch->people.size()));
        return false;
    }
    person = batch->people.first().person;
    return true;
}

} // namespace

class TestVCardQuirks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unfolding_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("note");
        QTest::newRow("a space continues a line")
            << card("FN:Ann\n  Lee\nNOTE:one\n two") << QStringLiteral("Ann Lee")
            << QStringLiteral("onetwo");
        QTest::newRow("a tab continues a line")
            << card("FN:Ann\n\t Lee\nNOTE:one\n\ttwo") << QStringLiteral("Ann Lee")
            << QStringLiteral("onetwo");
        QTest::newRow("a fold may split a UTF-8 character")
            << card("FN:J\xC3\n \xBCrgen\nNOTE:\xF0\x9F\n \x8E\x89") << QStringLiteral("Jürgen")
            << QStringLiteral("🎉");
        QTest::newRow("a fold may split a parameter")
            << card("FN;CHAR\n SET=UTF-8:Ann Lee\nNOTE:x") << QStringLiteral("Ann Lee")
            << QStringLiteral("x");
        QTest::newRow("quoted-printable soft line break (2.1)")
            << card(
                   "FN;ENCODING=QUOTED-PRINTABLE:Ann =\nLee\nNOTE;QUOTED-PRINTABLE:a=3Db=\n=0D=0Ac",
                   "2.1")
            << QStringLiteral("Ann Lee") << QStringLiteral("a=b\nc");
        QTest::newRow("a soft line break never swallows END:VCARD")
            << QByteArray("BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ann Lee\r\nNOTE;QUOTED-PRINTABLE:x=\r\n"
                          "END:VCARD\r\n")
            << QStringLiteral("Ann Lee") << QStringLiteral("x=");
        QTest::newRow("UTF-8 byte-order mark")
            << QByteArray("\xEF\xBB\xBF") + card("FN:Ann Lee\nNOTE:x") << QStringLiteral("Ann Lee")
            << QStringLiteral("x");
        QTest::newRow("no line end after END:VCARD")
            << card("FN:Ann Lee\nNOTE:x").chopped(2) << QStringLiteral("Ann Lee")
            << QStringLiteral("x");
        QTest::newRow("lower-case names and BEGIN")
            << card("fn:Ann Lee\nnote:x").toLower() << QStringLiteral("ann lee")
            << QStringLiteral("x");
    }
    void unfolding()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, name);
        QFETCH(QString, note);
        Person person;
        QVERIFY(readOne(data, person));
        QCOMPARE(person.displayName, name);
        QCOMPARE(person.notes, note);
    }

    void escapes_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("\\n and \\N are line breaks")
            << QByteArray("a\\nb\\Nc") << QStringLiteral("a\nb\nc");
        QTest::newRow("\\, is a comma") << QByteArray("a\\,b") << QStringLiteral("a,b");
        QTest::newRow("\\; is a semicolon") << QByteArray("a\\;b") << QStringLiteral("a;b");
        QTest::newRow("\\\\ is a backslash") << QByteArray("a\\\\nb") << QStringLiteral("a\\nb");
        QTest::newRow("\\: is a colon (Google)") << QByteArray("a\\:b") << QStringLiteral("a:b");
        QTest::newRow("an unknown escape stays")
            << QByteArray("C:\\temp") << QStringLiteral("C:\\temp");
        QTest::newRow("a trailing backslash stays") << QByteArray("a\\") << QStringLiteral("a\\");
        QTest::newRow("unescaped commas are text") << QByteArray("a, b") << QStringLiteral("a, b");
    }
    void escapes()
    {
        QFETCH(QByteArray, value);
        QFETCH(QString, expected);
        Person person;
        QVERIFY(readOne(card("FN:X\nNOTE:" + value), person));
        QCOMPARE(person.notes, expected);
    }

    void typeSpellings_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("label");
        QTest::newRow("2.1 bare types") << QByteArray("TEL;WORK;VOICE:1") << QStringLiteral("work");
        QTest::newRow("3.0 list") << QByteArray("TEL;TYPE=work,voice:1") << QStringLiteral("work");
        QTest::newRow("3.0 repeated TYPE")
            << QByteArray("TEL;TYPE=WORK;TYPE=VOICE:1") << QStringLiteral("work");
        QTest::newRow("4.0 quoted list")
            << QByteArray("TEL;TYPE=\"work,voice\":1") << QStringLiteral("work");
        QTest::newRow("voice alone is the label")
            << QByteArray("TEL;TYPE=VOICE:1") << QStringLiteral("voice");
        QTest::newRow("cell is mobile") << QByteArray("TEL;CELL:1") << QStringLiteral("mobile");
        QTest::newRow("iPhone is mobile")
            << QByteArray("TEL;type=IPHONE:1") << QStringLiteral("mobile");
        QTest::newRow("work fax") << QByteArray("TEL;TYPE=WORK,FAX:1")
                                  << QStringLiteral("work fax");
        QTest::newRow("other x- types are kept")
            << QByteArray("TEL;TYPE=x-assistant:1") << QStringLiteral("x-assistant");
        QTest::newRow("no type, no label") << QByteArray("TEL:1") << QString();
        QTest::newRow("INTERNET says nothing")
            << QByteArray("EMAIL;TYPE=INTERNET:a@b.org") << QString();
        QTest::newRow("2.1 e-mail")
            << QByteArray("EMAIL;INTERNET;HOME:a@b.org") << QStringLiteral("home");
        QTest::newRow("PREF is not a label")
            << QByteArray("EMAIL;TYPE=pref,work:a@b.org") << QStringLiteral("work");
        QTest::newRow("Apple's built-in label")
            << QByteArray("item1.TEL:1\nitem1.X-ABLabel:_$!<Main>!$_") << QStringLiteral("main");
        QTest::newRow("Apple's own label wins")
            << QByteArray("item2.EMAIL;TYPE=work:a@b.org\nitem2.X-ABLabel:Board, ALA")
            << QStringLiteral("Board, ALA");
    }
    void typeSpellings()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, label);
        Person person;
        QVERIFY(readOne(card("FN:X\n" + line), person));
        const QList<ContactPoint> &points = line.contains("EMAIL") ? person.emails : person.phones;
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0].label, label);
    }

    void preferredFirst_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::newRow("2.1 bare PREF") << QByteArray("EMAIL:b@x.org\nEMAIL;PREF:a@x.org");
        QTest::newRow("3.0 TYPE=pref")
            << QByteArray("EMAIL:b@x.org\nEMAIL;TYPE=INTERNET,PREF:a@x.org");
        QTest::newRow("4.0 PREF ranks") << QByteArray(
            "EMAIL;PREF=50:c@x.org\nEMAIL:b@x.org\nEMAIL;PREF=1:a@x.org\nEMAIL;PREF=2:b2@x.org");
    }
    void preferredFirst()
    {
        QFETCH(QByteArray, lines);
        Person person;
        QVERIFY(readOne(card("FN:X\n" + lines), person));
        QCOMPARE(person.primaryEmail(), QStringLiteral("a@x.org"));
        QCOMPARE(person.emails.last().value, QStringLiteral("b@x.org")); // no PREF: last
    }

    void photos_data()
    {
        const QByteArray png("\x89PNG\r\n\x1a\n0123456789", 18);
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QByteArray>("photo");
        QTest::addColumn<QString>("notes");
        QTest::newRow("3.0 ENCODING=b")
            << "PHOTO;ENCODING=b;TYPE=PNG:" + png.toBase64() << png << QString();
        QTest::newRow("2.1 BASE64 without indented lines")
            << "PHOTO;BASE64:" + png.toBase64().left(8) + "\n" + png.toBase64().mid(8) + "\n"
            << png << QString();
        QTest::newRow("4.0 data: URI")
            << "PHOTO:data:image/png;base64," + png.toBase64() << png << QString();
        QTest::newRow("data: URI without base64")
            << QByteArray("PHOTO:data:image/x-raw,a%20b") << QByteArray("a b") << QString();
        QTest::newRow("web address kept in the notes")
            << QByteArray("PHOTO;VALUE=uri:https://example.org/a.jpg") << QByteArray()
            << QStringLiteral("Photo: https://example.org/a.jpg");
        QTest::newRow("other URIs are dropped")
            << QByteArray("PHOTO;VALUE=uri:file:///tmp/a.jpg") << QByteArray() << QString();
        QTest::newRow("the first usable photo wins")
            << "PHOTO;VALUE=uri:cid:1\nPHOTO:data:image/png;base64," + png.toBase64() +
                   "\nPHOTO:data:image/png;base64,QUJD"
            << png << QString();
    }
    void photos()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QByteArray, photo);
        QFETCH(QString, notes);
        Person person;
        QVERIFY(readOne(card("FN:X\n" + lines, "2.1"), person));
        QCOMPARE(person.photo, photo);
        QCOMPARE(person.notes, notes);
    }

    void undecodablePhotoIsNoted()
    {
        Person person;
        ImportBatch batch;
        QVERIFY(readOne(card("FN:X\nPHOTO:data:image/png;base64"), person, &batch));
        QVERIFY(person.photo.isEmpty());
        QCOMPARE(batch.notes.size(), 1);
        QVERIFY2(batch.notes[0].startsWith(QLatin1String("quirk.vcf, line 4:")),
                 qPrintable(batch.notes[0]));
    }

    void profileKinds_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("url");
        QTest::newRow("LinkedIn") << QByteArray("URL:https://de.linkedin.com/in/ann")
                                  << QStringLiteral("linkedin")
                                  << QStringLiteral("https://de.linkedin.com/in/ann");
        QTest::newRow("x.com") << QByteArray("URL:https://x.com/ann") << QStringLiteral("x")
                               << QStringLiteral("https://x.com/ann");
        QTest::newRow("twitter.com")
            << QByteArray("URL:http://mobile.twitter.com/ann") << QStringLiteral("x")
            << QStringLiteral("http://mobile.twitter.com/ann");
        QTest::newRow("Facebook") << QByteArray("URL:https://www.facebook.com/ann")
                                  << QStringLiteral("facebook")
                                  << QStringLiteral("https://www.facebook.com/ann");
        QTest::newRow("Mastodon style")
            << QByteArray("URL:https://hachyderm.io/@ann") << QStringLiteral("mastodon")
            << QStringLiteral("https://hachyderm.io/@ann");
        QTest::newRow("Medium is not Mastodon")
            << QByteArray("URL:https://medium.com/@ann") << QStringLiteral("website")
            << QStringLiteral("https://medium.com/@ann");
        QTest::newRow("look-alike host is a website")
            << QByteArray("URL:https://notlinkedin.com/in/ann") << QStringLiteral("website")
            << QStringLiteral("https://notlinkedin.com/in/ann");
        QTest::newRow("no scheme gains https")
            << QByteArray("URL;WORK:www.example.org") << QStringLiteral("website")
            << QStringLiteral("https://www.example.org");
        QTest::newRow("X-SOCIALPROFILE type wins")
            << QByteArray("X-SOCIALPROFILE;TYPE=linkedin:https://lnkd.example/ann")
            << QStringLiteral("linkedin") << QStringLiteral("https://lnkd.example/ann");
        QTest::newRow("Apple's X-USER")
            << QByteArray("X-SOCIALPROFILE;type=facebook;x-user=ann.lee:x-apple:ann.lee")
            << QStringLiteral("facebook") << QStringLiteral("https://www.facebook.com/ann.lee");
        QTest::newRow("Mastodon handle")
            << QByteArray("X-SOCIALPROFILE;TYPE=mastodon:@ann@glammr.us")
            << QStringLiteral("mastodon") << QStringLiteral("https://glammr.us/@ann");
        QTest::newRow("unknown service")
            << QByteArray("X-SOCIALPROFILE;TYPE=github:https://github.com/a")
            << QStringLiteral("other") << QStringLiteral("https://github.com/a");
    }
    void profileKinds()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, kind);
        QFETCH(QString, url);
        Person person;
        QVERIFY(readOne(card("FN:X\n" + line, "2.1"), person));
        QCOMPARE(person.profiles.size(), 1);
        QCOMPARE(enumKey(person.profiles[0].kind), kind);
        QCOMPARE(person.profiles[0].url, url);
    }

    void unusableValuesAreNotedNotImported_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("e-mail without @") << QByteArray("EMAIL:ann.example.org");
        QTest::newRow("e-mail with spaces") << QByteArray("EMAIL:ann lee@example.org");
        QTest::newRow("URL that is no web address") << QByteArray("URL:mailto:ann@example.org");
        QTest::newRow("social profile without address")
            << QByteArray("X-SOCIALPROFILE;TYPE=myspace:x-apple:ann");
    }
    void unusableValuesAreNotedNotImported()
    {
        QFETCH(QByteArray, line);
        Person person;
        ImportBatch batch;
        QVERIFY(readOne(card("FN:X\n" + line), person, &batch));
        QVERIFY(person.emails.isEmpty());
        QVERIFY(person.profiles.isEmpty());
        QCOMPARE(batch.notes.size(), 1);
        QVERIFY2(batch.notes[0].startsWith(QLatin1String("quirk.vcf, line 4: ")),
                 qPrintable(batch.notes[0]));
    }

    void names_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("display");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::newRow("FN and N") << QByteArray("FN:Ann Lee\nN:Lee;Ann;;;")
                                  << QStringLiteral("Ann Lee") << QStringLiteral("Ann")
                                  << QStringLiteral("Lee");
        QTest::newRow("FN only") << QByteArray("FN:Ann Lee") << QStringLiteral("Ann Lee")
                                 << QString() << QString();
        QTest::newRow("N only builds the name")
            << QByteArray("N:Lee;Ann;Marie;Dr.;Jr.") << QStringLiteral("Dr. Ann Marie Lee Jr.")
            << QStringLiteral("Ann") << QStringLiteral("Lee");
        QTest::newRow("empty FN falls back on N")
            << QByteArray("FN:\nN:Lee;Ann") << QStringLiteral("Ann Lee") << QStringLiteral("Ann")
            << QStringLiteral("Lee");
        QTest::newRow("escaped semicolon in N")
            << QByteArray("N:Lee\\;Smith;Ann;;;") << QStringLiteral("Ann Lee;Smith")
            << QStringLiteral("Ann") << QStringLiteral("Lee;Smith");
    }
    void names()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, display);
        QFETCH(QString, given);
        QFETCH(QString, family);
        Person person;
        QVERIFY(readOne(card(lines), person));
        QCOMPARE(person.displayName, display);
        QCOMPARE(person.givenName, given);
        QCOMPARE(person.familyName, family);
    }

    void namelessCardsAreRejected_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("reason");
        QTest::newRow("neither FN nor N")
            << QByteArray("EMAIL:a@b.org\nORG:Library") << QStringLiteral("no name");
        QTest::newRow("both empty") << QByteArray("FN: \nN:;;;;\nTEL:1") << QStringLiteral("empty");
    }
    void namelessCardsAreRejected()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, reason);
        const QByteArray data = "\r\n" + card("FN:First") + card(lines);
        const Result<ImportBatch> batch = vcard::read(data, QStringLiteral("names.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);
        QCOMPARE(batch->rejected.size(), 1);
        QCOMPARE(batch->rejected[0].where.line, 6);
        QVERIFY2(batch->rejected[0].reason.contains(reason), qPrintable(batch->rejected[0].reason));
    }

    void structuredAndListValues()
    {
        Person person;
        QVERIFY(readOne(card("FN:X\nCATEGORIES:a,b\\,c, d ,,A\nCATEGORIES:e\n"
                             "ADR:;;street only;;;;\nADR;TYPE=home:;;;Lyon;;;France\n"
                             "ORG:;Reference\\, Adult Services\nTITLE:Librarian"),
                        person));
        QCOMPARE(person.tags, (QStringList{QStringLiteral("a"), QStringLiteral("b,c"),
                                           QStringLiteral("d"), QStringLiteral("e")}));
        QCOMPARE(person.location.display(), QStringLiteral("Lyon, France"));
        QCOMPARE(person.roles.value(0).organizationName,
                 QStringLiteral("Reference, Adult Services"));
        QCOMPARE(person.roles.value(0).title, QStringLiteral("Librarian"));
    }

    void unknownPropertiesAreIgnoredSilently()
    {
        Person person;
        ImportBatch batch;
        QVERIFY(readOne(card("FN:X\nX-EVOLUTION-SPOUSE:Y\nKIND:individual\nGENDER:F\n"
                             "IMPP;X-SERVICE-TYPE=Skype:skype:ann\nLABEL;HOME:a\\nb\nSOURCE:x\n"
                             "CLIENTPIDMAP:1;urn:uuid:1\nREV:20240101T000000Z\nPRODID:x"),
                        person, &batch));
        QCOMPARE(person.displayName, QStringLiteral("X"));
        QVERIFY2(batch.notes.isEmpty(), qPrintable(batch.notes.join(QLatin1Char('\n'))));
    }

    void charsets_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("name");
        QTest::newRow("UTF-8 by default") << QByteArray("FN:Zo\xC3\xAB") << QStringLiteral("Zoë");
        QTest::newRow("ISO-8859-1")
            << QByteArray("FN;CHARSET=ISO-8859-1:Zo\xEB") << QStringLiteral("Zoë");
        QTest::newRow("Windows-1252")
            << QByteArray("FN;CHARSET=windows-1252:\x93Zo\xEB\x94") << QStringLiteral("“Zoë”");
        QTest::newRow("invalid UTF-8 read as Windows-1252")
            << QByteArray("FN:Zo\xEB \x80") << QStringLiteral("Zoë €");
        QTest::newRow("quoted-printable UTF-8")
            << QByteArray("FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Zo=C3=AB")
            << QStringLiteral("Zoë");
        QTest::newRow("unknown charset falls back")
            << QByteArray("FN;CHARSET=x-nonsense:Zo\xC3\xAB") << QStringLiteral("Zoë");
    }
    void charsets()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, name);
        Person person;
        QVERIFY(readOne(card(line, "2.1"), person));
        QCOMPARE(person.displayName, name);
    }

    void utf16Files_data()
    {
        QTest::addColumn<bool>("bigEndian");
        QTest::addColumn<bool>("withBom");
        QTest::newRow("UTF-16LE with BOM") << false << true;
        QTest::newRow("UTF-16BE with BOM") << true << true;
        QTest::newRow("UTF-16LE without BOM") << false << false;
    }
    void utf16Files()
    {
        QFETCH(bool, bigEndian);
        QFETCH(bool, withBom);
        QStringEncoder encoder(bigEndian ? QStringEncoder::Utf16BE : QStringEncoder::Utf16LE,
                               withBom ? QStringEncoder::Flag::WriteBom
                                       : QStringEncoder::Flag::Default);
        const QByteArray data = encoder.encode(QString::fromUtf8(card("FN:Zoë Ørsted")));
        Person person;
        QVERIFY(readOne(data, person));
        QCOMPARE(person.displayName, QStringLiteral("Zoë Ørsted"));
    }
};

QTEST_GUILESS_MAIN(TestVCardQuirks)
#include "tst_vcardquirks.moc"
