#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "insights/Recommendations.h"
#include "storage/Sql.h"

#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// Expected values are in tests/data/insights/recommendations.sql, worked out in its header.

// given / received / pending given / pending received
QString describe(const insights::RecommendationTally &t)
{
    return QStringLiteral("%1/%2/%3/%4")
        .arg(t.given)
        .arg(t.received)
        .arg(t.pendingGiven)
        .arg(t.pendingReceived);
}

} // namespace

class TestRecommendationInsights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_fixture = std::make_unique<TestDatabase>();
        const QByteArray script = readData(QStringLiteral("insights/recommendations.sql"));
        QVERIFY(!script.isEmpty());
        const QString error = executeScript(m_fixture->db(), script);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    void cleanup() { m_fixture.reset(); }

    void balancePerYearWithGapYearsAndUndated()
    {
        Result<insights::RecommendationBalance> balance = insights::recommendationBalance(db());
        QVERIFY2(balance.ok(), qPrintable(balance.errorMessage()));
        QStringList years;
        for (const insights::RecommendationYear &year : balance->byYear)
            years.append(QStringLiteral("%1 %2").arg(year.year).arg(describe(year.tally)));
        QCOMPARE(years,
                 (QStringList{QStringLiteral("2022 0/1/0/0"), QStringLiteral("2023 0/0/0/0"),
                              QStringLiteral("2024 0/1/0/0"), QStringLiteral("2025 2/2/0/1")}));
        QCOMPARE(describe(balance->undated), QStringLiteral("0/0/2/1"));
        QCOMPARE(describe(balance->total), QStringLiteral("2/4/2/2"));
    }

    void balanceOfAnEmptyDatabase()
    {
        TestDatabase empty;
        Result<insights::RecommendationBalance> balance =
            insights::recommendationBalance(empty.db());
        QVERIFY2(balance.ok(), qPrintable(balance.errorMessage()));
        QVERIFY(balance->byYear.isEmpty());
        QCOMPARE(balance->total, insights::RecommendationTally{});
    }

    void owedBackLongestFirst()
    {
        Result<QList<insights::OwedRecommendation>> owed = insights::recommendationsOwed(db());
        QVERIFY2(owed.ok(), qPrintable(owed.errorMessage()));
        QCOMPARE(owed->size(), 2);
        QCOMPARE(owed->at(0).personId, Id(1));
        QCOMPARE(owed->at(0).name, QStringLiteral("Pat Park"));
        QCOMPARE(owed->at(0).receivedOn, QDate(2022, 1, 15));
        QCOMPARE(owed->at(1).personId, Id(3));
        QCOMPARE(owed->at(1).name, QStringLiteral("Mo Moss"));
        QCOMPARE(owed->at(1).receivedOn, QDate(2025, 11, 11));
    }

    void givingOneBackSettlesTheDebt()
    {
        Query give(db(), QStringLiteral("UPDATE recommendation SET status = 'given', "
                                        "completed_on = '2026-03-01' WHERE id = 5"));
        QVERIFY(give.exec());
        Result<QList<insights::OwedRecommendation>> owed = insights::recommendationsOwed(db());
        QVERIFY2(owed.ok(), qPrintable(owed.errorMessage()));
        QCOMPARE(owed->size(), 1);
        QCOMPARE(owed->first().name, QStringLiteral("Pat Park"));
    }

    void peopleCountOnceInTheFirstMatchingSource()
    {
        Result<insights::PeopleSources> sources = insights::peopleSources(db());
        QVERIFY2(sources.ok(), qPrintable(sources.errorMessage()));
        QCOMPARE(sources->metAtEvent, qint64(2));
        QCOMPARE(sources->metInGroup, qint64(1));
        QCOMPARE(sources->introduced, qint64(1));
        QCOMPARE(sources->imported, qint64(3));
        QCOMPARE(sources->addedOtherwise, qint64(2));
        QCOMPARE(sources->total(), qint64(9));
    }

private:
    Database &db() { return m_fixture->db(); }

    std::unique_ptr<TestDatabase> m_fixture;
};

QTEST_GUILESS_MAIN(TestRecommendationInsights)
#include "tst_recommendationinsights.moc"
