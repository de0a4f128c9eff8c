#include "support/TestDatabase.h"

#include "dashboard/ActionLists.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"

#include <QChartView>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

struct Fixture
{
    TestDatabase files;
    Session session{openOrFail(files.path())};
    std::unique_ptr<DashboardPage> dashboard;
    DashboardPage &page;

    Fixture()
        : dashboard(
              (session.setToday(TestDatabase::today()), std::make_unique<DashboardPage>(session)))
        , page(*dashboard)
    {
        page.resize(1200, 900);
    }

    Id person(const QString &name, std::optional<int> cadenceDays = std::nullopt)
    {
        Person p;
        p.displayName = name;
        p.knownSince = TestDatabase::today().addYears(-1);
        p.cadenceDays = cadenceDays;
        return PersonStore(session.db()).create(p).valueOr(0);
    }

    void call(Id person)
    {
        Interaction call;
        call.date = TestDatabase::today();
        call.kind = InteractionKind::Call;
        call.personIds = {person};
        QVERIFY(session.perform(QStringLiteral("Log a call"), [&] {
            return Status(InteractionStore(session.db()).create(call));
        }));
    }
};

} // namespace

// The dashboard reads its figures on the session's background reader when the data changes
// or the page is shown, and swaps them in when they arrive; a direct refresh() reads them at
// once. Either way it shows the same figures.
class TestDashboardRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void showingThePageReadsInTheBackground()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"), 7);
        QSignalSpy refreshed(&f.page, &DashboardPage::refreshed);
        f.page.show();
        QVERIFY(refreshed.wait());
        QCOMPARE(f.page.snapshot().people, 1);
        QCOMPARE(f.page.snapshot().pastCadenceCounts.reached, 1);
        QCOMPARE(f.page.actionLists()->dueList()->topLevelItemCount(), 1);
    }

    void aChangeElsewhereIsFollowed()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"), 7);
        f.page.show();
        QTRY_COMPARE(f.page.snapshot().people, 1);
        QCOMPARE(f.page.snapshot().interactionsLast30, 0);

        f.call(ana);
        QTRY_COMPARE(f.page.snapshot().interactionsLast30, 1);
        QCOMPARE(f.page.snapshot().activity.last().count(InteractionKind::Call), 1);
        // The call puts Ana's next contact a week off: due soon, no longer past her cadence.
        QCOMPARE(f.page.snapshot().pastCadenceCounts.reached, 0);
        QCOMPARE(f.page.snapshot().pastCadenceCounts.due, 1);
        QCOMPARE(f.page.snapshot().pastCadence.value(0).due, TestDatabase::today().addDays(7));
        QCOMPARE(f.page.actionLists()->dueList()->topLevelItemCount(), 1);

        f.person(QStringLiteral("Bo Chen"));
        QTRY_COMPARE(f.page.snapshot().people, 2);
    }

    void theSameFiguresAsADirectRefresh()
    {
        Fixture f;
        for (int i = 0; i < 60; ++i)
            f.person(QStringLiteral("Person %1").arg(i),
                     i % 2 ? std::optional<int>(5) : std::nullopt);
        f.page.show();
        QTRY_COMPARE(f.page.snapshot().people, 60);
        const insights::DashboardSnapshot background = f.page.snapshot();
        f.page.refresh();
        const insights::DashboardSnapshot direct = f.page.snapshot();
        QCOMPARE(direct.pastCadenceCounts.due, background.pastCadenceCounts.due);
        QCOMPARE(direct.pastCadenceCounts.reached, 30);
        QCOMPARE(direct.pastCadence.size(), background.pastCadence.size());
        QCOMPARE(direct.sources.total(), background.sources.total());
        // A screenful of rows, then one that offers the rest.
        QCOMPARE(f.page.actionLists()->dueList()->topLevelItemCount(),
                 int(direct.options.listLength) + 1);
    }

    void aRefreshKeepsRowsAndChartsThatDidNotChange()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"), 7);
        f.page.show();
        QTRY_COMPARE(f.page.actionLists()->dueList()->topLevelItemCount(), 1);
        QTreeWidget *due = f.page.actionLists()->dueList();
        QWidget *buttons = due->itemWidget(due->topLevelItem(0), due->columnCount() - 1);
        QVERIFY(buttons);
        QList<QChart *> charts;
        for (QChartView *view : f.page.charts()->views())
            charts.append(view->chart());
        QList<int> series;
        for (QChart *chart : charts)
            series.append(int(chart->series().size()));

        f.page.refresh();
        QCOMPARE(due->itemWidget(due->topLevelItem(0), due->columnCount() - 1), buttons);
        for (qsizetype i = 0; i < charts.size(); ++i) {
            QCOMPARE(f.page.charts()->views().at(i)->chart(), charts.at(i));
            QCOMPARE(int(charts.at(i)->series().size()), series.at(i));
        }
    }
};

QTEST_MAIN(TestDashboardRefresh)
#include "tst_dashboardrefresh.moc"
