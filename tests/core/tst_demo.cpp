#include "support/TestDatabase.h"

#include "demo/DemoNetwork.h"
#include "insights/Agenda.h"
#include "insights/KeepInTouch.h"
#include "insights/Recommendations.h"
#include "storage/PersonStore.h"
#include "storage/Statistics.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

class TestDemo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fillsAnEmptyDatabaseSoundly()
    {
        TestDatabase fixture;
        const Status status = demo::populate(fixture.db(), TestDatabase::today());
        QVERIFY2(status.ok(), qPrintable(status.errorMessage()));
        const RecordCounts counts = countRecords(fixture.db()).value();
        QCOMPARE(counts.people, 40);
        QVERIFY(counts.organizations >= 10);
        QVERIFY(counts.groups >= 5);
        QVERIFY(counts.events >= 5);
        QVERIFY(counts.memberships >= 5);
        QVERIFY(counts.interactions >= 50);
        QVERIFY(counts.recommendationsGiven >= 1);
        QVERIFY(counts.recommendationsReceived >= 3);
        QCOMPARE(checkIntegrity(fixture.db()).value(), QStringList());
    }

    void hasSomethingToDoWhateverTheDay_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("winter") << QDate(2026, 1, 5);
        QTest::newRow("leap day") << QDate(2028, 2, 29);
        QTest::newRow("end of fiscal year") << QDate(2027, 6, 30);
    }

    void hasSomethingToDoWhateverTheDay()
    {
        QFETCH(QDate, today);
        TestDatabase fixture;
        QVERIFY(demo::populate(fixture.db(), today));
        QVERIFY(!insights::followUpsDue(fixture.db(), today, 14)->isEmpty());
        QVERIFY(!insights::upcomingEvents(fixture.db(), today, 120)->isEmpty());
        QVERIFY(!insights::deadlinesDue(fixture.db(), today, 30)->isEmpty());
        QVERIFY(!insights::renewalsDue(fixture.db(), today, 60)->isEmpty());
        QVERIFY(!insights::peoplePastCadence(fixture.db(), today, 30)->isEmpty());
        // Priya recommended the user and is owed one back: the demo shows the feature.
        const QList<insights::OwedRecommendation> owed =
            insights::recommendationsOwed(fixture.db()).value();
        QVERIFY(std::any_of(owed.cbegin(), owed.cend(),
                            [](const auto &o) { return o.name == QStringLiteral("Priya Raman"); }));
    }

    void refusesADatabaseThatHoldsData()
    {
        TestDatabase fixture;
        Person someone;
        someone.displayName = QStringLiteral("Already here");
        QVERIFY(PersonStore(fixture.db()).create(someone).ok());
        const Status status = demo::populate(fixture.db(), TestDatabase::today());
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::Conflict);
        QCOMPARE(countRecords(fixture.db())->people, 1);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
