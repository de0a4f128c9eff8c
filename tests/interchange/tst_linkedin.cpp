#include "support/Fixtures.h"

#include "interchange/linkedin/LinkedIn.h"
#include "interchange/linkedin/LinkedInDates.h"

#include <QBuffer>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace kith;
using namespace kith::test;

Q_DECLARE_METATYPE(kith::linkedin::Limits)

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

const QDateTime exportTime(QDate(2025, 3, 10), QTime(9, 30));

// A zip archive as LinkedIn hands it out (or as someone hostile makes it). Each of
// `bigEntries` is an entry of `bigSize` zero bytes, written a megabyte at a time.
QByteArray makeZip(const QList<ZipEntry> &entries, const QStringList &bigEntries = {},
                   qint64 bigSize = 0)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate))
        qFatal("cannot create a zip");
    const auto add = [&](const QString &name, const auto &writeData) {
        QuaZipNewInfo info(name);
        info.dateTime = exportTime;
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, 8 /* deflate */, 1))
            qFatal("cannot add a zip entry");
        writeData(file);
        file.close();
    };
    for (const ZipEntry &entry : entries)
        add(entry.name, [&](QuaZipFile &file) { file.write(entry.data); });
    for (const QString &bigEntry : bigEntries) {
        add(bigEntry, [&](QuaZipFile &file) {
            const QByteArray megabyte(1024 * 1024, '\0');
            for (qint64 written = 0; written < bigSize; written += megabyte.size())
                file.write(
                    megabyte.left(qsizetype(std::min<qint64>(megabyte.size(), bigSize - written))));
        });
    }
    zip.close();
    return bytes;
}

// `zip` with four bytes of every entry's local and central header set to `value`, at
// `localAt` and `centralAt` bytes into each: the checksum at 14 and 16, the inflated size at
// 22 and 24.
QByteArray withHeaderField(QByteArray zip, int localAt, int centralAt, const QByteArray &value)
{
    for (const auto &[signature, offset] : {std::pair{QByteArray("PK\x03\x04"), localAt},
                                            std::pair{QByteArray("PK\x01\x02"), centralAt}}) {
        for (qsizetype at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 1))
            zip.replace(at + offset, 4, value);
    }
    return zip;
}

QList<ZipEntry> exportEntries(const QString &folder, const QString &prefix = {})
{
    QList<ZipEntry> entries;
    const QDir dir(dataPath(QStringLiteral("linkedin/") + folder));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
        entries.append(
            {prefix + name, readData(QStringLiteral("linkedin/%1/%2").arg(folder, name))});
    return entries;
}

ImportBatch readOrFail(const QByteArray &data, const QString &name)
{
    Result<ImportBatch> batch = linkedin::read(data, name);
    if (!batch)
        qWarning("%s", qPrintable(batch.errorMessage()));
    return batch.valueOr({});
}

const IncomingPerson *findPerson(const ImportBatch &batch, const QString &displayName)
{
    for (const IncomingPerson &in : batch.people) {
        if (in.person.displayName == displayName)
            return &in;
    }
    return nullptr;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestLinkedIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsDatesOfEveryVintage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::newRow("current Connections") << s("07 Dec 2024") << QDate(2024, 12, 7) << QTime();
        QTest::newRow("one-digit day, full month")
            << s("7 December 2024") << QDate(2024, 12, 7) << QTime();
        QTest::newRow("older Connections")
            << s("1/8/18, 6:14 PM") << QDate(2018, 1, 8) << QTime(18, 14);
        QTest::newRow("recommendations")
            << s("12/09/22, 07:18 PM") << QDate(2022, 12, 9) << QTime(19, 18);
        QTest::newRow("midnight") << s("3/1/20, 12:05 AM") << QDate(2020, 3, 1) << QTime(0, 5);
        QTest::newRow("noon") << s("3/1/20, 12:05 PM") << QDate(2020, 3, 1) << QTime(12, 5);
        QTest::newRow("day first when the first number cannot be a month")
            << s("13/1/18") << QDate(2018, 1, 13) << QTime();
        QTest::newRow("four-digit year") << s("1/8/2018") << QDate(2018, 1, 8) << QTime();
        QTest::newRow("events") << s("Apr 08, 2024 07:00 AM") << QDate(2024, 4, 8) << QTime(7, 0);
        QTest::newRow("weekday in front") << s("Sat, Dec 7, 2024") << QDate(2024, 12, 7) << QTime();
        QTest::newRow("ISO") << s("2024-12-07") << QDate(2024, 12, 7) << QTime();
        QTest::newRow("ISO with time and zone")
            << s("2024-12-07 18:14:00 UTC") << QDate(2024, 12, 7) << QTime(18, 14);
        QTest::newRow("empty") << QString() << QDate() << QTime();
        QTest::newRow("words") << s("sometime in 2019") << QDate() << QTime();
        QTest::newRow("impossible day") << s("2/30/21") << QDate() << QTime();
        QTest::newRow("impossible hour") << s("1/8/18, 13:14 PM") << QDate(2018, 1, 8) << QTime();
        QTest::newRow("too many digits") << s("123456/1/2") << QDate() << QTime();
    }

    void readsDatesOfEveryVintage()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        const linkedin::DateTime parsed = linkedin::parseDateTime(text);
        QCOMPARE(parsed.date, date);
        QCOMPARE(parsed.time, time);
    }

    void readsConnectionsOfEachVintage_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("skippedEmpty");
        QTest::addColumn<QDate>("adaKnownSince");
        QTest::addColumn<bool>("hasUrls");
        QTest::newRow("2018: no URL column, US dates, CRLF")
            << s("export-2018") << 4 << 1 << QDate(2018, 1, 8) << false;
        QTest::newRow("2024: BOM, notes preamble, URL, no final newline")
            << s("export-2024") << 6 << 2 << QDate(2018, 1, 8) << true;
        QTest::newRow("2025: CRLF with notes")
            << s("export-2025") << 6 << 0 << QDate(2018, 1, 8) << true;
    }

    void readsConnectionsOfEachVintage()
    {
        QFETCH(QString, folder);
        QFETCH(int, people);
        QFETCH(int, skippedEmpty);
        QFETCH(QDate, adaKnownSince);
        QFETCH(bool, hasUrls);
        const ImportBatch batch =
            readOrFail(readData(QStringLiteral("linkedin/%1/Connections.csv").arg(folder)),
                       QStringLiteral("Connections.csv"));
        QCOMPARE(batch.format, s("linkedin"));
        QCOMPARE(batch.people.size(), people);
        QCOMPARE(batch.skippedEmpty, skippedEmpty);
        QVERIFY2(batch.rejected.isEmpty(), qPrintable(batch.rejected.value(0).reason));
        const IncomingPerson *ada = findPerson(batch, s("Ada Lovelace"));
        QVERIFY(ada);
        QCOMPARE(ada->person.givenName, s("Ada"));
        QCOMPARE(ada->person.familyName, s("Lovelace"));
        QCOMPARE(ada->person.origin, Origin::LinkedIn);
        QCOMPARE(ada->person.knownSince, adaKnownSince);
        QCOMPARE(ada->person.emails, (QList<ContactPoint>{{s("ada@example.org"), {}}}));
        QCOMPARE(ada->person.roles.size(), 1);
        QVERIFY(!ada->person.roles[0].organizationName.isEmpty());
        QCOMPARE(ada->person.roles[0].title, s("Librarian"));
        QCOMPARE(ada->person.profileUrl(ProfileKind::LinkedIn).isEmpty(), !hasUrls);
        QCOMPARE(ada->where.file, s("Connections.csv"));
        for (const IncomingPerson &in : batch.people)
            QVERIFY2(in.person.knownSince.isValid(), qPrintable(in.person.displayName));
    }

    void connectionsQuirksOf2024()
    {
        const ImportBatch batch =
            readOrFail(readData(QStringLiteral("linkedin/export-2024/Connections.csv")),
                       QStringLiteral("Connections.csv"));
        // The header is found below the Notes preamble: Ada is on line 5.
        QCOMPARE(batch.people.first().where.line, 5);
        QCOMPARE(batch.people.first().where.display(), s("Connections.csv, line 5"));

        const IncomingPerson *zoe = findPerson(batch, s("Zoë 🦄 Garcia-Okafor"));
        QVERIFY2(zoe, "emoji kept, trailing spaces dropped");
        QCOMPARE(zoe->person.familyName, s("Garcia-Okafor"));
        QCOMPARE(zoe->person.roles[0].organizationName, s("Denver Public Library"));
        QCOMPARE(zoe->person.roles[0].title, s("Digital Archivist"));

        const IncomingPerson *melvil = findPerson(batch, s("Melvil Dewey"));
        QVERIFY2(melvil, "credentials are not part of the name");
        QCOMPARE(melvil->person.familyName, s("Dewey"));
        QVERIFY2(melvil->person.notes.contains(s("Credentials: MLS, PhD")),
                 qPrintable(melvil->person.notes));

        const IncomingPerson *nia = findPerson(batch, s("Nia Okonkwo"));
        QVERIFY(nia);
        QVERIFY2(nia->person.roles.isEmpty(), "no company and no position: no role");
        QVERIFY(nia->person.emails.isEmpty());
        QCOMPARE(nia->person.knownSince, QDate(2024, 12, 7));

        const IncomingPerson *last = findPerson(batch, s("Jean-Luc Bibliothécaire"));
        QVERIFY2(last, "the last row has no newline after it");
        QCOMPARE(last->person.roles[0].organizationName, s("Bibliothèque nationale de France"));
        QCOMPARE(last->where.line, 12);
    }

    void lineEndingsAndByteOrderMarkChangeNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        const QByteArray original =
            readData(QStringLiteral("linkedin/export-2024/Connections.csv"));
        const QByteArray bare = original.mid(3); // without the BOM
        QByteArray crlf = bare, cr = bare;
        crlf.replace("\n", "\r\n");
        cr.replace("\n", "\r");
        QTest::newRow("UTF-8 with BOM, LF") << original;
        QTest::newRow("UTF-8, LF") << bare;
        QTest::newRow("CRLF") << crlf;
        QTest::newRow("CR") << cr;
        QTest::newRow("final newline") << bare + "\n";
        QByteArray utf16("\xFF\xFE", 2);
        const QString text = QString::fromUtf8(bare);
        utf16.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QTest::newRow("UTF-16 LE with BOM") << utf16;
    }

    void lineEndingsAndByteOrderMarkChangeNothing()
    {
        QFETCH(QByteArray, data);
        const ImportBatch batch = readOrFail(data, QStringLiteral("Connections.csv"));
        QCOMPARE(batch.people.size(), 6);
        QCOMPARE(batch.skippedEmpty, 2);
        QVERIFY(findPerson(batch, s("Zoë 🦄 Garcia-Okafor")));
        QVERIFY(findPerson(batch, s("Jean-Luc Bibliothécaire")));
        QCOMPARE(batch.people.first().where.line, 5);
    }

    void nastyConnectionsAreReadOrRejectedWithTheirLine()
    {
        const ImportBatch batch =
            readOrFail(readData(QStringLiteral("linkedin/nasty/Connections.csv")),
                       QStringLiteral("Connections.csv"));
        QCOMPARE(batch.people.size(), 3);
        QCOMPARE(batch.skippedEmpty, 1);

        const IncomingPerson *oscar = findPerson(batch, s("Oscar Wilde"));
        QVERIFY(oscar);
        QCOMPARE(oscar->where.line, 5);
        QCOMPARE(oscar->person.roles[0].organizationName, s("Reading Gaol Library"));
        QCOMPARE(oscar->person.roles[0].title, s("Head \"Reader\""));
        QVERIFY2(oscar->person.emails.isEmpty(), "not an address");
        QVERIFY(oscar->person.notes.contains(s("not-an-address")));

        const IncomingPerson *mary = findPerson(batch, s("Mary Shelley"));
        QVERIFY(mary);
        QCOMPARE(mary->where.line, 7);
        QCOMPARE(mary->person.profileUrl(ProfileKind::LinkedIn),
                 s("https://www.linkedin.com/in/mary-shelley"));
        QCOMPARE(mary->person.emails.value(0).value, s("MARY@Example.ORG"));
        QCOMPARE(mary->person.roles[0].title, s("5\" Floppy Archivist"));
        QVERIFY(!mary->person.knownSince.isValid());
        QVERIFY2(batch.notes.join(u'\n').contains(s("sometime in 2019")),
                 qPrintable(batch.notes.join(u'\n')));

        const IncomingPerson *bram = findPerson(batch, s("Bram Stoker"));
        QVERIFY2(bram, "spaces around names are dropped");
        QCOMPARE(bram->person.knownSince, QDate(2019, 12, 24));

        QCOMPARE(batch.rejected.size(), 2);
        QCOMPARE(batch.rejected[0].where.line, 8);
        QVERIFY(batch.rejected[0].reason.contains(s("no name")));
        QCOMPARE(batch.rejected[1].where.line, 11);
        QVERIFY(batch.rejected[1].reason.contains(s("never closed")));
    }

    void aFileWithoutTheHeaderIsRefused()
    {
        Result<ImportBatch> batch =
            linkedin::read(QByteArray("Notes:\nnothing here\n"), QStringLiteral("Connections.csv"));
        QVERIFY(!batch);
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY2(batch.errorMessage().contains(s("Connections.csv")),
                 qPrintable(batch.errorMessage()));
        QVERIFY(batch.errorMessage().contains(s("First Name")));

        Result<ImportBatch> unknown = linkedin::read(QByteArray("a,b\n1,2\n"), s("notes.csv"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code(), ErrorCode::Parse);
    }

    void aRenamedFileIsKnownByItsHeader()
    {
        const ImportBatch batch = readOrFail(
            readData(QStringLiteral("linkedin/export-2025/Connections.csv")), s("my network.csv"));
        QCOMPARE(batch.people.size(), 6);
    }

    void readsRecommendationsOfBothVintages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("count");
        QTest::newRow("received, underscores") << s("export-2024/Recommendations_Received.csv")
                                               << int(RecommendationDirection::Received) << 2;
        QTest::newRow("given, underscores") << s("export-2024/Recommendations_Given.csv")
                                            << int(RecommendationDirection::Given) << 2;
        QTest::newRow("received, spaces (older)") << s("export-2018/Recommendations Received.csv")
                                                  << int(RecommendationDirection::Received) << 1;
        QTest::newRow("given, spaces (older)") << s("export-2018/Recommendations Given.csv")
                                               << int(RecommendationDirection::Given) << 1;
    }

    void readsRecommendationsOfBothVintages()
    {
        QFETCH(QString, path);
        QFETCH(int, direction);
        QFETCH(int, count);
        const QString name = path.section(QLatin1Char('/'), -1);
        const ImportBatch batch = readOrFail(readData(QStringLiteral("linkedin/") + path), name);
        QCOMPARE(batch.recommendations.size(), count);
        QVERIFY(batch.people.isEmpty());
        for (const IncomingRecommendation &in : batch.recommendations) {
            QCOMPARE(int(in.recommendation.direction), direction);
            QCOMPARE(in.recommendation.platform, RecommendationPlatform::LinkedIn);
            QCOMPARE(in.recommendation.status, direction == int(RecommendationDirection::Given)
                                                   ? RecommendationStatus::Given
                                                   : RecommendationStatus::Received);
            QVERIFY(in.recommendation.completedOn.isValid());
            QVERIFY(!in.recommendation.text.isEmpty());
            QVERIFY(!in.personName.isEmpty());
            QCOMPARE(in.where.file, name);
        }
        const IncomingRecommendation &first = batch.recommendations.first();
        if (direction == int(RecommendationDirection::Received)) {
            QCOMPARE(first.personName, s("Grace Hopper"));
            QCOMPARE(first.personCompany, s("US Navy"));
            QCOMPARE(first.personTitle, s("Rear Admiral"));
            QCOMPARE(first.recommendation.completedOn, QDate(2018, 5, 2));
            QVERIFY2(first.recommendation.text.contains(u'\n'), "a text over two lines");
        } else {
            QCOMPARE(first.personName, s("Zoë Garcia-Okafor"));
            QCOMPARE(first.recommendation.text,
                     s("Zoë built our digital archive, \"from scratch\"."));
            QCOMPARE(first.recommendation.completedOn, QDate(2018, 4, 1));
        }
    }

    void readsInvitationsWithThePeopleConcerned()
    {
        Result<ImportBatch> batch = linkedin::readFile(dataPath(s("linkedin/export-2024")));
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->interactions.size(), 5); // the invitations, then the endorsements
        const IncomingInteraction &sent = batch->interactions[0];
        QCOMPARE(sent.interaction.kind, InteractionKind::Message);
        QCOMPARE(sent.interaction.date, QDate(2024, 12, 6));
        QVERIFY(sent.interaction.summary.contains(s("archives meetup")));
        QVERIFY(sent.interaction.uid.startsWith(s("linkedin-invitation-")));
        QCOMPARE(sent.personIndexes.size(), 1);
        QCOMPARE(batch->people[sent.personIndexes[0]].person.displayName, s("Nia Okonkwo"));
        QCOMPARE(batch->people[sent.personIndexes[0]].where.file, s("Connections.csv"));

        const IncomingInteraction &received = batch->interactions[1];
        const Person &tomas = batch->people[received.personIndexes.value(0)].person;
        QCOMPARE(tomas.displayName, s("Tomás Rivera"));
        QCOMPARE(tomas.profileUrl(ProfileKind::LinkedIn),
                 s("https://www.linkedin.com/in/tomas-rivera"));
        QCOMPARE(tomas.knownSince, QDate(2025, 1, 15));
        QVERIFY(received.interaction.summary.contains(s("received")));

        // The same file read again gives the same UIDs, so a re-import recognises them.
        Result<ImportBatch> again = linkedin::readFile(dataPath(s("linkedin/export-2024")));
        QCOMPARE(again->interactions[0].interaction.uid, sent.interaction.uid);
        QVERIFY(sent.interaction.uid != received.interaction.uid);
    }

    void readsEndorsementsAsOneInteractionPerPersonAndDay()
    {
        Result<ImportBatch> batch = linkedin::readFile(dataPath(s("linkedin/export-2024")));
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 7); // every endorser is a connection already
        const QList<IncomingInteraction> endorsements = batch->interactions.mid(2);
        QCOMPARE(endorsements.size(), 3);
        const auto personOf = [&](const IncomingInteraction &in) {
            return batch->people[in.personIndexes.value(0)].person.displayName;
        };

        // Grace's three rows of one day are one interaction; Cataloging, twice, counts once.
        const Interaction &grace = endorsements[0].interaction;
        QCOMPARE(personOf(endorsements[0]), s("Grace Hopper"));
        QCOMPARE(grace.kind, InteractionKind::Social);
        QCOMPARE(grace.date, QDate(2024, 11, 2));
        QCOMPARE(grace.summary, s("LinkedIn endorsement received: Cataloging, Metadata"));
        QVERIFY(grace.uid.startsWith(s("linkedin-endorsement-")));
        QCOMPARE(endorsements[0].where.line, 2);

        // Found by the profile address, written without its scheme, though the names differ.
        QCOMPARE(personOf(endorsements[1]), s("Zoë 🦄 Garcia-Okafor"));
        QCOMPARE(endorsements[1].interaction.summary,
                 s("LinkedIn endorsement received: Digital Preservation"));

        QCOMPARE(personOf(endorsements[2]), s("Ada Lovelace"));
        QCOMPARE(endorsements[2].interaction.date, QDate(2024, 2, 29));
        QCOMPARE(endorsements[2].interaction.summary,
                 s("LinkedIn endorsement given: Archival Research"));
        QCOMPARE(endorsements[2].where.file, s("Endorsement_Given_Info.csv"));

        Result<ImportBatch> again = linkedin::readFile(dataPath(s("linkedin/export-2024")));
        for (qsizetype i = 2; i < 5; ++i)
            QCOMPARE(again->interactions[i].interaction.uid,
                     batch->interactions[i].interaction.uid);
        QVERIFY(endorsements[0].interaction.uid != endorsements[1].interaction.uid);
    }

    void endorsementsNameNewPeopleAndRejectBadRows()
    {
        const QByteArray data =
            "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public "
            "Url,Endorsement Status\n"
            "2019/02/05 14:04:23 UTC,Metadata,Rosalind,\"Franklin, PhD\",,PENDING\n"
            ",,,,,\n"
            "2020/01/01 10:00:00 UTC,Cataloging,,,,ACCEPTED\n"
            "someday,Cataloging,Tim,Berners-Lee,www.linkedin.com/in/timbl,ACCEPTED\n";
        // Found by its header, whatever the file is called.
        const ImportBatch batch = readOrFail(data, s("endorsements (1).csv"));
        QCOMPARE(batch.people.size(), 1);
        const Person &rosalind = batch.people[0].person;
        QCOMPARE(rosalind.displayName, s("Rosalind Franklin"));
        QCOMPARE(rosalind.familyName, s("Franklin"));
        QCOMPARE(rosalind.notes, s("PhD"));
        QCOMPARE(rosalind.origin, Origin::LinkedIn);
        QCOMPARE(rosalind.knownSince, QDate(2019, 2, 5));
        QCOMPARE(batch.interactions.size(), 1);
        QCOMPARE(batch.interactions[0].personIndexes, QList<qsizetype>{0});
        QCOMPARE(batch.skippedEmpty, 1);
        QCOMPARE(batch.rejected.size(), 2);
        QCOMPARE(batch.rejected[0].where.line, 4);
        QVERIFY2(batch.rejected[0].reason.contains(s("nobody")),
                 qPrintable(batch.rejected[0].reason));
        QCOMPARE(batch.rejected[1].where.line, 5);
        QVERIFY2(batch.rejected[1].reason.contains(s("date")),
                 qPrintable(batch.rejected[1].reason));

        QByteArray given = data;
        given.replace("Endorser", "Endorsee");
        const ImportBatch endorsed = readOrFail(given, s("endorsements (2).csv"));
        QCOMPARE(endorsed.interactions.value(0).interaction.summary,
                 s("LinkedIn endorsement given: Metadata"));
    }

    void readsEvents()
    {
        const ImportBatch batch =
            readOrFail(readData(s("linkedin/export-2024/Events.csv")), s("Events.csv"));
        QCOMPARE(batch.events.size(), 2);
        const Event &unconference = batch.events[0].event;
        QCOMPARE(unconference.name, s("Archives Unconference 2024"));
        QCOMPARE(unconference.startDate, QDate(2024, 4, 8));
        QCOMPARE(unconference.startTime, QTime(7, 0));
        QCOMPARE(unconference.endDate, QDate(2024, 4, 8));
        QCOMPARE(unconference.endTime, QTime(17, 0));
        QCOMPARE(unconference.status, EventStatus::Registered);
        QCOMPARE(unconference.url, s("https://example.org/unconf"));
        QVERIFY(unconference.uid.startsWith(s("linkedin-event-")));
        QCOMPARE(batch.events[1].event.status, EventStatus::Skipped);
        QVERIFY(batch.events[1].event.url.isEmpty());
    }

    void readsAnExtractedFolder_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<int>("people");
        QTest::addColumn<int>("recommendations");
        QTest::addColumn<QStringList>("missing");
        QTest::newRow("2018") << s("export-2018") << 4 << 2
                              << QStringList{s("Invitations.csv"), s("Events.csv")};
        QTest::newRow("2024") << s("export-2024") << 7 << 4 << QStringList{};
    }

    void readsAnExtractedFolder()
    {
        QFETCH(QString, folder);
        QFETCH(int, people);
        QFETCH(int, recommendations);
        QFETCH(QStringList, missing);
        Result<ImportBatch> batch =
            linkedin::readFile(dataPath(QStringLiteral("linkedin/") + folder));
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), people);
        QCOMPARE(batch->recommendations.size(), recommendations);
        const QString notes = batch->notes.join(u'\n');
        for (const QString &name : missing)
            QVERIFY2(notes.contains(name), qPrintable(notes));
        QCOMPARE(batch->source, dataPath(QStringLiteral("linkedin/") + folder));
    }

    void readsTheZipLinkedInHandsOut()
    {
        QList<ZipEntry> entries = exportEntries(s("export-2024"), s("Basic_LinkedInDataExport/"));
        entries.append(
            {s("Basic_LinkedInDataExport/Profile.csv"), QByteArray("First Name\nAda\n")});
        entries.append({s("Basic_LinkedInDataExport/messages.csv"), QByteArray(5000, 'x')});
        QTemporaryDir dir;
        const QString path = dir.filePath(s("Basic_LinkedInDataExport_03-10-2025.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(makeZip(entries));
        file.close();

        Result<ImportBatch> batch = linkedin::readFile(path);
        QVERIFY2(batch, qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 7);
        QCOMPARE(batch->recommendations.size(), 4);
        QCOMPARE(batch->interactions.size(), 5);
        QCOMPARE(batch->events.size(), 2);
        QCOMPARE(batch->skippedEmpty, 2);
        QCOMPARE(batch->people.first().where.file, s("Basic_LinkedInDataExport/Connections.csv"));
        // The day of the export dates the jobs it lists.
        QCOMPARE(batch->people.first().rolesAsOf, exportTime.date());
    }

    void refusesEntriesLeadingOutsideTheArchive_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::newRow("parent folder") << s("../../home/user/.bashrc");
        QTest::newRow("parent folder inside") << s("export/../../Connections.csv");
        QTest::newRow("absolute") << s("/etc/passwd");
        QTest::newRow("backslashes") << s("export\\..\\..\\evil.csv");
        QTest::newRow("drive letter") << s("C:\\Windows\\evil.csv");
    }

    void refusesEntriesLeadingOutsideTheArchive()
    {
        QFETCH(QString, entry);
        QList<ZipEntry> entries = exportEntries(s("export-2024"));
        entries.append({entry, QByteArray("First Name,Last Name\nEve,Il\n")});
        Result<ImportBatch> batch = linkedin::readArchive(makeZip(entries), s("export.zip"));
        QVERIFY(!batch);
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY2(batch.errorMessage().contains(entry), qPrintable(batch.errorMessage()));
    }

    void refusesAZipBomb_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<qint64>("size");
        QTest::newRow("3 MB under a 1 MB limit") << qint64(1024 * 1024) << qint64(3 * 1024 * 1024);
        QTest::newRow("201 MB under the default limit")
            << linkedin::Limits().maxFileBytes << qint64(201) * 1024 * 1024;
    }

    void refusesAZipBomb()
    {
        QFETCH(qint64, limit);
        QFETCH(qint64, size);
        QCOMPARE(linkedin::Limits().maxFileBytes, qint64(200) * 1024 * 1024);
        const QByteArray zip = makeZip({}, {s("Connections.csv")}, size);
        QVERIFY2(zip.size() < size / 100, "the archive is small; what it inflates to is not");
        Result<ImportBatch> batch = linkedin::readArchive(zip, s("bomb.zip"), {limit});
        QVERIFY(!batch);
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY2(batch.errorMessage().contains(s("Connections.csv")),
                 qPrintable(batch.errorMessage()));
        QVERIFY(batch.errorMessage().contains(s("MB")));
    }

    void refusesAnArchiveWhoseFilesInflateTooMuchTogether_data()
    {
        QTest::addColumn<linkedin::Limits>("limits");
        QTest::addColumn<int>("files");
        QTest::addColumn<qint64>("entrySize");
        QTest::addColumn<QString>("budget");
        constexpr qint64 megabyte = 1024 * 1024;
        QTest::newRow("seven files of 3 MB, 4 MB each and 8 MB together")
            << linkedin::Limits{4 * megabyte, 8 * megabyte} << 7 << 3 * megabyte << s("8 MB");
        QTest::newRow("seven files of 199 MB under the default limits")
            << linkedin::Limits() << 7 << 199 * megabyte << s("256 MB");
    }

    void refusesAnArchiveWhoseFilesInflateTooMuchTogether()
    {
        QFETCH(linkedin::Limits, limits);
        QFETCH(int, files);
        QFETCH(qint64, entrySize);
        QFETCH(QString, budget);
        QCOMPARE(linkedin::Limits().maxArchiveBytes, qint64(256) * 1024 * 1024);
        QStringList names;
        for (const QString &name :
             {s("Connections.csv"), s("Invitations.csv"), s("Events.csv"),
              s("Recommendations_Received.csv"), s("Recommendations_Given.csv"),
              s("Endorsement_Received_Info.csv"), s("Endorsement_Given_Info.csv")})
            names.append(s("export/") + name);
        names = names.first(files);
        // Every checksum is wrong, so a file inflated would be refused as damaged instead.
        const QByteArray zip =
            withHeaderField(makeZip({}, names, entrySize), 14, 16, QByteArray(4, 'x'));
        QVERIFY(entrySize < limits.maxFileBytes);
        QVERIFY(entrySize * names.size() > limits.maxArchiveBytes);

        Result<ImportBatch> batch = linkedin::readArchive(zip, s("bomb.zip"), limits);
        QVERIFY(!batch);
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        // Refused for what the files make together, before one of them was inflated.
        QVERIFY2(batch.errorMessage().startsWith(s("bomb.zip: its files inflate to more than ")),
                 qPrintable(batch.errorMessage()));
        QVERIFY2(batch.errorMessage().contains(budget), qPrintable(batch.errorMessage()));
    }

    void sizesThatLieAreNotBelieved()
    {
        // The archive claims each file inflates to a kilobyte; each really is 3 MB, together
        // more than the limit.
        constexpr qint64 megabyte = 1024 * 1024;
        const QByteArray zip =
            withHeaderField(makeZip({}, {s("Connections.csv"), s("Invitations.csv")}, 3 * megabyte),
                            22, 24, QByteArray("\x00\x04\x00\x00", 4));
        Result<ImportBatch> batch =
            linkedin::readArchive(zip, s("liar.zip"), linkedin::Limits{4 * megabyte, 4 * megabyte});
        QVERIFY(!batch);
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY2(batch.errorMessage().startsWith(s("liar.zip: ")),
                 qPrintable(batch.errorMessage()));
    }

    void leavesCopiesOfAFileCompressed()
    {
        // Only the first Connections.csv is read, so later copies are never inflated: many
        // copies each just under the limit would otherwise take many times its memory.
        const qint64 limit = 1024 * 1024;
        const QByteArray zip =
            makeZip(exportEntries(s("export-2024")), {s("copy/Connections.csv")}, 3 * limit);
        Result<ImportBatch> batch = linkedin::readArchive(zip, s("export.zip"), {limit});
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QVERIFY(!batch->people.isEmpty());
        QVERIFY2(batch->notes.join(u'\n').contains(s("copy/Connections.csv")),
                 qPrintable(batch->notes.join(u'\n')));
    }

    void refusesWhatIsNotAnExport_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::newRow("truncated zip")
            << makeZip(exportEntries(s("export-2024"))).left(200) << int(ErrorCode::Parse);
        QTest::newRow("zip without export files")
            << makeZip({{s("photo.jpg"), QByteArray(100, 'j')}}) << int(ErrorCode::Parse);
        QTest::newRow("magic only") << QByteArray("PK\x03\x04", 4) << int(ErrorCode::Parse);
    }

    void refusesWhatIsNotAnExport()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QTemporaryDir dir;
        const QString path = dir.filePath(s("export.zip"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(data);
        file.close();
        Result<ImportBatch> batch = linkedin::readFile(path);
        QVERIFY(!batch);
        QCOMPARE(int(batch.error().code()), code);
        QVERIFY2(batch.errorMessage().contains(path), qPrintable(batch.errorMessage()));
    }

    void aMissingFileIsAnIoError()
    {
        Result<ImportBatch> batch = linkedin::readFile(s("/nonexistent/export.zip"));
        QVERIFY(!batch);
        QCOMPARE(batch.error().code(), ErrorCode::Io);
    }

    void fuzzFindingsStayFixed()
    {
        // Inputs the fuzzer once found troublesome; each must give a batch or a clean error.
        const QDir dir(dataPath(s("linkedin/fuzz")));
        for (const QString &name : dir.entryList(QDir::Files)) {
            const QByteArray data = readData(s("linkedin/fuzz/") + name);
            for (const char *file : {"Connections.csv", "Recommendations_Received.csv",
                                     "Invitations.csv", "Events.csv", "unknown.csv"}) {
                Result<ImportBatch> batch = linkedin::read(data, QLatin1String(file));
                QVERIFY(batch.ok() || batch.error().code() == ErrorCode::Parse);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestLinkedIn)
#include "tst_linkedin.moc"
