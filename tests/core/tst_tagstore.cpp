#include "support/TestDatabase.h"

#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"
#include "storage/Sql.h"
#include "storage/TagLinks.h"
#include "storage/TagStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

Id addPerson(Database &db, const QString &name, const QStringList &tags = {})
{
    Person p;
    p.displayName = name;
    p.tags = tags;
    return PersonStore(db).create(p).valueOr(0);
}

Id addEvent(Database &db, const QString &name, const QStringList &tags = {})
{
    Event e;
    e.name = name;
    e.tags = tags;
    return EventStore(db).create(e).valueOr(0);
}

// Rows for the kinds whose stores this test does not need, written directly.
Id insertRow(Database &db, const QString &statement)
{
    Query q(db, statement);
    q.bind(db.timestamp()).bind(db.timestamp());
    return q.exec().ok() ? q.lastInsertId() : 0;
}

Tag tagNamed(const QString &name, std::optional<int> cadence = std::nullopt)
{
    Tag t;
    t.name = name;
    t.cadenceDays = cadence;
    return t;
}

QStringList namesOf(const QList<TagSummary> &rows)
{
    QStringList names;
    for (const TagSummary &row : rows)
        names.append(row.tag.name);
    return names;
}

} // namespace

class TestTagStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createGetAndFindIgnoringCase()
    {
        TestDatabase fixture;
        TagStore store(fixture.db());
        const Result<Id> id = store.create(tagNamed(QStringLiteral("  Federal   libraries "), 90));
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        const Tag read = store.get(*id).value();
        QCOMPARE(read.id, *id);
        QCOMPARE(read.name, QStringLiteral("Federal libraries"));
        QCOMPARE(read.cadenceDays, std::optional<int>(90));

        const std::optional<Tag> found =
            store.findByName(QStringLiteral("federal LIBRARIES")).value();
        QVERIFY(found);
        QCOMPARE(found->id, *id);
        QVERIFY(!store.findByName(QStringLiteral("federal")).value());
        QCOMPARE(store.get(*id + 1).error().code(), ErrorCode::NotFound);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("cadence");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty name")
            << QStringLiteral(" ") << 0 << QStringLiteral("name") << int(FieldProblem::Empty);
        QTest::newRow("name taken, other case")
            << QStringLiteral("ALA") << 0 << QStringLiteral("name") << int(FieldProblem::Duplicate);
        QTest::newRow("negative cadence")
            << QStringLiteral("weekly") << -7 << QStringLiteral("cadenceDays")
            << int(FieldProblem::OutOfRange);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, name);
        QFETCH(int, cadence);
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        TagStore store(fixture.db());
        const Id existing = store.create(tagNamed(QStringLiteral("ala"))).value();

        const Result<Id> id =
            store.create(tagNamed(name, cadence == 0 ? std::nullopt : std::optional<int>(cadence)));
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Validation);
        QVERIFY2(id.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(id.errorMessage()));
        QCOMPARE(store.list().value().size(), 1);

        if (field != QLatin1String("name") || problem != int(FieldProblem::Duplicate)) {
            Tag edited = tagNamed(name, cadence == 0 ? std::nullopt : std::optional<int>(cadence));
            edited.id = existing;
            QCOMPARE(store.update(edited).error().code(), ErrorCode::Validation);
        }
    }

    void renameKeepsTheLinks()
    {
        TestDatabase fixture;
        TagStore store(fixture.db());
        const Id ada =
            addPerson(fixture.db(), QStringLiteral("Ada"), {QStringLiteral("classmates")});
        Tag tag = store.findByName(QStringLiteral("classmates")).value().value();
        tag.name = QStringLiteral("MLIS classmates");
        tag.cadenceDays = 30;
        QVERIFY(store.update(tag));
        QCOMPARE(PersonStore(fixture.db()).get(ada)->tags,
                 QStringList{QStringLiteral("MLIS classmates")});
        QCOMPARE(store.get(tag.id)->cadenceDays, std::optional<int>(30));

        tag.name = QStringLiteral("mlis CLASSMATES"); // only the case changes: still one tag
        QVERIFY(store.update(tag));
        QCOMPARE(store.list().value().size(), 1);
        QCOMPARE(store.get(tag.id)->name, QStringLiteral("mlis CLASSMATES"));

        tag.id = 999;
        QCOMPARE(store.update(tag).error().code(), ErrorCode::NotFound);
    }

    // Renaming onto another tag's name moves every link of every kind, then drops the tag.
    void renamingOntoAnotherTagMergesThem()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        TagStore store(db);
        const QString conf = QStringLiteral("conf");
        const QString conference = QStringLiteral("Conference");
        const Id both = addPerson(db, QStringLiteral("Both"), {conf, conference});
        const Id onlyConf = addPerson(db, QStringLiteral("Only conf"), {conf});
        const Id event = addEvent(db, QStringLiteral("ALA Annual"), {conf});
        const Id org =
            insertRow(db, QStringLiteral("INSERT INTO organization(name, created_at, updated_at) "
                                         "VALUES ('ALA', ?, ?)"));
        const Id group =
            insertRow(db, QStringLiteral("INSERT INTO online_group(name, created_at, updated_at) "
                                         "VALUES ('Fed libs', ?, ?)"));
        Query membership(
            db, QStringLiteral("INSERT INTO membership(organization_id, created_at, updated_at) "
                               "VALUES (?, ?, ?)"));
        membership.bind(org).bind(db.timestamp()).bind(db.timestamp());
        QVERIFY(membership.exec());
        const Id membershipId = membership.lastInsertId();
        Recommendation r;
        r.personId = both;
        r.tags = {conf};
        const Id recommendation = RecommendationStore(db).create(r).value();
        Interaction i;
        i.date = QDate(2026, 3, 1);
        i.personIds = {onlyConf};
        i.tags = {conf};
        const Id interaction = InteractionStore(db).create(i).value();
        for (auto [target, id] :
             {std::pair{TagTarget::Organization, org}, std::pair{TagTarget::Group, group},
              std::pair{TagTarget::Membership, membershipId}})
            QVERIFY(tagLinks::add(db, target, {id}, conf));

        const Tag survivor = store.findByName(conference).value().value();
        QVERIFY(store.update(Tag{survivor.id, QStringLiteral("Conference"), 45}));
        Tag renamed = store.findByName(conf).value().value();
        renamed.name = QStringLiteral("CONFERENCE");
        renamed.cadenceDays = 14;
        QSignalSpy spy(&db, &Database::changed);
        QVERIFY(store.update(renamed));

        QCOMPARE(store.get(renamed.id).error().code(), ErrorCode::NotFound);
        const Tag merged = store.get(survivor.id).value();
        QCOMPARE(merged.name, QStringLiteral("CONFERENCE"));  // the spelling just typed
        QCOMPARE(merged.cadenceDays, std::optional<int>(45)); // its own cadence stays
        const QStringList only = {QStringLiteral("CONFERENCE")};
        QCOMPARE(tagLinks::of(db, TagTarget::Person, both), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Person, onlyConf), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Event, event), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Organization, org), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Group, group), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Membership, membershipId), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Recommendation, recommendation), only);
        QCOMPARE(tagLinks::of(db, TagTarget::Interaction, interaction), only);
        const QList<TagSummary> rows = store.list().value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].uses, qint64(8));

        const Change removed = spy.at(0).at(0).value<Change>();
        QCOMPARE(removed.kind, EntityKind::Tag);
        QCOMPARE(removed.type, ChangeType::Removed);
        QCOMPARE(removed.ids, QList<Id>{renamed.id});
        QCOMPARE(spy.at(1).at(0).value<Change>().ids, QList<Id>{survivor.id});
        QCOMPARE(spy.count(), 2 + 7); // and every tagged kind reloads
    }

    void mergeTakesACadenceWhenTheSurvivorHasNone()
    {
        TestDatabase fixture;
        TagStore store(fixture.db());
        const Id keep = store.create(tagNamed(QStringLiteral("mentors"))).value();
        const Id merge = store.create(tagNamed(QStringLiteral("mentor"), 60)).value();
        QVERIFY(store.update(Tag{merge, QStringLiteral("mentors"), 60}));
        QCOMPARE(store.get(keep)->cadenceDays, std::optional<int>(60));
    }

    // Delete rule: removing a tag removes it from every record, nothing more.
    void removingATagKeepsTheRecords()
    {
        TestDatabase fixture;
        TagStore store(fixture.db());
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"),
                                 {QStringLiteral("old"), QStringLiteral("keep")});
        const Id event = addEvent(fixture.db(), QStringLiteral("Meetup"), {QStringLiteral("old")});
        const Id old = store.findByName(QStringLiteral("old")).value()->id;
        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.remove(old));
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Removed);
        QCOMPARE(PersonStore(fixture.db()).get(ada)->tags, QStringList{QStringLiteral("keep")});
        QVERIFY(EventStore(fixture.db()).get(event)->tags.isEmpty());
        QCOMPARE(store.remove(old).error().code(), ErrorCode::NotFound);
    }

    void listCountsUsesAcrossKinds()
    {
        TestDatabase fixture;
        TagStore store(fixture.db());
        addPerson(fixture.db(), QStringLiteral("Ada"),
                  {QStringLiteral("b-tag"), QStringLiteral("A-tag")});
        addPerson(fixture.db(), QStringLiteral("Bob"), {QStringLiteral("b-tag")});
        addEvent(fixture.db(), QStringLiteral("Meetup"), {QStringLiteral("B-TAG")});
        QVERIFY(store.create(tagNamed(QStringLiteral("c-unused"))).ok());

        const QList<TagSummary> rows = store.list().value();
        QCOMPARE(namesOf(rows), (QStringList{QStringLiteral("A-tag"), QStringLiteral("b-tag"),
                                             QStringLiteral("c-unused")}));
        QCOMPARE(rows[0].uses, qint64(1));
        QCOMPARE(rows[1].uses, qint64(3));
        QCOMPARE(rows[2].uses, qint64(0));
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        TagStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);
        const Id id = store.create(tagNamed(QStringLiteral("ala"))).value();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().kind, EntityKind::Tag);
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Inserted);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, QList<Id>{id});
        spy.clear();
        QVERIFY(store.update(tagNamed(QStringLiteral("ALA"), 30)).error().code() ==
                ErrorCode::NotFound);
        QVERIFY(store.update(Tag{id, QStringLiteral("ALA"), 30}));
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Updated);
        QCOMPARE(spy.at(1).at(0).value<Change>().kind, EntityKind::Person);
        QCOMPARE(spy.at(1).at(0).value<Change>().type, ChangeType::Reset);
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"
