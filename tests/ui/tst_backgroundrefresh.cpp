#include "support/TestDatabase.h"

#include "people/PeopleModel.h"
#include "people/PeopleSection.h"
#include "session/Session.h"
#include "storage/PersonStore.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBrowser>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

struct Fixture
{
    TestDatabase files;
    Session session{openOrFail(files.path())};

    Id person(const QString &name)
    {
        Person p;
        p.displayName = name;
        return PersonStore(session.db()).create(p).valueOr(0);
    }
};

PersonFilter textFilter(const QString &text)
{
    PersonFilter filter;
    filter.text = text;
    return filter;
}

} // namespace

// While the user types, a list reads its count and first rows on the session's background
// reader (a second connection on its own thread) and swaps them in when they arrive.
class TestBackgroundRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReaderAnswersOnTheReceiversThread()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"));
        QObject receiver;
        std::optional<qint64> counted;
        Qt::HANDLE answeredOn = nullptr;
        Qt::HANDLE readOn = nullptr;
        f.session.reader().run<qint64>(
            &receiver,
            [&readOn](Database &db) {
                readOn = QThread::currentThreadId();
                return PersonStore(db).count({}).valueOr(-1);
            },
            [&](std::optional<qint64> count) {
                answeredOn = QThread::currentThreadId();
                counted = count;
            });
        QTRY_VERIFY(counted.has_value());
        QCOMPARE(*counted, qint64(1));
        QCOMPARE(answeredOn, QThread::currentThreadId());
        QVERIFY(readOn != QThread::currentThreadId());
    }

    void aReceiverThatIsGoneHearsNothing()
    {
        Fixture f;
        std::atomic<bool> started = false;
        bool answered = false;
        auto receiver = std::make_unique<QObject>();
        f.session.reader().run<int>(
            receiver.get(),
            [&started](Database &) {
                started = true;
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                return 1;
            },
            [&answered](std::optional<int>) { answered = true; });
        QTRY_VERIFY(started.load());
        receiver.reset();
        QTest::qWait(300);
        QVERIFY(!answered);
    }

    void typingKeepsThePreviousRowsUntilTheNewOnesArrive()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"));
        f.person(QStringLiteral("Ben Okafor"));
        f.person(QStringLiteral("Bea Okoro"));
        PeopleModel model(f.session);
        QAbstractItemModelTester tester(&model);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy refreshed(&model, &PagedTableModel::refreshed);

        model.setRefreshInBackground(true);
        model.setFilter(textFilter(QStringLiteral("oka")));
        model.setRefreshInBackground(false);
        QVERIFY(model.isRefreshing());
        QCOMPARE(model.rowCount(), 3); // nothing waited for the search
        QCOMPARE(refreshed.count(), 0);

        QTRY_COMPARE(refreshed.count(), 1);
        QVERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), QStringLiteral("Ben Okafor"));
    }

    void onlyTheLastOfQuickRefreshesIsShown()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"));
        f.person(QStringLiteral("Ben Okafor"));
        PeopleModel model(f.session);
        QSignalSpy refreshed(&model, &PagedTableModel::refreshed);
        model.setRefreshInBackground(true);
        model.setFilter(textFilter(QStringLiteral("ana")));
        model.setFilter(textFilter(QStringLiteral("be")));
        model.setFilter(textFilter(QStringLiteral("ben")));
        model.setRefreshInBackground(false);
        QTRY_COMPARE(refreshed.count(), 1);
        QTest::qWait(100); // the earlier reads are dropped, not shown late
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), QStringLiteral("Ben Okafor"));
    }

    void aRefreshAtOnceOvertakesOneInTheBackground()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"));
        f.person(QStringLiteral("Ben Okafor"));
        PeopleModel model(f.session);
        model.setRefreshInBackground(true);
        model.setFilter(textFilter(QStringLiteral("ana")));
        model.setRefreshInBackground(false);
        model.setFilter(textFilter(QStringLiteral("ben"))); // e.g. showRecord() clearing it
        QVERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 1);
        QTest::qWait(200);
        QCOMPARE(model.index(0, PeopleModel::Name).data().toString(), QStringLiteral("Ben Okafor"));
    }

    void aChangeDuringTheReadIsNotMissed()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"));
        PeopleModel model(f.session);
        model.setRefreshInBackground(true);
        model.setFilter(textFilter(QStringLiteral("a")));
        model.setRefreshInBackground(false);
        f.person(QStringLiteral("Alba Reyes")); // committed on the session's connection
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 2);
    }

    void theSectionSearchesAsTheUserTypes()
    {
        Fixture f;
        f.person(QStringLiteral("Ana Silva"));
        f.person(QStringLiteral("Ben Okafor"));
        PeopleSection section(f.session);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QTest::keyClicks(section.searchEdit(), QStringLiteral("okaf"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.currentId(), section.model()->idAt(0));
        QVERIFY(section.detailView()->toPlainText().contains(QStringLiteral("Ben Okafor")));
    }
};

QTEST_MAIN(TestBackgroundRefresh)
#include "tst_backgroundrefresh.moc"
