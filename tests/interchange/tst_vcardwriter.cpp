// The vCard 4.0 writer: RFC 6350 form (CRLF, folding, escaping, UID, REV), labels and
// profiles the reader understands again, a round trip that keeps every field Kith holds, and
// the shared validator (Mozilla's ical.js plus RFC rules) on what it writes.

#include "PersonComparison.h"
#include "demo/DemoNetwork.h"
#include "interchange/PeopleLoader.h"
#include "interchange/vcard/VCard.h"
#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTest>

using namespace kith;

namespace {

Person richPerson()
{
    Person p;
    p.id = 42;
    p.displayName = QStringLiteral("Dr. Adaeze Okafor");
    p.givenName = QStringLiteral("Adaeze");
    p.familyName = QStringLiteral("Okafor");
    p.headline = QStringLiteral("Reference librarian; archives, oral history");
    p.roles = {{7,
                3,
                QStringLiteral("Denver Public Library"),
                QStringLiteral("Reference Librarian"),
                QDate(2023, 9, 1),
                {}},
               {8, 4, QStringLiteral("Aurora Library"), QStringLiteral("Library Assistant"),
                QDate(2020, 1, 15), QDate(2023, 8, 31)}};
    p.emails = {{QStringLiteral("adaeze@example.org"), QStringLiteral("work")},
                {QStringLiteral("ada@example.net"), QStringLiteral("Board, ALA")},
                {QStringLiteral("a.okafor@example.com"), QString()}};
    p.phones = {{QStringLiteral("+1 303 555 0142"), QStringLiteral("mobile")},
                {QStringLiteral("+1 303 555 0100"), QStringLiteral("work fax")},
                {QStringLiteral("+1 720 555 0199"), QStringLiteral("Work")}};
    p.profiles = {{ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/adaeze")},
                  {ProfileKind::X, QStringLiteral("https://x.com/adaezereads")},
                  {ProfileKind::Mastodon, QStringLiteral("https://glammr.us/@adaeze")},
                  {ProfileKind::Website, QStringLiteral("https://adaeze.example.org/about?a=1,2")},
                  {ProfileKind::Facebook, QStringLiteral("https://www.facebook.com/adaeze")},
                  {ProfileKind::Other, QStringLiteral("https://github.com/adaeze")},
                  {ProfileKind::Website, QStringLiteral("https://www.linkedin.com/company/dpl")}};
    p.location = {QStringLiteral("Denver"), QStringLiteral("CO"), QStringLiteral("USA")};
    p.relationships = {RelationshipKind::Colleague, RelationshipKind::Mentor};
    p.tags = {QStringLiteral("ALA"), QStringLiteral("mentor; network"), QStringLiteral("a,b")};
    p.notes = QStringLiteral("Met at CAL.\nAsked about: archives, \\ oral history; and more.\n");
    p.cadenceDays = 30;
    p.knownSince = QDate(2024, 5, 1);
    p.photo = test::readData(QStringLiteral("vcard/photo.png"));
    p.origin = Origin::Manual;
    p.timestamps = {QDateTime(QDate(2025, 1, 2), QTime(3, 4, 5), Qt::UTC),
                    QDateTime(QDate(2026, 3, 15), QTime(10, 0, 0), Qt::UTC)};
    return p;
}

// Problems RFC 6350 asks about that can be seen in the bytes: CRLF line ends, lines of at
// most 75 octets that are valid UTF-8 each, VERSION right after BEGIN, FN and N on every card.
QStringList formatProblems(const QByteArray &vcf)
{
    QStringList problems;
    const QList<QByteArray> lines = vcf.split('\n');
    if (!vcf.endsWith("\r\n"))
        problems.append(QStringLiteral("the file does not end with CRLF"));
    int cards = 0;
    int fn = 0;
    int n = 0;
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (!line.endsWith('\r') || line.chopped(1).contains('\r'))
            problems.append(QStringLiteral("line %1 does not end with CRLF").arg(i + 1));
        const QByteArray content = line.chopped(1);
        if (content.size() > 75)
            problems.append(QStringLiteral("line %1 has %2 octets").arg(i + 1).arg(content.size()));
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        (void)utf8.decode(content);
        if (utf8.hasError())
            problems.append(QStringLiteral("line %1 splits a UTF-8 character").arg(i + 1));
        if (content == "BEGIN:VCARD") {
            ++cards;
            if (lines.value(i + 1) != "VERSION:4.0\r")
                problems.append(
                    QStringLiteral("line %1: VERSION does not follow BEGIN").arg(i + 2));
        }
        fn += content.startsWith("FN:") ? 1 : 0;
        n += content.startsWith("N:") ? 1 : 0;
    }
    if (fn != cards || n != cards)
        problems.append(QStringLiteral("%1 cards, %2 FN, %3 N").arg(cards).arg(fn).arg(n));
    return problems;
}

// The content lines of the file, unfolded.
QList<QByteArray> contentLines(const QByteArray &vcf)
{
    QByteArray unfolded = vcf;
    unfolded.replace("\r\n ", "");
    QList<QByteArray> lines = unfolded.split('\n');
    for (QByteArray &line : lines)
        line.chop(1);
    return lines;
}

QByteArray lineStartingWith(const QByteArray &vcf, const QByteArray &start)
{
    for (const QByteArray &line : contentLines(vcf)) {
        if (line.startsWith(start))
            return line;
    }
    return {};
}

// Runs /work/shared/tools/validate (Mozilla's ical.js and the RFC rules) on `file`. Without
// node or the tool, says so and leaves the checks to formatProblems().
void validateWithSharedTool(const QString &file)
{
    QString tools = qEnvironmentVariable("KITH_SHARED_TOOLS");
    if (tools.isEmpty())
        tools = QStringLiteral(KITH_SHARED_TOOLS);
    const QString validator = tools + QStringLiteral("/validate");
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty() ||
        !QFileInfo::exists(validator)) {
        qInfo("The shared validator cannot run here (no node or no %s); only Kith's own "
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

Person readBackOne(const QByteArray &vcf)
{
    const Result<ImportBatch> batch = vcard::read(vcf, QStringLiteral("export.vcf"));
    if (!batch.ok() || batch->people.size() != 1) {
        qWarning("read back failed: %s", qPrintable(batch.errorMessage()));
        return {};
    }
    return batch->people.first().person;
}

} // namespace

class TestVCardWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cardShape()
    {
        const QByteArray vcf = vcard::write({richPerson()});
        QVERIFY2(formatProblems(vcf).isEmpty(),
                 qPrintable(formatProblems(vcf).join(QLatin1Char('\n'))));
        QVERIFY(vcf.startsWith("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Dr. Adaeze Okafor\r\n"));
        QVERIFY(vcf.endsWith("END:VCARD\r\n"));
        QCOMPARE(lineStartingWith(vcf, "N:"), QByteArray("N:Okafor;Adaeze;;;"));
        QCOMPARE(lineStartingWith(vcf, "REV:"), QByteArray("REV:20260315T100000Z"));
        QVERIFY(lineStartingWith(vcf, "UID:").startsWith("UID:urn:uuid:"));
        QCOMPARE(lineStartingWith(vcf, "ORG:"), QByteArray("ORG:Denver Public Library"));
        QCOMPARE(lineStartingWith(vcf, "TITLE:"), QByteArray("TITLE:Reference Librarian"));
        QCOMPARE(lineStartingWith(vcf, "ADR:"), QByteArray("ADR:;;;Denver;CO;;USA"));
        QCOMPARE(lineStartingWith(vcf, "CATEGORIES:"),
                 QByteArray("CATEGORIES:ALA,mentor\\; network,a\\,b"));
        QVERIFY(lineStartingWith(vcf, "PHOTO:").startsWith("PHOTO:data:image/png;base64,iVBOR"));
        QCOMPARE(lineStartingWith(vcf, "X-KITH-RELATIONSHIP:"),
                 QByteArray("X-KITH-RELATIONSHIP:colleague,mentor"));
        QCOMPARE(lineStartingWith(vcf, "X-KITH-CADENCE:"), QByteArray("X-KITH-CADENCE:30"));
        QCOMPARE(lineStartingWith(vcf, "X-KITH-ROLE:Aurora"),
                 QByteArray("X-KITH-ROLE:Aurora Library;Library Assistant;2020-01-15;2023-08-31"));
        QVERIFY(!vcf.contains("ENCODING") && !vcf.contains("CHARSET"));
    }

    void labelsBecomeTypesOrAppleLabels()
    {
        const QList<QByteArray> lines = contentLines(vcard::write({richPerson()}));
        for (const char *expected :
             {"EMAIL;TYPE=work;PREF=1:adaeze@example.org", "item1.EMAIL:ada@example.net",
              "item1.X-ABLabel:Board\\, ALA", "EMAIL:a.okafor@example.com",
              "TEL;TYPE=cell;PREF=1:+1 303 555 0142", "TEL;TYPE=work,fax:+1 303 555 0100",
              "item2.TEL:+1 720 555 0199", "item2.X-ABLabel:Work"}) {
            QVERIFY2(lines.contains(QByteArray(expected)), expected);
        }
    }

    void profilesAsUrlAndSocialProfile()
    {
        const QList<QByteArray> lines = contentLines(vcard::write({richPerson()}));
        for (const char *expected :
             {"X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/adaeze",
              "URL:https://www.linkedin.com/in/adaeze",
              "X-SOCIALPROFILE;TYPE=twitter:https://x.com/adaezereads",
              "X-SOCIALPROFILE;TYPE=mastodon:https://glammr.us/@adaeze",
              "URL:https://adaeze.example.org/about?a=1,2",
              "X-SOCIALPROFILE;TYPE=other:https://github.com/adaeze",
              "X-SOCIALPROFILE;TYPE=website:https://www.linkedin.com/company/dpl"}) {
            QVERIFY2(lines.contains(QByteArray(expected)), expected);
        }
        QVERIFY(
            !lines.contains("X-SOCIALPROFILE;TYPE=website:https://adaeze.example.org/about?a=1,2"));
    }

    void escaping_data()
    {
        QTest::addColumn<QString>("note");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("comma, semicolon, backslash")
            << QStringLiteral("a,b;c\\d") << QByteArray("NOTE:a\\,b\\;c\\\\d");
        QTest::newRow("line breaks")
            << QStringLiteral("a\nb\r\nc\rd") << QByteArray("NOTE:a\\nb\\nc\\nd");
        QTest::newRow("control characters are left out") << QStringLiteral("a\x01\x7f"
                                                                           "b\tc")
                                                         << QByteArray("NOTE:ab\tc");
        QTest::newRow("a lone surrogate becomes U+FFFD")
            << QString(QChar(0xD800)) << QByteArray("NOTE:\xEF\xBF\xBD");
        QTest::newRow("colon needs no escape") << QStringLiteral("a:b") << QByteArray("NOTE:a:b");
    }
    void escaping()
    {
        QFETCH(QString, note);
        QFETCH(QByteArray, line);
        Person person;
        person.displayName = QStringLiteral("X");
        person.notes = note;
        QCOMPARE(lineStartingWith(vcard::write({person}), "NOTE:"), line);
    }

    void foldingKeepsCharactersWhole_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("ASCII") << QStringLiteral("Bartholomew ").repeated(20).trimmed();
        QTest::newRow("two-octet letters") << QStringLiteral("Zoë Ørsted-Ñúñez ").repeated(12);
        QTest::newRow("three-octet CJK") << QStringLiteral("図書館情報学研究者").repeated(10);
        QTest::newRow("emoji and joiners")
            << QStringLiteral("📚👩‍👩‍👧‍👦🏳️‍🌈 Ana ").repeated(10);
        QTest::newRow("offset by one") << QStringLiteral("a") + QStringLiteral("€").repeated(60);
        QTest::newRow("offset by two") << QStringLiteral("ab") + QStringLiteral("😀").repeated(60);
    }
    void foldingKeepsCharactersWhole()
    {
        QFETCH(QString, name);
        Person person;
        person.displayName = name;
        person.notes = name;
        const QByteArray vcf = vcard::write({person});
        QVERIFY2(formatProblems(vcf).isEmpty(),
                 qPrintable(formatProblems(vcf).join(QLatin1Char('\n'))));
        QCOMPARE(lineStartingWith(vcf, "FN:"), "FN:" + name.toUtf8());
        const Person back = readBackOne(vcf);
        QCOMPARE(back.displayName, name.trimmed());
        QCOMPARE(back.notes, name);
    }

    void uidIsStable()
    {
        Person person = richPerson();
        const QString uid = vcard::uidFor(person);
        QVERIFY(uid.startsWith(QLatin1String("urn:uuid:")));
        const QUuid uuid(QStringView(uid).mid(9));
        QVERIFY(!uuid.isNull());
        QCOMPARE(int(uuid.version()), 5);

        person.displayName = QStringLiteral("Renamed");
        person.timestamps.updatedAt = person.timestamps.updatedAt.addDays(3);
        QCOMPARE(vcard::uidFor(person), uid); // same person, later export
        QCOMPARE(lineStartingWith(vcard::write({person}), "UID:"), "UID:" + uid.toLatin1());
        QCOMPARE(vcard::write({person}), vcard::write({person}));

        Person other = person;
        other.id = 43;
        QVERIFY(vcard::uidFor(other) != uid);
        const QUuid database = QUuid::createUuidV5(QUuid(), QByteArray("another database"));
        QVERIFY(vcard::uidFor(person, database) != uid);
        vcard::WriteOptions options;
        options.uidNamespace = database;
        QCOMPARE(lineStartingWith(vcard::write({person}, options), "UID:"),
                 "UID:" + vcard::uidFor(person, database).toLatin1());

        person.uid = QStringLiteral("urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1");
        QCOMPARE(vcard::uidFor(person), person.uid); // kept from the card it came from
        person.uid = QStringLiteral("12345; not a URI");
        QCOMPARE(lineStartingWith(vcard::write({person}), "UID"),
                 QByteArray("UID;VALUE=text:12345\\; not a URI"));
        QCOMPARE(readBackOne(vcard::write({person})).uid, person.uid);
    }

    void photoMediaType_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QByteArray>("prefix");
        QTest::newRow("PNG") << QStringLiteral("vcard/photo.png")
                             << QByteArray("PHOTO:data:image/png;base64,");
        QTest::newRow("JPEG") << QStringLiteral("vcard/photo.jpg")
                              << QByteArray("PHOTO:data:image/jpeg;base64,");
    }
    void photoMediaType()
    {
        QFETCH(QString, fixture);
        QFETCH(QByteArray, prefix);
        Person person;
        person.displayName = QStringLiteral("X");
        person.photo = test::readData(fixture);
        const QByteArray line = lineStartingWith(vcard::write({person}), "PHOTO:");
        QVERIFY2(line.startsWith(prefix), line.left(40).constData());
        QCOMPARE(QByteArray::fromBase64(line.mid(prefix.size())), person.photo);
    }

    void roundTripKeepsEveryField_data()
    {
        QTest::addColumn<Person>("person");
        QTest::newRow("everything") << richPerson();
        Person minimal;
        minimal.displayName = QStringLiteral("Prince");
        QTest::newRow("a name alone") << minimal;
        Person pastOnly = minimal;
        pastOnly.roles = {
            {0, std::nullopt, QString(), QStringLiteral("Volunteer"), {}, QDate(2020, 1, 1)}};
        QTest::newRow("only a past role, without an organization") << pastOnly;
        Person titleOnly = minimal;
        titleOnly.roles = {{0, std::nullopt, QString(), QStringLiteral("Archivist"), {}, {}}};
        QTest::newRow("a current title without an organization") << titleOnly;
        Person odd = richPerson();
        odd.displayName = QStringLiteral("O'Brien, Siobhán; “Shiv” 🎉");
        odd.givenName = QStringLiteral("Siobhán;\\");
        odd.familyName = QStringLiteral("O'Brien,");
        odd.roles = {{0,
                      std::nullopt,
                      QStringLiteral("Smith; Partners, LLP"),
                      QStringLiteral("Counsel"),
                      {},
                      {}}};
        odd.phones = {{QStringLiteral("+1 (212) 555-0188"), QStringLiteral("voice")},
                      {QStringLiteral("555"), QStringLiteral("x-assistant")}};
        odd.location = {QString(), QStringLiteral("Île-de-France"), QString()};
        odd.uid = QStringLiteral("plain-uid@example.org");
        QTest::newRow("separators and non-ASCII everywhere") << odd;
    }
    void roundTripKeepsEveryField()
    {
        QFETCH(Person, person);
        Person expected = person;
        expected.uid = vcard::uidFor(person);
        const Person back = readBackOne(vcard::write({person}));
        const QStringList diffs = test::differences(expected, back, test::PersonFields::VCard);
        QVERIFY2(diffs.isEmpty(), qPrintable(diffs.join(QLatin1Char('\n'))));
        QCOMPARE(back.origin, Origin::VCard);
    }

    void demoNetworkRoundTripAndValidation()
    {
        test::TestDatabase db;
        QVERIFY2(demo::populate(db.db(), test::TestDatabase::today()).ok(), "demo network");
        Result<QList<Person>> people = interchange::loadAllPeople(db.db());
        QVERIFY2(people.ok(), qPrintable(people.errorMessage()));
        QVERIFY(people->size() > 10);
        (*people)[0].photo = test::readData(QStringLiteral("vcard/photo.jpg"));
        (*people)[1].notes = QStringLiteral("Ünïcödé, 中文, emoji 🎉; ").repeated(20);

        const QByteArray vcf = vcard::write(*people);
        QVERIFY2(formatProblems(vcf).isEmpty(),
                 qPrintable(formatProblems(vcf).join(QLatin1Char('\n'))));
        const Result<ImportBatch> batch = vcard::read(vcf, QStringLiteral("demo.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), people->size());
        QVERIFY(batch->rejected.isEmpty() && batch->notes.isEmpty());
        for (qsizetype i = 0; i < people->size(); ++i) {
            Person expected = people->at(i);
            expected.uid = vcard::uidFor(expected);
            const QStringList diffs =
                test::differences(expected, batch->people[i].person, test::PersonFields::VCard);
            QVERIFY2(diffs.isEmpty(), qPrintable(expected.displayName + QStringLiteral(": ") +
                                                 diffs.join(QLatin1Char('\n'))));
        }

        const QString path = db.dir() + QStringLiteral("/demo.vcf");
        QVERIFY2(vcard::writeFile(path, *people).ok(), "writeFile");
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), vcf);
        QCOMPARE(written.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        validateWithSharedTool(path);
    }

    void exportSpeed()
    {
        constexpr int count = 20000;
        QList<Person> people;
        people.reserve(count);
        for (int i = 0; i < count; ++i) {
            Person p;
            p.id = i + 1;
            p.displayName = QStringLiteral("Jordan Lee %1").arg(i);
            p.givenName = QStringLiteral("Jordan");
            p.familyName = QStringLiteral("Lee %1").arg(i);
            p.headline = QStringLiteral("Reference librarian");
            p.roles = {{1,
                        1,
                        QStringLiteral("Public Library %1").arg(i % 50),
                        QStringLiteral("Librarian"),
                        {},
                        {}}};
            p.emails = {{QStringLiteral("jordan%1@example.org").arg(i), QStringLiteral("work")}};
            p.phones = {
                {QStringLiteral("+1 303 555 %1").arg(1000 + i % 9000), QStringLiteral("mobile")}};
            p.profiles = {
                {ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/j%1").arg(i)}};
            p.location = {QStringLiteral("Denver"), QStringLiteral("CO"), QStringLiteral("USA")};
            p.tags = {QStringLiteral("library"), QStringLiteral("alumni")};
            p.notes = QStringLiteral("Met at the spring meeting, wants to talk about archives.");
            p.knownSince = QDate(2024, 1, 1).addDays(i % 700);
            p.timestamps.updatedAt = QDateTime(QDate(2026, 3, 15), QTime(10, 0), Qt::UTC);
            people.append(std::move(p));
        }
        QElapsedTimer timer;
        timer.start();
        const QByteArray vcf = vcard::write(people);
        const qint64 elapsed = std::max<qint64>(timer.elapsed(), 1);
        QCOMPARE(vcf.count("BEGIN:VCARD"), count);
        qInfo("Wrote %d people (%lld bytes) in %lld ms: %lld people/s", count, qint64(vcf.size()),
              elapsed, count * 1000 / elapsed);
        // 100,000 people in a second is the release-build target; debug builds are slower.
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestVCardWriter)
#include "tst_vcardwriter.moc"
