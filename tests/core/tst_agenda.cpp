#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "insights/Agenda.h"
#include "insights/KeepInTouch.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Expected values are in tests/data/insights/agenda.sql, beside the rows they come from.
const QDate today = TestDatabase::today(); // 2026-03-15

// -1 when the call succeeded, so a missing error fails the comparison instead of crashing.
template <typename T>
int errorCode(const Result<T> &result)
{
    return result.ok() ? -1 : int(result.error().code());
}

QString iso(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("never");
}

QStringList describe(const QList<insights::FollowUpDue> &items)
{
    QStringList lines;
    for (const insights::FollowUpDue &item : items) {
        QStringList people;
        for (const insights::PersonRef &person : item.people)
            people.append(person.name);
        lines.append(QStringLiteral("%1 %2%3 %4")
                         .arg(item.interactionId)
                         .arg(iso(item.due), item.overdue ? QStringLiteral(" overdue") : QString(),
                              people.join(QStringLiteral(", "))));
    }
    return lines;
}

QStringList describe(const QList<insights::CadenceDue> &items)
{
    QStringList lines;
    for (const insights::CadenceDue &item : items)
        lines.append(QStringLiteral("%1 every %2, last %3, due %4, %5 over")
                         .arg(item.name)
                         .arg(item.cadenceDays)
                         .arg(iso(item.lastContact), iso(item.due))
                         .arg(item.daysOverdue));
    return lines;
}

QStringList describe(const QList<insights::RenewalDue> &items)
{
    QStringList lines;
    for (const insights::RenewalDue &item : items)
        lines.append(
            QStringLiteral("m%1 %2%3")
                .arg(item.membershipId)
                .arg(iso(item.renewalDate), item.overdue ? QStringLiteral(" overdue") : QString()));
    return lines;
}

QStringList describe(const QList<insights::DeadlineDue> &items)
{
    QStringList lines;
    for (const insights::DeadlineDue &item : items)
        lines.append(
            QStringLiteral("d%1 %2%3")
                .arg(item.deadlineId)
                .arg(iso(item.due), item.overdue ? QStringLiteral(" overdue") : QString()));
    return lines;
}

} // namespace

class TestAgenda : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        const QByteArray script = readData(QStringLiteral("insights/agenda.sql"));
        QVERIFY(!script.isEmpty());
        const QString error = executeScript(m_fixture->db(), script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_fixture.reset(); }

    void followUpsDue_data()
    {
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QStringList>("expected");
        const QStringList dueByToday = {
            QStringLiteral("2 2026-03-10 overdue Ada Archer, Ben Baker"),
            QStringLiteral("3 2026-03-15 Ben Baker")};
        QTest::newRow("today: overdue first, due today not overdue, done ones left out")
            << 0 << dueByToday;
        QTest::newRow("a day short of the next one") << 6 << dueByToday;
        QTest::newRow("the next one exactly at the horizon")
            << 7 << (dueByToday + QStringList{QStringLiteral("4 2026-03-22 Chloe Chen")});
    }

    void followUpsDue()
    {
        QFETCH(int, horizon);
        QFETCH(QStringList, expected);
        Result<QList<insights::FollowUpDue>> items = insights::followUpsDue(db(), today, horizon);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(describe(*items), expected);
    }

    void followUpCarriesItsSummaryAndPeopleIds()
    {
        Result<QList<insights::FollowUpDue>> items = insights::followUpsDue(db(), today, 0);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QVERIFY(!items->isEmpty());
        const insights::FollowUpDue &first = items->first();
        QCOMPARE(first.summary, QStringLiteral("Call about the job fair"));
        QCOMPARE(first.people, (QList<insights::PersonRef>{{1, QStringLiteral("Ada Archer")},
                                                           {2, QStringLiteral("Ben Baker")}}));
    }

    void peoplePastCadence_data()
    {
        QTest::addColumn<int>("horizon");
        QTest::addColumn<QStringList>("expected");
        const QStringList overdue = {
            QStringLiteral("Chloe Chen every 60, last 2025-12-20, due 2026-02-18, 25 over"),
            QStringLiteral("Dev Das every 20, last 2026-02-01, due 2026-02-21, 22 over"),
            QStringLiteral("Eve Evans every 45, last never, due 2026-02-24, 19 over"),
            QStringLiteral("Finn Fox every 50, last 2026-01-20, due 2026-03-11, 4 over"),
            QStringLiteral("Ivy Iqbal every 14, last 2026-03-01, due 2026-03-15, 0 over")};
        const QString ada =
            QStringLiteral("Ada Archer every 30, last 2026-03-01, due 2026-03-31, -16 over");
        const QString ben =
            QStringLiteral("Ben Baker every 45, last 2026-03-01, due 2026-04-15, -31 over");
        const QString hana =
            QStringLiteral("Hana Hill every 60, last never, due 2026-04-30, -46 over");
        QTest::newRow("horizon 0: due today or overdue, most overdue first") << 0 << overdue;
        QTest::newRow("horizon 16 adds one due exactly then") << 16 << (overdue + QStringList{ada});
        QTest::newRow("horizon 31 adds the shared interaction's other person")
            << 31 << (overdue + QStringList{ada, ben});
        QTest::newRow("horizon 45 stops a day before the never-contacted newcomer")
            << 45 << (overdue + QStringList{ada, ben});
        QTest::newRow("horizon 46 counts the newcomer from known_since")
            << 46 << (overdue + QStringList{ada, ben, hana});
    }

    void peoplePastCadence()
    {
        QFETCH(int, horizon);
        QFETCH(QStringList, expected);
        Result<QList<insights::CadenceDue>> items =
            insights::peoplePastCadence(db(), today, horizon);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(describe(*items), expected);
    }

    void oneInteractionWithTwoPeopleResetsBoth()
    {
        // Without interaction 2 (2026-03-01, Ada and Ben), Ada's last contact is 2025-11-01
        // (due 2025-12-01, 104 days over) and Ben's 2025-12-01 (due 2026-01-15, 59 over).
        const auto overdueIds = [this] {
            const QList<insights::CadenceDue> items =
                insights::peoplePastCadence(db(), today, 0).value();
            QList<Id> ids;
            for (const insights::CadenceDue &item : items)
                ids.append(item.personId);
            return ids;
        };
        QCOMPARE(overdueIds(), (QList<Id>{3, 4, 5, 6, 9}));
        Query drop(db(), QStringLiteral("DELETE FROM interaction_person WHERE interaction_id = 2"));
        QVERIFY(drop.exec());
        QCOMPARE(overdueIds(), (QList<Id>{1, 2, 3, 4, 5, 6, 9}));
        Result<QList<insights::CadenceDue>> items = insights::peoplePastCadence(db(), today, 0);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(items->at(0).due, QDate(2025, 12, 1));
        QCOMPARE(items->at(0).daysOverdue, 104);
        QCOMPARE(items->at(1).due, QDate(2026, 1, 15));
        QCOMPARE(items->at(1).daysOverdue, 59);
    }

    void aNewInteractionResetsTheCadence()
    {
        Query add(db(), QStringLiteral("INSERT INTO interaction(id, occurred_on, kind, created_at, "
                                       "updated_at) VALUES (20, '2026-03-14', 'call', 'x', 'x')"));
        QVERIFY(add.exec());
        Query link(db(),
                   QStringLiteral("INSERT INTO interaction_person VALUES (20, 3, '2026-03-14')"));
        QVERIFY(link.exec());

        Result<QList<insights::CadenceDue>> items = insights::peoplePastCadence(db(), today, 0);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(items->size(), 4);
        for (const insights::CadenceDue &item : *items)
            QVERIFY2(item.personId != 3, "Chloe was contacted yesterday");
    }

    void aSnoozePutsTheReminderOffUntilItsDay()
    {
        const QList<insights::CadenceDue> before =
            insights::peoplePastCadence(db(), today, 0).value();
        QVERIFY(!before.isEmpty());
        const Id snoozed = before.first().personId;
        QVERIFY(PersonStore(db()).snoozeKeepInTouch(snoozed, today.addDays(7)));

        const QList<insights::CadenceDue> now = insights::peoplePastCadence(db(), today, 0).value();
        QCOMPARE(now.size(), before.size() - 1);
        // Within a horizon that reaches the snooze's end, it is back, due that day.
        const QList<insights::CadenceDue> later =
            insights::peoplePastCadence(db(), today, 7).value();
        const auto back = std::find_if(later.cbegin(), later.cend(),
                                       [&](const auto &item) { return item.personId == snoozed; });
        QVERIFY(back != later.cend());
        QCOMPARE(back->due, today.addDays(7));
        QCOMPARE(back->snoozedUntil, today.addDays(7));
        QCOMPARE(back->daysOverdue, -7);
        QCOMPARE(PersonStore(db()).get(snoozed)->contactSnoozedUntil, today.addDays(7));
    }

    void renewalsDue_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<QStringList>("expected");
        const QStringList byToday = {QStringLiteral("m3 2026-02-01 overdue"),
                                     QStringLiteral("m6 2026-03-14 overdue"),
                                     QStringLiteral("m5 2026-03-15")};
        QTest::newRow("today: overdue unless lapsed, and due today") << 0 << byToday;
        QTest::newRow("30 days: the renewal exactly at the horizon is in")
            << 30
            << (byToday +
                QStringList{QStringLiteral("m8 2026-03-20"), QStringLiteral("m1 2026-04-14")});
        QTest::newRow("31 days: one more")
            << 31
            << (byToday + QStringList{QStringLiteral("m8 2026-03-20"),
                                      QStringLiteral("m1 2026-04-14"),
                                      QStringLiteral("m2 2026-04-15")});
    }

    void renewalsDue()
    {
        QFETCH(int, days);
        QFETCH(QStringList, expected);
        Result<QList<insights::RenewalDue>> items = insights::renewalsDue(db(), today, days);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(describe(*items), expected);
    }

    void renewalNamesMemberOrganizationAndDues()
    {
        Result<QList<insights::RenewalDue>> items = insights::renewalsDue(db(), today, 30);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(items->size(), 5);
        const insights::RenewalDue &sla = items->at(0); // m3: the user's, no dues stored
        QCOMPARE(sla.organizationId, Id(3));
        QCOMPARE(sla.organizationName, QStringLiteral("Special Libraries Association"));
        QVERIFY(!sla.personId);
        QVERIFY(sla.personName.isEmpty());
        QVERIFY(!sla.dues);
        const insights::RenewalDue &regional = items->at(1); // m6: 10 USD a month
        QCOMPARE(regional.dues, std::optional<Money>(Money{1000, QStringLiteral("USD")}));
        QCOMPARE(regional.duesPeriod, DuesPeriod::Month);
        const insights::RenewalDue &bens = items->at(2); // m5: a contact's
        QCOMPARE(bens.personId, std::optional<Id>(2));
        QCOMPARE(bens.personName, QStringLiteral("Ben Baker"));
        QCOMPARE(bens.organizationName, QStringLiteral("American Library Association"));
    }

    void deadlinesDue()
    {
        Result<QList<insights::DeadlineDue>> items = insights::deadlinesDue(db(), today, 30);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(describe(*items),
                 (QStringList{QStringLiteral("d6 2026-02-01 overdue"),
                              QStringLiteral("d3 2026-03-10 overdue"),
                              QStringLiteral("d11 2026-03-16"), QStringLiteral("d2 2026-03-20"),
                              QStringLiteral("d10 2026-03-30"), QStringLiteral("d4 2026-04-14")}));
        const insights::DeadlineDue &funding = items->at(1);
        QCOMPARE(funding.eventId, Id(1));
        QCOMPARE(funding.eventName, QStringLiteral("State Library Conference"));
        QCOMPARE(funding.kind, DeadlineKind::FundingRequest);
        QCOMPARE(funding.position, 2);
    }

    void upcomingEvents()
    {
        Result<QList<insights::UpcomingEvent>> items = insights::upcomingEvents(db(), today, 30);
        QVERIFY2(items.ok(), qPrintable(items.errorMessage()));
        QCOMPARE(items->size(), 2);

        const insights::UpcomingEvent &meetup = items->at(0);
        QCOMPARE(meetup.eventId, Id(5));
        QCOMPARE(meetup.startDate, today);
        QVERIFY(!meetup.endDate.isValid());
        QCOMPARE(meetup.status, EventStatus::Registered);
        QCOMPARE(meetup.plannedTotal, (Money{0, QStringLiteral("EUR")}));
        QVERIFY(!meetup.nextDeadline);

        const insights::UpcomingEvent &conference = items->at(1);
        QCOMPARE(conference.name, QStringLiteral("State Library Conference"));
        QCOMPARE(conference.startDate, QDate(2026, 4, 10));
        QCOMPARE(conference.endDate, QDate(2026, 4, 12));
        QCOMPARE(conference.plannedTotal, (Money{65000, QStringLiteral("USD")}));
        QVERIFY(conference.nextDeadline);
        QCOMPARE(conference.nextDeadline->kind, DeadlineKind::Registration);
        QCOMPARE(conference.nextDeadline->due, QDate(2026, 3, 20));

        Result<QList<insights::UpcomingEvent>> longer = insights::upcomingEvents(db(), today, 31);
        QVERIFY2(longer.ok(), qPrintable(longer.errorMessage()));
        QCOMPARE(longer->size(), 3);
        QCOMPARE(longer->last().name, QStringLiteral("Summer Institute"));
    }

    void refusesAMissingTodayOrANegativeWindow()
    {
        const int invalid = int(ErrorCode::InvalidArgument);
        QCOMPARE(errorCode(insights::followUpsDue(db(), QDate(), 0)), invalid);
        QCOMPARE(errorCode(insights::peoplePastCadence(db(), today, -1)), invalid);
        QCOMPARE(errorCode(insights::renewalsDue(db(), today, -1)), invalid);
        QCOMPARE(errorCode(insights::deadlinesDue(db(), QDate(), 1)), invalid);
        QCOMPARE(errorCode(insights::upcomingEvents(db(), today, -5)), invalid);
    }

private:
    Database &db() { return m_fixture->db(); }

    std::unique_ptr<TestDatabase> m_fixture;
};

QTEST_GUILESS_MAIN(TestAgenda)
#include "tst_agenda.moc"
