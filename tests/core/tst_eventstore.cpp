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

// Organizations are written directly so this test depends on the event store alone.
Id addOrganization(Database &db, const QString &name)
{
    Query q(db, QStringLiteral("INSERT INTO organization(name, kind, created_at, updated_at) "
                               "VALUES (?, 'association', ?, ?)"));
    q.bind(name).bind(db.timestamp()).bind(db.timestamp());
    return q.exec().ok() ? q.lastInsertId() : 0;
}

qint64 rowsOf(Database &db, const QString &table, Id eventId)
{
    Query q(db, QStringLiteral("SELECT count(*) FROM %1 WHERE event_id = ?").arg(table));
    q.bind(eventId);
    return q.scalar().valueOr(-1);
}

// A timed, in-person conference with every part filled in.
Event sampleEvent(Id organizerId, Id companionId, Id toMeetId)
{
    Event e;
    e.uid = QStringLiteral("ala-annual-2026@example.org");
    e.name = QStringLiteral("ALA Annual Conference");
    e.organizerId = organizerId;
    e.kind = EventKind::Conference;
    e.format = EventFormat::Hybrid;
    e.startDate = QDate(2026, 6, 25);
    e.startTime = QTime(8, 30);
    e.endDate = QDate(2026, 6, 30);
    e.endTime = QTime(17, 0);
    e.timeZone = QStringLiteral("America/Chicago");
    e.venue = QStringLiteral("McCormick Place");
    e.location = {QStringLiteral("Chicago"), QStringLiteral("IL"), QStringLiteral("USA")};
    e.url = QStringLiteral("https://2026.alaannual.org/");
    e.status = EventStatus::Registered;
    e.funding = FundingStatus::Approved;
    e.currency = QStringLiteral("USD");
    e.costs = {{CostCategory::Registration, 25000, 22500, FundingSource::Employer,
                QStringLiteral("early bird")},
               {CostCategory::Travel, 40000, std::nullopt, FundingSource::Self, {}},
               {CostCategory::Lodging, 60000, std::nullopt, FundingSource::Scholarship,
                QStringLiteral("shared room")}};
    e.deadlines = {
        {DeadlineKind::EarlyBird, QDate(2026, 3, 1), true, {}},
        {DeadlineKind::FundingRequest, QDate(2026, 4, 15), false, QStringLiteral("ask Pat")},
        {DeadlineKind::Lodging, QDate(2026, 5, 20), false, {}}};
    e.sessions = {{QStringLiteral("Federal library careers"),
                   QDateTime(QDate(2026, 6, 26), QTime(10, 30)), QStringLiteral("Room W183")},
                  {QStringLiteral("Poster session"), QDateTime(), {}}};
    e.participants = {{companionId, ParticipantRole::Companion, false},
                      {toMeetId, ParticipantRole::ToMeet, true}};
    e.tags = {QStringLiteral("conference"), QStringLiteral("ALA")};
    e.notes = QStringLiteral("First big conference.");
    e.reflection = QStringLiteral("Met three federal librarians.");
    return e;
}

QStringList namesOf(const QList<EventSummary> &rows)
{
    QStringList names;
    for (const EventSummary &row : rows)
        names.append(row.name);
    return names;
}

} // namespace

class TestEventStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timedEventKeepsEveryField()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        const Id ala =
            addOrganization(fixture.db(), QStringLiteral("American Library Association"));
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        const Id speaker = addPerson(fixture.db(), QStringLiteral("Ann Speaker"));
        const Event input = sampleEvent(ala, mentor, speaker);
        Result<Id> id = store.create(input);
        QVERIFY2(id.ok(), qPrintable(id.errorMessage()));

        Result<Event> read = store.get(*id);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QCOMPARE(read->id, *id);
        QCOMPARE(read->uid, input.uid);
        QCOMPARE(read->name, input.name);
        QCOMPARE(read->organizerId, input.organizerId);
        QCOMPARE(read->kind, input.kind);
        QCOMPARE(read->format, input.format);
        QCOMPARE(read->startDate, input.startDate);
        QCOMPARE(read->startTime, input.startTime);
        QCOMPARE(read->endDate, input.endDate);
        QCOMPARE(read->endTime, input.endTime);
        QCOMPARE(read->timeZone, input.timeZone);
        QVERIFY(!read->isAllDay());
        QCOMPARE(read->venue, input.venue);
        QCOMPARE(read->location, input.location);
        QCOMPARE(read->url, input.url);
        QCOMPARE(read->status, input.status);
        QCOMPARE(read->funding, input.funding);
        QCOMPARE(read->currency, input.currency);
        QCOMPARE(read->costs, input.costs);
        QCOMPARE(read->deadlines, input.deadlines);
        QCOMPARE(read->sessions, input.sessions);
        QCOMPARE(read->participants, input.participants);
        QCOMPARE(read->tags, (QStringList{QStringLiteral("ALA"), QStringLiteral("conference")}));
        QCOMPARE(read->notes, input.notes);
        QCOMPARE(read->reflection, input.reflection);
        QCOMPARE(read->timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read->plannedTotalCents(), qint64(125000));
        QCOMPARE(read->actualTotalCents(), qint64(22500));
    }

    void allDayEventHasNoTimes()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        Event e;
        e.name = QStringLiteral("State library day");
        e.kind = EventKind::Meeting;
        e.startDate = QDate(2026, 4, 10);
        const Id id = store.create(e).value();
        const Event read = store.get(id).value();
        QVERIFY(read.isAllDay());
        QVERIFY(!read.startTime.isValid());
        QVERIFY(!read.endTime.isValid());
        QVERIFY(!read.endDate.isValid());
        QVERIFY(!read.organizerId);
        QVERIFY(read.costs.isEmpty() && read.deadlines.isEmpty() && read.sessions.isEmpty());
        QCOMPARE(read.kind, EventKind::Meeting);
    }

    void updateReplacesTheListsInTheirNewOrder()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        const Id speaker = addPerson(fixture.db(), QStringLiteral("Ann Speaker"));
        const Id id = store
                          .create(sampleEvent(addOrganization(fixture.db(), QStringLiteral("ALA")),
                                              mentor, speaker))
                          .value();
        Event e = store.get(id).value();
        std::reverse(e.costs.begin(), e.costs.end());
        e.deadlines.removeFirst();
        e.sessions = {{QStringLiteral("Keynote"), QDateTime(QDate(2026, 6, 25), QTime(9, 0)), {}}};
        e.participants = {{speaker, ParticipantRole::ToMeet, false}};
        e.tags = {QStringLiteral("federal")};
        e.organizerId.reset();
        fixture->setClock([] { return TestDatabase::fixedNow().addDays(1); });
        QVERIFY(store.update(e));

        const Event read = store.get(id).value();
        QCOMPARE(read.costs, e.costs);
        QCOMPARE(read.costs.first().category, CostCategory::Lodging);
        QCOMPARE(read.deadlines, e.deadlines);
        QCOMPARE(read.sessions, e.sessions);
        QCOMPARE(read.participants, e.participants);
        QCOMPARE(read.tags, e.tags);
        QVERIFY(!read.organizerId);
        QCOMPARE(read.timestamps.createdAt, TestDatabase::fixedNow());
        QCOMPARE(read.timestamps.updatedAt, TestDatabase::fixedNow().addDays(1));
        QCOMPARE(rowsOf(fixture.db(), QStringLiteral("event_cost"), id), qint64(3));
        QCOMPARE(rowsOf(fixture.db(), QStringLiteral("event_deadline"), id), qint64(2));
        QCOMPARE(rowsOf(fixture.db(), QStringLiteral("event_participant"), id), qint64(1));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::newRow("empty name") << QStringLiteral("name") << int(FieldProblem::Empty);
        QTest::newRow("ends before it starts")
            << QStringLiteral("endDate") << int(FieldProblem::EndBeforeStart);
        QTest::newRow("same day, ends earlier")
            << QStringLiteral("endTime") << int(FieldProblem::EndBeforeStart);
        QTest::newRow("negative planned cost")
            << QStringLiteral("costs[1].planned") << int(FieldProblem::Negative);
        QTest::newRow("negative actual cost")
            << QStringLiteral("costs[0].actual") << int(FieldProblem::Negative);
        QTest::newRow("malformed URL") << QStringLiteral("url") << int(FieldProblem::Malformed);
        QTest::newRow("malformed currency")
            << QStringLiteral("currency") << int(FieldProblem::Malformed);
        QTest::newRow("deadline without date")
            << QStringLiteral("deadlines[2].due") << int(FieldProblem::Empty);
        QTest::newRow("untitled session")
            << QStringLiteral("sessions[0].title") << int(FieldProblem::Empty);
        QTest::newRow("participant who does not exist")
            << QStringLiteral("participants[1]") << int(FieldProblem::MissingReference);
        QTest::newRow("organizer that does not exist")
            << QStringLiteral("organizer") << int(FieldProblem::MissingReference);
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        QFETCH(int, problem);
        TestDatabase fixture;
        EventStore store(fixture.db());
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        Event e = sampleEvent(addOrganization(fixture.db(), QStringLiteral("ALA")), mentor, mentor);
        if (field == QLatin1String("name")) {
            e.name = QStringLiteral("  ");
        } else if (field == QLatin1String("endDate")) {
            e.endDate = e.startDate.addDays(-1);
        } else if (field == QLatin1String("endTime")) {
            e.endDate = e.startDate;
            e.endTime = e.startTime.addSecs(-3600);
        } else if (field == QLatin1String("costs[1].planned")) {
            e.costs[1].plannedCents = -1;
        } else if (field == QLatin1String("costs[0].actual")) {
            e.costs[0].actualCents = -500;
        } else if (field == QLatin1String("url")) {
            e.url = QStringLiteral("alaannual.org");
        } else if (field == QLatin1String("currency")) {
            e.currency = QStringLiteral("usd");
        } else if (field == QLatin1String("deadlines[2].due")) {
            e.deadlines[2].due = QDate();
        } else if (field == QLatin1String("sessions[0].title")) {
            e.sessions[0].title.clear();
        } else if (field == QLatin1String("participants[1]")) {
            e.participants[1].personId = mentor + 100;
        } else if (field == QLatin1String("organizer")) {
            e.organizerId = 9999;
        }

        Result<Id> id = store.create(e);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code(), ErrorCode::Validation);
        QVERIFY2(id.error().hasFieldProblem(field, FieldProblem(problem)),
                 qPrintable(id.errorMessage()));
        QCOMPARE(store.count({}).value(), qint64(0));
    }

    void unknownEnumKeysAreNamed()
    {
        const std::optional<FieldError> unknown =
            validation::checkKey<EventStatus>(QStringLiteral("status"), QStringLiteral("maybe"));
        QVERIFY(unknown);
        QCOMPARE(unknown->field, QStringLiteral("status"));
        QCOMPARE(unknown->problem, FieldProblem::UnknownValue);
        QVERIFY(unknown->message.contains(QStringLiteral("registered")));
        QVERIFY(!validation::checkKey<CostCategory>(QStringLiteral("costs[0].category"),
                                                    QStringLiteral("lodging")));
    }

    void missingEventsAreNotFound()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        QCOMPARE(store.get(77).error().code(), ErrorCode::NotFound);
        Event e;
        e.id = 77;
        e.name = QStringLiteral("Gone");
        QCOMPARE(store.update(e).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.remove(77).error().code(), ErrorCode::NotFound);
        QCOMPARE(store.setDeadlineDone(77, 0, true).error().code(), ErrorCode::NotFound);
    }

    void summaryTotalsCostsAndFindsTheNextDeadline()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        const Id id = store
                          .create(sampleEvent(addOrganization(fixture.db(), QStringLiteral("ALA")),
                                              mentor, mentor))
                          .value();
        Event online;
        online.name = QStringLiteral("Webinar");
        online.venue = QStringLiteral("Zoom");
        QVERIFY(store.create(online).ok());

        EventQuery query;
        query.sort = EventSort::Name;
        const QList<EventSummary> rows = store.list(query).value();
        QCOMPARE(rows.size(), 2);
        const EventSummary &row = rows[0];
        QCOMPARE(row.id, id);
        QCOMPARE(row.organizer, QStringLiteral("ALA"));
        QCOMPARE(row.location, QStringLiteral("Chicago, IL, USA"));
        QCOMPARE(row.plannedCents, qint64(125000));
        QCOMPARE(row.actualCents, qint64(22500));
        QCOMPARE(row.currency, QStringLiteral("USD"));
        QCOMPARE(row.status, EventStatus::Registered);
        QCOMPARE(row.format, EventFormat::Hybrid);
        QCOMPARE(row.startDate, QDate(2026, 6, 25));
        QCOMPARE(row.endDate, QDate(2026, 6, 30));
        QCOMPARE(row.nextDeadline, QDate(2026, 4, 15)); // the early-bird one is done
        QCOMPARE(rows[1].location, QStringLiteral("Zoom"));
        QCOMPARE(rows[1].plannedCents, qint64(0));
        QVERIFY(!rows[1].nextDeadline.isValid());
    }

    void deadlinesAreTickedOffByPosition()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        const Id id = store
                          .create(sampleEvent(addOrganization(fixture.db(), QStringLiteral("ALA")),
                                              mentor, mentor))
                          .value();
        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.setDeadlineDone(id, 1, true));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().type, ChangeType::Updated);

        const Event read = store.get(id).value();
        QCOMPARE(read.deadlines[0].done, true);
        QCOMPARE(read.deadlines[1].done, true);
        QCOMPARE(read.deadlines[2].done, false);
        QCOMPARE(store.list({}).value().at(0).nextDeadline, QDate(2026, 5, 20));

        QVERIFY(store.setDeadlineDone(id, 0, false));
        QCOMPARE(store.list({}).value().at(0).nextDeadline, QDate(2026, 3, 1));
        QCOMPARE(store.setDeadlineDone(id, 3, true).error().code(), ErrorCode::NotFound);
    }

    void dateRangeFindsOverlappingEvents_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("from only: running and later")
            << QDate(2026, 5, 2) << QDate()
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
        QTest::newRow("to only: started by then")
            << QDate() << QDate(2026, 5, 1) << QStringList{QStringLiteral("A")};
        QTest::newRow("range touching the last day")
            << QDate(2026, 5, 3) << QDate(2026, 5, 9) << QStringList{QStringLiteral("A")};
        QTest::newRow("one-day event on the day")
            << QDate(2026, 5, 10) << QDate(2026, 5, 10) << QStringList{QStringLiteral("B")};
        QTest::newRow("range inside a multi-day event")
            << QDate(2026, 6, 2) << QDate(2026, 6, 3) << QStringList{QStringLiteral("C")};
        QTest::newRow("range in a gap") << QDate(2026, 5, 4) << QDate(2026, 5, 9) << QStringList{};
    }

    void dateRangeFindsOverlappingEvents()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, expected);
        TestDatabase fixture;
        EventStore store(fixture.db());
        const auto add = [&](const char *name, QDate start, QDate end) {
            Event e;
            e.name = QString::fromLatin1(name);
            e.startDate = start;
            e.endDate = end;
            QVERIFY(store.create(e).ok());
        };
        add("A", QDate(2026, 5, 1), QDate(2026, 5, 3));
        add("B", QDate(2026, 5, 10), {});
        add("C", QDate(2026, 6, 1), QDate(2026, 6, 5));
        add("D undated", {}, {});

        EventQuery query;
        query.filter.from = from;
        query.filter.to = to;
        QCOMPARE(namesOf(store.list(query).value()), expected);
        QCOMPARE(store.count(query.filter).value(), qint64(expected.size()));
    }

    void filtersNarrowTheList()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        const Id ala = addOrganization(fixture.db(), QStringLiteral("ALA"));
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        const Id stranger = addPerson(fixture.db(), QStringLiteral("Sam Stranger"));
        const Id annual = store.create(sampleEvent(ala, mentor, mentor)).value();
        Event webinar;
        webinar.name = QStringLiteral("Grant writing webinar");
        webinar.kind = EventKind::Webinar;
        webinar.status = EventStatus::Considering;
        webinar.tags = {QStringLiteral("online")};
        const Id online = store.create(webinar).value();

        const auto ids = [&](const EventFilter &filter) {
            const QList<EventSummary> rows =
                store.list({filter, EventSort::Name, Qt::AscendingOrder, {}}).value();
            QList<Id> found;
            for (const EventSummary &row : rows)
                found.append(row.id);
            return found;
        };
        EventFilter f;
        f.status = EventStatus::Registered;
        QCOMPARE(ids(f), QList<Id>{annual});
        f = {};
        f.kind = EventKind::Webinar;
        QCOMPARE(ids(f), QList<Id>{online});
        f = {};
        f.organizerId = ala;
        QCOMPARE(ids(f), QList<Id>{annual});
        f = {};
        f.participantId = mentor;
        QCOMPARE(ids(f), QList<Id>{annual});
        f.participantId = stranger;
        QCOMPARE(ids(f), QList<Id>{});
        f = {};
        f.text = QStringLiteral("mccormick"); // venue
        QCOMPARE(ids(f), QList<Id>{annual});
        f.text = QStringLiteral("federal careers"); // a session title
        QCOMPARE(ids(f), QList<Id>{annual});
        f = {};
        f.tags = {QStringLiteral("ONLINE")};
        QCOMPARE(ids(f), QList<Id>{online});
        f = {};
        f.ids = {online};
        QCOMPARE(ids(f), QList<Id>{online});
    }

    void sortsOrderTheList_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<QStringList>("ascending");
        const auto list = [](std::initializer_list<const char *> names) {
            QStringList result;
            for (const char *name : names)
                result.append(QString::fromLatin1(name));
            return result;
        };
        QTest::newRow("start, undated last")
            << int(EventSort::Start) << list({"alpha", "Delta", "Beta", "Gamma"});
        QTest::newRow("name, ignoring case")
            << int(EventSort::Name) << list({"alpha", "Beta", "Delta", "Gamma"});
        QTest::newRow("status, by lifecycle")
            << int(EventSort::Status) << list({"Gamma", "Beta", "Delta", "alpha"});
        QTest::newRow("planned cost")
            << int(EventSort::PlannedCost) << list({"alpha", "Delta", "Beta", "Gamma"});
        QTest::newRow("last change")
            << int(EventSort::Updated) << list({"Beta", "Gamma", "Delta", "alpha"});
    }

    void sortsOrderTheList()
    {
        QFETCH(int, sort);
        QFETCH(QStringList, ascending);
        TestDatabase fixture;
        EventStore store(fixture.db());
        int minutes = 0;
        const auto tick = [&] {
            ++minutes;
            fixture->setClock([minutes] { return TestDatabase::fixedNow().addSecs(60 * minutes); });
        };
        const auto add = [&](const char *name, EventStatus status, qint64 planned, QDate start) {
            tick();
            Event e;
            e.name = QString::fromLatin1(name);
            e.status = status;
            e.startDate = start;
            e.costs = {
                {CostCategory::Registration, planned, std::nullopt, FundingSource::Self, {}}};
            return store.create(e).valueOr(0);
        };
        add("Beta", EventStatus::Planned, 500, QDate(2026, 7, 1));
        const Id alpha = add("alpha", EventStatus::Attended, 100, QDate(2026, 2, 1));
        add("Gamma", EventStatus::Considering, 900, {});
        add("Delta", EventStatus::Registered, 300, QDate(2026, 4, 1));
        tick();
        QVERIFY(store.update(store.get(alpha).value()));

        EventQuery query;
        query.sort = EventSort(sort);
        QCOMPARE(namesOf(store.list(query).value()), ascending);
        query.order = Qt::DescendingOrder;
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());
        if (query.sort == EventSort::Start) // undated stays last
            descending.move(0, descending.size() - 1);
        QCOMPARE(namesOf(store.list(query).value()), descending);
    }

    void positionIsTheRowInTheList_data()
    {
        QTest::addColumn<int>("sort");
        QTest::newRow("by start") << int(EventSort::Start);
        QTest::newRow("by name") << int(EventSort::Name);
        QTest::newRow("by status") << int(EventSort::Status);
        QTest::newRow("by planned cost") << int(EventSort::PlannedCost);
        QTest::newRow("by last change") << int(EventSort::Updated);
    }

    void positionIsTheRowInTheList()
    {
        QFETCH(int, sort);
        TestDatabase fixture;
        EventStore store(fixture.db());
        const auto add = [&](const char *name, EventStatus status, qint64 planned, QDate start) {
            Event e;
            e.name = QString::fromLatin1(name);
            e.status = status;
            e.startDate = start;
            e.costs = {
                {CostCategory::Registration, planned, std::nullopt, FundingSource::Self, {}}};
            return store.create(e).valueOr(0);
        };
        const Id beta = add("Beta", EventStatus::Planned, 500, QDate(2026, 7, 1));
        const Id alpha = add("alpha", EventStatus::Attended, 100, QDate(2026, 2, 1));
        add("Gamma", EventStatus::Considering, 500, {});            // ties with Beta on cost
        add("Delta", EventStatus::Planned, 300, QDate(2026, 4, 1)); // ties with Beta on status

        EventQuery query;
        query.sort = EventSort(sort);
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            query.order = order;
            query.page = {1, 2}; // paging does not move a row
            EventQuery everything = query;
            everything.page = {};
            const QList<EventSummary> rows = store.list(everything).value();
            QCOMPARE(rows.size(), 4);
            for (int row = 0; row < rows.size(); ++row)
                QCOMPARE(store.position(query, rows[row].id).value(), std::optional<qint64>(row));
        }
        query.filter.status = EventStatus::Planned;
        QCOMPARE(store.position(query, alpha).value(), std::optional<qint64>()); // filtered out
        QVERIFY(store.position(query, beta).value().has_value());
        QCOMPARE(store.position(query, 9999).value(), std::optional<qint64>());
    }

    void pagesAreStable()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        for (int day = 1; day <= 7; ++day) {
            Event e;
            e.name = QStringLiteral("Meetup %1").arg(day);
            e.kind = EventKind::Meetup;
            e.startDate = QDate(2026, 9, day);
            QVERIFY(store.create(e).ok());
        }
        EventQuery query;
        query.page = {3, 2};
        QCOMPARE(namesOf(store.list(query).value()),
                 (QStringList{QStringLiteral("Meetup 4"), QStringLiteral("Meetup 5")}));
        query.page = {6, 5};
        QCOMPARE(namesOf(store.list(query).value()), QStringList{QStringLiteral("Meetup 7")});
        QCOMPARE(store.count({}).value(), qint64(7));
    }

    void bulkTagging()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        Event a;
        a.name = QStringLiteral("A");
        Event b;
        b.name = QStringLiteral("B");
        const Id ida = store.create(a).value();
        const Id idb = store.create(b).value();
        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.addTag({ida, idb}, QStringLiteral("2026 plan")));
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, (QList<Id>{ida, idb}));
        EventFilter filter;
        filter.tags = {QStringLiteral("2026 Plan")};
        QCOMPARE(store.count(filter).value(), qint64(2));
        QVERIFY(store.removeTag({idb}, QStringLiteral("2026 plan")));
        QCOMPARE(store.count(filter).value(), qint64(1));
    }

    void changesAreAnnounced()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        QSignalSpy spy(&fixture.db(), &Database::changed);
        Event e;
        e.name = QStringLiteral("Workshop");
        const Id id = store.create(e).value();
        e.id = id;
        QVERIFY(store.update(e));
        QCOMPARE(spy.count(), 2);
        const Change inserted = spy.at(0).at(0).value<Change>();
        const Change updated = spy.at(1).at(0).value<Change>();
        QCOMPARE(inserted.kind, EntityKind::Event);
        QCOMPARE(inserted.type, ChangeType::Inserted);
        QCOMPARE(inserted.ids, QList<Id>{id});
        QCOMPARE(updated.type, ChangeType::Updated);
    }

    // Delete rule: the event's own lists go; people, interactions at it and people met
    // there stay with the event cleared.
    void removingAnEventKeepsPeopleAndInteractions()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        PersonStore people(fixture.db());
        InteractionStore interactions(fixture.db());
        const Id mentor = addPerson(fixture.db(), QStringLiteral("Pat Mentor"));
        const Id id = store
                          .create(sampleEvent(addOrganization(fixture.db(), QStringLiteral("ALA")),
                                              mentor, mentor))
                          .value();
        Person metThere;
        metThere.displayName = QStringLiteral("Lee Federal");
        metThere.metAtEventId = id;
        const Id lee = people.create(metThere).value();
        Interaction talk;
        talk.date = QDate(2026, 6, 26);
        talk.kind = InteractionKind::Event;
        talk.personIds = {lee};
        talk.eventId = id;
        talk.summary = QStringLiteral("Talked about federal jobs");
        const Id talkId = interactions.create(talk).value();

        QSignalSpy spy(&fixture.db(), &Database::changed);
        QVERIFY(store.remove(id));
        QCOMPARE(store.get(id).error().code(), ErrorCode::NotFound);
        for (const char *table :
             {"event_cost", "event_deadline", "event_session", "event_participant", "event_tag"})
            QCOMPARE(rowsOf(fixture.db(), QString::fromLatin1(table), id), qint64(0));

        const Interaction kept = interactions.get(talkId).value();
        QVERIFY(!kept.eventId);
        QCOMPARE(kept.summary, talk.summary);
        QCOMPARE(kept.personIds, QList<Id>{lee});
        const Person keptPerson = people.get(lee).value();
        QVERIFY(!keptPerson.metAtEventId);
        QVERIFY(people.get(mentor).ok());

        QCOMPARE(spy.count(), 3);
        const Change removed = spy.at(0).at(0).value<Change>();
        QCOMPARE(removed.kind, EntityKind::Event);
        QCOMPARE(removed.type, ChangeType::Removed);
        QCOMPARE(removed.ids, QList<Id>{id});
        QCOMPARE(spy.at(1).at(0).value<Change>().kind, EntityKind::Interaction);
        QCOMPARE(spy.at(1).at(0).value<Change>().type, ChangeType::Reset);
        QCOMPARE(spy.at(2).at(0).value<Change>().kind, EntityKind::Person);
        QCOMPARE(spy.at(2).at(0).value<Change>().type, ChangeType::Reset);
    }

    void removingManyIsAllOrNothing()
    {
        TestDatabase fixture;
        EventStore store(fixture.db());
        Event e;
        e.name = QStringLiteral("Keep me");
        const Id id = store.create(e).value();
        Status status = store.remove(QList<Id>{id, id + 1});
        QCOMPARE(status.error().code(), ErrorCode::NotFound);
        QVERIFY(store.get(id).ok());
    }
};

QTEST_GUILESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
