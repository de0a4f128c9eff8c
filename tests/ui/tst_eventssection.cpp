#include "support/TestDatabase.h"

#include "events/EventEditor.h"
#include "events/EventsModel.h"
#include "events/EventsSection.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/PersonStore.h"
#include "storage/SettingsStore.h"
#include "widgets/DateField.h"
#include "widgets/Format.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimeZone>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

// A session on a fresh database whose clock and "today" are pinned (2026-03-15).
struct Fixture
{
    TestDatabase files;
    Session session{openOrFail(files.path())};

    Fixture()
    {
        session.db().setClock(&TestDatabase::fixedNow);
        session.setToday(TestDatabase::today());
    }

    Id person(const QString &name)
    {
        Person p;
        p.displayName = name;
        return PersonStore(session.db()).create(p).valueOr(0);
    }

    Id event(const QString &name, QDate start, qint64 plannedCents = 0,
             EventStatus status = EventStatus::Planned)
    {
        Event e;
        e.name = name;
        e.startDate = start;
        e.status = status;
        if (plannedCents > 0)
            e.costs = {
                {CostCategory::Registration, plannedCents, std::nullopt, FundingSource::Self, {}}};
        return EventStore(session.db()).create(e).valueOr(0);
    }

    // Fiscal years start in July: FY2025 runs 2025-07-01 … 2026-06-30.
    void budget(qint64 cents)
    {
        BudgetSettings settings;
        settings.fiscalYearStartMonth = 7;
        settings.yearlyBudget = Money{cents, QStringLiteral("USD")};
        settings.currency = QStringLiteral("USD");
        QVERIFY(SettingsStore(session.db()).setBudget(settings));
    }

    qint64 count() { return EventStore(session.db()).count({}).valueOr(-1); }
    Event get(Id id) { return EventStore(session.db()).get(id).valueOr(Event{}); }
};

template <typename T>
T *child(QWidget &parent, const char *name)
{
    return parent.findChild<T *>(QLatin1String(name));
}

RowTable *table(QWidget &editor, const char *name)
{
    QTableWidget *widget = child<QTableWidget>(editor, name);
    return widget ? qobject_cast<RowTable *>(widget->parentWidget()) : nullptr;
}

template <typename T>
T *cell(RowTable *rows, int row, int column)
{
    return qobject_cast<T *>(rows->table()->cellWidget(row, column));
}

// Replaces what a money cell holds the way a user does: select it all, type the amount.
void typeAmount(RowTable *rows, int row, int column, const QString &amount)
{
    auto *spin = cell<QDoubleSpinBox>(rows, row, column);
    QVERIFY(spin);
    spin->selectAll();
    QTest::keyClicks(spin, amount);
}

void choose(QComboBox *box, const QString &key)
{
    box->setCurrentIndex(box->findData(key));
}

QString usd(qint64 cents)
{
    return formatMoney(cents, QStringLiteral("USD"));
}

// The records the list shows, in order.
QList<Id> shownIds(EventsSection &section)
{
    QList<Id> ids;
    for (int row = 0; row < section.model()->rowCount(); ++row)
        ids.append(section.model()->idAt(row));
    return ids;
}

void clickDetailLink(EventsSection &section, const QString &action, Id id)
{
    Q_EMIT section.detailView()->anchorClicked(
        QUrl(QStringLiteral("kith:action/%1/%2").arg(action).arg(id)));
}

} // namespace

class TestEventsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelPassesTheModelTester()
    {
        Fixture f;
        const Id ala = f.event(QStringLiteral("ALA Annual"), QDate(2026, 6, 25), 25000);
        f.event(QStringLiteral("Webinar"), QDate(2025, 11, 3));
        f.event(QStringLiteral("Some meetup"), {}, 0, EventStatus::Considering);
        Event withDeadline = f.get(ala);
        withDeadline.endDate = QDate(2026, 6, 30);
        withDeadline.deadlines = {{DeadlineKind::EarlyBird, QDate(2026, 3, 20), false, {}}};
        QVERIFY(EventStore(f.session.db()).update(withDeadline));

        EventsModel model(f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, EventsModel::Name).data().toString(), QStringLiteral("ALA Annual"));
        QCOMPARE(model.index(0, EventsModel::Dates).data().toString(),
                 formatDateRange(QDate(2026, 6, 25), QDate(2026, 6, 30)));
        QCOMPARE(model.index(0, EventsModel::PlannedCost).data().toString(), usd(25000));
        QCOMPARE(
            model.index(0, EventsModel::NextDeadline).data().toString(),
            QStringLiteral("%1 (%2)").arg(formatDate(QDate(2026, 3, 20)),
                                          formatRelative(QDate(2026, 3, 20), f.session.today())));
        QCOMPARE(model.index(2, EventsModel::Name).data().toString(),
                 QStringLiteral("Some meetup")); // undated last
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        QCOMPARE(model.rowOf(ala), std::optional<int>(0));
        EventFilter planned;
        planned.status = EventStatus::Considering;
        model.setFilter(planned);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowOf(ala), std::optional<int>());
    }

    void createsWithCostsAndDeadlinesAndUndoes()
    {
        Fixture f;
        const Id pat = f.person(QStringLiteral("Pat Mentor"));
        EventEditor editor(f.session, Event{});
        editor.show();
        QVERIFY(!editor.saveButton()->isEnabled()); // no name yet

        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("ALA Annual"));
        child<DateField>(editor, "startDateField")->setDate(QDate(2026, 6, 25));
        child<DateField>(editor, "endDateField")->setDate(QDate(2026, 6, 30));
        QTest::keyClicks(child<QLineEdit>(editor, "cityEdit"), QStringLiteral("Chicago"));
        QTest::keyClicks(child<QLineEdit>(editor, "urlEdit"),
                         QStringLiteral("https://2026.alaannual.org/"));
        choose(child<QComboBox>(editor, "statusCombo"), QStringLiteral("registered"));

        RowTable *costs = table(editor, "costsTable");
        QVERIFY(costs);
        QTest::mouseClick(costs->addButton(), Qt::LeftButton);
        choose(cell<QComboBox>(costs, 0, 3), QStringLiteral("employer"));
        typeAmount(costs, 0, 1, QStringLiteral("250"));
        QTest::mouseClick(costs->addButton(), Qt::LeftButton);
        choose(cell<QComboBox>(costs, 1, 0), QStringLiteral("lodging"));
        typeAmount(costs, 1, 1, QStringLiteral("600"));
        typeAmount(costs, 1, 2, QStringLiteral("575.5"));

        RowTable *deadlines = table(editor, "deadlinesTable");
        QTest::mouseClick(deadlines->addButton(), Qt::LeftButton);
        QVERIFY(!editor.saveButton()->isEnabled()); // a deadline needs its date
        QVERIFY(!editor.problemText(QStringLiteral("deadlines")).isEmpty());
        choose(cell<QComboBox>(deadlines, 0, 0), QStringLiteral("early_bird"));
        cell<DateField>(deadlines, 0, 1)->setDate(QDate(2026, 4, 1));

        RowTable *people = table(editor, "participantsTable");
        QTest::mouseClick(people->addButton(), Qt::LeftButton);
        QTest::keyClicks(cell<RecordPicker>(people, 0, 0)->edit(), QStringLiteral("Pat Mentor"));
        choose(cell<QComboBox>(people, 0, 1), QStringLiteral("companion"));

        QVERIFY2(editor.saveButton()->isEnabled(),
                 qPrintable(editor.problemText(QStringLiteral("deadlines"))));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const Event saved = f.get(editor.savedId());
        QCOMPARE(saved.name, QStringLiteral("ALA Annual"));
        QCOMPARE(saved.startDate, QDate(2026, 6, 25));
        QCOMPARE(saved.endDate, QDate(2026, 6, 30));
        QCOMPARE(saved.status, EventStatus::Registered);
        QVERIFY(saved.isAllDay());
        QCOMPARE(saved.location.city, QStringLiteral("Chicago"));
        QCOMPARE(saved.costs.size(), 2);
        QCOMPARE(saved.costs[0].category, CostCategory::Registration);
        QCOMPARE(saved.costs[0].plannedCents, qint64(25000));
        QCOMPARE(saved.costs[0].actualCents, std::optional<qint64>()); // not paid yet
        QCOMPARE(saved.costs[0].source, FundingSource::Employer);
        QCOMPARE(saved.costs[1].category, CostCategory::Lodging);
        QCOMPARE(saved.costs[1].actualCents, std::optional<qint64>(57550));
        QCOMPARE(saved.deadlines.size(), 1);
        QCOMPARE(saved.deadlines[0].kind, DeadlineKind::EarlyBird);
        QCOMPARE(saved.deadlines[0].due, QDate(2026, 4, 1));
        QCOMPARE(saved.participants.size(), 1);
        QCOMPARE(saved.participants[0].personId, pat);
        QCOMPARE(saved.participants[0].role, ParticipantRole::Companion);

        f.session.undoStack()->undo();
        QCOMPARE(f.count(), qint64(0));
        f.session.undoStack()->redo();
        QCOMPARE(f.get(editor.savedId()).costs.size(), 2);
    }

    void timedEventKeepsItsTimesAndZone()
    {
        Fixture f;
        EventEditor editor(f.session, Event{});
        auto *zone = child<QComboBox>(editor, "timeZoneCombo");
        QCOMPARE(zone->currentText(), QString::fromLatin1(QTimeZone::systemTimeZoneId()));
        QVERIFY(!zone->isEnabled()); // all day until told otherwise
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Webinar"));
        child<DateField>(editor, "startDateField")->setDate(QDate(2026, 5, 5));
        child<QCheckBox>(editor, "allDayCheck")->setChecked(false);
        QVERIFY(zone->isEnabled());
        child<QTimeEdit>(editor, "startTimeEdit")->setTime(QTime(14, 0));
        child<QTimeEdit>(editor, "endTimeEdit")->setTime(QTime(15, 30));
        zone->setCurrentText(QStringLiteral("Europe/Berlin"));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        const Event saved = f.get(editor.savedId());
        QCOMPARE(saved.startTime, QTime(14, 0));
        QCOMPARE(saved.endTime, QTime(15, 30));
        QCOMPARE(saved.timeZone, QStringLiteral("Europe/Berlin"));
    }

    void editsAndUndoes()
    {
        Fixture f;
        const Id id = f.event(QStringLiteral("ACRL"), QDate(2026, 4, 10), 30000);
        {
            Event e = f.get(id);
            e.costs.append({CostCategory::Travel, 12000, std::nullopt, FundingSource::Self, {}});
            QVERIFY(EventStore(f.session.db()).update(e));
        }
        EventEditor editor(f.session, f.get(id));
        editor.show();
        auto *name = child<QLineEdit>(editor, "nameEdit");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("ACRL 2026"));
        RowTable *costs = table(editor, "costsTable");
        QCOMPARE(costs->rowCount(), 2);
        costs->table()->setCurrentCell(0, 4);
        QTest::mouseClick(child<QPushButton>(editor, "costsRemoveButton"), Qt::LeftButton);
        QCOMPARE(costs->rowCount(), 1);
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(f.get(id).name, QStringLiteral("ACRL 2026"));
        QCOMPARE(f.get(id).costs.size(), 1);
        QCOMPARE(f.get(id).costs[0].category, CostCategory::Travel);

        f.session.undoStack()->undo();
        QCOMPARE(f.get(id).name, QStringLiteral("ACRL"));
        QCOMPARE(f.get(id).costs.size(), 2);
    }

    void deletesAfterConfirmationAndUndoes()
    {
        Fixture f;
        const Id id = f.event(QStringLiteral("ALA Annual"), QDate(2026, 6, 25), 25000);
        EventsSection section(f.session);
        section.showRecord(id);
        QCOMPARE(section.selectedIds(), QList<Id>{id});

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        section.deleteAction()->trigger();
        QCOMPARE(f.count(), qint64(1));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        section.deleteAction()->trigger();
        QCOMPARE(f.count(), qint64(0));
        QCOMPARE(section.model()->rowCount(), 0);

        f.session.undoStack()->undo();
        QCOMPARE(f.count(), qint64(1));
        QCOMPARE(f.get(id).costs.size(), 1); // its cost lines come back with it
        QCOMPARE(section.model()->rowCount(), 1);
    }

    void runningTotalAndBudgetFollowTheTyping()
    {
        Fixture f;
        f.budget(150000);
        f.event(QStringLiteral("Fall workshop"), QDate(2025, 9, 10), 30000); // FY2025
        EventEditor editor(f.session, Event{});
        editor.show();
        auto *totals = child<QLabel>(editor, "costTotalLabel");
        auto *budget = child<QLabel>(editor, "budgetLabel");
        QVERIFY(totals && budget);
        QVERIFY(budget->text().contains(QStringLiteral("start date")));

        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("Spring forum"));
        child<DateField>(editor, "startDateField")->setDate(QDate(2026, 5, 1)); // FY2025
        RowTable *costs = table(editor, "costsTable");
        QTest::mouseClick(costs->addButton(), Qt::LeftButton);
        typeAmount(costs, 0, 1, QStringLiteral("1000"));
        QCOMPARE(totals->text(),
                 QStringLiteral("Planned: %1 · Actual: %2").arg(usd(100000), usd(0)));
        QCOMPARE(budget->text(), QStringLiteral("This event: %1 · Left in FY2025 budget after it: "
                                                "%2 of %3")
                                     .arg(usd(100000), usd(20000), usd(150000)));

        typeAmount(costs, 0, 1, QStringLiteral("1300"));
        typeAmount(costs, 0, 2, QStringLiteral("1250"));
        QCOMPARE(totals->text(),
                 QStringLiteral("Planned: %1 · Actual: %2").arg(usd(130000), usd(125000)));
        QCOMPARE(budget->text(),
                 QStringLiteral("This event: %1 · With it, FY2025 is %2 over its budget of %3")
                     .arg(usd(130000), usd(10000), usd(150000)));

        child<DateField>(editor, "startDateField")->setDate(QDate(2026, 8, 1)); // FY2026
        QCOMPARE(budget->text(), QStringLiteral("This event: %1 · Left in FY2026 budget after it: "
                                                "%2 of %3")
                                     .arg(usd(130000), usd(20000), usd(150000)));

        choose(child<QComboBox>(editor, "statusCombo"), QStringLiteral("skipped"));
        QVERIFY(budget->text().contains(QStringLiteral("Skipped")));
    }

    void budgetCountsAnEditedEventOnce()
    {
        Fixture f;
        f.budget(150000);
        const Id id = f.event(QStringLiteral("Fall workshop"), QDate(2025, 9, 10), 30000);
        EventEditor editor(f.session, f.get(id));
        auto *budget = child<QLabel>(editor, "budgetLabel");
        QCOMPARE(budget->text(), QStringLiteral("This event: %1 · Left in FY2025 budget after it: "
                                                "%2 of %3")
                                     .arg(usd(30000), usd(120000), usd(150000)));
        RowTable *costs = table(editor, "costsTable");
        QTest::mouseClick(costs->addButton(), Qt::LeftButton);
        typeAmount(costs, 1, 1, QStringLiteral("100"));
        QCOMPARE(budget->text(), QStringLiteral("This event: %1 · Left in FY2025 budget after it: "
                                                "%2 of %3")
                                     .arg(usd(40000), usd(110000), usd(150000)));
    }

    void problemsShowNextToTheField_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("field");
        QTest::newRow("ends before it starts")
            << QDate(2026, 6, 30) << QDate(2026, 6, 25) << QString() << QStringLiteral("endDate");
        QTest::newRow("ends with no start")
            << QDate() << QDate(2026, 6, 25) << QString() << QStringLiteral("startDate");
        QTest::newRow("web page that is not an address")
            << QDate(2026, 6, 25) << QDate() << QStringLiteral("not a web address")
            << QStringLiteral("url");
    }

    void problemsShowNextToTheField()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(QString, url);
        QFETCH(QString, field);
        Fixture f;
        EventEditor editor(f.session, Event{});
        editor.show();
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("ALA Annual"));
        QVERIFY(editor.saveButton()->isEnabled());
        child<DateField>(editor, "startDateField")->setDate(start);
        child<DateField>(editor, "endDateField")->setDate(end);
        QTest::keyClicks(child<QLineEdit>(editor, "urlEdit"), url);
        QVERIFY(!editor.problemText(field).isEmpty());
        QVERIFY(!editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(f.count(), qint64(0));

        // Putting it right enables Save again.
        child<DateField>(editor, "endDateField")->setDate({});
        child<DateField>(editor, "startDateField")->setDate(QDate(2026, 6, 25));
        child<QLineEdit>(editor, "urlEdit")->clear();
        QVERIFY(editor.problemText(field).isEmpty());
        QVERIFY(editor.saveButton()->isEnabled());
    }

    void sessionTimesMustBeTimes()
    {
        Fixture f;
        EventEditor editor(f.session, Event{});
        QTest::keyClicks(child<QLineEdit>(editor, "nameEdit"), QStringLiteral("ALA Annual"));
        RowTable *sessions = table(editor, "sessionsTable");
        sessions->addRow({QStringLiteral("Federal careers"), QDate(2026, 6, 26),
                          QStringLiteral("half past ten"), QString()});
        QVERIFY(!editor.problemText(QStringLiteral("sessions")).isEmpty());
        QVERIFY(!editor.saveButton()->isEnabled());
        sessions->table()->item(0, 2)->setText(QStringLiteral("10:30"));
        QVERIFY(editor.saveButton()->isEnabled());
        QCOMPARE(editor.collect().sessions.first().startsAt,
                 QDateTime(QDate(2026, 6, 26), QTime(10, 30)));
    }

    void filtersNarrowTheList()
    {
        Fixture f;
        const Id past = f.event(QStringLiteral("Fall workshop"), QDate(2025, 10, 1));
        const Id upcoming = f.event(QStringLiteral("ALA Annual"), QDate(2026, 6, 25));
        const Id maybe = f.event(QStringLiteral("Maybe a meetup"), {}, 0, EventStatus::Considering);
        {
            Event e = f.get(past);
            e.kind = EventKind::Workshop;
            QVERIFY(EventStore(f.session.db()).update(e));
        }
        QVERIFY(EventStore(f.session.db()).addTag({upcoming}, QStringLiteral("ala")));
        EventsSection section(f.session);
        QCOMPARE(section.model()->rowCount(), 3);

        // Each filter applies after a short delay; wait for the rows it leaves.
        auto *period = child<QComboBox>(section, "eventsPeriodFilter");
        period->setCurrentIndex(int(EventsSection::Period::Upcoming));
        QTRY_COMPARE(shownIds(section), QList<Id>{upcoming});
        period->setCurrentIndex(int(EventsSection::Period::Past));
        QTRY_COMPARE(shownIds(section), QList<Id>{past});
        period->setCurrentIndex(int(EventsSection::Period::All));
        QTRY_COMPARE(shownIds(section), (QList<Id>{upcoming, past, maybe}));

        choose(child<QComboBox>(section, "eventsStatusFilter"), QStringLiteral("considering"));
        QTRY_COMPARE(shownIds(section), QList<Id>{maybe});
        child<QComboBox>(section, "eventsStatusFilter")->setCurrentIndex(0);
        choose(child<QComboBox>(section, "eventsKindFilter"), QStringLiteral("workshop"));
        QTRY_COMPARE(shownIds(section), QList<Id>{past});
        child<QComboBox>(section, "eventsKindFilter")->setCurrentIndex(0);
        choose(child<QComboBox>(section, "eventsTagFilter"), QStringLiteral("ala"));
        QTRY_COMPARE(shownIds(section), QList<Id>{upcoming});

        // Showing a record the filters hide clears them.
        section.showRecord(past);
        QCOMPARE(section.currentId(), past);
        QCOMPARE(section.model()->rowCount(), 3);
    }

    void deadlinesAreTickedOffFromTheDetails()
    {
        Fixture f;
        const Id id = f.event(QStringLiteral("ALA Annual"), QDate(2026, 6, 25), 25000);
        Event e = f.get(id);
        e.deadlines = {{DeadlineKind::EarlyBird, QDate(2026, 3, 1), false, {}},
                       {DeadlineKind::Lodging, QDate(2026, 5, 20), false, {}}};
        QVERIFY(EventStore(f.session.db()).update(e));
        EventsSection section(f.session);
        section.showRecord(id);
        QString html = section.detailView()->toHtml();
        QCOMPARE(html.count(QStringLiteral("overdue")), 1);
        QVERIFY(html.contains(QStringLiteral("deadlineDone-0")));
        // Amounts do not wrap, so the HTML holds their spaces as &nbsp;.
        QVERIFY(section.detailView()->toPlainText().contains(usd(25000)));

        clickDetailLink(section, QStringLiteral("deadlineDone-0"), id);
        QVERIFY(f.get(id).deadlines[0].done);
        QVERIFY(!f.get(id).deadlines[1].done);
        html = section.detailView()->toHtml();
        QVERIFY(!html.contains(QStringLiteral("overdue")));
        QVERIFY(html.contains(QStringLiteral("deadlineOpen-0")));

        f.session.undoStack()->undo();
        QVERIFY(!f.get(id).deadlines[0].done);
        QVERIFY(section.detailView()->toHtml().contains(QStringLiteral("overdue")));
    }

    void detailsLinkToThePeople()
    {
        Fixture f;
        const Id pat = f.person(QStringLiteral("Pat Mentor"));
        const Id id = f.event(QStringLiteral("ALA Annual"), QDate(2026, 6, 25));
        Event e = f.get(id);
        e.participants = {{pat, ParticipantRole::Companion, false}};
        e.reflection = QStringLiteral("Met three federal librarians.");
        QVERIFY(EventStore(f.session.db()).update(e));
        EventsSection section(f.session);
        section.showRecord(id);
        const QString html = section.detailView()->toHtml();
        QVERIFY(html.contains(QStringLiteral("kith:person/%1").arg(pat)));
        QVERIFY(html.contains(QStringLiteral("Met three federal librarians.")));
    }
};

QTEST_MAIN(TestEventsSection)
#include "tst_eventssection.moc"
