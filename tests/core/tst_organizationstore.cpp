#include "support/TestDatabase.h"

#include "storage/MembershipStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

Organization sampleOrganization()
{
    Organization o;
    o.name = QStringLiteral("American Library Association");
    o.kind = OrganizationKind::Association;
    o.website = QStringLiteral("https://www.ala.org");
    o.socialPages = {
        {ProfileKind::LinkedIn, QStringLiteral("https://www.linkedin.com/company/ala")},
        {ProfileKind::Facebook,
         QStringLiteral("https://www.facebook.com/AmericanLibraryAssociation")}};
    o.location = {QStringLiteral("Chicago"), QStringLiteral("IL"), QStringLiteral("USA")};
    o.tags = {QStringLiteral("national"), QStringLiteral("Dues")};
    o.notes = QStringLiteral("Student rate until graduation.");
    return o;
}

Organization named(const QString &name, OrganizationKind kind = OrganizationKind::Other,
                   const QString &city = {})
{
    Organization o;
    o.name = name;
    o.kind = kind;
    o.location.city = city;
    return o;
}

// A person whose roles are (organization, ended?) pairs, each titled "Librarian".
Id addPerson(Database &db, const QString &name, const QList<std::pair<Id, bool>> &roles)
{
    Person p;
    p.displayName = name;
    for (const auto &[organization, ended] : roles)
        p.roles.append(Role{0,
                            organization,
                            {},
                            QStringLiteral("Librarian"),
                            QDate(2020, 1, 1),
                            ended ? QDate(2021, 1, 1) : QDate()});
    return PersonStore(db).create(p).value();
}

Id addUsersMembership(Database &db, Id organization, MembershipStatus status)
{
    Membership m;
    m.organizationId = organization;
    m.status = status;
    return MembershipStore(db).create(m).value();
}

QStringList names(const QList<OrganizationSummary> &rows)
{
    QStringList result;
    for (const OrganizationSummary &row : rows)
        result.append(row.name);
    return result;
}

QList<Change> changes(QSignalSpy &spy)
{
    QList<Change> result;
    for (const QList<QVariant> &arguments : spy)
        result.append(arguments.at(0).value<Change>());
    return result;
}

bool announced(const QList<Change> &changes, EntityKind kind, ChangeType type)
{
    return std::any_of(changes.begin(), changes.end(),
                       [&](const Change &c) { return c.kind == kind && c.type == type; });
}

} // namespace

class TestOrganizationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetKeepsEveryField()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Organization input = sampleOrganization();
        Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        Result<Organization> read = store.get(*id);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->id, *id);
        QCOMPARE(read->name, input.name);
        QCOMPARE(read->kind, input.kind);
        QCOMPARE(read->website, input.website);
        QCOMPARE(read->socialPages, input.socialPages);
        QCOMPARE(read->location, input.location);
        QCOMPARE(read->tags, (QStringList{QStringLiteral("Dues"), QStringLiteral("national")}));
        QCOMPARE(read->notes, input.notes);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read->timestamps.updatedAt, TestDatabase::fixedNow());
    }

    void updateReplacesFieldsPagesAndTags()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id id = store.create(sampleOrganization()).value();
        const QDateTime later = TestDatabase::fixedNow().addDays(3);
        fixture->setClock([later] { return later; });

        Organization changed = store.get(id).value();
        changed.name = QStringLiteral("  ALA  ");
        changed.kind = OrganizationKind::Other;
        changed.website.clear();
        changed.socialPages = {{ProfileKind::Mastodon, QStringLiteral("https://glammr.us/@ala")}};
        changed.location = {};
        changed.tags = {QStringLiteral("renewed")};
        changed.notes.clear();
        QVERIFY(store.update(changed));

        const Organization read = store.get(id).value();
        QCOMPARE(read.name, QStringLiteral("ALA"));
        QCOMPARE(read.kind, OrganizationKind::Other);
        QVERIFY(read.website.isEmpty());
        QCOMPARE(read.socialPages, changed.socialPages);
        QVERIFY(read.location.isEmpty());
        QCOMPARE(read.tags, QStringList{QStringLiteral("renewed")});
        QVERIFY(read.notes.isEmpty());
        QCOMPARE(read.timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read.timestamps.updatedAt, later);
    }

    void missingIdsAreNotFound()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id kept = store.create(sampleOrganization()).value();
        QCOMPARE(store.get(4242).error().code(), ErrorCode::NotFound);
        Organization ghost = sampleOrganization();
        ghost.id = 4242;
        QCOMPARE(store.update(ghost).error().code(), ErrorCode::NotFound);
        // A batch with one missing id changes nothing.
        Status removed = store.remove(QList<Id>{kept, 4242});
        QVERIFY(!removed.ok());
        QCOMPARE(removed.error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(kept).ok());
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty name") << QStringLiteral("name") << int(FieldProblem::Empty);
        QTest::newRow("website without scheme")
            << QStringLiteral("website") << int(FieldProblem::Malformed);
        QTest::newRow("empty social page")
            << QStringLiteral("socialPages[1]") << int(FieldProblem::Empty);
        QTest::newRow("social page not a web address")
            << QStringLiteral("socialPages[0]") << int(FieldProblem::Malformed);
        QTest::newRow("blank tag") << QStringLiteral("tags[0]") << int(FieldProblem::Empty);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        Organization o = sampleOrganization();
        if (field == QLatin1String("name"))
            o.name = QStringLiteral(" \t ");
        else if (field == QLatin1String("website"))
            o.website = QStringLiteral("www.ala.org");
        else if (field == QLatin1String("socialPages[1]"))
            o.socialPages[1].url = QStringLiteral("  ");
        else if (field == QLatin1String("socialPages[0]"))
            o.socialPages[0].url = QStringLiteral("ftp://ala.org/files");
        else if (field == QLatin1String("tags[0]"))
            o.tags = {QStringLiteral(" ")};

        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        Result<Id> id = store.create(o);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Validation);
        QVERIFY2(id.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(id.errorMessage()));
        QCOMPARE(store.count({}).value(), qint64(0));

        // The same rule holds when an existing organization is edited.
        const Id existing = store.create(sampleOrganization()).value();
        o.id = existing;
        Status updated = store.update(o);
        QVERIFY(!updated.ok());
        QVERIFY(updated.error().hasFieldProblem(field, FieldProblem(problem)));
        QCOMPARE(store.get(existing)->name, sampleOrganization().name);
    }

    void listSortsByEveryKey_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("ascending");
        const QString acrl = QStringLiteral("acrl");
        const QString boulder = QStringLiteral("Boulder Tech");
        const QString denver = QStringLiteral("Denver Public Library");
        QTest::newRow("name, ignoring case")
            << int(OrganizationSort::Name) << QStringList{acrl, boulder, denver};
        QTest::newRow("kind, in the model's order")
            << int(OrganizationSort::Kind) << QStringList{denver, acrl, boulder};
        QTest::newRow("city") << int(OrganizationSort::City) << QStringList{boulder, acrl, denver};
        QTest::newRow("people currently there")
            << int(OrganizationSort::People) << QStringList{acrl, boulder, denver};
        QTest::newRow("last change")
            << int(OrganizationSort::Updated) << QStringList{acrl, boulder, denver};
    }

    void listSortsByEveryKey()
    {
        QFETCH(int, sort);
        QFETCH(QStringList, ascending);
        QDateTime clock = TestDatabase::fixedNow(); // outlives the database that reads it
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        fixture->setClock([&clock] { return clock; });
        const Id denver = store
                              .create(named(QStringLiteral("Denver Public Library"),
                                            OrganizationKind::Library, QStringLiteral("Denver")))
                              .value();
        clock = clock.addSecs(60);
        store
            .create(named(QStringLiteral("acrl"), OrganizationKind::Association,
                          QStringLiteral("Chicago")))
            .value();
        clock = clock.addSecs(60);
        const Id boulder = store
                               .create(named(QStringLiteral("Boulder Tech"),
                                             OrganizationKind::Company, QStringLiteral("Boulder")))
                               .value();
        clock = clock.addSecs(60);
        Organization touched = store.get(denver).value();
        QVERIFY(store.update(touched));
        addPerson(fixture.db(), QStringLiteral("A"), {{denver, false}});
        addPerson(fixture.db(), QStringLiteral("B"), {{denver, false}});
        addPerson(fixture.db(), QStringLiteral("C"), {{boulder, false}});

        OrganizationQuery query;
        query.sort = OrganizationSort(sort);
        QCOMPARE(names(store.list(query).value()), ascending);
        query.order = Qt::DescendingOrder;
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(names(store.list(query).value()), descending);
    }

    void listPages()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        for (const char *name : {"E", "B", "D", "A", "C"})
            QVERIFY(store.create(named(QString::fromLatin1(name))).ok());
        OrganizationQuery query;
        query.page = {1, 2};
        QCOMPARE(names(store.list(query).value()),
                 (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
        query.page = {4, 10};
        QCOMPARE(names(store.list(query).value()), QStringList{QStringLiteral("E")});
        query.page = {0, 0};
        QVERIFY(store.list(query)->isEmpty());
    }

    void positionAgreesWithTheListInEveryOrder()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id denver = store
                              .create(named(QStringLiteral("Denver Public Library"),
                                            OrganizationKind::Library, QStringLiteral("Denver")))
                              .value();
        const Id acrl = store
                            .create(named(QStringLiteral("acrl"), OrganizationKind::Association,
                                          QStringLiteral("Chicago")))
                            .value();
        const Id boulder = store
                               .create(named(QStringLiteral("Boulder Tech"),
                                             OrganizationKind::Company, QStringLiteral("Boulder")))
                               .value();
        QVERIFY(store.create(named(QStringLiteral("Zeta"))).ok()); // ties on kind, city, people
        addUsersMembership(fixture.db(), acrl, MembershipStatus::Active);
        addPerson(fixture.db(), QStringLiteral("A"), {{denver, false}});
        addPerson(fixture.db(), QStringLiteral("B"), {{denver, false}});
        addPerson(fixture.db(), QStringLiteral("C"), {{boulder, false}});

        for (int sort = 0; sort <= int(OrganizationSort::Updated); ++sort) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                OrganizationQuery query;
                query.sort = OrganizationSort(sort);
                query.order = order;
                const QList<OrganizationSummary> rows = store.list(query).value();
                QCOMPARE(rows.size(), 4);
                for (int row = 0; row < rows.size(); ++row)
                    QCOMPARE(store.position(query, rows[row].id).value(),
                             std::optional<qint64>(row));
            }
        }

        OrganizationQuery filtered;
        filtered.filter.text = QStringLiteral("boulder");
        QCOMPARE(store.position(filtered, boulder).value(), std::optional<qint64>(0));
        QCOMPARE(store.position(filtered, denver).value(), std::optional<qint64>());
        filtered.filter = {};
        filtered.filter.kind = OrganizationKind::Library;
        QCOMPARE(store.position(filtered, denver).value(), std::optional<qint64>(0));
        QCOMPARE(store.position(filtered, acrl).value(), std::optional<qint64>());
        QCOMPARE(store.position({}, 4242).value(), std::optional<qint64>()); // no such record
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<int>("kind"); // -1: any
        QTest::addColumn<bool>("onlyFirstTwoIds");
        QTest::addColumn<QStringList>("expected");
        const QString ala = QStringLiteral("American Library Association");
        const QString bib = QStringLiteral("Bibliothèque de Montréal");
        const QString tech = QStringLiteral("Boulder Tech");
        QTest::newRow("no filter")
            << QString() << QStringList() << -1 << false << QStringList{ala, bib, tech};
        QTest::newRow("name prefix")
            << QStringLiteral("libr") << QStringList() << -1 << false << QStringList{ala};
        QTest::newRow("diacritics folded")
            << QStringLiteral("montreal") << QStringList() << -1 << false << QStringList{bib};
        QTest::newRow("city") << QStringLiteral("chicago") << QStringList() << -1 << false
                              << QStringList{ala};
        QTest::newRow("every word must match")
            << QStringLiteral("boulder library") << QStringList() << -1 << false << QStringList();
        QTest::newRow("only punctuation matches nothing")
            << QStringLiteral("*\")") << QStringList() << -1 << false << QStringList();
        QTest::newRow("tag, any case") << QString() << QStringList{QStringLiteral("NATIONAL")} << -1
                                       << false << QStringList{ala};
        QTest::newRow("every tag must match")
            << QString() << QStringList{QStringLiteral("national"), QStringLiteral("local")} << -1
            << false << QStringList();
        QTest::newRow("kind") << QString() << QStringList() << int(OrganizationKind::Library)
                              << false << QStringList{bib};
        QTest::newRow("ids") << QString() << QStringList() << -1 << true << QStringList{ala, bib};
        QTest::newRow("ids and kind combine")
            << QString() << QStringList() << int(OrganizationKind::Company) << true
            << QStringList();
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, tags);
        QFETCH(int, kind);
        QFETCH(bool, onlyFirstTwoIds);
        QFETCH(QStringList, expected);
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id ala = store.create(sampleOrganization()).value();
        Organization bib = named(QStringLiteral("Bibliothèque de Montréal"),
                                 OrganizationKind::Library, QStringLiteral("Montréal"));
        bib.tags = {QStringLiteral("local")};
        const Id bibId = store.create(bib).value();
        QVERIFY(
            store.create(named(QStringLiteral("Boulder Tech"), OrganizationKind::Company)).ok());

        OrganizationQuery query;
        query.filter.text = text;
        query.filter.tags = tags;
        if (kind >= 0)
            query.filter.kind = OrganizationKind(kind);
        if (onlyFirstTwoIds)
            query.filter.ids = {ala, bibId};
        Result<QList<OrganizationSummary>> rows = store.list(query);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(names(*rows), expected);
        QCOMPARE(store.count(query.filter).value(), qint64(expected.size()));
    }

    void summaryCountsCurrentPeopleAndTheUsersMembership()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id library = store.create(named(QStringLiteral("Library"))).value();
        const Id association = store.create(named(QStringLiteral("Association"))).value();
        const Id school = store.create(named(QStringLiteral("School"))).value();
        addPerson(fixture.db(), QStringLiteral("Current"), {{library, false}});
        addPerson(fixture.db(), QStringLiteral("Left"), {{library, true}, {school, false}});
        addPerson(fixture.db(), QStringLiteral("Two open roles here"),
                  {{library, false}, {library, false}});
        addUsersMembership(fixture.db(), association, MembershipStatus::Active);
        addUsersMembership(fixture.db(), school, MembershipStatus::Lapsed);
        Membership contacts;
        contacts.organizationId = library;
        contacts.personId = addPerson(fixture.db(), QStringLiteral("Member"), {});
        QVERIFY(MembershipStore(fixture.db()).create(contacts).ok());

        const QList<OrganizationSummary> rows = store.list({}).value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].name, QStringLiteral("Association"));
        QCOMPARE(rows[0].people, qint64(0));
        QVERIFY(rows[0].userIsMember);
        QCOMPARE(rows[1].name, QStringLiteral("Library"));
        QCOMPARE(rows[1].people, qint64(2));
        QVERIFY(!rows[1].userIsMember); // a contact's membership is not the user's
        QCOMPARE(rows[2].name, QStringLiteral("School"));
        QCOMPARE(rows[2].people, qint64(1));
        QVERIFY(!rows[2].userIsMember); // lapsed
    }

    void summaryShowsKindAndLocation()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        QVERIFY(store.create(sampleOrganization()).ok());
        const OrganizationSummary row = store.list({}).value().at(0);
        QCOMPARE(row.kind, OrganizationKind::Association);
        QCOMPARE(row.location, QStringLiteral("Chicago, IL, USA"));
    }

    void findByNameIgnoresCase_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<int>("expected"); // index into the stored names, -1: none
        QTest::newRow("exact") << QStringLiteral("American Library Association") << 0;
        QTest::newRow("other case") << QStringLiteral("AMERICAN library association") << 0;
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  american library association ") << 0;
        QTest::newRow("non-ASCII letters in another case")
            << QStringLiteral("BIBLIOTHÈQUE DE MONTRÉAL") << 1;
        QTest::newRow("diacritics still count") << QStringLiteral("Bibliotheque de Montreal") << -1;
        QTest::newRow("a prefix is not the name") << QStringLiteral("American Library") << -1;
        QTest::newRow("no searchable word") << QStringLiteral("++") << 2;
        QTest::newRow("empty") << QString() << -1;
    }

    void findByNameIgnoresCase()
    {
        QFETCH(QString, typed);
        QFETCH(int, expected);
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const QList<Id> ids = {
            store.create(sampleOrganization()).value(),
            store.create(named(QStringLiteral("Bibliothèque de Montréal"))).value(),
            store.create(named(QStringLiteral("++"))).value()};
        Result<std::optional<Id>> found = store.findByName(typed);
        QVERIFY2(found.ok(), qPrintable(found.errorMessage()));
        QCOMPARE(*found, expected < 0 ? std::optional<Id>() : std::optional<Id>(ids[expected]));
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);
        const Id id = store.create(sampleOrganization()).value();
        QCOMPARE(spy.count(), 1);
        Change change = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(change.kind, EntityKind::Organization);
        QCOMPARE(change.type, ChangeType::Inserted);
        QCOMPARE(change.ids, QList<Id>{id});

        QVERIFY(store.update(store.get(id).value()));
        QCOMPARE(spy.count(), 1);
        change = spy.takeFirst().at(0).value<Change>();
        QCOMPARE(change.type, ChangeType::Updated);
        QCOMPARE(change.ids, QList<Id>{id});

        Organization invalid = sampleOrganization();
        invalid.name.clear();
        QVERIFY(!store.create(invalid).ok());
        QCOMPARE(spy.count(), 0);

        QVERIFY(store.remove(id));
        const QList<Change> removed = changes(spy);
        QVERIFY(announced(removed, EntityKind::Organization, ChangeType::Removed));
        QCOMPARE(removed.first().ids, QList<Id>{id});
        for (EntityKind kind : {EntityKind::Membership, EntityKind::Person, EntityKind::Event})
            QVERIFY2(announced(removed, kind, ChangeType::Reset), qPrintable(enumKey(kind)));
    }

    // The delete rule of OrganizationStore.h.
    void removingKeepsPeopleRolesAndEventsButNotMemberships()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id gone = store.create(sampleOrganization()).value();
        const Id other = store.create(named(QStringLiteral("Other"))).value();
        const Id person =
            addPerson(fixture.db(), QStringLiteral("Pat"), {{gone, true}, {gone, false}});
        const Id usersMembership = addUsersMembership(fixture.db(), gone, MembershipStatus::Active);
        const Id otherMembership =
            addUsersMembership(fixture.db(), other, MembershipStatus::Active);
        Query event(fixture.db(),
                    QStringLiteral("INSERT INTO event(name, organizer_id, created_at, "
                                   "updated_at) VALUES ('Midwinter', ?, '', '')"));
        event.bind(gone);
        QVERIFY(event.exec());
        const Id eventId = event.lastInsertId();

        QVERIFY(store.remove(gone));
        QCOMPARE(store.get(gone).error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(other).ok());

        const Person pat = PersonStore(fixture.db()).get(person).value();
        QCOMPARE(pat.roles.size(), 2);
        for (const Role &role : pat.roles) {
            QCOMPARE(role.title, QStringLiteral("Librarian"));
            QCOMPARE(role.start, QDate(2020, 1, 1));
            QVERIFY(!role.organizationId.has_value());
        }
        QCOMPARE(pat.roles[0].end, QDate(2021, 1, 1));

        MembershipStore memberships(fixture.db());
        QCOMPARE(memberships.get(usersMembership).error().code(), ErrorCode::NotFound);
        QVERIFY(memberships.get(otherMembership).ok());

        Query organizer(
            fixture.db(),
            QStringLiteral("SELECT count(*) FROM event WHERE id = ? AND organizer_id IS NULL"));
        organizer.bind(eventId);
        QCOMPARE(organizer.scalar().value(), qint64(1));
        Query leftovers(fixture.db(),
                        QStringLiteral("SELECT (SELECT count(*) FROM organization_profile) + "
                                       "(SELECT count(*) FROM organization_tag)"));
        QCOMPARE(leftovers.scalar().value(), qint64(0));
    }

    void bulkTagging()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const Id a = store.create(named(QStringLiteral("A"))).value();
        const Id b = store.create(named(QStringLiteral("B"))).value();
        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.addTag({a, b}, QStringLiteral("job search")));
        QVERIFY(announced(changes(spy), EntityKind::Organization, ChangeType::Updated));
        OrganizationFilter filter;
        filter.tags = {QStringLiteral("Job Search")};
        QCOMPARE(store.count(filter).value(), qint64(2));
        QVERIFY(store.removeTag({a}, QStringLiteral("JOB SEARCH")));
        QCOMPARE(store.count(filter).value(), qint64(1));
        QCOMPARE(store.get(b)->tags, QStringList{QStringLiteral("job search")});
    }

    void sqlMetacharactersAreJustText()
    {
        TestDatabase fixture;
        OrganizationStore store(fixture.db());
        const QString name = QStringLiteral("Robert'); DROP TABLE organization;--");
        const Id id = store.create(named(name)).value();
        QCOMPARE(store.get(id)->name, name);
        QCOMPARE(store.findByName(name.toUpper()).value(), std::optional<Id>(id));
        OrganizationFilter filter;
        filter.text = QStringLiteral("drop table");
        QCOMPARE(store.count(filter).value(), qint64(1));
    }
};

QTEST_GUILESS_MAIN(TestOrganizationStore)
#include "tst_organizationstore.moc"
