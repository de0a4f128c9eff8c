#include "DesktopFixture.h"

#include "dashboard/ActionLists.h"
#include "dashboard/DashboardCards.h"
#include "dashboard/DashboardCharts.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/Reminders.h"
#include "storage/InteractionStore.h"
#include "widgets/ListSection.h"
#include "widgets/PagedTableModel.h"

#include <QBarSet>
#include <QChartView>
#include <QDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTest>
#include <QTreeWidget>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

QStringList warnings;

// Collects every Qt warning, except the offscreen platform's note that it cannot resize
// native windows, which says nothing about Kith.
void collectWarnings(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg &&
        !message.contains(QStringLiteral("propagateSizeHints")))
        warnings.append(message);
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private:
    static DashboardPage *dashboard(DesktopFixture &fixture)
    {
        fixture.window().showSection(0);
        auto *page = qobject_cast<DashboardPage *>(fixture.window().dashboard());
        if (page)
            page->refresh();
        return page;
    }

private Q_SLOTS:
    void initTestCase() { DesktopFixture::isolateSettings(); }
    void init() { QSettings().clear(); }

    void cardsShowTheSnapshot()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        QVERIFY(page);
        const insights::DashboardSnapshot &s = page->snapshot();
        QCOMPARE(s.options.asOf, DesktopFixture::today());
        QCOMPARE(s.people, 40);
        using Card = DashboardCards::Card;
        DashboardCards *cards = page->cards();
        QCOMPARE(cards->valueText(Card::People), QStringLiteral("40"));
        QCOMPARE(cards->valueText(Card::FollowUps), QString::number(s.followUpCounts.due));
        QCOMPARE(cards->valueText(Card::FollowUpsOverdue),
                 QString::number(s.followUpCounts.overdue));
        QCOMPARE(cards->valueText(Card::Renewals), QString::number(s.renewals.size()));
        QCOMPARE(cards->valueText(Card::RecommendationsOwed), QString::number(s.owed.size()));
        // The demo as of its own "today": ALA and ACRL renew in ten days, within the 14-day
        // reminder horizon, so a first look at the dashboard shows what a renewal looks like;
        // the funding request is due in 9 days.
        QCOMPARE(s.renewals.size(), 2);
        QCOMPARE(page->actionLists()->renewalsList()->topLevelItemCount(), 2);
        QVERIFY(std::any_of(s.deadlines.cbegin(), s.deadlines.cend(),
                            [](const auto &d) { return d.kind == DeadlineKind::FundingRequest; }));
        QCOMPARE(page->actionLists()->dueList()->topLevelItemCount(),
                 int(s.followUps.size() + s.pastCadence.size()));
    }

    void chartsRenderWithoutWarnings()
    {
        DesktopFixture fixture;
        warnings.clear();
        const QtMessageHandler previous = qInstallMessageHandler(collectWarnings);
        DashboardPage *page = dashboard(fixture);
        for (QChartView *view : page->charts()->views()) {
            const QImage image = view->grab().toImage();
            QVERIFY(!image.isNull());
        }
        qInstallMessageHandler(previous);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        QCOMPARE(page->charts()->views().size(), 5);
    }

    void chartBarOpensItsInteractions()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        QSignalSpy spy(page, &DashboardPage::showRecords);
        auto *activity = page->findChild<QChartView *>(QStringLiteral("activityChart"));
        auto *series = qobject_cast<QStackedBarSeries *>(activity->chart()->series().first());
        QVERIFY(series);
        const int lastMonth = int(page->snapshot().activity.size()) - 1;
        const int kindIndex = int(InteractionKind::Met);
        Q_EMIT series->barSets().at(kindIndex)->clicked(lastMonth);
        QCOMPARE(spy.count(), 1);
        const QList<Id> ids = spy.first().at(1).value<QList<Id>>();
        QCOMPARE(ids.size(), page->snapshot().activity.last().count(InteractionKind::Met));
        // The window shows exactly those in the interactions list.
        ListSection *list = fixture.window().section(EntityKind::Interaction);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), ids.size());
    }

    void followsChangesMadeElsewhere()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        const qint64 before = page->snapshot().interactionsLast30;
        Interaction call;
        call.date = DesktopFixture::today();
        call.kind = InteractionKind::Call;
        call.personIds = {1};
        InteractionStore store(fixture.session().db());
        QVERIFY(fixture.session()
                    .perform(QStringLiteral("Log"), [&] { return store.create(call); })
                    .ok());
        QTRY_COMPARE(page->snapshot().interactionsLast30, before + 1);
        QCOMPARE(page->cards()->valueText(DashboardCards::Card::Interactions30),
                 QString::number(before + 1));
    }

    void actionButtonsSnoozeAndComplete()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        ActionLists *actions = page->actionLists();
        QTreeWidget *due = actions->dueList();
        QVERIFY(due->topLevelItemCount() > 1);
        const int before = due->topLevelItemCount();
        const int overdueBefore = page->snapshot().followUpCounts.overdue;
        QVERIFY(overdueBefore > 0);
        actions->markDone(due->topLevelItem(0)); // the most overdue follow-up
        QTRY_COMPARE(due->topLevelItemCount(), before - 1);
        QCOMPARE(page->snapshot().followUpCounts.overdue, overdueBefore - 1);
        actions->snooze(due->topLevelItem(0));
        QTRY_COMPARE(page->snapshot().followUpCounts.overdue, overdueBefore - 2);
        QSignalSpy log(page, &DashboardPage::logInteractionRequested);
        // The main window answers with the interaction editor; close it unsaved.
        QString editorName;
        whenModalShows([&editorName](QWidget *dialog) {
            editorName = dialog->objectName();
            static_cast<QDialog *>(dialog)->reject();
        });
        actions->logInteraction(due->topLevelItem(0));
        QCOMPARE(log.count(), 1);
        QVERIFY(!log.first().at(0).value<QList<Id>>().isEmpty());
        QCOMPARE(editorName, QStringLiteral("editorDialog"));
    }

    void longTextsLeaveTheEventNameInView()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        insights::DashboardSnapshot snapshot = page->snapshot();
        QVERIFY(!snapshot.upcomingEvents.isEmpty());
        insights::UpcomingEvent &event = snapshot.upcomingEvents.first();
        event.name = QStringLiteral("Annual Conference of the Association of Research Libraries");
        event.endDate = event.startDate.addYears(3);
        event.plannedTotal = {123456789, QStringLiteral("USD")};
        ActionLists *actions = page->actionLists();
        actions->show(snapshot);

        // Fitting every other column to its contents once left the name a few pixels wide.
        QTreeWidget *list = actions->eventsList();
        const int viewport = list->viewport()->width();
        QVERIFY(viewport > 0);
        QHeaderView *header = list->header();
        QVERIFY2(header->sectionSize(0) >= viewport / 4,
                 qPrintable(QStringLiteral("%1 of %2").arg(header->sectionSize(0)).arg(viewport)));
        int others = 0;
        for (int column = 1; column < header->count(); ++column)
            others += header->sectionSize(column);
        QVERIFY(others <= viewport);
        QCOMPARE(list->topLevelItem(0)->toolTip(0), event.name);
        QCOMPARE(list->topLevelItem(0)->toolTip(2),
                 list->topLevelItem(0)->text(2)); // no date tip here
    }

    void emptyListsSaySo()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        insights::DashboardSnapshot snapshot = page->snapshot();
        QVERIFY(!snapshot.upcomingEvents.isEmpty());
        snapshot.renewals.clear();
        ActionLists *actions = page->actionLists();
        actions->show(snapshot);
        const auto emptyNote = [](QTreeWidget *list) {
            return list->viewport()->findChild<QLabel *>(list->objectName() +
                                                         QStringLiteral("Empty"));
        };
        QLabel *renewals = emptyNote(actions->renewalsList());
        QVERIFY(renewals);
        QVERIFY(renewals->isVisibleTo(actions));
        QVERIFY2(renewals->text().startsWith(QStringLiteral("No memberships renew in the next 14")),
                 qPrintable(renewals->text()));
        QVERIFY(!emptyNote(actions->eventsList())->isVisibleTo(actions));

        snapshot.upcomingEvents.clear();
        actions->show(snapshot);
        QVERIFY(emptyNote(actions->eventsList())->isVisibleTo(actions));
        QCOMPARE(actions->eventsList()->topLevelItemCount(), 0);
    }

    void exportsPngAndPdf()
    {
        DesktopFixture fixture;
        DashboardPage *page = dashboard(fixture);
        const QString png = fixture.dir() + QStringLiteral("/dashboard.png");
        const QString pdf = fixture.dir() + QStringLiteral("/dashboard.pdf");
        QVERIFY(page->exportPng(png));
        QVERIFY(page->exportPdf(pdf));
        const QImage image(png);
        QVERIFY(image.width() > 600 && image.height() > 600);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
    }

    void remindersListWhatIsDueToday()
    {
        DesktopFixture fixture;
        const QDate today = DesktopFixture::today();
        // The demo's first-of-month coffee follow-up falls 3 days ahead of its "today".
        const QStringList later = Reminders::dueToday(fixture.session().db(), today.addDays(3));
        QVERIFY2(later.join(QLatin1Char('\n')).contains(QStringLiteral("Margaret Okafor")),
                 qPrintable(later.join(QLatin1Char('\n'))));
        // Deadlines too: the funding request of ALA Annual is due in 9 days.
        const QStringList deadline = Reminders::dueToday(fixture.session().db(), today.addDays(9));
        QVERIFY(deadline.join(QLatin1Char('\n')).contains(QStringLiteral("ALA Annual Conference")));
        // Turned off, nothing is announced.
        QSettings().setValue(QStringLiteral("preferences/remindersEnabled"), false);
        Reminders reminders(fixture.session());
        QSignalSpy spy(&reminders, &Reminders::reminded);
        fixture.session().setToday(today.addDays(3));
        reminders.check();
        QCOMPARE(spy.count(), 0);
        // Turned on, today's items are found in the background and announced once.
        QSettings().setValue(QStringLiteral("preferences/remindersEnabled"), true);
        reminders.check();
        QTRY_COMPARE(spy.count(), 1);
        QVERIFY2(spy.at(0).at(1).toString().contains(QStringLiteral("Margaret Okafor")),
                 qPrintable(spy.at(0).at(1).toString()));
        reminders.check();
        QTest::qWait(50);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
