#include "support/TestDatabase.h"

#include "storage/MembershipStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace kith;
using namespace kith::test;

namespace {

Id addOrganization(Database &db, const QString &name)
{
    Organization o;
    o.name = name;
    return OrganizationStore(db).create(o).value();
}

Id addPerson(Database &db, const QString &name)
{
    Person p;
    p.displayName = name;
    return PersonStore(db).create(p).value();
}

Membership sampleMembership(Id organization)
{
    Membership m;
    m.organizationId = organization;
    m.role = QStringLiteral("committee");
    m.since = QDate(2024, 9, 1);
    m.status = MembershipStatus::Active;
    m.dues = Money{7500, QStringLiteral("USD")};
    m.duesPeriod = DuesPeriod::Quarter;
    m.paidBy = Payer::Employer;
    m.renewalDate = QDate(2026, 8, 31);
    m.tags = {QStringLiteral("renew"), QStringLiteral("ACRL")};
    m.notes = QStringLiteral("Student rate until graduation.");
    return m;
}

// Three organizations and memberships that differ in every listed column:
//   ALA:    the user's, committee, active, 75.00 quarterly, renews 2026-04-30, tag "board"
//   Ze Org: Bea's,      member,    planned, no dues,       renews 2026-06-01
//   acrl:   Émile's,    officer,   lapsed, 20.00,          no renewal date
struct Network
{
    Id ala = 0, acrl = 0, zeOrg = 0;
    Id bea = 0, emile = 0;
    Id users = 0, beas = 0, emiles = 0;
};

Network buildNetwork(
    Database &db, const std::function<void()> &tick = [] {})
{
    Network n;
    n.ala = addOrganization(db, QStringLiteral("American Library Association"));
    n.zeOrg = addOrganization(db, QStringLiteral("Ze Org"));
    n.acrl = addOrganization(db, QStringLiteral("acrl"));
    n.bea = addPerson(db, QStringLiteral("Bea Park"));
    n.emile = addPerson(db, QStringLiteral("Émile Durand"));
    MembershipStore store(db);

    Membership users = sampleMembership(n.ala);
    users.renewalDate = QDate(2026, 4, 30);
    users.tags = {QStringLiteral("board")};
    n.users = store.create(users).value();
    tick();

    Membership beas;
    beas.organizationId = n.zeOrg;
    beas.personId = n.bea;
    beas.status = MembershipStatus::Planned;
    beas.renewalDate = QDate(2026, 6, 1);
    n.beas = store.create(beas).value();
    tick();

    Membership emiles;
    emiles.organizationId = n.acrl;
    emiles.personId = n.emile;
    emiles.role = QStringLiteral("officer");
    emiles.status = MembershipStatus::Lapsed;
    emiles.dues = Money{2000, QStringLiteral("EUR")};
    n.emiles = store.create(emiles).value();
    return n;
}

QStringList organizations(const QList<MembershipSummary> &rows)
{
    QStringList result;
    for (const MembershipSummary &row : rows)
        result.append(row.organization);
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

} // namespace

class TestMembershipStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetKeepsEveryField()
    {
        TestDatabase fixture;
        const Id organization = addOrganization(fixture.db(), QStringLiteral("ALA"));
        const Id person = addPerson(fixture.db(), QStringLiteral("Bea"));
        MembershipStore store(fixture.db());
        Membership input = sampleMembership(organization);
        input.personId = person;
        Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        Result<Membership> read = store.get(*id);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->id, *id);
        QCOMPARE(read->personId, input.personId);
        QCOMPARE(read->organizationId, organization);
        QCOMPARE(read->role, input.role);
        QCOMPARE(read->since, input.since);
        QCOMPARE(read->status, input.status);
        QVERIFY(read->dues.has_value());
        QCOMPARE(*read->dues, *input.dues);
        QCOMPARE(read->duesPeriod, input.duesPeriod);
        QCOMPARE(read->paidBy, input.paidBy);
        QCOMPARE(read->renewalDate, input.renewalDate);
        QCOMPARE(read->tags, (QStringList{QStringLiteral("ACRL"), QStringLiteral("renew")}));
        QCOMPARE(read->notes, input.notes);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read->timestamps.updatedAt, TestDatabase::fixedNow());
    }

    void absentDuesAreStoredAsNull()
    {
        TestDatabase fixture;
        MembershipStore store(fixture.db());
        Membership m = sampleMembership(addOrganization(fixture.db(), QStringLiteral("ALA")));
        m.dues.reset();
        const Id id = store.create(m).value();
        const Membership read = store.get(id).value();
        QVERIFY(!read.dues.has_value());
        QVERIFY(read.isUsers());
        Query q(fixture.db(), QStringLiteral("SELECT count(*) FROM membership WHERE id = ? "
                                             "AND dues_cents IS NULL AND dues_currency IS NULL"));
        q.bind(id);
        QCOMPARE(q.scalar().value(), qint64(1));
        QVERIFY(!store.list({}).value().at(0).dues.has_value());
    }

    void zeroDuesAreNotAbsentDues()
    {
        TestDatabase fixture;
        MembershipStore store(fixture.db());
        Membership m = sampleMembership(addOrganization(fixture.db(), QStringLiteral("ALA")));
        m.dues = Money{0, QStringLiteral("USD")};
        const Id id = store.create(m).value();
        QCOMPARE(store.get(id)->dues, std::optional<Money>(Money{0, QStringLiteral("USD")}));
    }

    void updateReplacesEveryField()
    {
        TestDatabase fixture;
        const Id first = addOrganization(fixture.db(), QStringLiteral("ALA"));
        const Id second = addOrganization(fixture.db(), QStringLiteral("ACRL"));
        MembershipStore store(fixture.db());
        const Id id = store.create(sampleMembership(first)).value();
        const QDateTime later = TestDatabase::fixedNow().addDays(1);
        fixture->setClock([later] { return later; });

        Membership changed = store.get(id).value();
        changed.organizationId = second;
        changed.personId = addPerson(fixture.db(), QStringLiteral("Bea"));
        changed.role = QStringLiteral(" officer ");
        changed.since = {};
        changed.status = MembershipStatus::Lapsed;
        changed.dues.reset();
        changed.duesPeriod = DuesPeriod::Once;
        changed.paidBy = Payer::Other;
        changed.renewalDate = {};
        changed.tags.clear();
        changed.notes.clear();
        QVERIFY(store.update(changed));

        const Membership read = store.get(id).value();
        QCOMPARE(read.organizationId, second);
        QCOMPARE(read.personId, changed.personId);
        QCOMPARE(read.role, QStringLiteral("officer"));
        QVERIFY(!read.since.isValid());
        QCOMPARE(read.status, MembershipStatus::Lapsed);
        QVERIFY(!read.dues.has_value());
        QCOMPARE(read.duesPeriod, DuesPeriod::Once);
        QCOMPARE(read.paidBy, Payer::Other);
        QVERIFY(!read.renewalDate.isValid());
        QVERIFY(read.tags.isEmpty());
        QVERIFY(read.notes.isEmpty());
        QCOMPARE(read.timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read.timestamps.updatedAt, later);
    }

    void missingIdsAreNotFound()
    {
        TestDatabase fixture;
        MembershipStore store(fixture.db());
        const Id kept =
            store.create(sampleMembership(addOrganization(fixture.db(), QStringLiteral("ALA"))))
                .value();
        QCOMPARE(store.get(4242).error().code(), ErrorCode::NotFound);
        Membership ghost = store.get(kept).value();
        ghost.id = 4242;
        QCOMPARE(store.update(ghost).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(QList<Id>{kept, 4242}).error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(kept).ok()); // the batch was all-or-nothing
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("no organization")
            << QStringLiteral("organization") << int(FieldProblem::Empty);
        QTest::newRow("deleted organization")
            << QStringLiteral("organization") << int(FieldProblem::MissingReference);
        QTest::newRow("deleted person")
            << QStringLiteral("person") << int(FieldProblem::MissingReference);
        QTest::newRow("empty role") << QStringLiteral("role") << int(FieldProblem::Empty);
        QTest::newRow("negative dues") << QStringLiteral("dues") << int(FieldProblem::Negative);
        QTest::newRow("lower-case currency")
            << QStringLiteral("duesCurrency") << int(FieldProblem::Malformed);
        QTest::newRow("dues without currency")
            << QStringLiteral("duesCurrency") << int(FieldProblem::Malformed);
        QTest::newRow("blank tag") << QStringLiteral("tags[1]") << int(FieldProblem::Empty);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        MembershipStore store(fixture.db());
        const Id organization = addOrganization(fixture.db(), QStringLiteral("ALA"));
        const Id existing = store.create(sampleMembership(organization)).value();

        Membership m = sampleMembership(organization);
        const QString row = QString::fromUtf8(QTest::currentDataTag());
        if (row == QLatin1String("no organization"))
            m.organizationId = 0;
        else if (row == QLatin1String("deleted organization"))
            m.organizationId = 999;
        else if (row == QLatin1String("deleted person"))
            m.personId = 999;
        else if (row == QLatin1String("empty role"))
            m.role = QStringLiteral("  ");
        else if (row == QLatin1String("negative dues"))
            m.dues->cents = -1;
        else if (row == QLatin1String("lower-case currency"))
            m.dues->currency = QStringLiteral("usd");
        else if (row == QLatin1String("dues without currency"))
            m.dues->currency.clear();
        else if (row == QLatin1String("blank tag"))
            m.tags = {QStringLiteral("ok"), QString()};

        Result<Id> created = store.create(m);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code(), ErrorCode::Validation);
        QVERIFY2(created.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(created.errorMessage()));
        QCOMPARE(store.count({}).value(), qint64(1));

        m.id = existing;
        Status updated = store.update(m);
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(updated.errorMessage()));
        QCOMPARE(store.get(existing)->role, QStringLiteral("committee"));
    }

    void listJoinsOrganizationAndMemberNames()
    {
        TestDatabase fixture;
        const Network n = buildNetwork(fixture.db());
        const QList<MembershipSummary> rows = MembershipStore(fixture.db()).list({}).value();
        QCOMPARE(rows.size(), 3);
        const MembershipSummary &users = rows[1]; // "American…" after "acrl"
        QCOMPARE(users.id, n.users);
        QCOMPARE(users.organizationId, n.ala);
        QCOMPARE(users.organization, QStringLiteral("American Library Association"));
        QVERIFY(!users.personId.has_value());
        QVERIFY(users.member.isEmpty());
        QCOMPARE(users.role, QStringLiteral("committee"));
        QCOMPARE(users.status, MembershipStatus::Active);
        QCOMPARE(users.dues, std::optional<Money>(Money{7500, QStringLiteral("USD")}));
        QCOMPARE(users.duesPeriod, DuesPeriod::Quarter);
        QCOMPARE(users.renewalDate, QDate(2026, 4, 30));
        const MembershipSummary &emiles = rows[0];
        QCOMPARE(emiles.personId, std::optional<Id>(n.emile));
        QCOMPARE(emiles.member, QStringLiteral("Émile Durand"));
        QCOMPARE(emiles.organization, QStringLiteral("acrl"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QStringList>("expected"); // organizations, in name order
        const QString ala = QStringLiteral("American Library Association");
        const QString acrl = QStringLiteral("acrl");
        const QString ze = QStringLiteral("Ze Org");
        QTest::newRow("role") << QStringLiteral("text role") << QStringList{acrl};
        QTest::newRow("notes") << QStringLiteral("text notes") << QStringList{ala};
        QTest::newRow("organization name")
            << QStringLiteral("text organization") << QStringList{ala};
        QTest::newRow("member name, diacritics folded")
            << QStringLiteral("text member") << QStringList{acrl};
        QTest::newRow("words from organization and role")
            << QStringLiteral("text mixed") << QStringList{ala};
        QTest::newRow("a word matching nothing") << QStringLiteral("text none") << QStringList();
        QTest::newRow("only punctuation") << QStringLiteral("text punctuation") << QStringList();
        QTest::newRow("status") << QStringLiteral("status") << QStringList{ze};
        QTest::newRow("organization") << QStringLiteral("organizationId") << QStringList{acrl};
        QTest::newRow("the user's only") << QStringLiteral("usersOnly") << QStringList{ala};
        QTest::newRow("one person's") << QStringLiteral("personId") << QStringList{ze};
        QTest::newRow("renewal from") << QStringLiteral("renewalFrom") << QStringList{ze};
        QTest::newRow("renewal until") << QStringLiteral("renewalTo") << QStringList{ala};
        QTest::newRow("renewal within both ends")
            << QStringLiteral("renewalBoth") << QStringList{ala, ze};
        QTest::newRow("tag, any case") << QStringLiteral("tags") << QStringList{ala};
        QTest::newRow("ids") << QStringLiteral("ids") << QStringList{acrl, ze};
        QTest::newRow("filters combine") << QStringLiteral("combined") << QStringList();
    }

    void filters()
    {
        QFETCH(QString, row);
        QFETCH(QStringList, expected);
        TestDatabase fixture;
        const Network n = buildNetwork(fixture.db());
        MembershipFilter f;
        if (row == QLatin1String("text role"))
            f.text = QStringLiteral("offic");
        else if (row == QLatin1String("text notes"))
            f.text = QStringLiteral("graduation");
        else if (row == QLatin1String("text organization"))
            f.text = QStringLiteral("librar");
        else if (row == QLatin1String("text member"))
            f.text = QStringLiteral("emile");
        else if (row == QLatin1String("text mixed"))
            f.text = QStringLiteral("association committee");
        else if (row == QLatin1String("text none"))
            f.text = QStringLiteral("association officer");
        else if (row == QLatin1String("text punctuation"))
            f.text = QStringLiteral("\"(*");
        else if (row == QLatin1String("status"))
            f.status = MembershipStatus::Planned;
        else if (row == QLatin1String("organizationId"))
            f.organizationId = n.acrl;
        else if (row == QLatin1String("usersOnly"))
            f.usersOnly = true;
        else if (row == QLatin1String("personId"))
            f.personId = n.bea;
        else if (row == QLatin1String("renewalFrom"))
            f.renewalFrom = QDate(2026, 5, 1);
        else if (row == QLatin1String("renewalTo"))
            f.renewalTo = QDate(2026, 4, 30);
        else if (row == QLatin1String("renewalBoth")) {
            f.renewalFrom = QDate(2026, 4, 30);
            f.renewalTo = QDate(2026, 6, 1);
        } else if (row == QLatin1String("tags"))
            f.tags = {QStringLiteral("BOARD")};
        else if (row == QLatin1String("ids"))
            f.ids = {n.emiles, n.beas};
        else if (row == QLatin1String("combined")) {
            f.usersOnly = true;
            f.status = MembershipStatus::Lapsed;
        }

        MembershipStore store(fixture.db());
        MembershipQuery query;
        query.filter = f;
        Result<QList<MembershipSummary>> rows = store.list(query);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(organizations(*rows), expected);
        QCOMPARE(store.count(f).value(), qint64(expected.size()));
    }

    void listSortsByEveryKey_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("ascending");
        const QString ala = QStringLiteral("American Library Association");
        const QString acrl = QStringLiteral("acrl");
        const QString ze = QStringLiteral("Ze Org");
        QTest::newRow("organization, ignoring case")
            << int(MembershipSort::Organization) << QStringList{acrl, ala, ze};
        QTest::newRow("member, the user first")
            << int(MembershipSort::Member) << QStringList{ala, ze, acrl};
        QTest::newRow("status, in the model's order")
            << int(MembershipSort::Status) << QStringList{ze, ala, acrl};
        QTest::newRow("renewal date, none first")
            << int(MembershipSort::Renewal) << QStringList{acrl, ala, ze};
        QTest::newRow("dues, none first")
            << int(MembershipSort::Dues) << QStringList{ze, acrl, ala};
        QTest::newRow("last change") << int(MembershipSort::Updated) << QStringList{ze, acrl, ala};
    }

    void listSortsByEveryKey()
    {
        QFETCH(int, sort);
        QFETCH(QStringList, ascending);
        QDateTime clock = TestDatabase::fixedNow(); // outlives the database that reads it
        TestDatabase fixture;
        fixture->setClock([&clock] { return clock; });
        const Network n = buildNetwork(fixture.db(), [&clock] { clock = clock.addSecs(60); });
        MembershipStore store(fixture.db());
        clock = clock.addSecs(60);
        QVERIFY(store.update(store.get(n.users).value())); // changed last

        MembershipQuery query;
        query.sort = MembershipSort(sort);
        QCOMPARE(organizations(store.list(query).value()), ascending);
        query.order = Qt::DescendingOrder;
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        QCOMPARE(organizations(store.list(query).value()), descending);
    }

    void listPages()
    {
        TestDatabase fixture;
        buildNetwork(fixture.db());
        MembershipStore store(fixture.db());
        MembershipQuery query;
        query.page = {1, 1};
        QCOMPARE(organizations(store.list(query).value()),
                 QStringList{QStringLiteral("American Library Association")});
        query.page = {2, 5};
        QCOMPARE(organizations(store.list(query).value()), QStringList{QStringLiteral("Ze Org")});
    }

    void positionAgreesWithTheListInEveryOrder()
    {
        TestDatabase fixture;
        const Network n = buildNetwork(fixture.db());
        MembershipStore store(fixture.db());
        Membership another; // the user's second, tying with ALA on member and status
        another.organizationId = n.zeOrg;
        another.renewalDate = QDate(2026, 4, 30);
        const Id users2 = store.create(another).value();

        for (int sort = 0; sort <= int(MembershipSort::Updated); ++sort) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                MembershipQuery query;
                query.sort = MembershipSort(sort);
                query.order = order;
                const QList<MembershipSummary> rows = store.list(query).value();
                QCOMPARE(rows.size(), 4);
                for (int row = 0; row < rows.size(); ++row)
                    QCOMPARE(store.position(query, rows[row].id).value(),
                             std::optional<qint64>(row));
            }
        }

        MembershipQuery mine;
        mine.filter.usersOnly = true;
        QCOMPARE(store.position(mine, n.users).value(), std::optional<qint64>(0)); // American…
        QCOMPARE(store.position(mine, users2).value(), std::optional<qint64>(1));  // Ze Org
        QCOMPARE(store.position(mine, n.beas).value(), std::optional<qint64>());
        MembershipQuery byText;
        byText.filter.text = QStringLiteral("emile");
        QCOMPARE(store.position(byText, n.emiles).value(), std::optional<qint64>(0));
        QCOMPARE(store.position(byText, n.users).value(), std::optional<qint64>());
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        const Id ala = addOrganization(fixture.db(), QStringLiteral("ALA"));
        const Id acrl = addOrganization(fixture.db(), QStringLiteral("ACRL"));
        const Id bea = addPerson(fixture.db(), QStringLiteral("Bea"));
        MembershipStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);

        // The user's memberships also change the organization's "you are a member" mark.
        const Id users = store.create(sampleMembership(ala)).value();
        QList<Change> seen = changes(spy);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].kind, EntityKind::Membership);
        QCOMPARE(seen[0].type, ChangeType::Inserted);
        QCOMPARE(seen[0].ids, QList<Id>{users});
        QCOMPARE(seen[1].kind, EntityKind::Organization);
        QCOMPARE(seen[1].type, ChangeType::Updated);
        QCOMPARE(seen[1].ids, QList<Id>{ala});

        Membership moved = store.get(users).value();
        moved.organizationId = acrl;
        QVERIFY(store.update(moved));
        seen = changes(spy);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].type, ChangeType::Updated);
        QCOMPARE(seen[1].kind, EntityKind::Organization);
        QCOMPARE(seen[1].ids, (QList<Id>{ala, acrl})); // the one it left, the one it joined

        Membership contacts = sampleMembership(ala);
        contacts.personId = bea;
        const Id beas = store.create(contacts).value();
        seen = changes(spy);
        QCOMPARE(seen.size(), 1); // a contact's membership changes no organization summary
        QCOMPARE(seen[0].ids, QList<Id>{beas});

        QVERIFY(store.remove(QList<Id>{users, beas}));
        seen = changes(spy);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen[0].kind, EntityKind::Membership);
        QCOMPARE(seen[0].type, ChangeType::Removed);
        QCOMPARE(seen[0].ids, (QList<Id>{users, beas}));
        QCOMPARE(seen[1].ids, QList<Id>{acrl});

        Membership invalid = sampleMembership(ala);
        invalid.role.clear();
        QVERIFY(!store.create(invalid).ok());
        QCOMPARE(spy.count(), 0);
    }

    // The delete rule of MembershipStore.h: nothing but the membership goes.
    void removingTouchesNothingElse()
    {
        TestDatabase fixture;
        const Network n = buildNetwork(fixture.db());
        MembershipStore store(fixture.db());
        QVERIFY(store.remove(n.emiles));
        QCOMPARE(store.get(n.emiles).error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(n.users).ok());
        QVERIFY(store.get(n.beas).ok());
        QVERIFY(OrganizationStore(fixture.db()).get(n.acrl).ok());
        QVERIFY(PersonStore(fixture.db()).get(n.emile).ok());
        Query tags(fixture.db(),
                   QStringLiteral("SELECT count(*) FROM membership_tag WHERE membership_id = ?"));
        tags.bind(n.emiles);
        QCOMPARE(tags.scalar().value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestMembershipStore)
#include "tst_membershipstore.moc"
