#include "support/TestDatabase.h"

#include "storage/BulkWriter.h"
#include "storage/PersonStore.h"
#include "storage/Search.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

qint64 scalar(Database &db, const QString &statement)
{
    Query q(db, statement);
    Result<qint64> value = q.scalar();
    if (!value)
        qWarning("%s: %s", qPrintable(statement), qPrintable(value.errorMessage()));
    return value.valueOr(-1);
}

Id insertOrganization(Database &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO organization(name, kind, created_at, updated_at) "
                               "VALUES (?, 'library', ?, ?)"));
    q.bind(name).bind(db.timestamp()).bind(db.timestamp());
    if (!q.exec())
        return 0;
    return q.lastInsertId();
}

Person named(const QString &name)
{
    Person p;
    p.displayName = name;
    return p;
}

// People of every shape the store accepts; roles refer to organizations 1 and 2.
QList<Person> variedPeople()
{
    Person full;
    full.uid = QStringLiteral("urn:uuid:7d1c");
    full.displayName = QStringLiteral("  Zoë Garcia-Okafor ");
    full.givenName = QStringLiteral("Zoë");
    full.familyName = QStringLiteral("Garcia-Okafor");
    full.headline = QStringLiteral("Digital archivist");
    full.emails = {{QStringLiteral("zoe@example.org"), QStringLiteral("work")},
                   {QStringLiteral("zoe.home@example.net"), {}}};
    full.phones = {{QStringLiteral("+1 303 555 0100"), QStringLiteral("mobile")}};
    full.profiles = {{ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/zoe")},
                     {ProfileKind::Mastodon, QStringLiteral("https://glammr.us/@zoe")}};
    full.location = {QStringLiteral("Denver"), QStringLiteral("CO"), QStringLiteral("USA")};
    full.relationships = {RelationshipKind::Mentor, RelationshipKind::Colleague,
                          RelationshipKind::Mentor};
    full.roles = {Role{0, 1, {}, QStringLiteral("Intern"), QDate(2022, 1, 1), QDate(2022, 6, 30)},
                  Role{0, 2, {}, QStringLiteral(" Archivist "), QDate(2022, 7, 1), {}},
                  Role{0, std::nullopt, {}, QStringLiteral("Volunteer"), {}, {}}};
    full.tags = {QStringLiteral("archives"), QStringLiteral(" ALA  "), QStringLiteral("ala")};
    full.notes = QStringLiteral("Met at the state library conference.");
    full.cadenceDays = 60;
    full.contactSnoozedUntil = QDate(2026, 4, 1);
    full.photo = QByteArray("\x89PNG fake", 9);
    full.knownSince = QDate(2024, 4, 2);
    full.origin = Origin::LinkedIn;

    Person minimal = named(QStringLiteral("Ada"));

    Person introduced = named(QStringLiteral("José Müller"));
    introduced.introducedById = 1;
    introduced.tags = {QStringLiteral("Archives")};
    introduced.origin = Origin::VCard;
    return {full, minimal, introduced};
}

void comparePeople(const Person &actual, const Person &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.uid, expected.uid);
    QCOMPARE(actual.displayName, expected.displayName);
    QCOMPARE(actual.givenName, expected.givenName);
    QCOMPARE(actual.familyName, expected.familyName);
    QCOMPARE(actual.headline, expected.headline);
    QCOMPARE(actual.roles, expected.roles);
    QCOMPARE(actual.emails, expected.emails);
    QCOMPARE(actual.phones, expected.phones);
    QCOMPARE(actual.profiles, expected.profiles);
    QCOMPARE(actual.location, expected.location);
    QCOMPARE(actual.relationships, expected.relationships);
    QCOMPARE(actual.metAtEventId, expected.metAtEventId);
    QCOMPARE(actual.metInGroupId, expected.metInGroupId);
    QCOMPARE(actual.introducedById, expected.introducedById);
    QCOMPARE(actual.tags, expected.tags);
    QCOMPARE(actual.notes, expected.notes);
    QCOMPARE(actual.cadenceDays, expected.cadenceDays);
    QCOMPARE(actual.contactSnoozedUntil, expected.contactSnoozedUntil);
    QCOMPARE(actual.photo, expected.photo);
    QCOMPARE(actual.knownSince, expected.knownSince);
    QCOMPARE(actual.origin, expected.origin);
    QCOMPARE(actual.timestamps.createdAt, expected.timestamps.createdAt);
    QCOMPARE(actual.timestamps.updatedAt, expected.timestamps.updatedAt);
}

// What every table holds, to prove a failed write left no trace.
QString fingerprint(Database &db)
{
    QStringList counts;
    for (const char *table : {"person", "person_email", "role", "organization", "tag", "person_tag",
                              "interaction", "interaction_person", "search_index"}) {
        counts.append(QString::number(
            scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))));
    }
    return counts.join(QLatin1Char('/'));
}

// Every trigger with its definition, in name order.
QString triggers(Database &db)
{
    Query q(db, QStringLiteral(
                    "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name"));
    QStringList all;
    if (q.exec()) {
        while (q.next())
            all.append(q.string(0) + QLatin1Char('=') + q.string(1));
    }
    return all.join(QLatin1Char('\n'));
}

} // namespace

class TestBulkWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void peopleReadBackAsIfCreatedThroughTheStore()
    {
        TestDatabase viaStore;
        TestDatabase viaBulk;
        for (Database *db : {&viaStore.db(), &viaBulk.db()}) {
            QCOMPARE(insertOrganization(*db, QStringLiteral("Denver Public Library")), Id(1));
            QCOMPARE(insertOrganization(*db, QStringLiteral("History Colorado")), Id(2));
        }
        const QList<Person> people = variedPeople();

        PersonStore store(viaStore.db());
        QList<Id> storeIds;
        for (const Person &p : people) {
            Result<Id> id = store.create(p);
            QVERIFY2(id.ok(), qPrintable(id.errorMessage()));
            storeIds.append(*id);
        }

        BulkWriter writer(viaBulk.db());
        Result<QList<Id>> bulkIds = writer.addPeople(people);
        QVERIFY2(bulkIds.ok(), qPrintable(bulkIds.errorMessage()));
        QVERIFY(writer.commit());
        QCOMPARE(*bulkIds, storeIds);

        PersonStore bulkStore(viaBulk.db());
        for (Id id : storeIds) {
            Result<Person> expected = store.get(id);
            Result<Person> actual = bulkStore.get(id);
            QVERIFY(expected.ok() && actual.ok());
            comparePeople(*actual, *expected);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(scalar(viaBulk.db(), QStringLiteral("SELECT group_concat(name, '|') FROM tag")),
                 scalar(viaStore.db(), QStringLiteral("SELECT group_concat(name, '|') FROM tag")));
        QCOMPARE(fingerprint(viaBulk.db()), fingerprint(viaStore.db()));
    }

    void returnedIdsFollowExistingRecords()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        const Id existing = store.create(named(QStringLiteral("Existing Person"))).value();

        BulkWriter writer(fixture.db());
        Result<QList<Id>> first =
            writer.addPeople({named(QStringLiteral("Ana")), named(QStringLiteral("Ben"))});
        Result<QList<Id>> second = writer.addPeople({named(QStringLiteral("Chidi"))});
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(*first, (QList<Id>{existing + 1, existing + 2}));
        QCOMPARE(*second, QList<Id>{existing + 3});
        QVERIFY(writer.commit());
        QCOMPARE(store.displayName(first->at(0)).value(), QStringLiteral("Ana"));
        QCOMPARE(store.displayName(first->at(1)).value(), QStringLiteral("Ben"));
        QCOMPARE(store.displayName(second->at(0)).value(), QStringLiteral("Chidi"));
    }

    void laterBatchesReferToEarlierOnes()
    {
        TestDatabase fixture;
        BulkWriter writer(fixture.db());
        Organization library;
        library.name = QStringLiteral("Denver Public Library");
        const Id libraryId = writer.addOrganizations({library}).value().first();

        Person ana = named(QStringLiteral("Ana Lima"));
        ana.roles = {Role{0, libraryId, {}, QStringLiteral("Archivist"), {}, {}}};
        ana.metInGroupId = 1; // the group below, staged after her
        const Id anaId = writer.addPeople({ana}).value().first();

        OnlineGroup group;
        group.name = QStringLiteral("Federal librarians");
        group.platform = GroupPlatform::GoogleGroups;
        group.discoveredViaPersonId = anaId;
        group.memberIds = {anaId};
        QCOMPARE(writer.addGroups({group}).value(), QList<Id>{1});

        Event conference;
        conference.name = QStringLiteral("ALA Annual");
        conference.organizerId = libraryId;
        conference.startDate = QDate(2026, 6, 25);
        conference.endDate = QDate(2026, 6, 30);
        conference.costs = {
            CostLine{CostCategory::Registration, 39500, std::nullopt, FundingSource::Employer, {}},
            CostLine{CostCategory::Travel, 42000, 41000, FundingSource::Self,
                     QStringLiteral("train")}};
        conference.deadlines = {Deadline{DeadlineKind::EarlyBird, QDate(2026, 4, 1), false, {}}};
        conference.participants = {EventParticipant{anaId, ParticipantRole::ToMeet, false}};
        const Id eventId = writer.addEvents({conference}).value().first();

        Interaction coffee;
        coffee.date = QDate(2026, 3, 1);
        coffee.kind = InteractionKind::Met;
        coffee.personIds = {anaId};
        coffee.eventId = eventId;
        coffee.summary = QStringLiteral("Coffee about digitisation grants");
        coffee.followUpOn = QDate(2026, 3, 20);
        coffee.tags = {QStringLiteral("grants")};
        QVERIFY(writer.addInteractions({coffee}).ok());

        Membership ala;
        ala.organizationId = libraryId;
        ala.dues = Money{6500, QStringLiteral("USD")};
        ala.renewalDate = QDate(2026, 9, 1);
        Recommendation letter;
        letter.direction = RecommendationDirection::Received;
        letter.personId = anaId;
        letter.status = RecommendationStatus::Received;
        letter.text = QStringLiteral("Ana is a meticulous archivist.");
        QVERIFY(writer.addMemberships({ala}).ok());
        QVERIFY(writer.addRecommendations({letter}).ok());

        Status committed = writer.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.errorMessage()));

        Database &db = fixture.db();
        QCOMPARE(scalar(db, QStringLiteral("SELECT organization_id FROM role")), libraryId);
        QCOMPARE(scalar(db, QStringLiteral("SELECT met_in_group_id FROM person")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT discovered_via_person_id FROM online_group")),
                 anaId);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM group_member")), qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT sum(planned_cents) FROM event_cost")),
                 qint64(81500));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT actual_cents FROM event_cost WHERE position = 1")),
            qint64(41000));
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM event_deadline WHERE due_on = '2026-04-01'")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral(
                                "SELECT count(*) FROM event_participant WHERE role = 'to_meet'")),
                 qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM interaction_person "
                                           "WHERE occurred_on = '2026-03-01'")),
                 qint64(1));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM interaction WHERE event_id = %1 AND "
                                      "follow_up_on = '2026-03-20'")
                           .arg(eventId)),
            qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM interaction_tag")), qint64(1));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT dues_cents FROM membership WHERE person_id IS NULL")),
            qint64(6500));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM recommendation WHERE person_id = %1")
                           .arg(anaId)),
            qint64(1));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_key_check")), qint64(0));
    }

    void searchFindsBulkInsertedRecords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::newRow("person by folded name")
            << QStringLiteral("jose mull") << int(EntityKind::Person);
        QTest::newRow("person by e-mail") << QStringLiteral("jmuller") << int(EntityKind::Person);
        QTest::newRow("person by employer") << QStringLiteral("bibliot") << int(EntityKind::Person);
        QTest::newRow("organization")
            << QStringLiteral("biblioteca") << int(EntityKind::Organization);
        QTest::newRow("interaction summary")
            << QStringLiteral("digitisation") << int(EntityKind::Interaction);
    }

    void searchFindsBulkInsertedRecords()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        TestDatabase fixture;
        BulkWriter writer(fixture.db());
        Organization library;
        library.name = QStringLiteral("Biblioteca Nacional");
        const Id libraryId = writer.addOrganizations({library}).value().first();
        Person jose = named(QStringLiteral("José Müller"));
        jose.emails = {{QStringLiteral("jmuller@example.org"), {}}};
        jose.roles = {Role{0, libraryId, {}, QStringLiteral("Curator"), {}, {}}};
        const Id joseId = writer.addPeople({jose}).value().first();
        Interaction call;
        call.date = QDate(2026, 2, 2);
        call.personIds = {joseId};
        call.summary = QStringLiteral("Talked about digitisation");
        QVERIFY(writer.addInteractions({call}).ok());
        QVERIFY(writer.commit());

        Result<QList<SearchHit>> hits = Search(fixture.db()).search(text, 50, EntityKind(kind));
        QVERIFY2(hits.ok(), qPrintable(hits.errorMessage()));
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().kind, EntityKind(kind));
    }

    void invalidRecordRejectsTheBatchByIndex()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        QVERIFY(store.create(named(QStringLiteral("Already here"))).ok());
        const QString before = fingerprint(fixture.db());

        BulkWriter writer(fixture.db());
        QVERIFY(writer.addPeople({named(QStringLiteral("Staged earlier"))}).ok());
        Person broken = named(QStringLiteral("Broken"));
        broken.emails = {{QStringLiteral("not an address"), {}}};
        Result<QList<Id>> added =
            writer.addPeople({named(QStringLiteral("Fine")), named(QStringLiteral("   ")),
                              named(QStringLiteral("Also fine")), broken});
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code(), ErrorCode::Validation);
        QVERIFY2(added.error().hasFieldProblem(QStringLiteral("people[1].displayName"),
                                               FieldProblem::Empty),
                 qPrintable(added.errorMessage()));
        QVERIFY(added.errorMessage().contains(QLatin1String("2 of 4")));
        QVERIFY(!writer.hasPending());
        QVERIFY(writer.commit()); // nothing left to write
        QCOMPARE(fingerprint(fixture.db()), before);
    }

    void refusedRowLeavesDatabaseUnchanged()
    {
        TestDatabase fixture;
        PersonStore store(fixture.db());
        QVERIFY(store.create(named(QStringLiteral("Already here"))).ok());
        const QString before = fingerprint(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);

        BulkWriter writer(fixture.db());
        Person good = named(QStringLiteral("Good"));
        good.tags = {QStringLiteral("new tag")};
        Person dangling = named(QStringLiteral("Works nowhere"));
        dangling.roles = {
            Role{0, 999, {}, QStringLiteral("Ghost"), {}, {}}}; // no such organization
        QVERIFY(writer.addPeople({good, dangling, good}).ok());
        Status committed = writer.commit();
        QVERIFY(!committed.ok());
        QCOMPARE(committed.error().code(), ErrorCode::Conflict);
        QCOMPARE(fingerprint(fixture.db()), before);
        QCOMPARE(spy.count(), 0);

        // The writer is usable again afterwards.
        QVERIFY(writer.addPeople({good}).ok());
        QVERIFY(writer.commit());
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM person")), qint64(2));
    }

    void discardingLeavesDatabaseUnchanged()
    {
        TestDatabase fixture;
        const QString before = fingerprint(fixture.db());
        {
            BulkWriter writer(fixture.db());
            QVERIFY(writer.addPeople({named(QStringLiteral("Never written"))}).ok());
        } // destroyed without commit()
        QCOMPARE(fingerprint(fixture.db()), before);
    }

    void commitAnnouncesOneResetPerKindWritten()
    {
        TestDatabase fixture;
        QSignalSpy spy(&fixture.db(), &Database::changed);
        BulkWriter writer(fixture.db());
        Organization org;
        org.name = QStringLiteral("ACRL");
        QVERIFY(writer.addOrganizations({org, org}).ok());
        Person tagged = named(QStringLiteral("Tagged"));
        tagged.tags = {QStringLiteral("mentor")};
        QVERIFY(writer.addPeople({tagged, named(QStringLiteral("Other"))}).ok());
        QCOMPARE(spy.count(), 0);
        QVERIFY(writer.commit());

        QList<EntityKind> kinds;
        for (const QList<QVariant> &signal : std::as_const(spy)) {
            const Change change = signal.at(0).value<Change>();
            QCOMPARE(change.type, ChangeType::Reset);
            QVERIFY(change.ids.isEmpty());
            kinds.append(change.kind);
        }
        QCOMPARE(kinds, (QList<EntityKind>{EntityKind::Organization, EntityKind::Person,
                                           EntityKind::Tag}));
    }

    void searchTriggersKeepWorkingAfterBulkWrites()
    {
        TestDatabase fixture;
        const QString before = triggers(fixture.db());
        QVERIFY(before.contains(QLatin1String("person_search_insert")));
        BulkWriter writer(fixture.db());
        Person ada = named(QStringLiteral("Ada Lovelace"));
        ada.emails = {{QStringLiteral("ada@engine.example"), {}}};
        const Id adaId = writer.addPeople({ada}).value().first();
        QVERIFY(writer.commit());
        QCOMPARE(triggers(fixture.db()), before);

        Person broken = named(QStringLiteral("Broken"));
        broken.introducedById = 4242; // no such person: the commit fails
        QVERIFY(writer.addPeople({broken}).ok());
        QVERIFY(!writer.commit().ok());
        QCOMPARE(triggers(fixture.db()), before);

        // The stores' writes are indexed as before.
        PersonStore store(fixture.db());
        Person renamed = store.get(adaId).value();
        renamed.displayName = QStringLiteral("Augusta Ada King");
        QVERIFY(store.update(renamed));
        QVERIFY(store.create(named(QStringLiteral("Charles Babbage"))).ok());
        const Search search(fixture.db());
        QCOMPARE(search.search(QStringLiteral("augusta")).value().size(), 1);
        QCOMPARE(search.search(QStringLiteral("lovelace")).value().size(), 0);
        QCOMPARE(search.search(QStringLiteral("engine")).value().size(), 1);
        QCOMPARE(search.search(QStringLiteral("babbage")).value().size(), 1);
    }

    void joinsTheCallersTransaction()
    {
        TestDatabase fixture;
        {
            Transaction outer(fixture.db());
            QVERIFY(outer.isActive());
            BulkWriter writer(fixture.db());
            QVERIFY(writer.addPeople({named(QStringLiteral("Rolled back with the caller"))}).ok());
            QVERIFY(writer.commit());
        } // the caller rolls back
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM person")), qint64(0));
        QCOMPARE(scalar(fixture.db(), QStringLiteral("SELECT count(*) FROM search_index")),
                 qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestBulkWriter)
#include "tst_bulkwriter.moc"
