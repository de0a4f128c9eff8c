#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "insights/Dashboard.h"
#include "interchange/DuplicateFinder.h"
#include "interchange/backup/Backup.h"
#include "storage/BulkWriter.h"
#include "storage/ChangeRecorder.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Tags and groups that set a cadence, people who inherit it or have their own, an
// introduction, a snooze, interactions across months and kinds.
const char *const fixture = R"sql(
INSERT INTO tag(id, name, cadence_days) VALUES (1, 'mentor', 30), (2, 'friend', 90), (3, 'plain', NULL);
INSERT INTO online_group(id, name, cadence_days, created_at, updated_at) VALUES
  (1, 'Weekly', 7, 'x', 'x'), (2, 'Quiet', NULL, 'x', 'x');
INSERT INTO event(id, name, start_date, status, created_at, updated_at) VALUES
  (1, 'Conference', '2025-09-01', 'attended', 'x', 'x');
INSERT INTO person(id, display_name, known_since, origin, cadence_days, met_at_event_id, met_in_group_id, introduced_by_id, contact_snoozed_until, created_at, updated_at) VALUES
  (1, 'Own cadence',       '2025-01-10', 'manual',   14,   NULL, NULL, NULL, NULL,         'x', 'x'),
  (2, 'Mentor and friend', '2025-02-10', 'linkedin', NULL, 1,    NULL, NULL, NULL,         'x', 'x'),
  (3, 'Weekly group',      '2025-02-20', 'vcard',    NULL, NULL, 1,    NULL, '2026-04-01', 'x', 'x'),
  (4, 'Introduced',        '2025-03-05', 'manual',   NULL, NULL, NULL, 1,    NULL,         'x', 'x'),
  (5, 'Untracked',         '2026-03-01', 'csv',      NULL, NULL, 2,    NULL, NULL,         'x', 'x');
INSERT INTO person_tag(person_id, tag_id) VALUES (2, 1), (2, 2), (4, 3), (5, 3);
INSERT INTO group_member(group_id, person_id) VALUES (1, 3), (2, 5), (1, 1);
INSERT INTO interaction(id, occurred_on, kind, created_at, updated_at) VALUES
  (1, '2026-03-01', 'call', 'x', 'x'),
  (2, '2026-02-14', 'email', 'x', 'x'),
  (3, '2026-02-13', 'email', 'x', 'x'),
  (4, '2025-12-31', 'met', 'x', 'x');
INSERT INTO interaction_person(interaction_id, person_id, occurred_on) VALUES
  (1, 1, '2026-03-01'), (2, 2, '2026-02-14'), (3, 2, '2026-02-13'), (3, 4, '2026-02-13'),
  (4, 3, '2025-12-31');
)sql";

// The dashboard's figures as they were computed before the tallies, from the records alone.
const char *const recountedInteractions =
    "SELECT group_concat(month || ' ' || kind || ' ' || n, ', ') FROM ("
    " SELECT substr(occurred_on, 1, 7) AS month, kind, count(*) AS n FROM interaction"
    " GROUP BY 1, 2 ORDER BY 1, 2)";
const char *const talliedInteractions =
    "SELECT group_concat(month || ' ' || kind || ' ' || interactions, ', ') FROM ("
    " SELECT * FROM derived_interaction_month ORDER BY month, kind)";
const char *const recountedMonths =
    "SELECT group_concat(month || ' ' || n, ', ') FROM ("
    " SELECT substr(known_since, 1, 7) AS month, count(*) AS n FROM person GROUP BY 1 ORDER BY 1)";
const char *const talliedMonths = "SELECT group_concat(month || ' ' || people, ', ') FROM ("
                                  " SELECT * FROM derived_person_month ORDER BY month)";
const char *const recountedSources =
    "SELECT group_concat(source || ' ' || n, ', ') FROM (SELECT source, count(*) AS n FROM ("
    " SELECT CASE WHEN met_at_event_id IS NOT NULL THEN 'event'"
    "  WHEN met_in_group_id IS NOT NULL THEN 'group'"
    "  WHEN introduced_by_id IS NOT NULL THEN 'introduced'"
    "  WHEN origin IN ('linkedin', 'vcard', 'csv') THEN 'imported' ELSE 'other' END AS source"
    " FROM person) GROUP BY source ORDER BY source)";
const char *const talliedSources = "SELECT group_concat(source || ' ' || people, ', ') FROM ("
                                   " SELECT * FROM derived_person_source ORDER BY source)";
// The keep-in-touch schedule as the agenda computed it before schema step 6.
const char *const recountedSchedule =
    "WITH candidate(person_id, inherited) AS ("
    " SELECT person_id, min(cadence) FROM ("
    "  SELECT id AS person_id, NULL AS cadence FROM person WHERE cadence_days IS NOT NULL"
    "  UNION ALL SELECT pt.person_id, t.cadence_days FROM tag t"
    "  JOIN person_tag pt ON pt.tag_id = t.id WHERE t.cadence_days IS NOT NULL"
    "  UNION ALL SELECT gm.person_id, g.cadence_days FROM online_group g"
    "  JOIN group_member gm ON gm.group_id = g.id WHERE g.cadence_days IS NOT NULL)"
    " GROUP BY person_id), "
    "scheduled AS (SELECT p.id, coalesce(p.cadence_days, c.inherited) AS cadence,"
    " date(max(julianday(coalesce(p.last_contact_on, p.known_since))"
    "  + coalesce(p.cadence_days, c.inherited),"
    "  coalesce(julianday(p.contact_snoozed_until), 0))) AS due"
    " FROM candidate c JOIN person p ON p.id = c.person_id ORDER BY p.id) "
    "SELECT group_concat(id || ' ' || cadence || ' ' || due, ', ') FROM scheduled";
const char *const keptSchedule =
    "SELECT group_concat(person_id || ' ' || cadence_days || ' ' || due, ', ') "
    "FROM (SELECT * FROM derived_keep_in_touch ORDER BY person_id)";

QString text(Database &db, const char *statement)
{
    Query query(db, QString::fromLatin1(statement));
    if (Status status = query.exec(); !status)
        return QStringLiteral("<%1>").arg(status.errorMessage());
    return query.next() ? query.string(0) : QStringLiteral("<no row>");
}

qint64 scalar(Database &db, const char *statement)
{
    Query query(db, QString::fromLatin1(statement));
    return query.scalar().valueOr(-1);
}

void exec(Database &db, const QString &statements)
{
    const QString error = executeScript(db, statements.toUtf8());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

} // namespace

// The tallies and the keep-in-touch days of schema step 6 must always equal what counting
// the records gives, whatever changes them: edits, cascades, imports, merges, restores, undo.
class TestDerivedTables : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_fixture;
    Database &db() { return m_fixture->db(); }

    static void verifyExact(Database &db)
    {
        QCOMPARE(text(db, talliedInteractions), text(db, recountedInteractions));
        QCOMPARE(text(db, talliedMonths), text(db, recountedMonths));
        QCOMPARE(text(db, talliedSources), text(db, recountedSources));
        QCOMPARE(text(db, keptSchedule), text(db, recountedSchedule));
        QCOMPARE(
            scalar(db, "SELECT count(*) FROM derived_interaction_month WHERE interactions < 1"),
            qint64(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM derived_person_month WHERE people < 1"),
                 qint64(0));
        QCOMPARE(scalar(db, "SELECT count(*) FROM derived_person_source WHERE people < 1"),
                 qint64(0));
    }

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        exec(db(), QString::fromLatin1(fixture));
    }

    void fixtureIsCountedByHand()
    {
        QCOMPARE(text(db(), talliedInteractions),
                 QStringLiteral("2025-12 met 1, 2026-02 email 2, 2026-03 call 1"));
        QCOMPARE(text(db(), talliedMonths),
                 QStringLiteral("2025-01 1, 2025-02 2, 2025-03 1, 2026-03 1"));
        QCOMPARE(text(db(), talliedSources),
                 QStringLiteral("event 1, group 2, introduced 1, other 1"));
        // 1: own 14 days (not the group's 7) from 2026-03-01; 2: mentor's 30 from 2026-02-14;
        // 3: the group's 7 from 2025-12-31, snoozed until 2026-04-01; 4 and 5: no cadence.
        QCOMPARE(text(db(), keptSchedule),
                 QStringLiteral("1 14 2026-03-15, 2 30 2026-03-16, 3 7 2026-04-01"));
        verifyExact(db());
    }

    void editsKeepThemExact_data()
    {
        QTest::addColumn<QString>("statements");
        QTest::addRow("an interaction moves to another month")
            << "UPDATE interaction SET occurred_on = '2026-01-20' WHERE id = 2;";
        QTest::addRow("an interaction changes kind")
            << "UPDATE interaction SET kind = 'social' WHERE id = 3;";
        QTest::addRow("the last interaction of a month and kind goes")
            << "DELETE FROM interaction WHERE id = 4;";
        QTest::addRow("an interaction is added to an existing month")
            << "INSERT INTO interaction(id, occurred_on, kind, created_at, updated_at) "
               "VALUES (9, '2026-02-01', 'email', 'x', 'x');"
               "INSERT INTO interaction_person VALUES (9, 4, '2026-02-01');";
        QTest::addRow("a later contact resets the clock")
            << "INSERT INTO interaction_person VALUES (1, 2, '2026-03-01');";
        QTest::addRow("the latest contact is taken back")
            << "DELETE FROM interaction_person WHERE interaction_id = 2 AND person_id = 2;";
        QTest::addRow("a person joins in another month")
            << "UPDATE person SET known_since = '2024-12-31' WHERE id = 4;";
        QTest::addRow("a person's own cadence is set and cleared")
            << "UPDATE person SET cadence_days = 3 WHERE id = 4;"
               "UPDATE person SET cadence_days = NULL WHERE id = 1;";
        QTest::addRow("a snooze is set and lifted")
            << "UPDATE person SET contact_snoozed_until = '2026-05-01' WHERE id = 2;"
               "UPDATE person SET contact_snoozed_until = NULL WHERE id = 3;";
        QTest::addRow("a tag's cadence changes")
            << "UPDATE tag SET cadence_days = 10 WHERE id = 3;"
               "UPDATE tag SET cadence_days = NULL WHERE id = 1;";
        QTest::addRow("a group's cadence changes")
            << "UPDATE online_group SET cadence_days = 60 WHERE id = 1;"
               "UPDATE online_group SET cadence_days = 5 WHERE id = 2;";
        QTest::addRow("a tag is deleted") << "DELETE FROM tag WHERE id = 1;";
        QTest::addRow("a group is deleted (its members' source changes)")
            << "DELETE FROM online_group WHERE id = 1;";
        QTest::addRow("an event is deleted (met there is cleared)")
            << "DELETE FROM event WHERE id = 1;";
        QTest::addRow("the person who introduced someone is deleted")
            << "DELETE FROM person WHERE id = 1;";
        QTest::addRow("a person is tagged, untagged, and leaves a group")
            << "INSERT INTO person_tag VALUES (4, 2);"
               "DELETE FROM person_tag WHERE person_id = 2 AND tag_id = 1;"
               "DELETE FROM group_member WHERE group_id = 1 AND person_id = 3;";
        QTest::addRow("tag and group links move to another person")
            << "UPDATE person_tag SET person_id = 4 WHERE person_id = 2 AND tag_id = 2;"
               "UPDATE group_member SET person_id = 5 WHERE group_id = 1 AND person_id = 3;";
        QTest::addRow("a person's source changes")
            << "UPDATE person SET origin = 'manual' WHERE id = 5;"
               "UPDATE person SET met_in_group_id = NULL WHERE id = 5;"
               "UPDATE person SET met_at_event_id = 1, introduced_by_id = 2 WHERE id = 4;";
        QTest::addRow("everyone is deleted") << "DELETE FROM person; DELETE FROM interaction;";
    }

    void editsKeepThemExact()
    {
        QFETCH(QString, statements);
        exec(db(), statements);
        verifyExact(db());
    }

    void everyoneGoneLeavesNoTallyRows()
    {
        exec(db(), QStringLiteral("DELETE FROM person; DELETE FROM interaction;"));
        QCOMPARE(scalar(db(), "SELECT (SELECT count(*) FROM derived_interaction_month) + "
                              "(SELECT count(*) FROM derived_person_month) + "
                              "(SELECT count(*) FROM derived_person_source)"),
                 qint64(0));
    }

    void storesKeepThemExact()
    {
        PersonStore people(db());
        Person person;
        person.displayName = QStringLiteral("Added by hand");
        person.knownSince = QDate(2026, 1, 5);
        person.tags = {QStringLiteral("mentor")};
        const Id id = people.create(person).value();
        verifyExact(db());
        QVERIFY(people.snoozeKeepInTouch(id, QDate(2026, 6, 1)));
        QVERIFY(people.addTag({4, 5}, QStringLiteral("friend")));
        verifyExact(db());

        InteractionStore interactions(db());
        Interaction call;
        call.date = QDate(2026, 3, 10);
        call.kind = InteractionKind::Call;
        call.personIds = {id, 4};
        const Id callId = interactions.create(call).value();
        verifyExact(db());
        call = interactions.get(callId).value();
        call.date = QDate(2025, 11, 2);
        call.kind = InteractionKind::Message;
        QVERIFY(interactions.update(call));
        verifyExact(db());
        QVERIFY(people.remove(QList<Id>{2, 4}));
        verifyExact(db());
    }

    void mergeKeepsThemExact()
    {
        QVERIFY(interchange::mergePeople(db(), 3, {2, 5}));
        verifyExact(db());
        QCOMPARE(scalar(db(), "SELECT sum(people) FROM derived_person_month"), qint64(3));
    }

    void bulkImportKeepsThemExact()
    {
        QList<Person> people;
        for (int i = 0; i < 30; ++i) {
            Person person;
            person.displayName = QStringLiteral("Imported %1").arg(i);
            person.knownSince = QDate(2024, 1 + i % 12, 1 + i);
            person.origin = Origin::LinkedIn;
            person.cadenceDays = i % 3 == 0 ? std::optional<int>(20 + i) : std::nullopt;
            if (i % 4 == 0)
                person.tags = {QStringLiteral("mentor")};
            people.append(person);
        }
        BulkWriter writer(db());
        const QList<Id> ids = writer.addPeople(people).value();
        QList<Interaction> interactions;
        for (int i = 0; i < 60; ++i) {
            Interaction interaction;
            interaction.date = QDate(2025, 1 + i % 12, 1 + i % 28);
            interaction.kind = i % 2 ? InteractionKind::Email : InteractionKind::Met;
            interaction.personIds = {ids.at(i % ids.size()), 1};
            interactions.append(interaction);
        }
        QVERIFY(writer.addInteractions(interactions));
        QVERIFY(writer.commit());
        verifyExact(db());
        QCOMPARE(scalar(db(), "SELECT sum(interactions) FROM derived_interaction_month"),
                 qint64(64));
    }

    void restoreRebuildsThem()
    {
        const QByteArray backup = backup::write(db()).value();
        QVERIFY(!backup.contains("derived_"));
        TestDatabase restored;
        Result<backup::Summary> summary = backup::restore(restored.db(), backup);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        verifyExact(restored.db());
        for (const char *statement :
             {talliedInteractions, talliedMonths, talliedSources, keptSchedule})
            QCOMPARE(text(restored.db(), statement), text(db(), statement));
    }

    void undoAndRedoKeepThemExact_data()
    {
        QTest::addColumn<QString>("statements");
        QTest::addRow("interactions deleted") << "DELETE FROM interaction WHERE id IN (2, 3);";
        QTest::addRow("tag cadence") << "UPDATE tag SET cadence_days = 5 WHERE id = 2;";
        QTest::addRow("person deleted") << "DELETE FROM person WHERE id = 1;";
        QTest::addRow("all in one step") << "DELETE FROM interaction WHERE id IN (2, 3);"
                                            "UPDATE tag SET cadence_days = 5 WHERE id = 2;"
                                            "UPDATE online_group SET cadence_days = 3 WHERE id = 2;"
                                            "DELETE FROM person WHERE id = 5;";
    }

    void undoAndRedoKeepThemExact()
    {
        QFETCH(QString, statements);
        const QString before = text(db(), talliedInteractions) + text(db(), keptSchedule);
        ChangeRecorder recorder(db());
        exec(db(), statements);
        const QByteArray changeset = recorder.take().value();
        verifyExact(db());
        const QString after = text(db(), talliedInteractions) + text(db(), keptSchedule);

        QVERIFY(applyChangeset(db(), changeset, ApplyDirection::Backward));
        verifyExact(db());
        QCOMPARE(text(db(), talliedInteractions) + text(db(), keptSchedule), before);
        QVERIFY(applyChangeset(db(), changeset, ApplyDirection::Forward));
        verifyExact(db());
        QCOMPARE(text(db(), talliedInteractions) + text(db(), keptSchedule), after);
    }

    void pastCadenceListsAndCountsFromTheIndex()
    {
        const QDate today = TestDatabase::today();
        const QList<insights::CadenceDue> all = insights::peoplePastCadence(db(), today, 7).value();
        QCOMPARE(all.size(), 2); // person 3 is snoozed past the horizon
        QCOMPARE(all.at(0).personId, 1);
        QCOMPARE(all.at(0).daysOverdue, 0);
        QCOMPARE(all.at(1).personId, 2);
        QCOMPARE(all.at(1).cadenceDays, 30);
        QCOMPARE(all.at(1).lastContact, QDate(2026, 2, 14));
        QCOMPARE(all.at(1).daysOverdue, -1);
        const QList<insights::CadenceDue> first =
            insights::peoplePastCadence(db(), today, 7, 1).value();
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.at(0).personId, 1);
        const insights::CadenceCounts counts = insights::countPastCadence(db(), today, 7).value();
        QCOMPARE(counts.due, 2);
        QCOMPARE(counts.reached, 1);
        QCOMPARE(insights::peopleIdsPastCadence(db(), today).value(), QList<Id>{1});

        Query plan(db(), QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) "
                                        "FROM derived_keep_in_touch WHERE due <= ?"));
        plan.bind(QStringLiteral("2026-03-22"));
        QVERIFY(plan.exec() && plan.next());
        QVERIFY2(plan.string(3).contains(QStringLiteral("derived_keep_in_touch_due")),
                 qPrintable(plan.string(3)));
    }
};

QTEST_GUILESS_MAIN(TestDerivedTables)
#include "tst_derivedtables.moc"
