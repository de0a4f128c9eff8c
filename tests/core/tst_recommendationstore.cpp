#include "support/TestDatabase.h"

#include "model/Validation.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

Id addPerson(Database &db, const QString &name)
{
    Person p;
    p.displayName = name;
    return PersonStore(db).create(p).valueOr(0);
}

Recommendation received(Id personId, QDate on, const QString &text = QStringLiteral("Reliable."))
{
    Recommendation r;
    r.direction = RecommendationDirection::Received;
    r.personId = personId;
    r.status = RecommendationStatus::Received;
    r.completedOn = on;
    r.text = text;
    return r;
}

QList<Id> idsOf(const QList<RecommendationSummary> &rows)
{
    QList<Id> ids;
    for (const RecommendationSummary &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestRecommendationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetKeepsEveryField()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id professor = addPerson(fixture.db(), QStringLiteral("Prof. Miriam Okafor"));
        Recommendation input;
        input.direction = RecommendationDirection::Received;
        input.personId = professor;
        input.platform = RecommendationPlatform::Letter;
        input.context = QStringLiteral("professor");
        input.requestedOn = QDate(2025, 11, 3);
        input.completedOn = QDate(2025, 12, 1);
        input.status = RecommendationStatus::Received;
        input.text = QStringLiteral("An outstanding student.\n\nShe led the digitisation project.");
        input.tags = {QStringLiteral("job search")};
        const Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        const Result<Recommendation> read = store.get(*id);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->id, *id);
        QCOMPARE(read->direction, input.direction);
        QCOMPARE(read->personId, input.personId);
        QCOMPARE(read->platform, input.platform);
        QCOMPARE(read->context, input.context);
        QCOMPARE(read->requestedOn, input.requestedOn);
        QCOMPARE(read->completedOn, input.completedOn);
        QCOMPARE(read->status, input.status);
        QCOMPARE(read->text, input.text);
        QCOMPARE(read->tags, input.tags);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read->timestamps.updatedAt, TestDatabase::fixedNow());
    }

    void updateChangesEveryField()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id coworker = addPerson(fixture.db(), QStringLiteral("Sam Coworker"));
        const Id other = addPerson(fixture.db(), QStringLiteral("Other"));
        const Id id = store.create(received(coworker, QDate(2026, 1, 5))).value();
        Recommendation r = store.get(id).value();
        r.direction = RecommendationDirection::Given;
        r.personId = other;
        r.platform = RecommendationPlatform::Email;
        r.context = QStringLiteral("co-worker");
        r.requestedOn = QDate(2026, 1, 1);
        r.completedOn = QDate();
        r.status = RecommendationStatus::Requested;
        r.text.clear();
        r.tags = {QStringLiteral("owed")};
        fixture->setClock([] { return TestDatabase::fixedNow().addSecs(3600); });
        QVERIFY(store.update(r));

        const Recommendation read = store.get(id).value();
        QCOMPARE(read.direction, RecommendationDirection::Given);
        QCOMPARE(read.personId, other);
        QCOMPARE(read.platform, RecommendationPlatform::Email);
        QCOMPARE(read.context, r.context);
        QCOMPARE(read.requestedOn, r.requestedOn);
        QVERIFY(!read.completedOn.isValid());
        QCOMPARE(read.status, RecommendationStatus::Requested);
        QVERIFY(read.text.isEmpty());
        QCOMPARE(read.tags, r.tags);
        QCOMPARE(read.timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read.timestamps.updatedAt, TestDatabase::fixedNow().addSecs(3600));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("nobody") << QStringLiteral("person") << int(FieldProblem::Empty);
        QTest::newRow("person who does not exist")
            << QStringLiteral("person") << int(FieldProblem::MissingReference);
        QTest::newRow("received one marked given")
            << QStringLiteral("status") << int(FieldProblem::OutOfRange);
        QTest::newRow("completed before requested")
            << QStringLiteral("completedOn") << int(FieldProblem::EndBeforeStart);
        QTest::newRow("empty tag") << QStringLiteral("tags[0]") << int(FieldProblem::Empty);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id person = addPerson(fixture.db(), QStringLiteral("Sam"));
        Recommendation r = received(person, QDate(2026, 2, 1));
        r.requestedOn = QDate(2026, 1, 1);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == QLatin1String("nobody"))
            r.personId = 0;
        else if (row == QLatin1String("person who does not exist"))
            r.personId = person + 10;
        else if (field == QLatin1String("status"))
            r.status = RecommendationStatus::Given;
        else if (field == QLatin1String("completedOn"))
            r.completedOn = QDate(2025, 12, 1);
        else if (field == QLatin1String("tags[0]"))
            r.tags = {QString()};

        const Result<Id> id = store.create(r);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Validation);
        QVERIFY2(id.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(id.errorMessage()));
        QCOMPARE(store.count({}).value(), qint64(0));

        // The same rules guard an update.
        r.id = store.create(received(person, QDate(2026, 2, 1))).value();
        QCOMPARE(store.update(r).error().code(), ErrorCode::Validation);
    }

    void unknownEnumKeysAreNamed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("known");
        QTest::newRow("known direction")
            << QStringLiteral("direction") << QStringLiteral("given") << true;
        QTest::newRow("unknown direction")
            << QStringLiteral("direction") << QStringLiteral("sent") << false;
        QTest::newRow("unknown status")
            << QStringLiteral("status") << QStringLiteral("Given") << false;
        QTest::newRow("unknown platform")
            << QStringLiteral("platform") << QStringLiteral("fax") << false;
    }

    void unknownEnumKeysAreNamed()
    {
        QFETCH(QString, field);
        QFETCH(QString, key);
        QFETCH(bool, known);
        std::optional<FieldError> error;
        if (field == QLatin1String("direction"))
            error = validation::checkKey<RecommendationDirection>(field, key);
        else if (field == QLatin1String("status"))
            error = validation::checkKey<RecommendationStatus>(field, key);
        else
            error = validation::checkKey<RecommendationPlatform>(field, key);
        QCOMPARE(!error.has_value(), known);
        if (error) {
            QCOMPARE(error->field, field);
            QCOMPARE(error->problem, FieldProblem::UnknownValue);
        }
    }

    void missingRecommendationsAreNotFound()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id person = addPerson(fixture.db(), QStringLiteral("Sam"));
        QCOMPARE(store.get(9).error().code(), ErrorCode::NotFound);
        Recommendation r = received(person, QDate(2026, 1, 1));
        r.id = 9;
        QCOMPARE(store.update(r).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(9).error().code(), ErrorCode::NotFound);

        const Id kept = store.create(r).value();
        QCOMPARE(store.remove(QList<Id>{kept, kept + 1}).error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(kept).ok()); // all or nothing
    }

    void summaryNamesThePersonAndShowsAnExcerpt()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id person = addPerson(fixture.db(), QStringLiteral("Sam Coworker"));
        QString longText = QStringLiteral("Jo  is\tcareful.\n\n");
        for (int i = 0; i < 40; ++i)
            longText += QStringLiteral("word%1 ").arg(i);
        Recommendation r = received(person, QDate(2026, 2, 1), longText);
        r.platform = RecommendationPlatform::Email;
        r.context = QStringLiteral("co-worker");
        r.requestedOn = QDate(2026, 1, 10);
        QVERIFY(store.create(r).ok());

        const QList<RecommendationSummary> rows = store.list({}).value();
        QCOMPARE(rows.size(), 1);
        const RecommendationSummary &row = rows[0];
        QCOMPARE(row.person, QStringLiteral("Sam Coworker"));
        QCOMPARE(row.personId, person);
        QCOMPARE(row.direction, RecommendationDirection::Received);
        QCOMPARE(row.platform, RecommendationPlatform::Email);
        QCOMPARE(row.context, QStringLiteral("co-worker"));
        QCOMPARE(row.status, RecommendationStatus::Received);
        QCOMPARE(row.requestedOn, QDate(2026, 1, 10));
        QCOMPARE(row.completedOn, QDate(2026, 2, 1));
        QVERIFY2(row.excerpt.startsWith(QStringLiteral("Jo is careful. word0 word1")),
                 qPrintable(row.excerpt));
        QVERIFY(!row.excerpt.contains(QLatin1Char('\n')));
        QVERIFY(row.excerpt.size() <= 121);
        QVERIFY(row.excerpt.endsWith(QChar(0x2026)));

        Recommendation brief =
            received(person, QDate(2026, 3, 1), QStringLiteral("  Short\nand sweet. "));
        QVERIFY(store.create(brief).ok());
        QCOMPARE(store.list({}).value().at(0).excerpt, QStringLiteral("Short and sweet."));
    }

    void filtersNarrowTheList()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id sam = addPerson(fixture.db(), QStringLiteral("Sam Coworker"));
        const Id miriam = addPerson(fixture.db(), QStringLiteral("Miriam Okafor"));
        const Id fromSam =
            store.create(received(sam, QDate(2026, 1, 15), QStringLiteral("Great cataloguer.")))
                .value();
        Recommendation toMiriam =
            received(miriam, QDate(2026, 2, 15), QStringLiteral("Inspiring teacher."));
        toMiriam.direction = RecommendationDirection::Given;
        toMiriam.status = RecommendationStatus::Given;
        toMiriam.tags = {QStringLiteral("thanks")};
        const Id givenId = store.create(toMiriam).value();
        Recommendation pending = received(miriam, {}, {});
        pending.status = RecommendationStatus::Requested;
        const Id pendingId = store.create(pending).value();

        const auto found = [&](const RecommendationFilter &filter) {
            RecommendationQuery query;
            query.filter = filter;
            query.sort = RecommendationSort::Updated;
            query.order = Qt::AscendingOrder;
            return idsOf(store.list(query).value());
        };
        RecommendationFilter f;
        f.direction = RecommendationDirection::Given;
        QCOMPARE(found(f), QList<Id>{givenId});
        f = {};
        f.status = RecommendationStatus::Requested;
        QCOMPARE(found(f), QList<Id>{pendingId});
        f = {};
        f.personId = miriam;
        QCOMPARE(found(f), (QList<Id>{givenId, pendingId}));
        f = {};
        f.completedFrom = QDate(2026, 2, 1);
        QCOMPARE(found(f), QList<Id>{givenId});
        f = {};
        f.completedTo = QDate(2026, 1, 31);
        QCOMPARE(found(f), QList<Id>{fromSam});
        f = {};
        f.text = QStringLiteral("catalog");
        QCOMPARE(found(f), QList<Id>{fromSam});
        f.text = QStringLiteral("okafor"); // the person's name
        QCOMPARE(found(f), (QList<Id>{givenId, pendingId}));
        f = {};
        f.tags = {QStringLiteral("THANKS")};
        QCOMPARE(found(f), QList<Id>{givenId});
        f = {};
        f.ids = {fromSam, pendingId};
        QCOMPARE(found(f), (QList<Id>{fromSam, pendingId}));
        QCOMPARE(store.count(f).value(), qint64(2));
    }

    void sortsOrderTheList_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QList<int>>("ascending"); // positions in creation order
        QTest::newRow("person") << int(RecommendationSort::Person) << QList<int>{1, 2, 0};
        QTest::newRow("direction") << int(RecommendationSort::Direction) << QList<int>{2, 0, 1};
        QTest::newRow("status, by lifecycle")
            << int(RecommendationSort::Status) << QList<int>{1, 0, 2};
        QTest::newRow("requested") << int(RecommendationSort::Requested) << QList<int>{2, 0, 1};
        QTest::newRow("completed") << int(RecommendationSort::Completed) << QList<int>{1, 2, 0};
        QTest::newRow("last change") << int(RecommendationSort::Updated) << QList<int>{1, 2, 0};
    }

    void sortsOrderTheList()
    {
        QFETCH(int, sort);
        QFETCH(QList<int>, ascending);
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        int minutes = 0;
        const auto tick = [&] {
            ++minutes;
            fixture->setClock([minutes] { return TestDatabase::fixedNow().addSecs(60 * minutes); });
        };
        const auto add = [&](const QString &name, RecommendationDirection direction,
                             RecommendationStatus status, QDate requested, QDate completed) {
            Recommendation r = received(addPerson(fixture.db(), name), completed);
            r.direction = direction;
            r.status = status;
            r.requestedOn = requested;
            tick();
            return store.create(r).valueOr(0);
        };
        const QList<Id> ids = {
            add(QStringLiteral("Zed"), RecommendationDirection::Received,
                RecommendationStatus::Received, QDate(2025, 6, 1), QDate(2026, 3, 1)),
            add(QStringLiteral("adam"), RecommendationDirection::Received,
                RecommendationStatus::ToAsk, QDate(2025, 9, 1), QDate(2026, 1, 1)),
            add(QStringLiteral("Beth"), RecommendationDirection::Given,
                RecommendationStatus::Declined, QDate(2025, 1, 1), QDate(2026, 2, 1))};
        tick();
        QVERIFY(store.update(store.get(ids[0]).value()));

        QList<Id> expected;
        for (int position : ascending)
            expected.append(ids[position]);
        RecommendationQuery query;
        query.sort = RecommendationSort(sort);
        query.order = Qt::AscendingOrder;
        QCOMPARE(idsOf(store.list(query).value()), expected);
        query.order = Qt::DescendingOrder;
        std::reverse(expected.begin(), expected.end());
        QCOMPARE(idsOf(store.list(query).value()), expected); // ties break by id, reversed too
    }

    void positionIsTheRowInTheList_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("by person") << int(RecommendationSort::Person);
        QTest::newRow("by direction") << int(RecommendationSort::Direction);
        QTest::newRow("by status") << int(RecommendationSort::Status);
        QTest::newRow("by requested") << int(RecommendationSort::Requested);
        QTest::newRow("by completed") << int(RecommendationSort::Completed);
        QTest::newRow("by last change") << int(RecommendationSort::Updated);
    }

    void positionIsTheRowInTheList()
    {
        QFETCH(int, sort);
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id zed = addPerson(fixture.db(), QStringLiteral("Zed"));
        const Id adam = addPerson(fixture.db(), QStringLiteral("adam"));
        Recommendation given = received(adam, QDate(2026, 1, 1));
        given.direction = RecommendationDirection::Given;
        given.status = RecommendationStatus::Given;
        given.requestedOn = QDate(2025, 12, 1);
        const Id givenId = store.create(given).value();
        const Id fromZed = store.create(received(zed, QDate(2026, 2, 1))).value();
        QVERIFY(store.create(received(zed, {})).ok()); // undated, same person: ties
        QVERIFY(store.create(received(adam, QDate(2026, 2, 1))).ok());

        RecommendationQuery query;
        query.sort = RecommendationSort(sort);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            query.order = order;
            query.page = {1, 2}; // paging does not move a row
            RecommendationQuery everything = query;
            everything.page = {};
            const QList<Id> ids = idsOf(store.list(everything).value());
            QCOMPARE(ids.size(), 4);
            for (int row = 0; row < ids.size(); ++row)
                QCOMPARE(store.position(query, ids[row]).value(), std::optional<qint64>(row));
        }
        query.filter.direction = RecommendationDirection::Received;
        QCOMPARE(store.position(query, givenId).value(), std::optional<qint64>()); // filtered out
        QVERIFY(store.position(query, fromZed).value().has_value());
    }

    void pagesAreStable()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id person = addPerson(fixture.db(), QStringLiteral("Sam"));
        QList<Id> ids;
        for (int month = 1; month <= 5; ++month)
            ids.append(store.create(received(person, QDate(2025, month, 1))).value());
        RecommendationQuery query; // latest first
        query.page = {2, 2};
        QCOMPARE(idsOf(store.list(query).value()), (QList<Id>{ids[2], ids[1]}));
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        const Id person = addPerson(fixture.db(), QStringLiteral("Sam"));
        QSignalSpy spy(&fixture.db(), &Database::changed);
        const Id id = store.create(received(person, QDate(2026, 1, 1))).value();
        Recommendation r = store.get(id).value();
        QVERIFY(store.update(r));
        QVERIFY(store.remove(id));
        QCOMPARE(spy.count(), 3);
        const QList<ChangeType> types = {ChangeType::Inserted, ChangeType::Updated,
                                         ChangeType::Removed};
        for (int i = 0; i < 3; ++i) {
            const Change change = spy.at(i).at(0).value<Change>();
            QCOMPARE(change.kind, EntityKind::Recommendation);
            QCOMPARE(change.type, types[i]);
            QCOMPARE(change.ids, QList<Id>{id});
        }
    }

    // Delete rule: a recommendation goes with its person, and takes nothing with it.
    void deleteRules()
    {
        TestDatabase fixture;
        RecommendationStore store(fixture.db());
        PersonStore people(fixture.db());
        const Id sam = addPerson(fixture.db(), QStringLiteral("Sam"));
        const Id miriam = addPerson(fixture.db(), QStringLiteral("Miriam"));
        const Id fromSam = store.create(received(sam, QDate(2026, 1, 1))).value();
        const Id fromMiriam = store.create(received(miriam, QDate(2026, 1, 2))).value();

        QVERIFY(store.remove(fromMiriam));
        QVERIFY(people.get(miriam).ok());

        QVERIFY(people.remove(sam));
        QCOMPARE(store.get(fromSam).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.count({}).value(), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestRecommendationStore)
#include "tst_recommendationstore.moc"
