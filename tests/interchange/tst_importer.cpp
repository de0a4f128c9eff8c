#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "interchange/Importer.h"
#include "interchange/linkedin/LinkedIn.h"
#include "storage/EventStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace kith;
using namespace kith::interchange;
using namespace kith::test;

namespace {

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

// A person in a few words: whatever is left out is empty.
struct Spec
{
    Spec() = default;
    Spec(QString aName, QString anEmail = {}, QString aLinkedIn = {}, QString aCompany = {},
         QString aTitle = {})
        : name(std::move(aName))
        , email(std::move(anEmail))
        , linkedIn(std::move(aLinkedIn))
        , company(std::move(aCompany))
        , title(std::move(aTitle))
    {}

    QString name;
    QString email;
    QString linkedIn;
    QString company;
    QString title;
};

IncomingPerson incoming(const Spec &spec, int line = 0)
{
    IncomingPerson in;
    in.person.displayName = spec.name;
    in.person.origin = Origin::Csv;
    if (!spec.email.isEmpty())
        in.person.emails.append({spec.email, {}});
    if (!spec.linkedIn.isEmpty())
        in.person.profiles.append({ProfileKind::LinkedIn, spec.linkedIn});
    if (!spec.company.isEmpty() || !spec.title.isEmpty()) {
        Role role;
        role.organizationName = spec.company;
        role.title = spec.title;
        in.person.roles.append(role);
    }
    in.where = {s("people.csv"), line};
    return in;
}

ImportBatch batchOf(const QList<IncomingPerson> &people)
{
    ImportBatch batch;
    batch.source = s("people.csv");
    batch.format = s("csv");
    batch.people = people;
    return batch;
}

Id store(Database &db, const Spec &spec)
{
    OrganizationStore organizations(db);
    Person p = incoming(spec).person;
    p.origin = Origin::Manual;
    for (Role &role : p.roles) {
        if (role.organizationName.isEmpty())
            continue;
        std::optional<Id> id = organizations.findByName(role.organizationName).valueOr({});
        if (!id) {
            Organization organization;
            organization.name = role.organizationName;
            id = organizations.create(organization).valueOr(0);
        }
        role.organizationId = id;
    }
    return PersonStore(db).create(p).valueOr(0);
}

ImportPlan planOrFail(Database &db, const ImportBatch &batch)
{
    Result<ImportPlan> plan = planImport(db, batch);
    if (!plan)
        qWarning("planImport: %s", qPrintable(plan.errorMessage()));
    return plan.valueOr({});
}

ImportSummary applyOrFail(Database &db, const ImportPlan &plan)
{
    Result<ImportSummary> summary = applyImport(db, plan);
    if (!summary)
        qWarning("applyImport: %s", qPrintable(summary.errorMessage()));
    return summary.valueOr({});
}

qint64 count(Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)));
    return q.next() ? q.value(0).toLongLong() : -1;
}

// Every table with its row count and a checksum of its rows, in any order: equal snapshots
// mean byte-identical content.
QMap<QString, QString> snapshot(Database &db)
{
    QMap<QString, QString> tables;
    QSqlQuery names(db.connection());
    names.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery rows(db.connection());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
        QStringList lines;
        while (rows.next()) {
            QStringList values;
            for (int i = 0; i < rows.record().count(); ++i)
                values.append(rows.value(i).isNull() ? s("NULL") : rows.value(i).toString());
            lines.append(values.join(QChar(0x1F)));
        }
        lines.sort();
        tables.insert(
            table, QStringLiteral("%1 rows, %2")
                       .arg(lines.size())
                       .arg(QString::fromLatin1(QCryptographicHash::hash(lines.join(u'\n').toUtf8(),
                                                                         QCryptographicHash::Sha256)
                                                    .toHex())));
    }
    return tables;
}

ImportBatch linkedInExport(const QString &folder, const QDate &madeOn)
{
    Result<ImportBatch> batch = linkedin::readFile(dataPath(QStringLiteral("linkedin/") + folder));
    if (!batch)
        qWarning("%s", qPrintable(batch.errorMessage()));
    ImportBatch result = batch.valueOr({});
    for (IncomingPerson &in : result.people)
        in.rolesAsOf = madeOn; // as the zip entry's date would say
    return result;
}

const Role *currentRole(const Person &person)
{
    return person.currentRole();
}

Person personNamed(Database &db, const QString &name)
{
    PersonQuery query;
    query.filter.text = name;
    const QList<PersonSummary> rows = PersonStore(db).list(query).valueOr({});
    for (const PersonSummary &row : rows) {
        if (row.displayName == name)
            return PersonStore(db).get(row.id).valueOr({});
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Spec)
Q_DECLARE_METATYPE(kith::interchange::RowStatus)
Q_DECLARE_METATYPE(kith::interchange::MatchReason)
Q_DECLARE_METATYPE(kith::interchange::RowAction)

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plansNewPeopleIntoAnEmptyDatabase()
    {
        TestDatabase fixture;
        ImportBatch batch = batchOf({incoming({s("Ada Lovelace"),
                                               s("ada@example.org"),
                                               {},
                                               s("Analytical Engines"),
                                               s("Librarian")}),
                                     incoming({s("Grace Hopper")})});
        batch.rejected.append({{s("people.csv"), 9}, s("The row has no name.")});
        batch.skippedEmpty = 3;
        const ImportPlan plan = planOrFail(fixture.db(), batch);
        const ImportCounts counts = plan.counts();
        QCOMPARE(counts.newPeople, 2);
        QCOMPARE(counts.updatedPeople + counts.duplicatePeople + counts.unchangedPeople, 0);
        QCOMPARE(counts.rejected, 1);
        QCOMPARE(counts.skippedEmpty, 3);
        QCOMPARE(counts.newOrganizations, 1);
        QCOMPARE(plan.people[0].action, RowAction::Create);
        QCOMPARE(count(fixture.db(), "person"), 0); // planning never writes

        const ImportSummary summary = applyOrFail(fixture.db(), plan);
        QCOMPARE(summary.peopleCreated, 2);
        QCOMPARE(summary.organizationsCreated, 1);
        QCOMPARE(count(fixture.db(), "person"), 2);
        const Person ada = PersonStore(fixture.db()).get(summary.createdPeople[0]).valueOr({});
        QCOMPARE(ada.displayName, s("Ada Lovelace"));
        QCOMPARE(ada.origin, Origin::Csv);
        QVERIFY(currentRole(ada));
        QCOMPARE(currentRole(ada)->organizationName, s("Analytical Engines"));
        QCOMPARE(ada.knownSince, TestDatabase::today());
    }

    void findsEachKindOfDuplicate_data()
    {
        QTest::addColumn<Spec>("stored");
        QTest::addColumn<Spec>("incoming");
        QTest::addColumn<RowStatus>("status");
        QTest::addColumn<MatchReason>("reason");
        QTest::addColumn<RowAction>("action");
        const Spec ada{s("Ada Lovelace"), s("ada@example.org"),
                       s("https://www.linkedin.com/in/ada-lovelace")};
        QTest::newRow("same LinkedIn address, written differently: an update")
            << ada << Spec{s("A. Lovelace"), {}, s("http://linkedin.com/in/Ada-Lovelace/?trk=x")}
            << RowStatus::Update << MatchReason::ProfileUrl << RowAction::Merge;
        QTest::newRow("same e-mail in another case: a duplicate to merge")
            << ada << Spec{s("Augusta King"), s(" ADA@Example.org ")} << RowStatus::Duplicate
            << MatchReason::Email << RowAction::Merge;
        QTest::newRow("same name, accents, case and spaces aside: a duplicate to skip")
            << Spec{s("José Álvarez")} << Spec{s("  jose   ALVAREZ ")} << RowStatus::Duplicate
            << MatchReason::Name << RowAction::Skip;
        QTest::newRow("same name, emoji aside: a duplicate to skip")
            << Spec{s("Zoë Garcia-Okafor")} << Spec{s("Zoë 🦄 Garcia-Okafor")}
            << RowStatus::Duplicate << MatchReason::Name << RowAction::Skip;
        QTest::newRow("same name, LinkedIn says another person: new")
            << ada << Spec{s("Ada Lovelace"), {}, s("https://www.linkedin.com/in/ada-lovelace-2")}
            << RowStatus::New << MatchReason::None << RowAction::Create;
        QTest::newRow("same name, no profile on one side: a duplicate")
            << ada << Spec{s("ada lovelace")} << RowStatus::Duplicate << MatchReason::Name
            << RowAction::Skip;
        QTest::newRow("nothing in common: new")
            << ada << Spec{s("Grace Hopper"), s("grace@example.org")} << RowStatus::New
            << MatchReason::None << RowAction::Create;
    }

    void findsEachKindOfDuplicate()
    {
        QFETCH(Spec, stored);
        QFETCH(Spec, incoming);
        QFETCH(RowStatus, status);
        QFETCH(MatchReason, reason);
        QFETCH(RowAction, action);
        TestDatabase fixture;
        const Id id = store(fixture.db(), stored);
        QVERIFY(id > 0);
        const ImportPlan plan = planOrFail(fixture.db(), batchOf({::incoming(incoming)}));
        QCOMPARE(plan.people.size(), 1);
        QCOMPARE(plan.people[0].status, status);
        QCOMPARE(plan.people[0].reason, reason);
        QCOMPARE(plan.people[0].action, action);
        if (status != RowStatus::New) {
            QCOMPARE(plan.people[0].match, std::optional<Id>(id));
            QCOMPARE(plan.people[0].matchName, stored.name);
        }
    }

    void matchesAStoredUid()
    {
        TestDatabase fixture;
        Person p;
        p.displayName = s("Ada");
        p.uid = s("urn:uuid:1234");
        const Id id = PersonStore(fixture.db()).create(p).valueOr(0);
        IncomingPerson in = incoming({s("Someone Else")});
        in.person.uid = s("urn:uuid:1234");
        const ImportPlan plan = planOrFail(fixture.db(), batchOf({in}));
        QCOMPARE(plan.people[0].status, RowStatus::Update);
        QCOMPARE(plan.people[0].reason, MatchReason::Uid);
        QCOMPARE(plan.people[0].match, std::optional<Id>(id));

        // Created anyway, the new person cannot take the UID someone has.
        ImportPlan forced = plan;
        QVERIFY(forced.setAction(0, RowAction::Create));
        const ImportSummary summary = applyOrFail(fixture.db(), forced);
        QCOMPARE(summary.peopleCreated, 1);
        QVERIFY(PersonStore(fixture.db()).get(summary.createdPeople[0])->uid.isEmpty());
    }

    void findsDuplicatesWithinTheBatch_data()
    {
        QTest::addColumn<Spec>("first");
        QTest::addColumn<Spec>("second");
        QTest::addColumn<MatchReason>("reason");
        QTest::newRow("profile") << Spec{s("Ada"), {}, s("https://linkedin.com/in/ada")}
                                 << Spec{s("Ada L."), {}, s("https://www.linkedin.com/in/ada/")}
                                 << MatchReason::ProfileUrl;
        QTest::newRow("e-mail") << Spec{s("Ada"), s("ada@example.org")}
                                << Spec{s("Augusta"), s("Ada@Example.org")} << MatchReason::Email;
        QTest::newRow("name") << Spec{s("Zoë Ōkafor")} << Spec{s("zoe okafor")}
                              << MatchReason::Name;
    }

    void findsDuplicatesWithinTheBatch()
    {
        QFETCH(Spec, first);
        QFETCH(Spec, second);
        QFETCH(MatchReason, reason);
        TestDatabase fixture;
        const ImportPlan plan =
            planOrFail(fixture.db(), batchOf({incoming(first, 2), incoming(second, 3)}));
        QCOMPARE(plan.people[0].status, RowStatus::New);
        QCOMPARE(plan.people[1].status, RowStatus::Duplicate);
        QCOMPARE(plan.people[1].reason, reason);
        QCOMPARE(plan.people[1].matchedRow, std::optional<qsizetype>(0));
        QCOMPARE(plan.people[1].action, RowAction::Skip);
        QCOMPARE(plan.counts().newPeople, 1);
        QCOMPARE(plan.counts().duplicatePeople, 1);
        const ImportSummary summary = applyOrFail(fixture.db(), plan);
        QCOMPARE(summary.peopleCreated, 1);
        QCOMPARE(summary.peopleSkipped, 1);
        QCOMPARE(count(fixture.db(), "person"), 1);
    }

    void rejectsPeopleThatCannotBeStored()
    {
        TestDatabase fixture;
        IncomingPerson badEmail = incoming({s("Ada"), s("ada at example")}, 4);
        IncomingPerson noName = incoming(Spec(), 5);
        noName.person.notes = s("only notes");
        IncomingPerson badProfile = incoming({s("Grace")}, 6);
        badProfile.person.profiles.append({ProfileKind::Website, s("not a url")});
        const ImportPlan plan = planOrFail(fixture.db(), batchOf({badEmail, noName, badProfile}));
        QCOMPARE(plan.counts().rejected, 3);
        QCOMPARE(plan.counts().newPeople, 0);
        for (const PlannedPerson &planned : plan.people) {
            QCOMPARE(planned.status, RowStatus::Rejected);
            QVERIFY(!planned.rejection.isEmpty());
        }
        QCOMPARE(plan.rejected[0].where.display(), s("people.csv, line 4"));
        QVERIFY2(plan.rejected[0].reason.contains(s("ada at example")),
                 qPrintable(plan.rejected[0].reason));
        QVERIFY(!plan.rejected[1].reason.isEmpty());

        ImportPlan changed = plan;
        QVERIFY2(!changed.setAction(0, RowAction::Create), "a rejected row stays rejected");
        const ImportSummary summary = applyOrFail(fixture.db(), plan);
        QCOMPARE(summary.rejected, 3);
        QCOMPARE(count(fixture.db(), "person"), 0);
    }

    void eachRowCanBeMergedSkippedOrCreated_data()
    {
        QTest::addColumn<RowAction>("action");
        QTest::addColumn<qint64>("people");
        QTest::addColumn<int>("storedEmails");
        QTest::newRow("merge: the e-mail joins the stored person")
            << RowAction::Merge << qint64(1) << 2;
        QTest::newRow("skip: nothing changes") << RowAction::Skip << qint64(1) << 1;
        QTest::newRow("create: a second person") << RowAction::Create << qint64(2) << 1;
    }

    void eachRowCanBeMergedSkippedOrCreated()
    {
        QFETCH(RowAction, action);
        QFETCH(qint64, people);
        QFETCH(int, storedEmails);
        TestDatabase fixture;
        const Id id = store(fixture.db(), {s("Ada Lovelace"), s("ada@example.org")});
        ImportPlan plan = planOrFail(fixture.db(), batchOf({incoming({s("ADA LOVELACE"),
                                                                      s("countess@example.org"),
                                                                      {},
                                                                      s("Analytical Engines"),
                                                                      s("Librarian")})}));
        QCOMPARE(plan.people[0].status, RowStatus::Duplicate);
        QCOMPARE(plan.people[0].action, RowAction::Skip);
        QVERIFY(plan.setAction(0, action));
        applyOrFail(fixture.db(), plan);
        QCOMPARE(count(fixture.db(), "person"), people);
        const Person stored = PersonStore(fixture.db()).get(id).valueOr({});
        QCOMPARE(stored.emails.size(), storedEmails);
        QCOMPARE(stored.displayName, s("Ada Lovelace")); // what is stored wins
        if (action == RowAction::Merge) {
            QVERIFY(currentRole(stored));
            QCOMPARE(currentRole(stored)->organizationName, s("Analytical Engines"));
        }
    }

    void mergeIsRefusedForARowThatMatchedNobody()
    {
        TestDatabase fixture;
        ImportPlan plan = planOrFail(fixture.db(), batchOf({incoming({s("Ada")})}));
        QVERIFY(!plan.setAction(0, RowAction::Merge));
        QVERIFY(!plan.setAction(7, RowAction::Skip));
        QVERIFY(plan.setAction(0, RowAction::Skip));
        QCOMPARE(applyOrFail(fixture.db(), plan).peopleCreated, 0);
        QCOMPARE(count(fixture.db(), "person"), 0);
    }

    void reimportingANewerArchiveRecordsJobHistory()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        applyOrFail(db, planOrFail(db, linkedInExport(s("export-2024"), QDate(2024, 12, 10))));
        // Six connections, Tomás (whose invitation is one of the two interactions) and
        // Rosalind (whose recommendation is one of the four); the recommendation given to
        // "Zoë Garcia-Okafor" finds the connection "Zoë 🦄 Garcia-Okafor" instead of
        // creating her twice.
        QCOMPARE(count(db, "person"), 8);
        for (const char *name : {"Tomás Rivera", "Rosalind Franklin"})
            QVERIFY2(personNamed(db, s(name)).id > 0, name);
        QVERIFY(personNamed(db, s("Zoë Garcia-Okafor")).id == 0);
        QSqlQuery toZoe(db.connection());
        toZoe.prepare(s("SELECT count(*) FROM recommendation WHERE person_id = ?"));
        toZoe.addBindValue(personNamed(db, s("Zoë 🦄 Garcia-Okafor")).id);
        QVERIFY(toZoe.exec() && toZoe.next());
        QCOMPARE(toZoe.value(0).toInt(), 1);
        QCOMPARE(count(db, "recommendation"), 4);
        QCOMPARE(count(db, "interaction"), 5); // 2 invitations, 3 days of endorsements
        QCOMPARE(count(db, "event"), 2);
        const qint64 roles = count(db, "role");

        const QDate madeOn(2025, 3, 10);
        ImportPlan plan = planOrFail(db, linkedInExport(s("export-2025"), madeOn));
        const ImportCounts counts = plan.counts();
        QCOMPARE(counts.newPeople, 1);     // Kwame
        QCOMPARE(counts.updatedPeople, 2); // Ada, Grace
        QCOMPARE(counts.jobChanges, 2);
        QCOMPARE(counts.unchangedPeople, 3); // Zoë, Nia, Jean-Luc
        QCOMPARE(counts.duplicatePeople, 0);
        QList<FieldChange> adaChanges, graceChanges;
        for (qsizetype i = 0; i < plan.people.size(); ++i) {
            const QString name = plan.batch.people[i].person.displayName;
            if (name == s("Ada Lovelace"))
                adaChanges = plan.people[i].changes;
            if (name == s("Grace Hopper"))
                graceChanges = plan.people[i].changes;
        }
        QCOMPARE(adaChanges.size(), 1);
        QCOMPARE(adaChanges[0].field, s("organization"));
        QCOMPARE(adaChanges[0].display(), s("Analytical Engines Ltd → Globex"));
        QVERIFY(adaChanges[0].isJobChange());
        QCOMPARE(graceChanges.size(), 1);
        QCOMPARE(graceChanges[0].display(), s("Rear Admiral → Senior Rear Admiral"));

        const ImportSummary summary = applyOrFail(db, plan);
        QCOMPARE(summary.peopleCreated, 1);
        QCOMPARE(summary.peopleMerged, 2);
        QCOMPARE(summary.peopleUnchanged, 3);
        QCOMPARE(summary.rolesClosed, 2);
        QCOMPARE(count(db, "person"), 9);
        QCOMPARE(count(db, "role"), roles + 3); // two new jobs and Kwame's

        const Person ada = personNamed(db, s("Ada Lovelace"));
        QCOMPARE(ada.roles.size(), 2);
        QCOMPARE(currentRole(ada)->organizationName, s("Globex"));
        QCOMPARE(currentRole(ada)->title, s("Librarian"));
        const Role &former = ada.roles[0].isCurrent() ? ada.roles[1] : ada.roles[0];
        QCOMPARE(former.organizationName, s("Analytical Engines Ltd"));
        QCOMPARE(former.end, madeOn);
        const Person grace = personNamed(db, s("Grace Hopper"));
        QCOMPARE(currentRole(grace)->title, s("Senior Rear Admiral"));
        QCOMPARE(currentRole(grace)->organizationName, s("US Navy"));
        QCOMPARE(grace.roles.size(), 2);

        // The same archive again changes nothing and duplicates nobody.
        const QMap<QString, QString> before = snapshot(db);
        const ImportPlan again = planOrFail(db, linkedInExport(s("export-2025"), madeOn));
        QCOMPARE(again.counts().newPeople, 0);
        QCOMPARE(again.counts().updatedPeople, 0);
        QCOMPARE(again.counts().unchangedPeople, 6);
        applyOrFail(db, again);
        QCOMPARE(snapshot(db), before);

        // An older archive imported afterwards does not undo the newer jobs.
        const ImportPlan older =
            planOrFail(db, linkedInExport(s("export-2024"), QDate(2024, 12, 10)));
        QCOMPARE(older.counts().jobChanges, 0);
        // Recommendations, invitations, events and the three days of endorsements.
        QCOMPARE(older.counts().alreadyImported, 4 + 2 + 2 + 3);
        applyOrFail(db, older);
        QCOMPARE(currentRole(personNamed(db, s("Ada Lovelace")))->organizationName, s("Globex"));
        QCOMPARE(count(db, "person"), 9);
        QCOMPARE(count(db, "recommendation"), 4);
    }

    void recommendationsFindTheirPeople()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        const Id grace = store(db, {s("Grace Hopper"), {}, {}, s("US Navy"), s("Admiral")});
        store(db, {s("Grace Hopper"), {}, {}, s("Cobol Inc"), s("Engineer")}); // a namesake
        ImportBatch batch = batchOf({incoming({s("Ada Lovelace")})});
        const auto recommendation = [](RecommendationDirection direction, const QString &text) {
            IncomingRecommendation in;
            in.recommendation.direction = direction;
            in.recommendation.status = direction == RecommendationDirection::Given
                                           ? RecommendationStatus::Given
                                           : RecommendationStatus::Received;
            in.recommendation.text = text;
            in.recommendation.completedOn = QDate(2024, 5, 1);
            return in;
        };
        IncomingRecommendation byIndex = recommendation(RecommendationDirection::Given, s("one"));
        byIndex.personIndex = 0;
        IncomingRecommendation byNameAndCompany =
            recommendation(RecommendationDirection::Received, s("two"));
        byNameAndCompany.personName = s("grace hopper");
        byNameAndCompany.personCompany = s("us navy");
        IncomingRecommendation byBatchName =
            recommendation(RecommendationDirection::Received, s("three"));
        byBatchName.personName = s("Ada Lovelace");
        IncomingRecommendation unknown =
            recommendation(RecommendationDirection::Received, s("four"));
        unknown.personName = s("Rosalind Franklin");
        unknown.personCompany = s("King's College");
        unknown.personTitle = s("Researcher");
        IncomingRecommendation nobody =
            recommendation(RecommendationDirection::Received, s("five"));
        nobody.where = {s("Recommendations_Received.csv"), 3};
        batch.recommendations = {byIndex, byNameAndCompany, byBatchName, unknown, nobody};

        const ImportPlan plan = planOrFail(db, batch);
        QCOMPARE(plan.recommendations[0].people.value(0).kind, PersonRef::Kind::BatchRow);
        QCOMPARE(plan.recommendations[1].people.value(0).kind, PersonRef::Kind::Stored);
        QCOMPARE(plan.recommendations[1].people.value(0).id, grace);
        QCOMPARE(plan.recommendations[2].people.value(0).kind, PersonRef::Kind::BatchRow);
        QCOMPARE(plan.recommendations[3].people.value(0).kind, PersonRef::Kind::NewPerson);
        QCOMPARE(plan.recommendations[4].status, RecordStatus::Rejected);
        QCOMPARE(plan.counts().namedPeople, 1);
        QCOMPARE(plan.counts().newRecommendations, 4);
        QCOMPARE(plan.counts().rejected, 1);
        QCOMPARE(plan.rejected[0].where.line, 3);

        const ImportSummary summary = applyOrFail(db, plan);
        QCOMPARE(summary.recommendationsCreated, 4);
        QCOMPARE(summary.peopleCreated, 2); // Ada and Rosalind
        const Person rosalind = personNamed(db, s("Rosalind Franklin"));
        QCOMPARE(currentRole(rosalind)->organizationName, s("King's College"));
        QCOMPARE(currentRole(rosalind)->title, s("Researcher"));
        QCOMPARE(RecommendationStore(db).count({}).valueOr(0), 4);
        RecommendationFilter graces;
        graces.personId = grace;
        QCOMPARE(RecommendationStore(db).count(graces).valueOr(0), 1);

        // The same recommendations again are recognised, whoever they were attached to.
        const ImportPlan again = planOrFail(db, batch);
        QCOMPARE(again.counts().newRecommendations, 0);
        QCOMPARE(again.counts().alreadyImported, 4);
        QCOMPARE(again.counts().namedPeople, 0);
    }

    void eventsAreMatchedByUidOrNameAndDay()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        Event stored;
        stored.name = s("Archives Camp");
        stored.uid = s("event-1");
        stored.startDate = QDate(2026, 5, 1);
        stored.notes = s("My notes");
        QVERIFY(EventStore(db).create(stored).ok());
        Event manual;
        manual.name = s("ALA Annual");
        manual.startDate = QDate(2026, 6, 25);
        QVERIFY(EventStore(db).create(manual).ok());

        ImportBatch batch;
        batch.format = s("ical");
        IncomingEvent moved;
        moved.event = stored;
        moved.event.startDate = QDate(2026, 5, 2);
        moved.event.notes = s("From the calendar");
        IncomingEvent same;
        same.event.name = s("ala annual");
        same.event.startDate = QDate(2026, 6, 25);
        IncomingEvent fresh;
        fresh.event.name = s("Code4Lib");
        fresh.event.startDate = QDate(2026, 3, 1);
        fresh.organizerName = s("Code4Lib Community");
        batch.events = {moved, same, fresh};
        const ImportPlan plan = planOrFail(db, batch);
        QCOMPARE(plan.events[0].status, RecordStatus::Update);
        QCOMPARE(plan.events[1].status, RecordStatus::AlreadyImported);
        QCOMPARE(plan.events[2].status, RecordStatus::New);
        const ImportSummary summary = applyOrFail(db, plan);
        QCOMPARE(summary.eventsUpdated, 1);
        QCOMPARE(summary.eventsCreated, 1);
        const Event updated = EventStore(db).get(plan.events[0].match.value_or(0)).valueOr({});
        QCOMPARE(updated.startDate, QDate(2026, 5, 2));
        QCOMPARE(updated.notes, s("My notes")); // the user's notes stay
        QVERIFY(OrganizationStore(db).findByName(s("code4lib community")).valueOr({}).has_value());
    }

    void allOrNothingWhenAnErrorComesHalfWay()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        store(db, {s("Ada Lovelace"), s("ada@example.org"), s("https://linkedin.com/in/ada"),
                   s("Analytical Engines"), s("Librarian")});
        Event event;
        event.name = s("Archives Camp");
        event.uid = s("event-1");
        event.startDate = QDate(2026, 5, 1);
        const Id eventId = EventStore(db).create(event).valueOr(0);

        ImportBatch batch = batchOf({incoming({s("Ada Lovelace"),
                                               {},
                                               s("https://linkedin.com/in/ada"),
                                               s("Globex"),
                                               s("Librarian")}),
                                     incoming({s("Grace Hopper"), {}, {}, s("US Navy"), {}})});
        IncomingEvent moved;
        moved.event = event;
        moved.event.startDate = QDate(2026, 5, 2);
        batch.events = {moved};
        const ImportPlan plan = planOrFail(db, batch);
        QCOMPARE(plan.counts().updatedPeople, 1);
        QCOMPARE(plan.counts().updatedEvents, 1);

        // The event disappears between preview and import: the person merge and the new
        // organizations are written before the event update fails, and must be undone.
        QVERIFY(EventStore(db).remove(eventId).ok());
        const QMap<QString, QString> before = snapshot(db);
        Result<ImportSummary> summary = applyImport(db, plan);
        QVERIFY(!summary);
        QCOMPARE(summary.error().code(), ErrorCode::NotFound);
        QCOMPARE(snapshot(db), before);
        QCOMPARE(currentRole(personNamed(db, s("Ada Lovelace")))->organizationName,
                 s("Analytical Engines"));
    }

    void cancellingRollsEverythingBack()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        store(db, {s("Someone Stored")});
        QList<IncomingPerson> people;
        for (int i = 0; i < 5000; ++i)
            people.append(incoming({QStringLiteral("Person %1").arg(i),
                                    {},
                                    {},
                                    QStringLiteral("Company %1").arg(i % 50),
                                    s("Reader")}));
        const ImportPlan plan = planOrFail(db, batchOf(people));
        const QMap<QString, QString> before = snapshot(db);
        int calls = 0;
        Result<ImportSummary> summary =
            applyImport(db, plan, [&](qint64 done, qint64) { return ++calls < 3 || done == 0; });
        QVERIFY(!summary);
        QCOMPARE(summary.error().code(), ErrorCode::Cancelled);
        QCOMPARE(snapshot(db), before);
        QCOMPARE(count(db, "person"), 1);
        QCOMPARE(count(db, "organization"), 0);
    }

    void progressIsReported()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        QList<IncomingPerson> people;
        for (int i = 0; i < 5000; ++i)
            people.append(incoming({QStringLiteral("Person %1").arg(i)}));
        const ImportPlan plan = planOrFail(db, batchOf(people));
        QList<std::pair<qint64, qint64>> reports;
        Result<ImportSummary> summary = applyImport(db, plan, [&](qint64 done, qint64 total) {
            reports.append({done, total});
            return true;
        });
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QVERIFY2(reports.size() >= 4, "a start, then a report per chunk");
        QCOMPARE(reports.first().first, 0);
        QCOMPARE(reports.last().first, 5000);
        QCOMPARE(reports.last().second, 5000);
        for (qsizetype i = 1; i < reports.size(); ++i)
            QVERIFY(reports[i].first >= reports[i - 1].first);
        QCOMPARE(count(db, "person"), 5000);
    }

    void theSearchIndexKnowsImportedPeople()
    {
        TestDatabase fixture;
        Database &db = fixture.db();
        applyOrFail(
            db, planOrFail(db, batchOf({incoming(
                                   {s("Zoë Okafor"), {}, {}, s("Denver Public Library"), {}})})));
        PersonFilter filter;
        filter.text = s("denver");
        QCOMPARE(PersonStore(db).count(filter).valueOr(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
