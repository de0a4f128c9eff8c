#include "support/TestDatabase.h"

#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

Person samplePerson()
{
    Person p;
    p.displayName = QStringLiteral("Zoë Garcia-Okafor");
    p.givenName = QStringLiteral("Zoë");
    p.familyName = QStringLiteral("Garcia-Okafor");
    p.headline = QStringLiteral("Digital archivist");
    p.emails = {{QStringLiteral("zoe@example.org"), QStringLiteral("work")},
                {QStringLiteral("zoe.home@example.net"), {}}};
    p.phones = {{QStringLiteral("+1 303 555 0100"), QStringLiteral("mobile")}};
    p.profiles = {{ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/zoe")},
                  {ProfileKind::Mastodon, QStringLiteral("https://glammr.us/@zoe")}};
    p.location = {QStringLiteral("Denver"), QStringLiteral("CO"), QStringLiteral("USA")};
    p.relationships = {RelationshipKind::Colleague, RelationshipKind::Mentor};
    p.tags = {QStringLiteral("archives"), QStringLiteral("ALA")};
    p.notes = QStringLiteral("Met at the state library conference.");
    p.cadenceDays = 60;
    p.photo = QByteArray("\x89PNG fake", 9);
    p.knownSince = QDate(2024, 4, 2);
    return p;
}

} // namespace

class TestPersonStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetKeepsEveryField()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const Person input = samplePerson();
        Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        Result<Person> read = store.get(*id);
        QVERIFY(read.ok());
        QCOMPARE(read->displayName, input.displayName);
        QCOMPARE(read->givenName, input.givenName);
        QCOMPARE(read->familyName, input.familyName);
        QCOMPARE(read->headline, input.headline);
        QCOMPARE(read->emails, input.emails);
        QCOMPARE(read->phones, input.phones);
        QCOMPARE(read->profiles, input.profiles);
        QCOMPARE(read->location, input.location);
        QCOMPARE(read->relationships, input.relationships);
        QCOMPARE(read->tags, (QStringList{QStringLiteral("ALA"), QStringLiteral("archives")}));
        QCOMPARE(read->notes, input.notes);
        QCOMPARE(read->cadenceDays, input.cadenceDays);
        QCOMPARE(read->photo, input.photo);
        QCOMPARE(read->knownSince, input.knownSince);
        QCOMPARE(read->origin, Origin::Manual);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
    }

    void knownSinceDefaultsToToday()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        Person p;
        p.displayName = QStringLiteral("Ada");
        Result<Id> id = store.create(p);
        QVERIFY(id.ok());
        QCOMPARE(store.get(*id)->knownSince, TestDatabase::today());
    }

    void rolesKeepTheirIdsAcrossEdits()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        Person p = samplePerson();
        p.roles = {Role{0,
                        std::nullopt,
                        {},
                        QStringLiteral("Intern"),
                        QDate(2022, 1, 1),
                        QDate(2022, 6, 30)},
                   Role{0, std::nullopt, {}, QStringLiteral("Archivist"), QDate(2022, 7, 1), {}}};
        const Id id = store.create(p).value();
        Person stored = store.get(id).value();
        QCOMPARE(stored.roles.size(), 2);
        QCOMPARE(stored.currentRole()->title, QStringLiteral("Archivist"));
        const Id archivistRole = stored.roles[1].id;

        stored.roles[1].end = QDate(2025, 1, 31);
        stored.roles.removeFirst();
        stored.roles.append(
            Role{0, std::nullopt, {}, QStringLiteral("Head of Archives"), QDate(2025, 2, 1), {}});
        QVERIFY(store.update(stored));
        const Person updated = store.get(id).value();
        QCOMPARE(updated.roles.size(), 2);
        QCOMPARE(updated.roles[0].id, archivistRole);
        QCOMPARE(updated.roles[0].end, QDate(2025, 1, 31));
        QCOMPARE(updated.currentRole()->title, QStringLiteral("Head of Archives"));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty name") << QStringLiteral("displayName") << int(FieldProblem::Empty);
        QTest::newRow("malformed e-mail")
            << QStringLiteral("emails[1]") << int(FieldProblem::Malformed);
        QTest::newRow("malformed profile URL")
            << QStringLiteral("profiles[0]") << int(FieldProblem::Malformed);
        QTest::newRow("role ends before it starts")
            << QStringLiteral("roles[0].end") << int(FieldProblem::EndBeforeStart);
        QTest::newRow("zero cadence")
            << QStringLiteral("cadenceDays") << int(FieldProblem::OutOfRange);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        Person p = samplePerson();
        if (field == QLatin1String("displayName"))
            p.displayName = QStringLiteral("   ");
        else if (field == QLatin1String("emails[1]"))
            p.emails[1].value = QStringLiteral("zoe at example");
        else if (field == QLatin1String("profiles[0]"))
            p.profiles[0].url = QStringLiteral("linkedin.com/in/zoe");
        else if (field == QLatin1String("roles[0].end"))
            p.roles = {Role{
                0, std::nullopt, {}, QStringLiteral("x"), QDate(2024, 5, 1), QDate(2024, 4, 1)}};
        else if (field == QLatin1String("cadenceDays"))
            p.cadenceDays = 0;

        TestDatabase fixture;
        PersonStore store(fixture.db());
        Result<Id> id = store.create(p);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Validation);
        QVERIFY2(id.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(id.errorMessage()));
        QCOMPARE(store.count({}).value(), qint64(0));
    }

    void updateOfMissingPersonFails()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        Person p = samplePerson();
        p.id = 4242;
        Status status = store.update(p);
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::NotFound);
    }

    void changesAreAnnouncedAfterCommit()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);
        Person person = samplePerson();
        Query org(fixture.db(), QStringLiteral("INSERT INTO organization(id, name, created_at, "
                                               "updated_at) VALUES (7, 'Archive', 'x', 'x')"));
        QVERIFY(org.exec());
        person.roles = {Role{0, Id(7), {}, QStringLiteral("Archivist"), {}, {}}};
        const Id id = store.create(person).value();
        // The person, the organization whose head count changed, and the tags in use.
        QCOMPARE(spy.count(), 3);
        const Change change = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(change.kind, EntityKind::Person);
        QCOMPARE(change.type, ChangeType::Inserted);
        QCOMPARE(change.ids, QList<Id>{id});
        const Change organization = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(organization.kind, EntityKind::Organization);
        QCOMPARE(organization.ids, QList<Id>{7});
        QCOMPARE(spy.takeFirst().at(0).value<Change>().kind, EntityKind::Tag);
    }

    void listFiltersSortsAndPages()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const QStringList names = {QStringLiteral("Béatrice Martin"), QStringLiteral("Alan Smith"),
                                   QStringLiteral("Chen Wei"), QStringLiteral("david Ortiz")};
        for (const QString &name : names) {
            Person p;
            p.displayName = name;
            if (name.startsWith(QLatin1Char('A')) || name.startsWith(QLatin1Char('C')))
                p.tags = {QStringLiteral("classmates")};
            QVERIFY(store.create(p).ok());
        }
        PersonQuery query;
        Result<QList<PersonSummary>> all = store.list(query);
        QVERIFY(all.ok());
        QStringList sorted;
        for (const PersonSummary &row : *all)
            sorted.append(row.displayName);
        QCOMPARE(sorted,
                 (QStringList{QStringLiteral("Alan Smith"), QStringLiteral("Béatrice Martin"),
                              QStringLiteral("Chen Wei"), QStringLiteral("david Ortiz")}));

        query.order = Qt::DescendingOrder;
        query.page = {1, 2};
        Result<QList<PersonSummary>> page = store.list(query);
        QCOMPARE(page->size(), 2);
        QCOMPARE(page->at(0).displayName, QStringLiteral("Chen Wei"));

        const Id chen = page->at(0).id;
        query.page = {};
        QCOMPARE(store.position(query, chen).value(), std::optional<qint64>(1)); // descending
        query.filter.tags = {QStringLiteral("classmates")};
        QCOMPARE(store.position(query, chen).value(), std::optional<qint64>(0));
        query.filter.text = QStringLiteral("alan");
        QCOMPARE(store.position(query, chen).value(), std::optional<qint64>()); // filtered out

        PersonFilter byText;
        byText.text = QStringLiteral("beat");
        QCOMPARE(store.count(byText).value(), qint64(1)); // diacritics folded, prefix matched
        PersonFilter byTag;
        byTag.tags = {QStringLiteral("CLASSMATES")};
        QCOMPARE(store.count(byTag).value(), qint64(2));
        PersonFilter punctuation;
        punctuation.text = QStringLiteral("\"*)(");
        QCOMPARE(store.count(punctuation).value(), qint64(0));

        // One character lists names starting with it, in either case; two match any word.
        PersonFilter oneLetter;
        oneLetter.text = QStringLiteral("D");
        QCOMPARE(store.count(oneLetter).value(), qint64(1)); // david Ortiz, not Béatrice
        oneLetter.text = QStringLiteral("m");
        QCOMPARE(store.count(oneLetter).value(), qint64(0)); // Martin is not the first word
        oneLetter.text = QStringLiteral("ma");
        QCOMPARE(store.count(oneLetter).value(), qint64(1));
        oneLetter.text = QStringLiteral("%");
        QCOMPARE(store.count(oneLetter).value(), qint64(0)); // punctuation, not a wildcard
    }

    void sqlMetacharactersAreJustText()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        Person p;
        p.displayName = QStringLiteral("Robert'); DROP TABLE person;--");
        p.notes = QStringLiteral("\" OR 1=1 -- NEAR(a b) title:x *");
        const Id id = store.create(p).value();
        QCOMPARE(store.get(id)->displayName, p.displayName);
        PersonFilter filter;
        filter.text = QStringLiteral("DROP TABLE");
        QCOMPARE(store.count(filter).value(), qint64(1));
        filter.text = QStringLiteral("NEAR(a");
        QCOMPARE(store.count(filter).value(), qint64(1));
    }

    void bulkTagging()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        Person a;
        a.displayName = QStringLiteral("A");
        Person b;
        b.displayName = QStringLiteral("B");
        const Id ida = store.create(a).value();
        const Id idb = store.create(b).value();
        QVERIFY(store.addTag({ida, idb}, QStringLiteral("conference 2026")));
        PersonFilter filter;
        filter.tags = {QStringLiteral("Conference 2026")};
        QCOMPARE(store.count(filter).value(), qint64(2));
        QVERIFY(store.removeTag({ida}, QStringLiteral("conference 2026")));
        QCOMPARE(store.count(filter).value(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestPersonStore)
#include "tst_personstore.moc"
