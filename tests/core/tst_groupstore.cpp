#include "support/TestDatabase.h"

#include "storage/GroupStore.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

Id addPerson(Database &db, const QString &name)
{
    Person p;
    p.displayName = name;
    return PersonStore(db).create(p).value();
}

OnlineGroup named(const QString &name, GroupPlatform platform = GroupPlatform::Other)
{
    OnlineGroup g;
    g.name = name;
    g.platform = platform;
    return g;
}

OnlineGroup sampleGroup()
{
    OnlineGroup g =
        named(QStringLiteral("Federal Librarians Careers"), GroupPlatform::GoogleGroups);
    g.url = QStringLiteral("https://groups.google.com/g/fedlib-careers");
    g.joinedOn = QDate(2025, 11, 3);
    g.cadenceDays = 90;
    g.tags = {QStringLiteral("job search"), QStringLiteral("Federal")};
    g.notes = QStringLiteral("Posts USAJobs openings weekly.");
    return g;
}

QStringList names(const QList<GroupSummary> &rows)
{
    QStringList result;
    for (const GroupSummary &row : rows)
        result.append(row.name);
    return result;
}

QList<Change> changes(QSignalSpy &spy)
{
    QList<Change> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<Change>());
    spy.clear();
    return result;
}

qint64 memberRows(Database &db, Id group)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM group_member WHERE group_id = ?"));
    q.bind(group);
    return q.scalar().value();
}

} // namespace

class TestGroupStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetKeepsEveryField()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id linkedIn =
            store.create(named(QStringLiteral("ALA Members"), GroupPlatform::LinkedIn)).value();
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        const Id bob = addPerson(fixture.db(), QStringLiteral("Bob"));
        OnlineGroup input = sampleGroup();
        input.discoveredViaGroupId = linkedIn;
        input.memberIds = {bob, ann, bob};
        Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        Result<OnlineGroup> read = store.get(*id);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->id, *id);
        QCOMPARE(read->name, input.name);
        QCOMPARE(read->platform, input.platform);
        QCOMPARE(read->url, input.url);
        QCOMPARE(read->joinedOn, input.joinedOn);
        QCOMPARE(read->discoveredViaGroupId, std::optional<Id>(linkedIn));
        QVERIFY(!read->discoveredViaPersonId.has_value());
        QCOMPARE(read->memberIds, (QList<Id>{ann, bob})); // a set: duplicates once, by id
        QCOMPARE(read->cadenceDays, input.cadenceDays);
        QCOMPARE(read->tags,
                 (QStringList{QStringLiteral("Federal"), QStringLiteral("job search")}));
        QCOMPARE(read->notes, input.notes);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read->timestamps.updatedAt, TestDatabase::fixedNow());
    }

    void updateReplacesFieldsAndTheMemberSet()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        const Id bob = addPerson(fixture.db(), QStringLiteral("Bob"));
        const Id cy = addPerson(fixture.db(), QStringLiteral("Cy"));
        OnlineGroup group = sampleGroup();
        group.memberIds = {ann, bob};
        const Id id = store.create(group).value();
        const QDateTime later = TestDatabase::fixedNow().addDays(2);
        fixture->setClock([later] { return later; });

        OnlineGroup changed = store.get(id).value();
        changed.name = QStringLiteral(" FedLib ");
        changed.platform = GroupPlatform::MailingList;
        changed.url.clear();
        changed.joinedOn = {};
        changed.discoveredViaPersonId = cy;
        changed.memberIds = {cy, bob};
        changed.cadenceDays.reset();
        changed.tags = {QStringLiteral("quiet")};
        changed.notes.clear();
        QVERIFY(store.update(changed));

        const OnlineGroup read = store.get(id).value();
        QCOMPARE(read.name, QStringLiteral("FedLib"));
        QCOMPARE(read.platform, GroupPlatform::MailingList);
        QVERIFY(read.url.isEmpty());
        QVERIFY(!read.joinedOn.isValid());
        QCOMPARE(read.discoveredViaPersonId, std::optional<Id>(cy));
        QCOMPARE(read.memberIds, (QList<Id>{bob, cy}));
        QVERIFY(!read.cadenceDays.has_value());
        QCOMPARE(read.tags, QStringList{QStringLiteral("quiet")});
        QVERIFY(read.notes.isEmpty());
        QCOMPARE(read.timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read.timestamps.updatedAt, later);
    }

    void missingIdsAreNotFound()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id kept = store.create(sampleGroup()).value();
        QCOMPARE(store.get(4242).error().code(), ErrorCode::NotFound);
        OnlineGroup ghost = sampleGroup();
        ghost.id = 4242;
        QCOMPARE(store.update(ghost).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(QList<Id>{kept, 4242}).error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(kept).ok());
        QCOMPARE(store.addMembers(4242, {}).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.removeMembers(4242, {}).error().code(), ErrorCode::NotFound);
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty name") << QStringLiteral("name") << int(FieldProblem::Empty);
        QTest::newRow("URL without scheme")
            << QStringLiteral("url") << int(FieldProblem::Malformed);
        QTest::newRow("discovered via itself")
            << QStringLiteral("discoveredViaGroup") << int(FieldProblem::OutOfRange);
        QTest::newRow("discovered via a deleted group")
            << QStringLiteral("discoveredViaGroup") << int(FieldProblem::MissingReference);
        QTest::newRow("discovered via a deleted person")
            << QStringLiteral("discoveredViaPerson") << int(FieldProblem::MissingReference);
        QTest::newRow("a deleted member")
            << QStringLiteral("members[1]") << int(FieldProblem::MissingReference);
        QTest::newRow("zero cadence")
            << QStringLiteral("cadenceDays") << int(FieldProblem::OutOfRange);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id existing = store.create(sampleGroup()).value();
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));

        OnlineGroup g = sampleGroup();
        g.id = existing; // validated as an edit of the stored group
        const QString row = QString::fromUtf8(QTest::currentDataTag());
        if (row == QLatin1String("empty name"))
            g.name.clear();
        else if (row == QLatin1String("URL without scheme"))
            g.url = QStringLiteral("groups.google.com/g/fedlib");
        else if (row == QLatin1String("discovered via itself"))
            g.discoveredViaGroupId = existing;
        else if (row == QLatin1String("discovered via a deleted group"))
            g.discoveredViaGroupId = 999;
        else if (row == QLatin1String("discovered via a deleted person"))
            g.discoveredViaPersonId = 999;
        else if (row == QLatin1String("a deleted member"))
            g.memberIds = {ann, 999};
        else if (row == QLatin1String("zero cadence"))
            g.cadenceDays = 0;

        Status updated = store.update(g);
        QVERIFY(!updated.ok());
        QCOMPARE(updated.error().code(), ErrorCode::Validation);
        QVERIFY2(updated.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(updated.errorMessage()));
        QCOMPARE(store.get(existing)->name, sampleGroup().name);
        QVERIFY(store.get(existing)->memberIds.isEmpty());
    }

    void discoveryLoopsAreRejected_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("A via B, then B via A") << 2;
        QTest::newRow("A via B via C, then C via A") << 3;
    }

    void discoveryLoopsAreRejected()
    {
        QFETCH(int, length);
        TestDatabase fixture;
        GroupStore store(fixture.db());
        // chain[i] was discovered via chain[i + 1].
        QList<Id> chain;
        for (int i = 0; i < length; ++i)
            chain.prepend(store.create(named(QStringLiteral("G%1").arg(i))).value());
        for (int i = 0; i + 1 < length; ++i) {
            OnlineGroup g = store.get(chain[i]).value();
            g.discoveredViaGroupId = chain[i + 1];
            QVERIFY(store.update(g));
        }
        OnlineGroup last = store.get(chain.last()).value();
        last.discoveredViaGroupId = chain.first();
        Status status = store.update(last);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().hasFieldProblem(QStringLiteral("discoveredViaGroup"),
                                                FieldProblem::OutOfRange),
                 qPrintable(status.errorMessage()));
        QVERIFY(!store.get(chain.last())->discoveredViaGroupId.has_value());

        // A chain that does not come back is fine.
        const Id outside = store.create(named(QStringLiteral("Outside"))).value();
        last.discoveredViaGroupId = outside;
        QVERIFY2(store.update(last).ok(), "a chain without a loop");
    }

    void addingAndRemovingMembersIsIdempotent()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id group = store.create(sampleGroup()).value();
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        const Id bob = addPerson(fixture.db(), QStringLiteral("Bob"));
        QSignalSpy spy(&fixture.db(), &Database::changed);

        QVERIFY(store.addMembers(group, {ann, bob, ann}));
        QCOMPARE(store.get(group)->memberIds, (QList<Id>{ann, bob}));
        QList<Change> seen = changes(spy);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].kind, EntityKind::Group);
        QCOMPARE(seen[0].type, ChangeType::Updated);
        QCOMPARE(seen[0].ids, QList<Id>{group});

        QVERIFY(store.addMembers(group, {bob}));
        QCOMPARE(memberRows(fixture.db(), group), qint64(2));
        QCOMPARE(spy.count(), 0); // nothing changed, nothing announced

        QVERIFY(store.removeMembers(group, {ann, ann}));
        QVERIFY(store.removeMembers(group, {ann}));
        QCOMPARE(store.get(group)->memberIds, QList<Id>{bob});
        QCOMPARE(changes(spy).size(), 1);
        QVERIFY(PersonStore(fixture.db()).get(ann).ok()); // leaving a group keeps the person
    }

    void addingAMissingPersonAddsNobody()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id group = store.create(sampleGroup()).value();
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        Status status = store.addMembers(group, {ann, 999});
        QVERIFY(!status.ok());
        QVERIFY(status.error().hasFieldProblem(QStringLiteral("members[1]"),
                                               FieldProblem::MissingReference));
        QCOMPARE(memberRows(fixture.db(), group), qint64(0));
    }

    void listShowsMemberCountsAndDiscovery()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Margaret Okafor"));
        const Id ala =
            store.create(named(QStringLiteral("ALA Members"), GroupPlatform::LinkedIn)).value();
        OnlineGroup viaGroup = named(QStringLiteral("Careers"));
        viaGroup.discoveredViaGroupId = ala;
        viaGroup.memberIds = {mentor, addPerson(fixture.db(), QStringLiteral("Ann"))};
        viaGroup.joinedOn = QDate(2025, 1, 2);
        QVERIFY(store.create(viaGroup).ok());
        OnlineGroup viaPerson = named(QStringLiteral("School Librarians"));
        viaPerson.discoveredViaPersonId = mentor;
        QVERIFY(store.create(viaPerson).ok());

        const QList<GroupSummary> rows = store.list({}).value();
        QCOMPARE(names(rows), (QStringList{QStringLiteral("ALA Members"), QStringLiteral("Careers"),
                                           QStringLiteral("School Librarians")}));
        QCOMPARE(rows[0].id, ala);
        QCOMPARE(rows[0].platform, GroupPlatform::LinkedIn);
        QCOMPARE(rows[0].members, qint64(0));
        QVERIFY(rows[0].discoveredVia.isEmpty());
        QCOMPARE(rows[1].members, qint64(2));
        QCOMPARE(rows[1].discoveredVia, QStringLiteral("ALA Members"));
        QCOMPARE(rows[1].joinedOn, QDate(2025, 1, 2));
        QCOMPARE(rows[2].discoveredVia, QStringLiteral("Margaret Okafor"));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("expected");
        const QString fed = QStringLiteral("Federal Librarians Careers");
        const QString slack = QStringLiteral("Code4Lib Slack");
        const QString list = QStringLiteral("Mailing list");
        QTest::newRow("none") << QStringList{slack, fed, list};
        QTest::newRow("name prefix") << QStringList{fed};
        QTest::newRow("notes") << QStringList{slack};
        QTest::newRow("only punctuation") << QStringList();
        QTest::newRow("platform") << QStringList{slack};
        QTest::newRow("member") << QStringList{slack, fed};
        QTest::newRow("tag, any case") << QStringList{fed};
        QTest::newRow("ids") << QStringList{slack, list};
        QTest::newRow("combined") << QStringList{fed};
    }

    void filters()
    {
        QFETCH(QStringList, expected);
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        OnlineGroup fed = sampleGroup();
        fed.memberIds = {ann};
        QVERIFY(store.create(fed).ok());
        OnlineGroup slack = named(QStringLiteral("Code4Lib Slack"), GroupPlatform::Slack);
        slack.notes = QStringLiteral("Friendly #jobs channel");
        slack.memberIds = {ann};
        const Id slackId = store.create(slack).value();
        const Id listId =
            store.create(named(QStringLiteral("Mailing list"), GroupPlatform::MailingList)).value();

        GroupFilter f;
        const QString row = QString::fromUtf8(QTest::currentDataTag());
        if (row == QLatin1String("name prefix"))
            f.text = QStringLiteral("libraria");
        else if (row == QLatin1String("notes"))
            f.text = QStringLiteral("JOBS");
        else if (row == QLatin1String("only punctuation"))
            f.text = QStringLiteral("#*");
        else if (row == QLatin1String("platform"))
            f.platform = GroupPlatform::Slack;
        else if (row == QLatin1String("member"))
            f.memberId = ann;
        else if (row == QLatin1String("tag, any case"))
            f.tags = {QStringLiteral("JOB SEARCH")};
        else if (row == QLatin1String("ids"))
            f.ids = {slackId, listId};
        else if (row == QLatin1String("combined")) {
            f.memberId = ann;
            f.platform = GroupPlatform::GoogleGroups;
        }

        GroupQuery query;
        query.filter = f;
        Result<QList<GroupSummary>> rows = store.list(query);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(names(*rows), expected);
        QCOMPARE(store.count(f).value(), qint64(expected.size()));
    }

    void listSortsByEveryKey_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("ascending");
        const QString a = QStringLiteral("alpha");
        const QString b = QStringLiteral("Beta");
        const QString c = QStringLiteral("Gamma");
        QTest::newRow("name, ignoring case") << int(GroupSort::Name) << QStringList{a, b, c};
        QTest::newRow("platform, in the model's order")
            << int(GroupSort::Platform) << QStringList{c, a, b};
        QTest::newRow("joined, unknown first") << int(GroupSort::Joined) << QStringList{b, c, a};
        QTest::newRow("members") << int(GroupSort::Members) << QStringList{b, a, c};
        QTest::newRow("last change") << int(GroupSort::Updated) << QStringList{b, c, a};
    }

    void listSortsByEveryKey()
    {
        QFETCH(int, sort);
        QFETCH(QStringList, ascending);
        QDateTime clock = TestDatabase::fixedNow(); // outlives the database that reads it
        TestDatabase fixture;
        fixture->setClock([&clock] { return clock; });
        GroupStore store(fixture.db());
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        const Id bob = addPerson(fixture.db(), QStringLiteral("Bob"));
        // Platforms: LinkedIn < Slack < Other in the model, though "other" < "slack" by key.
        OnlineGroup alpha = named(QStringLiteral("alpha"), GroupPlatform::Slack);
        alpha.joinedOn = QDate(2025, 6, 1);
        alpha.memberIds = {ann};
        const Id alphaId = store.create(alpha).value();
        clock = clock.addSecs(60);
        QVERIFY(store.create(named(QStringLiteral("Beta"), GroupPlatform::Other)).ok());
        clock = clock.addSecs(60);
        OnlineGroup gamma = named(QStringLiteral("Gamma"), GroupPlatform::LinkedIn);
        gamma.joinedOn = QDate(2024, 6, 1);
        gamma.memberIds = {ann, bob};
        QVERIFY(store.create(gamma).ok());
        clock = clock.addSecs(60);
        QVERIFY(store.update(store.get(alphaId).value()));

        GroupQuery query;
        query.sort = GroupSort(sort);
        QCOMPARE(names(store.list(query).value()), ascending);
        query.order = Qt::DescendingOrder;
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(names(store.list(query).value()), descending);
    }

    void listPages()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        for (const char *name : {"D", "A", "C", "B"})
            QVERIFY(store.create(named(QString::fromLatin1(name))).ok());
        GroupQuery query;
        query.page = {1, 2};
        QCOMPARE(names(store.list(query).value()),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        query.page = {3, 2};
        QCOMPARE(names(store.list(query).value()), QStringList{QStringLiteral("D")});
    }

    void positionAgreesWithTheListInEveryOrder()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        const Id bob = addPerson(fixture.db(), QStringLiteral("Bob"));
        OnlineGroup alpha = named(QStringLiteral("alpha"), GroupPlatform::Slack);
        alpha.joinedOn = QDate(2025, 6, 1);
        alpha.memberIds = {ann};
        const Id alphaId = store.create(alpha).value();
        OnlineGroup beta = named(QStringLiteral("Beta"), GroupPlatform::Other);
        beta.discoveredViaGroupId = alphaId; // a second online_group row in the query
        const Id betaId = store.create(beta).value();
        OnlineGroup gamma = named(QStringLiteral("Gamma"), GroupPlatform::LinkedIn);
        gamma.joinedOn = QDate(2024, 6, 1);
        gamma.memberIds = {ann, bob};
        gamma.discoveredViaPersonId = bob;
        const Id gammaId = store.create(gamma).value();
        QVERIFY(store.create(named(QStringLiteral("Delta"), GroupPlatform::Other)).ok());

        for (int sort = 0; sort <= int(GroupSort::Updated); ++sort) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                GroupQuery query;
                query.sort = GroupSort(sort);
                query.order = order;
                const QList<GroupSummary> rows = store.list(query).value();
                QCOMPARE(rows.size(), 4);
                for (int row = 0; row < rows.size(); ++row)
                    QCOMPARE(store.position(query, rows[row].id).value(),
                             std::optional<qint64>(row));
            }
        }

        GroupQuery withAnn;
        withAnn.filter.memberId = ann;
        withAnn.sort = GroupSort::Members;
        withAnn.order = Qt::DescendingOrder;
        QCOMPARE(store.position(withAnn, gammaId).value(), std::optional<qint64>(0));
        QCOMPARE(store.position(withAnn, alphaId).value(), std::optional<qint64>(1));
        QCOMPARE(store.position(withAnn, betaId).value(), std::optional<qint64>());
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);
        const Id id = store.create(sampleGroup()).value();
        QList<Change> seen = changes(spy);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].kind, EntityKind::Group);
        QCOMPARE(seen[0].type, ChangeType::Inserted);
        QCOMPARE(seen[0].ids, QList<Id>{id});

        QVERIFY(store.update(store.get(id).value()));
        seen = changes(spy);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].type, ChangeType::Updated);

        OnlineGroup invalid = store.get(id).value();
        invalid.discoveredViaGroupId = id;
        QVERIFY(!store.update(invalid).ok());
        QCOMPARE(spy.count(), 0);
    }

    // The delete rule of GroupStore.h.
    void removingKeepsMembersAndClearsLinksToIt()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        PersonStore people(fixture.db());
        const Id ann = addPerson(fixture.db(), QStringLiteral("Ann"));
        OnlineGroup doomed = sampleGroup();
        doomed.memberIds = {ann};
        const Id gone = store.create(doomed).value();
        OnlineGroup found = named(QStringLiteral("Found through it"));
        found.discoveredViaGroupId = gone;
        found.memberIds = {ann};
        const Id foundId = store.create(found).value();
        Person met;
        met.displayName = QStringLiteral("Met there");
        met.metInGroupId = gone;
        const Id metId = people.create(met).value();
        QSignalSpy spy(&fixture.db(), &Database::changed);

        QVERIFY(store.remove(gone));
        QCOMPARE(store.get(gone).error().code(), ErrorCode::NotFound);
        QCOMPARE(memberRows(fixture.db(), gone), qint64(0));
        QVERIFY(people.get(ann).ok());
        const OnlineGroup survivor = store.get(foundId).value();
        QVERIFY(!survivor.discoveredViaGroupId.has_value());
        QCOMPARE(survivor.memberIds, QList<Id>{ann});
        QVERIFY(!people.get(metId)->metInGroupId.has_value());

        const QList<Change> seen = changes(spy);
        QCOMPARE(seen.size(), 3);
        QCOMPARE(seen[0].kind, EntityKind::Group);
        QCOMPARE(seen[0].type, ChangeType::Removed);
        QCOMPARE(seen[0].ids, QList<Id>{gone});
        QCOMPARE(seen[1].kind, EntityKind::Group);
        QCOMPARE(seen[1].type, ChangeType::Updated);
        QCOMPARE(seen[1].ids, QList<Id>{foundId}); // its "discovered via" is now empty
        QCOMPARE(seen[2].kind, EntityKind::Person);
        QCOMPARE(seen[2].type, ChangeType::Reset);
    }

    void bulkTagging()
    {
        TestDatabase fixture;
        GroupStore store(fixture.db());
        const Id a = store.create(named(QStringLiteral("A"))).value();
        const Id b = store.create(named(QStringLiteral("B"))).value();
        QVERIFY(store.addTag({a, b}, QStringLiteral("weekly")));
        GroupFilter filter;
        filter.tags = {QStringLiteral("Weekly")};
        QCOMPARE(store.count(filter).value(), qint64(2));
        QVERIFY(store.removeTag({b}, QStringLiteral("weekly")));
        QCOMPARE(store.count(filter).value(), qint64(1));
        QCOMPARE(store.get(a)->tags, QStringList{QStringLiteral("weekly")});
    }
};

QTEST_GUILESS_MAIN(TestGroupStore)
#include "tst_groupstore.moc"
