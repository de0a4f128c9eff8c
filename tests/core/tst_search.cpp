#include "support/TestDatabase.h"

#include "storage/BulkWriter.h"
#include "storage/PersonStore.h"
#include "storage/Search.h"
#include "storage/Sql.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

Person named(const QString &name)
{
    Person p;
    p.displayName = name;
    return p;
}

QList<SearchHit> searchOrFail(Database &db, const QString &text, int limit = 50,
                              std::optional<EntityKind> kind = std::nullopt)
{
    Result<QList<SearchHit>> hits = Search(db).search(text, limit, kind);
    if (!hits) {
        QTest::qFail(qPrintable(hits.errorMessage()), __FILE__, __LINE__);
        return {};
    }
    return *hits;
}

QStringList titles(const QList<SearchHit> &hits)
{
    QStringList result;
    for (const SearchHit &hit : hits)
        result.append(hit.title);
    return result;
}

// One record of every kind, all mentioning "Quinoa" somewhere, written in one batch.
struct Network
{
    Id ana = 0;
    Id library = 0;
};

Network writeNetwork(Database &db)
{
    Network ids;
    BulkWriter writer(db);
    Organization library;
    library.name = QStringLiteral("Quinoa Public Library");
    library.kind = OrganizationKind::Library;
    library.location.city = QStringLiteral("Denver");
    ids.library = writer.addOrganizations({library}).value().first();

    Person ana = named(QStringLiteral("Ana Quinoa-Lima"));
    ana.roles = {Role{0, ids.library, {}, QStringLiteral("Archivist"), QDate(2024, 1, 1), {}}};
    Person ben = named(QStringLiteral("Ben Okafor"));
    ben.headline = QStringLiteral("Metadata librarian");
    const QList<Id> people = writer.addPeople({ana, ben}).value();
    ids.ana = people.at(0);

    OnlineGroup group;
    group.name = QStringLiteral("Quinoa Archivists");
    group.platform = GroupPlatform::GoogleGroups;
    Event event;
    event.name = QStringLiteral("Quinoa Summit");
    event.startDate = QDate(2026, 6, 25);
    event.location.city = QStringLiteral("Chicago");
    event.sessions = {EventSession{QStringLiteral("Keynote on quinoa archives"), {}, {}}};
    Recommendation letter;
    letter.direction = RecommendationDirection::Received;
    letter.personId = people.at(1);
    letter.status = RecommendationStatus::Received;
    letter.text = QStringLiteral("Ben knows quinoa-grade metadata like nobody else.");
    Interaction lunch;
    lunch.date = QDate(2026, 3, 1);
    lunch.personIds = {people.at(1), ids.ana};
    lunch.summary = QStringLiteral("Lunch about the quinoa grant");
    Membership membership;
    membership.organizationId = ids.library;
    membership.personId = people.at(1);
    membership.role = QStringLiteral("committee");
    membership.notes = QStringLiteral("Quinoa outreach committee");
    const bool staged = writer.addGroups({group}).ok() && writer.addEvents({event}).ok() &&
                        writer.addRecommendations({letter}).ok() &&
                        writer.addInteractions({lunch}).ok() &&
                        writer.addMemberships({membership}).ok();
    if (!staged || !writer.commit())
        QTest::qFail("Could not write the test network", __FILE__, __LINE__);
    return ids;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameMatchRanksAboveOtherText()
    {
        TestDatabase fixture;
        PersonStore people(fixture.db());
        Person fan = named(QStringLiteral("Grace Hopper"));
        fan.notes = QStringLiteral("Admires Lovelace; quotes Lovelace at every Lovelace talk.");
        QVERIFY(people.create(fan).ok());
        QVERIFY(people.create(named(QStringLiteral("Ada Lovelace"))).ok());

        const QList<SearchHit> hits = searchOrFail(fixture.db(), QStringLiteral("lovelace"));
        QCOMPARE(titles(hits),
                 (QStringList{QStringLiteral("Ada Lovelace"), QStringLiteral("Grace Hopper")}));
        QVERIFY(hits[0].rank < 0);
    }

    void diacriticsAndCaseAreFolded_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("typed");
        QTest::newRow("jose finds José") << QStringLiteral("José García") << QStringLiteral("jose");
        QTest::newRow("muller finds Müller")
            << QStringLiteral("Anja Müller") << QStringLiteral("muller");
        QTest::newRow("zoe finds Zoë") << QStringLiteral("Zoë Adams") << QStringLiteral("zoe");
        QTest::newRow("nguyen finds Nguyễn")
            << QStringLiteral("Nguyễn Thảo") << QStringLiteral("nguyen thao");
        QTest::newRow("dvorak finds Dvořák")
            << QStringLiteral("Jiří Dvořák") << QStringLiteral("DVORAK");
        QTest::newRow("José finds jose") << QStringLiteral("jose lopez") << QStringLiteral("José");
    }

    void diacriticsAndCaseAreFolded()
    {
        QFETCH(QString, name);
        QFETCH(QString, typed);
        TestDatabase fixture;
        PersonStore people(fixture.db());
        QVERIFY(people.create(named(name)).ok());
        QVERIFY(people.create(named(QStringLiteral("Somebody Else"))).ok());
        QCOMPARE(titles(searchOrFail(fixture.db(), typed)), QStringList{name});
    }

    void everyPrefixFindsAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        for (const char *typed : {"o", "ok", "oka", "okaf", "okafor", "ben o", "b okaf"})
            QTest::newRow(typed) << QString::fromLatin1(typed);
    }

    void everyPrefixFindsAsYouType()
    {
        QFETCH(QString, typed);
        TestDatabase fixture;
        PersonStore people(fixture.db());
        QVERIFY(people.create(named(QStringLiteral("Ben Okafor"))).ok());
        QVERIFY(people.create(named(QStringLiteral("Ada Lovelace"))).ok());
        QCOMPARE(titles(searchOrFail(fixture.db(), typed)),
                 QStringList{QStringLiteral("Ben Okafor")});
    }

    void eachRecordAppearsOnce()
    {
        TestDatabase fixture;
        PersonStore people(fixture.db());
        Person p = named(QStringLiteral("Rosa Parks"));
        p.headline = QStringLiteral("Acme archivist");
        p.emails = {{QStringLiteral("rosa@acme.example"), {}},
                    {QStringLiteral("parks@acme.example"), {}}};
        p.roles = {
            Role{0,
                 std::nullopt,
                 {},
                 QStringLiteral("Acme intern"),
                 QDate(2020, 1, 1),
                 QDate(2020, 6, 1)},
            Role{0, std::nullopt, {}, QStringLiteral("Acme archivist"), QDate(2020, 7, 1), {}}};
        const Id id = people.create(p).value();

        const QList<SearchHit> hits = searchOrFail(fixture.db(), QStringLiteral("acme"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, EntityKind::Person);
        QCOMPARE(hits[0].id, id);
        QCOMPARE(hits[0].subtitle, QStringLiteral("Acme archivist"));
    }

    void everyKindIsFoundWithItsLabels_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("subtitle");
        QTest::newRow("person") << int(EntityKind::Person) << QStringLiteral("Ana Quinoa-Lima")
                                << QStringLiteral("Archivist · Quinoa Public Library");
        QTest::newRow("organization")
            << int(EntityKind::Organization) << QStringLiteral("Quinoa Public Library")
            << QStringLiteral("Library · Denver");
        QTest::newRow("group") << int(EntityKind::Group) << QStringLiteral("Quinoa Archivists")
                               << QStringLiteral("Google Groups");
        QTest::newRow("event") << int(EntityKind::Event) << QStringLiteral("Quinoa Summit")
                               << QStringLiteral("2026-06-25 · Chicago");
        QTest::newRow("recommendation")
            << int(EntityKind::Recommendation) << QStringLiteral("Recommendation from Ben Okafor")
            << QStringLiteral("Ben knows quinoa-grade metadata like nobody else.");
        QTest::newRow("interaction")
            << int(EntityKind::Interaction) << QStringLiteral("Lunch about the quinoa grant")
            << QStringLiteral("2026-03-01 · Ana Quinoa-Lima, Ben Okafor");
        QTest::newRow("membership")
            << int(EntityKind::Membership) << QStringLiteral("Quinoa Public Library")
            << QStringLiteral("committee · Ben Okafor");
    }

    void everyKindIsFoundWithItsLabels()
    {
        QFETCH(int, kind);
        QFETCH(QString, title);
        QFETCH(QString, subtitle);
        TestDatabase fixture;
        writeNetwork(fixture.db());
        const QList<SearchHit> hits =
            searchOrFail(fixture.db(), QStringLiteral("quino"), 50, EntityKind(kind));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].kind, EntityKind(kind));
        QCOMPARE(hits[0].title, title);
        QCOMPARE(hits[0].subtitle, subtitle);
    }

    void kindFilterFindsEventsBySession()
    {
        TestDatabase fixture;
        writeNetwork(fixture.db());
        const QList<SearchHit> hits =
            searchOrFail(fixture.db(), QStringLiteral("keynote"), 50, EntityKind::Event);
        QCOMPARE(titles(hits), QStringList{QStringLiteral("Quinoa Summit")});
        QVERIFY(searchOrFail(fixture.db(), QStringLiteral("keynote"), 50, EntityKind::Person)
                    .isEmpty());
        QVERIFY(
            searchOrFail(fixture.db(), QStringLiteral("quinoa"), 50, EntityKind::Tag).isEmpty());
    }

    void withoutKindEveryKindComesBack()
    {
        TestDatabase fixture;
        writeNetwork(fixture.db());
        QList<EntityKind> kinds;
        for (const SearchHit &hit : searchOrFail(fixture.db(), QStringLiteral("quinoa")))
            kinds.append(hit.kind);
        QCOMPARE(kinds.size(), 7);
        // The four records named Quinoa come before the three that only mention it.
        for (qsizetype i = 0; i < 4; ++i)
            QVERIFY(QList<EntityKind>({EntityKind::Person, EntityKind::Organization,
                                       EntityKind::Group, EntityKind::Event})
                        .contains(kinds[i]));
    }

    void updatesAndDeletesShowAtOnce()
    {
        TestDatabase fixture;
        const Network network = writeNetwork(fixture.db());
        PersonStore people(fixture.db());
        Person ana = people.get(network.ana).value();
        ana.displayName = QStringLiteral("Ana Lima-Oyelaran");
        QVERIFY(people.update(ana));
        QCOMPARE(searchOrFail(fixture.db(), QStringLiteral("oyela")).size(), 1);
        QCOMPARE(searchOrFail(fixture.db(), QStringLiteral("quinoa-lima")).size(), 0);
        QCOMPARE(
            searchOrFail(fixture.db(), QStringLiteral("quinoa"), 50, EntityKind::Person).size(),
            1); // employer

        Query rename(
            fixture.db(),
            QStringLiteral("UPDATE organization SET name = 'Zeugma Library' WHERE id = ?"));
        rename.bind(network.library);
        QVERIFY(rename.exec());
        QCOMPARE(
            searchOrFail(fixture.db(), QStringLiteral("zeugma"), 50, EntityKind::Person).size(), 1);
        QCOMPARE(
            searchOrFail(fixture.db(), QStringLiteral("quinoa"), 50, EntityKind::Person).size(), 0);

        QVERIFY(people.remove(network.ana));
        QCOMPARE(searchOrFail(fixture.db(), QStringLiteral("oyela")).size(), 0);
    }

    void hostileInputNeverFails_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("findsAda");
        QTest::newRow("lone quote") << QStringLiteral("\"") << false;
        QTest::newRow("unbalanced quote") << QStringLiteral("\"ada") << true;
        QTest::newRow("star") << QStringLiteral("*") << false;
        QTest::newRow("star after word") << QStringLiteral("ada*") << true;
        QTest::newRow("NEAR group") << QStringLiteral("NEAR(ada") << false;
        QTest::newRow("minus") << QStringLiteral("-ada") << true;
        QTest::newRow("column filter") << QStringLiteral("title:ada") << false;
        QTest::newRow("braces") << QStringLiteral("{title} : ada") << false;
        QTest::newRow("caret") << QStringLiteral("^ada") << true;
        QTest::newRow("operators") << QStringLiteral("ada AND OR NOT") << false;
        QTest::newRow("parentheses") << QStringLiteral("(ada))") << true;
        QTest::newRow("plus and colon") << QStringLiteral("+:ada:") << true;
        QTest::newRow("sql") << QStringLiteral("'); DROP TABLE person;--") << false;
    }

    void hostileInputNeverFails()
    {
        QFETCH(QString, typed);
        QFETCH(bool, findsAda);
        TestDatabase fixture;
        PersonStore people(fixture.db());
        QVERIFY(people.create(named(QStringLiteral("Ada Lovelace"))).ok());
        Result<QList<SearchHit>> hits = Search(fixture.db()).search(typed);
        QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
        QCOMPARE(titles(*hits).contains(QStringLiteral("Ada Lovelace")), findsAda);
        QCOMPARE(people.count({}).value(), qint64(1));
    }

    void emptyTextFindsNothing_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << QStringLiteral("   ");
        QTest::newRow("punctuation only") << QStringLiteral("*-\"()");
    }

    void emptyTextFindsNothing()
    {
        QFETCH(QString, typed);
        TestDatabase fixture;
        writeNetwork(fixture.db());
        Result<QList<SearchHit>> hits = Search(fixture.db()).search(typed);
        QVERIFY(hits.ok());
        QVERIFY(hits->isEmpty());
    }

    void limitCapsTheHits()
    {
        TestDatabase fixture;
        BulkWriter writer(fixture.db());
        QList<Person> many;
        for (int i = 0; i < 70; ++i)
            many.append(named(QStringLiteral("Marisol Number%1").arg(i)));
        QVERIFY(writer.addPeople(many).ok());
        QVERIFY(writer.commit());
        QCOMPARE(searchOrFail(fixture.db(), QStringLiteral("mari")).size(), 50);
        QCOMPARE(searchOrFail(fixture.db(), QStringLiteral("mari"), 5).size(), 5);
        QCOMPARE(searchOrFail(fixture.db(), QStringLiteral("number6")).size(), 1 + 10);
    }

    void queryKeepsOnlyWordsThatNarrow_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("query");
        const auto terms = [](const QStringList &words) {
            QStringList quoted;
            for (const QString &word : words)
                quoted.append(QLatin1Char('"') + word + QStringLiteral("\"*"));
            return quoted.join(QLatin1Char(' '));
        };
        QTest::newRow("one word") << QStringLiteral("ada") << terms({QStringLiteral("ada")});
        QTest::newRow("a word repeated in any case")
            << QStringLiteral("ada Ada ADA, ada") << terms({QStringLiteral("ada")});
        QTest::newRow("a prefix after its word")
            << QStringLiteral("mar ma") << terms({QStringLiteral("mar")});
        QTest::newRow("a prefix before its word")
            << QStringLiteral("ma jo mar") << terms({QStringLiteral("jo"), QStringLiteral("mar")});
        QTest::newRow("prefixes in other cases")
            << QStringLiteral("Ma mAR MARIsol") << terms({QStringLiteral("MARIsol")});
        QTest::newRow("words that only share a start")
            << QStringLiteral("mara mari")
            << terms({QStringLiteral("mara"), QStringLiteral("mari")});
        const QStringList alphabet =
            QStringLiteral("alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo "
                           "lima mike november oscar papa quebec romeo sierra tango")
                .split(QLatin1Char(' '));
        QTest::newRow("sixteen words at most")
            << alphabet.join(QLatin1Char(' ')) << terms(alphabet.first(16));
        QTest::newRow("64 characters a word")
            << QString(100, QLatin1Char('x')) << terms({QString(64, QLatin1Char('x'))});
        QTest::newRow("a page of one letter")
            << QStringLiteral("a ").repeated(3000) << terms({QStringLiteral("a")});
    }

    void queryKeepsOnlyWordsThatNarrow()
    {
        QFETCH(QString, typed);
        QFETCH(QString, query);
        QCOMPARE(sql::ftsPrefixQuery(typed), query);
    }

    void repeatsAndPrefixesFindWhatTheLongestWordFinds()
    {
        TestDatabase fixture;
        PersonStore people(fixture.db());
        for (const char *name : {"Mara Lopez", "Marisol Diaz", "Mateo Ruiz", "Jo Marsh"})
            QVERIFY(people.create(named(QString::fromUtf8(name))).ok());
        const QStringList mar = titles(searchOrFail(fixture.db(), QStringLiteral("mar")));
        QCOMPARE(mar.size(), 3);
        QVERIFY(!mar.contains(QStringLiteral("Mateo Ruiz")));
        QCOMPARE(titles(searchOrFail(fixture.db(), QStringLiteral("ma MAR m Mar mar"))), mar);
        QCOMPARE(titles(searchOrFail(fixture.db(), QStringLiteral("ma jo mar"))),
                 QStringList{QStringLiteral("Jo Marsh")});
        PersonFilter filter;
        filter.text = QStringLiteral("mar ma M");
        QCOMPARE(people.count(filter).value(), qint64(3));
    }

    void aPastedPageOfOneLetterFindsWhatTheLetterFinds()
    {
        constexpr int count = 4000;
        TestDatabase fixture;
        BulkWriter writer(fixture.db());
        QList<Person> many;
        for (int i = 0; i < count; ++i)
            many.append(named(
                (i % 2 ? QStringLiteral("Ben Number%1") : QStringLiteral("Ana Number%1")).arg(i)));
        QVERIFY(writer.addPeople(many).ok());
        QVERIFY(writer.commit());
        const QString pasted = QStringLiteral("a ").repeated(3000);

        QElapsedTimer timer;
        timer.start();
        const QList<SearchHit> hits = searchOrFail(fixture.db(), pasted);
        const qint64 searchMs = timer.restart();
        PersonFilter filter;
        filter.text = pasted;
        const Result<qint64> matching = PersonStore(fixture.db()).count(filter);
        qInfo("6,000 characters of \"a a a\" over %d people: search %lld ms, list filter %lld ms",
              count, searchMs, timer.elapsed());

        QCOMPARE(hits.size(), 50);
        for (const SearchHit &hit : hits)
            QVERIFY2(hit.title.startsWith(QLatin1String("Ana ")), qPrintable(hit.title));
        QCOMPARE(titles(hits), titles(searchOrFail(fixture.db(), QStringLiteral("a"))));
        QVERIFY2(matching.ok(), qPrintable(matching.errorMessage()));
        QCOMPARE(*matching, qint64(count / 2));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
