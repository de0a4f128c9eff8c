// loadAllPeople(): every person with every child row, in id order, exactly as
// PersonStore::get() gives them, from one read per table.

#include "PersonComparison.h"
#include "demo/DemoNetwork.h"
#include "interchange/PeopleLoader.h"
#include "storage/BulkWriter.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "storage/Transaction.h"
#include "support/TestDatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Fails the calling test with the first person whose loaded copy differs from get().
void compareWithStore(Database &db, const QList<Person> &loaded)
{
    PersonStore store(db);
    Result<qint64> count = store.count({});
    QVERIFY(count.ok());
    QCOMPARE(loaded.size(), *count);
    for (qsizetype i = 0; i < loaded.size(); ++i) {
        if (i > 0)
            QVERIFY(loaded[i - 1].id < loaded[i].id);
        Result<Person> stored = store.get(loaded[i].id);
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        const QStringList diffs = differences(*stored, loaded[i], PersonFields::All);
        QVERIFY2(diffs.isEmpty(), qPrintable(stored->displayName + QStringLiteral(": ") +
                                             diffs.join(QLatin1Char('\n'))));
    }
}

} // namespace

class TestPeopleLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDemoPersonEqualsPersonStoreGet()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        QVERIFY2(demo::populate(db, TestDatabase::today()).ok(), "demo network");

        // Someone with every kind of child row, in orders the store has to restore.
        OrganizationStore organizations(db);
        Organization library;
        library.name = QStringLiteral("Denver Public Library");
        Organization closed;
        closed.name = QStringLiteral("Closed Branch");
        Result<Id> libraryId = organizations.create(library);
        Result<Id> closedId = organizations.create(closed);
        QVERIFY(libraryId.ok() && closedId.ok());
        PersonStore people(db);
        Person rich;
        rich.displayName = QStringLiteral("Zoë Garcia-Okafor");
        rich.roles = {
            {0, *closedId, {}, QStringLiteral("Page"), QDate(2015, 1, 1), QDate(2018, 1, 1)},
            {0, *libraryId, {}, QStringLiteral("Archivist"), QDate(2018, 2, 1), {}},
            {0, std::nullopt, {}, QStringLiteral("Volunteer"), {}, {}}};
        rich.emails = {{QStringLiteral("z@example.org"), QStringLiteral("work")},
                       {QStringLiteral("zoe@example.net"), {}}};
        rich.phones = {{QStringLiteral("+1 303 555 0100"), QStringLiteral("mobile")},
                       {QStringLiteral("+1 303 555 0101"), {}}};
        rich.profiles = {
            {ProfileKind::Mastodon, QStringLiteral("https://glammr.us/@zoe")},
            {ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/zoe")}};
        rich.relationships = {RelationshipKind::Mentor, RelationshipKind::Colleague};
        rich.tags = {QStringLiteral("zeta"), QStringLiteral("Alpha"), QStringLiteral("beta")};
        rich.photo = QByteArray("\x89PNG\0binary\0bytes", 17);
        rich.cadenceDays = 45;
        rich.introducedById = 1;
        rich.notes = QStringLiteral("Line one\nLine two");
        Result<Id> richId = people.create(rich);
        QVERIFY2(richId.ok(), qPrintable(richId.errorMessage()));
        QVERIFY(people.snoozeKeepInTouch(*richId, QDate(2026, 4, 1)).ok());
        QVERIFY(organizations.remove(*closedId).ok()); // the role stays, without organization

        Result<QList<Person>> loaded = interchange::loadAllPeople(db);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->size() > 10);
        compareWithStore(db, *loaded);
        const Person &last = loaded->last();
        QCOMPARE(last.id, *richId);
        QCOMPARE(last.roles.size(), 3);
        QCOMPARE(last.roles[0].organizationId, std::nullopt);
        QCOMPARE(last.roles[1].organizationName, QStringLiteral("Denver Public Library"));
        QCOMPARE(last.tags, (QStringList{QStringLiteral("Alpha"), QStringLiteral("beta"),
                                         QStringLiteral("zeta")}));
        QCOMPARE(last.photo.size(), 17);
    }

    void emptyDatabaseHasNobody()
    {
        TestDatabase fixture;
        Result<QList<Person>> loaded = interchange::loadAllPeople(fixture.db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QVERIFY(loaded->isEmpty());
    }

    void readsInsideACallersTransaction()
    {
        TestDatabase fixture;
        QVERIFY(demo::populate(fixture.db(), TestDatabase::today()).ok());
        Transaction tx(fixture.db());
        QVERIFY(tx.isActive());
        Person added;
        added.displayName = QStringLiteral("Not yet committed");
        QVERIFY(PersonStore(fixture.db()).create(added).ok());
        Result<QList<Person>> loaded = interchange::loadAllPeople(fixture.db());
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->last().displayName, added.displayName); // sees its own transaction
        QVERIFY(tx.commit().ok());
    }

    void loadsManyPeopleQuickly()
    {
        TestDatabase fixture;
        constexpr int count = 20000;
        BulkWriter writer(fixture.db());
        Organization organization;
        organization.name = QStringLiteral("Public Library");
        Result<QList<Id>> organizationIds = writer.addOrganizations({organization});
        QVERIFY2(organizationIds.ok(), qPrintable(organizationIds.errorMessage()));
        QList<Person> input;
        input.reserve(count);
        for (int i = 0; i < count; ++i) {
            Person p;
            p.displayName = QStringLiteral("Jordan Lee %1").arg(i);
            p.roles = {{0, organizationIds->first(), {}, QStringLiteral("Librarian"), {}, {}}};
            p.emails = {{QStringLiteral("j%1@example.org").arg(i), QStringLiteral("work")}};
            p.phones = {{QStringLiteral("+1 303 555 %1").arg(i), {}}};
            p.profiles = {
                {ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/in/j%1").arg(i)}};
            p.tags = {QStringLiteral("library")};
            p.relationships = {RelationshipKind::Colleague};
            input.append(std::move(p));
        }
        QVERIFY(writer.addPeople(input).ok());
        QVERIFY(writer.commit().ok());

        QElapsedTimer timer;
        timer.start();
        Result<QList<Person>> loaded = interchange::loadAllPeople(fixture.db());
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->size(), count);
        QCOMPARE(loaded->last().emails.value(0).value, QStringLiteral("j19999@example.org"));
        QCOMPARE(loaded->last().roles.value(0).organizationName, QStringLiteral("Public Library"));
        qInfo("Loaded %d people with their children in %lld ms", count, elapsed);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed))); // debug builds too
    }
};

QTEST_GUILESS_MAIN(TestPeopleLoader)
#include "tst_peopleloader.moc"
