#include "support/TestDatabase.h"

#include "model/Validation.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
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
    return PersonStore(db).create(p).valueOr(0);
}

Id addEvent(Database &db, const QString &name)
{
    Event e;
    e.name = name;
    return EventStore(db).create(e).valueOr(0);
}

Interaction interaction(QDate date, QList<Id> people, const QString &summary = {})
{
    Interaction i;
    i.date = date;
    i.personIds = std::move(people);
    i.summary = summary;
    return i;
}

QDate lastContactOf(Database &db, Id personId)
{
    PersonQuery query;
    query.filter.ids = {personId};
    const QList<PersonSummary> rows = PersonStore(db).list(query).valueOr({});
    return rows.isEmpty() ? QDate() : rows.first().lastContact;
}

QList<Id> idsOf(const QList<InteractionSummary> &rows)
{
    QList<Id> ids;
    for (const InteractionSummary &row : rows)
        ids.append(row.id);
    return ids;
}

} // namespace

class TestInteractionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createThenGetKeepsEveryField()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"));
        const Id event = addEvent(fixture.db(), QStringLiteral("ALA Annual"));
        Interaction input =
            interaction(QDate(2026, 3, 2), {zoe, ada}, QStringLiteral("Coffee after the panel"));
        input.uid = QStringLiteral("followup-1@example.org");
        input.kind = InteractionKind::Event;
        input.eventId = event;
        input.followUpOn = QDate(2026, 3, 20);
        input.followUpDoneOn = QDate(2026, 3, 18);
        input.tags = {QStringLiteral("mentoring")};
        const Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        const Result<Interaction> read = store.get(*id);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->uid, input.uid);
        QCOMPARE(read->date, input.date);
        QCOMPARE(read->kind, input.kind);
        QCOMPARE(read->eventId, input.eventId);
        QCOMPARE(read->summary, input.summary);
        QCOMPARE(read->followUpOn, input.followUpOn);
        QCOMPARE(read->followUpDoneOn, input.followUpDoneOn);
        QCOMPARE(read->personIds, (QList<Id>{ada, zoe})); // by name
        QCOMPARE(read->tags, input.tags);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
        QVERIFY(!read->hasOpenFollowUp());
    }

    void eachPersonRowCopiesTheDate()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"));
        const Id id = store.create(interaction(QDate(2026, 2, 11), {zoe, ada, zoe})).value();
        Query q(fixture.db(),
                QStringLiteral("SELECT count(*) FROM interaction_person "
                               "WHERE interaction_id = ? AND occurred_on = '2026-02-11'"));
        q.bind(id);
        QCOMPARE(q.scalar().value(), qint64(2)); // a person listed twice took part once
    }

    void changingTheDateMovesTheLatestContact()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"));
        QVERIFY(store.create(interaction(QDate(2026, 1, 5), {zoe})).ok());
        const Id id = store.create(interaction(QDate(2026, 2, 1), {zoe, ada})).value();
        QCOMPARE(lastContactOf(fixture.db(), zoe), QDate(2026, 2, 1));

        Interaction moved = store.get(id).value();
        moved.date = QDate(2026, 3, 10);
        QVERIFY(store.update(moved));
        QCOMPARE(lastContactOf(fixture.db(), zoe), QDate(2026, 3, 10));
        QCOMPARE(lastContactOf(fixture.db(), ada), QDate(2026, 3, 10));

        moved.date = QDate(2025, 12, 24);
        moved.personIds = {zoe};
        QVERIFY(store.update(moved));
        QCOMPARE(lastContactOf(fixture.db(), zoe), QDate(2026, 1, 5));
        QVERIFY(!lastContactOf(fixture.db(), ada).isValid());
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("nobody took part") << QStringLiteral("people") << int(FieldProblem::Empty);
        QTest::newRow("no date") << QStringLiteral("date") << int(FieldProblem::Empty);
        QTest::newRow("done without a follow-up")
            << QStringLiteral("followUpDoneOn") << int(FieldProblem::OutOfRange);
        QTest::newRow("person who does not exist")
            << QStringLiteral("people[1]") << int(FieldProblem::MissingReference);
        QTest::newRow("event that does not exist")
            << QStringLiteral("event") << int(FieldProblem::MissingReference);
        QTest::newRow("empty tag") << QStringLiteral("tags[0]") << int(FieldProblem::Empty);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        Interaction i = interaction(QDate(2026, 3, 1), {zoe});
        if (field == QLatin1String("people"))
            i.personIds.clear();
        else if (field == QLatin1String("date"))
            i.date = QDate();
        else if (field == QLatin1String("followUpDoneOn"))
            i.followUpDoneOn = QDate(2026, 3, 2);
        else if (field == QLatin1String("people[1]"))
            i.personIds.append(zoe + 50);
        else if (field == QLatin1String("event"))
            i.eventId = 31;
        else if (field == QLatin1String("tags[0]"))
            i.tags = {QStringLiteral(" ")};

        const Result<Id> id = store.create(i);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Validation);
        QVERIFY2(id.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(id.errorMessage()));
        QCOMPARE(store.count({}).value(), qint64(0));
    }

    void unknownKindKeyIsNamed()
    {
        const std::optional<FieldError> error =
            validation::checkKey<InteractionKind>(QStringLiteral("kind"), QStringLiteral("lunch"));
        QVERIFY(error);
        QCOMPARE(error->field, QStringLiteral("kind"));
        QCOMPARE(error->problem, FieldProblem::UnknownValue);
        QVERIFY(
            !validation::checkKey<InteractionKind>(QStringLiteral("kind"), QStringLiteral("call")));
    }

    void missingInteractionsAreNotFound()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        QCOMPARE(store.get(5).error().code(), ErrorCode::NotFound);
        Interaction i = interaction(QDate(2026, 3, 1), {zoe});
        i.id = 5;
        QCOMPARE(store.update(i).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(5).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.markFollowUpDone(5, QDate(2026, 3, 1)).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.snoozeFollowUp(5, QDate(2026, 3, 1)).error().code(), ErrorCode::NotFound);
    }

    void summaryNamesPeopleAndEvent()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("ada"));
        const Id bob = addPerson(fixture.db(), QStringLiteral("Bob"));
        Interaction i = interaction(QDate(2026, 3, 2), {zoe, bob, ada}, QStringLiteral("Panel"));
        i.kind = InteractionKind::Event;
        i.eventId = addEvent(fixture.db(), QStringLiteral("ALA Annual"));
        i.followUpOn = QDate(2026, 3, 20);
        QVERIFY(store.create(i).ok());

        const QList<InteractionSummary> rows = store.list({}).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].people, QStringLiteral("ada, Bob, Zoë"));
        QCOMPARE(rows[0].event, QStringLiteral("ALA Annual"));
        QCOMPARE(rows[0].kind, InteractionKind::Event);
        QCOMPARE(rows[0].summary, QStringLiteral("Panel"));
        QCOMPARE(rows[0].date, QDate(2026, 3, 2));
        QCOMPARE(rows[0].followUpOn, QDate(2026, 3, 20));
        QVERIFY(!rows[0].followUpDoneOn.isValid());
    }

    void filtersNarrowTheList()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë Garcia"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada Lovelace"));
        const Id event = addEvent(fixture.db(), QStringLiteral("ALA Annual"));
        Interaction call = interaction(QDate(2026, 1, 10), {zoe}, QStringLiteral("Career advice"));
        call.kind = InteractionKind::Call;
        call.followUpOn = QDate(2026, 2, 1);
        const Id callId = store.create(call).value();
        Interaction met =
            interaction(QDate(2026, 2, 20), {ada, zoe}, QStringLiteral("Poster session"));
        met.eventId = event;
        met.tags = {QStringLiteral("conference")};
        const Id metId = store.create(met).value();
        Interaction mail = interaction(QDate(2026, 3, 5), {ada}, QStringLiteral("Sent the slides"));
        mail.kind = InteractionKind::Email;
        mail.followUpOn = QDate(2026, 3, 1);
        mail.followUpDoneOn = QDate(2026, 3, 2);
        const Id mailId = store.create(mail).value();

        const auto found = [&](const InteractionFilter &filter) {
            InteractionQuery query;
            query.filter = filter;
            query.order = Qt::AscendingOrder;
            return idsOf(store.list(query).value());
        };
        InteractionFilter f;
        f.kind = InteractionKind::Call;
        QCOMPARE(found(f), QList<Id>{callId});
        f = {};
        f.personId = ada;
        QCOMPARE(found(f), (QList<Id>{metId, mailId}));
        f = {};
        f.eventId = event;
        QCOMPARE(found(f), QList<Id>{metId});
        f = {};
        f.from = QDate(2026, 2, 20);
        QCOMPARE(found(f), (QList<Id>{metId, mailId}));
        f.to = QDate(2026, 3, 4);
        QCOMPARE(found(f), QList<Id>{metId});
        f = {};
        f.openFollowUpsOnly = true;
        QCOMPARE(found(f), QList<Id>{callId});
        f = {};
        f.text = QStringLiteral("slide");
        QCOMPARE(found(f), QList<Id>{mailId});
        f.text = QStringLiteral("lovel"); // a person's name
        QCOMPARE(found(f), (QList<Id>{metId, mailId}));
        f.text = QStringLiteral("()*");
        QCOMPARE(found(f), QList<Id>{});
        f = {};
        f.tags = {QStringLiteral("Conference")};
        QCOMPARE(found(f), QList<Id>{metId});
        f = {};
        f.ids = {callId, mailId};
        QCOMPARE(found(f), (QList<Id>{callId, mailId}));
        QCOMPARE(store.count(f).value(), qint64(2));
    }

    void sortsOrderTheList_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QList<int>>("ascending"); // positions in creation order
        QTest::newRow("date") << int(InteractionSort::Date) << QList<int>{1, 2, 0};
        QTest::newRow("kind, as listed") << int(InteractionSort::Kind) << QList<int>{2, 0, 1};
        QTest::newRow("follow-up, none last")
            << int(InteractionSort::FollowUp) << QList<int>{1, 0, 2};
        QTest::newRow("last change") << int(InteractionSort::Updated) << QList<int>{0, 2, 1};
    }

    void sortsOrderTheList()
    {
        QFETCH(int, sort);
        QFETCH(QList<int>, ascending);
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        int minutes = 0;
        const auto tick = [&] {
            ++minutes;
            fixture->setClock([minutes] { return TestDatabase::fixedNow().addSecs(60 * minutes); });
        };
        const auto add = [&](QDate date, InteractionKind kind, QDate followUp) {
            tick();
            Interaction i = interaction(date, {zoe});
            i.kind = kind;
            i.followUpOn = followUp;
            return store.create(i).valueOr(0);
        };
        const QList<Id> ids = {add(QDate(2026, 3, 1), InteractionKind::Call, QDate(2026, 4, 1)),
                               add(QDate(2026, 1, 1), InteractionKind::Email, QDate(2026, 3, 20)),
                               add(QDate(2026, 2, 1), InteractionKind::Met, {})};
        tick();
        QVERIFY(store.update(store.get(ids[1]).value()));

        QList<Id> expected;
        for (int position : ascending)
            expected.append(ids[position]);
        InteractionQuery query;
        query.sort = InteractionSort(sort);
        query.order = Qt::AscendingOrder;
        QCOMPARE(idsOf(store.list(query).value()), expected);

        query.order = Qt::DescendingOrder;
        std::reverse(expected.begin(), expected.end());
        if (query.sort == InteractionSort::FollowUp) // none stays last
            expected.move(0, expected.size() - 1);
        QCOMPARE(idsOf(store.list(query).value()), expected);
    }

    void pagesAreStable()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        QList<Id> ids;
        for (int day = 1; day <= 5; ++day)
            ids.append(store.create(interaction(QDate(2026, 1, day), {zoe})).value());
        InteractionQuery query; // newest first
        query.page = {1, 2};
        QCOMPARE(idsOf(store.list(query).value()), (QList<Id>{ids[3], ids[2]}));
        query.page = {4, 10};
        QCOMPARE(idsOf(store.list(query).value()), QList<Id>{ids[0]});
    }

    void positionMatchesTheListedRow_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<int>("order");
        for (const auto &[name, sort] :
             {std::pair{"date", InteractionSort::Date}, std::pair{"kind", InteractionSort::Kind},
              std::pair{"follow-up", InteractionSort::FollowUp},
              std::pair{"last change", InteractionSort::Updated}}) {
            QTest::addRow("%s ascending", name) << int(sort) << int(Qt::AscendingOrder);
            QTest::addRow("%s descending", name) << int(sort) << int(Qt::DescendingOrder);
        }
    }

    void positionMatchesTheListedRow()
    {
        QFETCH(int, sort);
        QFETCH(int, order);
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"));
        // The event's own kind column must not confuse the kind sort.
        const Id event = addEvent(fixture.db(), QStringLiteral("ALA Annual"));
        const InteractionKind kinds[] = {InteractionKind::Email, InteractionKind::Met,
                                         InteractionKind::Call, InteractionKind::Met};
        QList<Id> created;
        for (int n = 0; n < 4; ++n) {
            Interaction i = interaction(QDate(2026, 3, 1 + n % 2), {n == 3 ? ada : zoe});
            i.kind = kinds[n];
            i.eventId = n == 1 ? std::optional<Id>(event) : std::nullopt;
            i.followUpOn = n % 2 ? QDate(2026, 4, n) : QDate();
            created.append(store.create(i).valueOr(0));
        }
        InteractionQuery query;
        query.sort = InteractionSort(sort);
        query.order = Qt::SortOrder(order);
        query.filter.personId = zoe;
        const QList<Id> listed = idsOf(store.list(query).value());
        QCOMPARE(listed.size(), 3);
        for (qsizetype row = 0; row < listed.size(); ++row)
            QCOMPARE(store.position(query, listed[row]).value(), std::optional<qint64>(row));
        const Id adasOnly = created.last();
        QCOMPARE(store.position(query, adasOnly).value(), std::optional<qint64>()); // filtered out
        query.filter = {};
        QVERIFY(store.position(query, adasOnly).value().has_value());
    }

    void followUpsAreDoneOrSnoozed()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        Interaction i = interaction(QDate(2026, 3, 1), {zoe});
        i.followUpOn = QDate(2026, 3, 10);
        const Id id = store.create(i).value();
        const Id without = store.create(interaction(QDate(2026, 3, 2), {zoe})).value();
        InteractionFilter open;
        open.openFollowUpsOnly = true;

        Status status = store.markFollowUpDone(id, QDate());
        QVERIFY(
            status.error().hasFieldProblem(QStringLiteral("followUpDoneOn"), FieldProblem::Empty));
        status = store.markFollowUpDone(without, QDate(2026, 3, 2));
        QVERIFY(status.error().hasFieldProblem(QStringLiteral("followUpDoneOn"),
                                               FieldProblem::OutOfRange));
        status = store.snoozeFollowUp(id, QDate());
        QVERIFY(status.error().hasFieldProblem(QStringLiteral("followUpOn"), FieldProblem::Empty));
        QCOMPARE(store.count(open).value(), qint64(1));

        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.markFollowUpDone(id, QDate(2026, 3, 12)));
        QCOMPARE(store.get(id)->followUpDoneOn, QDate(2026, 3, 12));
        QCOMPARE(store.count(open).value(), qint64(0));

        QVERIFY(store.snoozeFollowUp(id, QDate(2026, 4, 1)));
        const Interaction snoozed = store.get(id).value();
        QCOMPARE(snoozed.followUpOn, QDate(2026, 4, 1));
        QVERIFY(snoozed.hasOpenFollowUp());
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<Change>().ids, QList<Id>{id});
    }

    void changesAnnounceTheInteractionAndItsPeople()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"));
        QSignalSpy spy(&fixture.db(), &Database::changed);
        const Id id = store.create(interaction(QDate(2026, 3, 1), {zoe})).value();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<Change>().kind, EntityKind::Interaction);
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Inserted);
        QCOMPARE(spy.at(1).at(0).value<Change>().kind, EntityKind::Person);
        QCOMPARE(spy.at(1).at(0).value<Change>().ids, QList<Id>{zoe});

        spy.clear();
        Interaction moved = store.get(id).value();
        moved.personIds = {ada};
        QVERIFY(store.update(moved));
        QCOMPARE(spy.at(1).at(0).value<Change>().ids,
                 (QList<Id>{zoe, ada})); // who left and who joined

        spy.clear();
        QVERIFY(store.remove(id));
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Removed);
        QCOMPARE(spy.at(1).at(0).value<Change>().ids, QList<Id>{ada});
    }

    // Delete rule: removing an interaction touches nobody.
    void removingAnInteractionKeepsItsPeople()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id id = store.create(interaction(QDate(2026, 3, 1), {zoe})).value();
        QVERIFY(store.remove(id));
        QCOMPARE(store.get(id).error().code(), ErrorCode::NotFound);
        QVERIFY(PersonStore(fixture.db()).get(zoe).ok());
        QVERIFY(!lastContactOf(fixture.db(), zoe).isValid());
    }

    // Delete rule: a shared interaction stays for the others; one left with nobody goes.
    void removingAPersonKeepsSharedInteractions()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        PersonStore people(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id ada = addPerson(fixture.db(), QStringLiteral("Ada"));
        const Id shared =
            store.create(interaction(QDate(2026, 3, 1), {zoe, ada}, QStringLiteral("Lunch")))
                .value();
        const Id alone =
            store.create(interaction(QDate(2026, 3, 2), {zoe}, QStringLiteral("Call"))).value();

        QVERIFY(people.remove(zoe));
        const Result<Interaction> kept = store.get(shared);
        QVERIFY(kept.ok());
        QCOMPARE(kept->personIds, QList<Id>{ada});
        QCOMPARE(kept->summary, QStringLiteral("Lunch"));
        QCOMPARE(store.get(alone).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.list({}).value().at(0).people, QStringLiteral("Ada"));
    }

    void bulkTagging()
    {
        TestDatabase fixture;
        InteractionStore store(fixture.db());
        const Id zoe = addPerson(fixture.db(), QStringLiteral("Zoë"));
        const Id a = store.create(interaction(QDate(2026, 3, 1), {zoe})).value();
        const Id b = store.create(interaction(QDate(2026, 3, 2), {zoe})).value();
        QVERIFY(store.addTag({a, b}, QStringLiteral("job search")));
        InteractionFilter filter;
        filter.tags = {QStringLiteral("Job Search")};
        QCOMPARE(store.count(filter).value(), qint64(2));
        QVERIFY(store.removeTag({a}, QStringLiteral("job search")));
        QCOMPARE(store.count(filter).value(), qint64(1));
        QCOMPARE(store.get(b)->tags, QStringList{QStringLiteral("job search")});
    }
};

QTEST_GUILESS_MAIN(TestInteractionStore)
#include "tst_interactionstore.moc"
