#include "support/TestDatabase.h"

#include "interactions/InteractionEditor.h"
#include "interactions/InteractionsModel.h"
#include "interactions/InteractionsSection.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolTip>

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

    Id interaction(QDate date, QList<Id> people, InteractionKind kind = InteractionKind::Met,
                   QDate followUpOn = {}, const QString &summary = {})
    {
        Interaction i;
        i.date = date;
        i.personIds = std::move(people);
        i.kind = kind;
        i.followUpOn = followUpOn;
        i.summary = summary;
        return InteractionStore(session.db()).create(i).valueOr(0);
    }

    QDate lastContact(Id personId)
    {
        PersonQuery query;
        query.filter.ids = {personId};
        const QList<PersonSummary> rows = PersonStore(session.db()).list(query).valueOr({});
        return rows.isEmpty() ? QDate() : rows.first().lastContact;
    }
};

QDate today()
{
    return TestDatabase::today();
}

// Types a name into a record picker the way a user finishes typing it: an exact name
// resolves without opening the suggestions.
void typeName(RecordPicker *picker, const QString &name)
{
    QTest::keyClicks(picker->edit(), name);
}

RecordPicker *pickerInRow(RowTable *table, int row)
{
    return qobject_cast<RecordPicker *>(table->table()->cellWidget(row, 0));
}

void clickDetailLink(InteractionsSection &section, const QString &action, Id id)
{
    Q_EMIT section.detailView()->anchorClicked(
        QUrl(QStringLiteral("kith:action/%1/%2").arg(action).arg(id)));
}

} // namespace

class TestInteractionsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void editorLogsOneInteractionWithTwoPeople()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id ben = f.person(QStringLiteral("Ben Okafor"));
        Interaction start;
        start.date = today();
        InteractionEditor editor(f.session, start);
        editor.show();

        RowTable *people = editor.peopleTable();
        QVERIFY(people);
        QCOMPARE(people->rowCount(), 1); // a row to type the first person into
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(!editor.problemText(QStringLiteral("people")).isEmpty());

        typeName(pickerInRow(people, 0), QStringLiteral("Ana Silva"));
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("peopleAddButton")),
                          Qt::LeftButton);
        QCOMPARE(people->rowCount(), 2);
        typeName(pickerInRow(people, 1), QStringLiteral("Ben Okafor"));
        auto *kind = editor.findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findData(enumKey(InteractionKind::Call)));
        QTest::keyClicks(editor.findChild<QPlainTextEdit *>(QStringLiteral("summaryEdit")),
                         QStringLiteral("Talked about the archives job"));
        QVERIFY2(editor.saveButton()->isEnabled(),
                 qPrintable(editor.problemText(QStringLiteral("people"))));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);

        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QVERIFY(editor.savedId() > 0);
        const Interaction saved = InteractionStore(f.session.db()).get(editor.savedId()).value();
        QCOMPARE(saved.personIds, (QList<Id>{ana, ben}));
        QCOMPARE(saved.kind, InteractionKind::Call);
        QCOMPARE(saved.date, today());
        QCOMPARE(saved.summary, QStringLiteral("Talked about the archives job"));
        QCOMPARE(f.lastContact(ana), today());
        QCOMPARE(f.lastContact(ben), today());

        f.session.undoStack()->undo();
        QCOMPARE(InteractionStore(f.session.db()).get(editor.savedId()).error().code(),
                 ErrorCode::NotFound);
        QCOMPARE(f.lastContact(ana), QDate());
        QCOMPARE(f.lastContact(ben), QDate());
    }

    void editorStartsFromTheGivenPeopleAndRejectsUnknownNames()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        Interaction start;
        start.date = today().addDays(-3);
        start.personIds = {ana};
        InteractionEditor editor(f.session, start);
        editor.show();
        RowTable *people = editor.peopleTable();
        QCOMPARE(people->rowCount(), 1);
        QCOMPARE(pickerInRow(people, 0)->label(), QStringLiteral("Ana Silva"));
        QCOMPARE(editor.collect().date, today().addDays(-3));
        QVERIFY(editor.saveButton()->isEnabled());

        QTest::mouseClick(people->addButton(), Qt::LeftButton);
        typeName(pickerInRow(people, 1), QStringLiteral("Nobody Known"));
        QVERIFY(!editor.saveButton()->isEnabled());
        QVERIFY(editor.problemText(QStringLiteral("people")).contains(QStringLiteral("Pick")));
    }

    void editingKeepsTheFollowUpDone()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id id = f.interaction(today(), {ana}, InteractionKind::Email, today().addDays(3));
        InteractionEditor editor(f.session, InteractionStore(f.session.db()).get(id).value());
        editor.show();
        QVERIFY(editor.windowTitle().contains(QStringLiteral("Edit")));
        Interaction changed = editor.collect();
        QCOMPARE(changed.followUpOn, today().addDays(3));
        QCOMPARE(changed.personIds, QList<Id>{ana});
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(InteractionStore(f.session.db()).count({}).value(), qint64(1));
    }

    void followUpIsDoneFromTheDetails()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id id = f.interaction(today().addDays(-10), {ana}, InteractionKind::Call,
                                    today().addDays(-2), QStringLiteral("Send the CV"));
        InteractionsSection section(f.session);
        section.show();
        section.showRecord(id);
        QCOMPARE(section.currentId(), id);
        QVERIFY(section.detailView()->toHtml().contains(QStringLiteral("Snooze a week")));

        clickDetailLink(section, QStringLiteral("done"), id);
        QCOMPARE(InteractionStore(f.session.db()).get(id)->followUpDoneOn, today());
        QVERIFY(!section.detailView()->toHtml().contains(QStringLiteral("Snooze a week")));
        QVERIFY(section.detailView()->toPlainText().contains(QStringLiteral("done on")));
        const QModelIndex followUp = section.model()->index(0, InteractionsModel::FollowUp);
        QVERIFY(followUp.data().toString().contains(QStringLiteral("done")));

        f.session.undoStack()->undo();
        QCOMPARE(InteractionStore(f.session.db()).get(id)->followUpDoneOn, QDate());
    }

    void followUpIsSnoozedAWeek_data()
    {
        QTest::addColumn<int>("dueIn");
        QTest::addColumn<int>("expectedIn");
        QTest::newRow("overdue waits a week from today") << -4 << 7;
        QTest::newRow("due today waits a week") << 0 << 7;
        QTest::newRow("upcoming waits a week longer") << 3 << 10;
    }

    void followUpIsSnoozedAWeek()
    {
        QFETCH(int, dueIn);
        QFETCH(int, expectedIn);
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id id = f.interaction(today().addDays(-10), {ana}, InteractionKind::Call,
                                    today().addDays(dueIn));
        InteractionsSection section(f.session);
        section.show();
        section.showRecord(id);

        clickDetailLink(section, QStringLiteral("snooze"), id);
        const Interaction snoozed = InteractionStore(f.session.db()).get(id).value();
        QCOMPARE(snoozed.followUpOn, today().addDays(expectedIn));
        QVERIFY(!snoozed.followUpDoneOn.isValid());
        QCOMPARE(f.session.undoStack()->count(), 1);
        f.session.undoStack()->undo();
        QCOMPARE(InteractionStore(f.session.db()).get(id)->followUpOn, today().addDays(dueIn));
    }

    void filtersNarrowTheList()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        f.interaction(today().addDays(-3), {ana}, InteractionKind::Call, today().addDays(4));
        f.interaction(today().addDays(-40), {ana}, InteractionKind::Email);
        f.interaction(QDate(2025, 12, 1), {ana}, InteractionKind::Call);
        InteractionsSection section(f.session);
        section.show();
        QCOMPARE(section.model()->rowCount(), 3);

        auto *kind = section.findChild<QComboBox *>(QStringLiteral("interactionsKindFilter"));
        kind->setCurrentIndex(kind->findData(enumKey(InteractionKind::Call)));
        QTRY_COMPARE(section.model()->rowCount(), 2);
        auto *period = section.findChild<QComboBox *>(QStringLiteral("interactionsPeriodFilter"));
        period->setCurrentIndex(period->findData(int(InteractionsSection::Period::ThisYear)));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        kind->setCurrentIndex(0);
        QTRY_COMPARE(section.model()->rowCount(), 2);
        period->setCurrentIndex(period->findData(int(InteractionsSection::Period::Last30Days)));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        period->setCurrentIndex(0);
        section.findChild<QCheckBox *>(QStringLiteral("interactionsOpenFollowUpsFilter"))
            ->setChecked(true);
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->index(0, InteractionsModel::Kind).data().toString(),
                 enumLabel(InteractionKind::Call));
    }

    void searchFindsByPersonAndSummary()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id ben = f.person(QStringLiteral("Ben Okafor"));
        f.interaction(today(), {ana}, InteractionKind::Met, {}, QStringLiteral("Poster session"));
        f.interaction(today(), {ben}, InteractionKind::Met, {}, QStringLiteral("Coffee"));
        InteractionsSection section(f.session);
        section.show();
        QTest::keyClicks(section.searchEdit(), QStringLiteral("okaf"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        QCOMPARE(section.model()->index(0, InteractionsModel::People).data().toString(),
                 QStringLiteral("Ben Okafor"));
        section.searchEdit()->clear();
        QTest::keyClicks(section.searchEdit(), QStringLiteral("poster"));
        QTRY_COMPARE(section.model()->index(0, InteractionsModel::Summary).data().toString(),
                     QStringLiteral("Poster session"));
        QCOMPARE(section.model()->rowCount(), 1);
    }

    void deletingAsksThenCanBeUndone()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id id = f.interaction(today(), {ana});
        InteractionsSection section(f.session);
        section.show();
        section.showRecord(id);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        section.deleteAction()->trigger();
        QCOMPARE(InteractionStore(f.session.db()).count({}).value(), qint64(1));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        section.deleteAction()->trigger();
        QCOMPARE(InteractionStore(f.session.db()).count({}).value(), qint64(0));
        QCOMPARE(PersonStore(f.session.db()).count({}).value(), qint64(1)); // Ana stays
        f.session.undoStack()->undo();
        QCOMPARE(InteractionStore(f.session.db()).count({}).value(), qint64(1));
        QTRY_COMPARE(section.model()->rowCount(), 1);
    }

    void unsortableColumnsKeepTheOrder()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id older = f.interaction(today().addDays(-5), {ana});
        const Id newer = f.interaction(today(), {ana});
        InteractionsSection section(f.session);
        section.show();
        QCOMPARE(section.model()->idAt(0), newer); // newest first
        section.view()->sortByColumn(InteractionsModel::People, Qt::AscendingOrder);
        QCOMPARE(section.model()->sortColumn(), int(InteractionsModel::Date));
        QCOMPARE(section.view()->horizontalHeader()->sortIndicatorSection(),
                 int(InteractionsModel::Date));
        QCOMPARE(section.model()->idAt(0), newer);
        section.view()->sortByColumn(InteractionsModel::Date, Qt::AscendingOrder);
        QCOMPARE(section.model()->idAt(0), older);
        QCOMPARE(section.model()->rowOf(newer), std::optional<int>(1));
    }

    void columnsFitTheListUntilSizedByHand()
    {
        Fixture f;
        const QString longName = QStringLiteral("Maximiliana Bartholomew-Featherstonehaugh");
        f.interaction(today(), {f.person(longName)});
        InteractionsSection section(f.session);
        section.resize(900, 500);
        section.show();
        QVERIFY(QTest::qWaitForWindowExposed(&section));
        QHeaderView *header = section.view()->horizontalHeader();
        const auto total = [header] {
            return header->sectionPosition(header->count() - 1) +
                   header->sectionSize(header->count() - 1);
        };
        const auto viewport = [&section] { return section.view()->viewport()->width(); };
        // Too narrow for the widths the columns want: all are in view, the summary keeps a
        // quarter, and the list does not scroll sideways.
        QCOMPARE(total(), viewport());
        QVERIFY2(header->sectionSize(InteractionsModel::Summary) >= viewport() / 4,
                 qPrintable(QString::number(header->sectionSize(InteractionsModel::Summary))));
        QVERIFY(header->sectionSize(InteractionsModel::Date) > 60);

        // Refreshing the list (it resets its model) is not sizing by hand.
        section.searchEdit()->setText(QStringLiteral("nothing like it"));
        QTRY_COMPARE(section.model()->rowCount(), 0);
        section.searchEdit()->clear();
        QTRY_COMPARE(section.model()->rowCount(), 1);

        // Wider: the summary takes the room to spare, the others what they want.
        const int summaryBefore = header->sectionSize(InteractionsModel::Summary);
        section.resize(2400, 500);
        QTRY_COMPARE(total(), viewport());
        QCOMPARE(header->sectionSize(InteractionsModel::Date), 100);
        QVERIFY(header->sectionSize(InteractionsModel::Summary) > summaryBefore);

        // A column sized by hand stays so; fitting again is on the header's menu.
        header->resizeSection(InteractionsModel::Kind, 300);
        section.resize(900, 500);
        QTRY_VERIFY(viewport() < 900);
        QCOMPARE(header->sectionSize(InteractionsModel::Kind), 300);
        QAction *fit = header->findChild<QAction *>(QStringLiteral("interactionsFitColumnsAction"));
        QVERIFY(fit);
        QVERIFY(header->actions().contains(fit));
        fit->trigger();
        QCOMPARE(total(), viewport());
        QVERIFY(header->sectionSize(InteractionsModel::Kind) < 300);

        // A text cut short by its column is whole in the cell's tooltip.
        QTableView *view = section.view();
        const QRect cell = view->visualRect(view->model()->index(0, InteractionsModel::People));
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        view->viewport()->mapToGlobal(cell.center()));
        QCoreApplication::sendEvent(view->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QCOMPARE(QToolTip::text(), longName);
    }

    void modelPassesTheItemModelTester()
    {
        Fixture f;
        const Id ana = f.person(QStringLiteral("Ana Silva"));
        const Id ben = f.person(QStringLiteral("Ben Okafor"));
        Event e;
        e.name = QStringLiteral("ALA Annual");
        const Id event = EventStore(f.session.db()).create(e).value();
        for (int day = 0; day < 30; ++day) {
            Interaction i;
            i.date = today().addDays(-day);
            i.personIds = day % 3 ? QList<Id>{ana} : QList<Id>{ana, ben};
            i.kind = enumValues<InteractionKind>().at(day % 6);
            i.eventId = day % 5 ? std::nullopt : std::optional<Id>(event);
            i.summary = QStringLiteral("Note %1\nsecond line").arg(day);
            i.followUpOn = day % 4 ? QDate() : today().addDays(day - 10);
            i.followUpDoneOn = day % 8 ? QDate() : i.followUpOn;
            QVERIFY(InteractionStore(f.session.db()).create(i).ok());
        }
        InteractionsModel model(f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 30);
        QCOMPARE(model.columnCount(), int(InteractionsModel::ColumnCount));
        for (int column = 0; column < model.columnCount(); ++column) {
            QVERIFY(
                !model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
            model.sort(column, Qt::AscendingOrder);
            for (int row = 0; row < model.rowCount(); ++row)
                QCOMPARE(model.rowOf(model.idAt(row)), std::optional<int>(row));
        }
        model.sort(InteractionsModel::Date, Qt::DescendingOrder);
        QCOMPARE(model.index(0, InteractionsModel::Summary).data().toString(),
                 QStringLiteral("Note 0")); // one line
        QCOMPARE(model.index(0, InteractionsModel::People).data().toString(),
                 QStringLiteral("Ana Silva, Ben Okafor"));
        QCOMPARE(model.index(0, InteractionsModel::Event).data().toString(),
                 QStringLiteral("ALA Annual"));
        QVERIFY(model.index(4, InteractionsModel::FollowUp)
                    .data()
                    .toString()
                    .contains(QStringLiteral("ago")));

        InteractionFilter open;
        open.openFollowUpsOnly = true;
        model.setFilter(open);
        QCOMPARE(model.rowCount(), 4); // days 4, 12, 20, 28: the follow-ups not done
    }
};

QTEST_MAIN(TestInteractionsSection)
#include "tst_interactionssection.moc"
