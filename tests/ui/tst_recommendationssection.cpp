#include "support/TestDatabase.h"

#include "recommendations/RecommendBack.h"
#include "recommendations/RecommendationEditor.h"
#include "recommendations/RecommendationsModel.h"
#include "recommendations/RecommendationsSection.h"
#include "session/Session.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"
#include "widgets/DateField.h"
#include "widgets/MessageBox.h"
#include "widgets/RecordPicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

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

    Id recommendation(Id personId, RecommendationDirection direction, RecommendationStatus status,
                      QDate completedOn = {},
                      const QString &text = QStringLiteral("Thorough and generous."))
    {
        Recommendation r;
        r.personId = personId;
        r.direction = direction;
        r.status = status;
        r.completedOn = completedOn;
        r.requestedOn = completedOn.isValid() ? completedOn.addDays(-20) : QDate();
        r.text = text;
        return RecommendationStore(session.db()).create(r).valueOr(0);
    }

    Id received(Id personId, QDate on = QDate(2026, 2, 1))
    {
        return recommendation(personId, RecommendationDirection::Received,
                              RecommendationStatus::Received, on);
    }

    QList<RecommendationSummary> all()
    {
        return RecommendationStore(session.db()).list({}).valueOr({});
    }
};

QComboBox *combo(QWidget &editor, const char *name)
{
    return editor.findChild<QComboBox *>(QLatin1String(name));
}

void choose(QComboBox *box, const QString &key)
{
    box->setCurrentIndex(box->findData(key));
}

QStringList choiceKeys(QComboBox *box)
{
    QStringList keys;
    for (int i = 0; i < box->count(); ++i)
        keys.append(box->itemData(i).toString());
    return keys;
}

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *key : list)
        result.append(QLatin1String(key));
    return result;
}

} // namespace

class TestRecommendationsSection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void modelPassesTheModelTester()
    {
        Fixture f;
        const Id ada = f.person(QStringLiteral("Ada Lovelace"));
        const Id sam = f.person(QStringLiteral("Sam Ortiz"));
        f.received(ada);
        f.recommendation(sam, RecommendationDirection::Given, RecommendationStatus::ToAsk);
        f.recommendation(sam, RecommendationDirection::Received, RecommendationStatus::Requested);
        RecommendationsModel model(f.session);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        for (int column = 0; column < model.columnCount(); ++column) {
            model.sort(column, Qt::AscendingOrder);
            model.sort(column, Qt::DescendingOrder);
        }
        RecommendationFilter given;
        given.direction = RecommendationDirection::Given;
        model.setFilter(given);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, RecommendationsModel::Person).data().toString(),
                 QStringLiteral("Sam Ortiz"));
        QCOMPARE(model.index(0, RecommendationsModel::Status).data().toString(),
                 enumLabel(RecommendationStatus::ToAsk));
    }

    void unsortableColumnsKeepTheOrder()
    {
        Fixture f;
        RecommendationsModel model(f.session);
        QCOMPARE(model.sortColumn(), int(RecommendationsModel::Date));
        model.sort(RecommendationsModel::Excerpt, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(RecommendationsModel::Date));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        model.sort(RecommendationsModel::Person, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(RecommendationsModel::Person));
    }

    void createsThroughTheEditorAndUndoes()
    {
        Fixture f;
        const Id ada = f.person(QStringLiteral("Ada Lovelace"));
        RecommendationEditor editor(f.session, Recommendation{});
        editor.show();
        QVERIFY(!editor.saveButton()->isEnabled()); // no person yet
        QVERIFY(!editor.problemText(QStringLiteral("person")).isEmpty());

        choose(combo(editor, "directionCombo"), QStringLiteral("received"));
        auto *picker = editor.findChild<RecordPicker *>(QStringLiteral("personPicker"));
        QVERIFY(picker);
        QTest::keyClicks(picker->edit(), QStringLiteral("Ada Lovelace"));
        choose(combo(editor, "platformCombo"), QStringLiteral("letter"));
        QTest::keyClicks(combo(editor, "contextCombo")->lineEdit(), QStringLiteral("professor"));
        editor.findChild<DateField *>(QStringLiteral("requestedOnField"))
            ->setDate(QDate(2026, 1, 10));
        editor.findChild<DateField *>(QStringLiteral("completedOnField"))
            ->setDate(QDate(2026, 2, 1));
        choose(combo(editor, "statusCombo"), QStringLiteral("received"));
        QTest::keyClicks(editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit")),
                         QStringLiteral("Ada is a careful, generous colleague."));
        QVERIFY2(editor.saveButton()->isEnabled(),
                 qPrintable(editor.problemText(QStringLiteral("person"))));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const Recommendation saved =
            RecommendationStore(f.session.db()).get(editor.savedId()).value();
        QCOMPARE(saved.personId, ada);
        QCOMPARE(saved.direction, RecommendationDirection::Received);
        QCOMPARE(saved.status, RecommendationStatus::Received);
        QCOMPARE(saved.platform, RecommendationPlatform::Letter);
        QCOMPARE(saved.context, QStringLiteral("professor"));
        QCOMPARE(saved.requestedOn, QDate(2026, 1, 10));
        QCOMPARE(saved.completedOn, QDate(2026, 2, 1));
        QCOMPARE(saved.text, QStringLiteral("Ada is a careful, generous colleague."));

        f.session.undoStack()->undo();
        QVERIFY(f.all().isEmpty());
        f.session.undoStack()->redo();
        QCOMPARE(f.all().size(), 1);
    }

    void editsThroughTheEditorAndUndoes()
    {
        Fixture f;
        const Id id = f.received(f.person(QStringLiteral("Ada Lovelace")));
        RecommendationEditor editor(f.session, RecommendationStore(f.session.db()).get(id).value());
        editor.show();
        auto *text = editor.findChild<QPlainTextEdit *>(QStringLiteral("textEdit"));
        text->selectAll();
        QTest::keyClicks(text, QStringLiteral("Rewritten."));
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QCOMPARE(editor.result(), int(QDialog::Accepted));
        QCOMPARE(RecommendationStore(f.session.db()).get(id)->text, QStringLiteral("Rewritten."));

        f.session.undoStack()->undo();
        QCOMPARE(RecommendationStore(f.session.db()).get(id)->text,
                 QStringLiteral("Thorough and generous."));
    }

    void deletesAfterConfirmationAndUndoes()
    {
        Fixture f;
        const Id id = f.received(f.person(QStringLiteral("Ada Lovelace")));
        RecommendationsSection section(f.session);
        section.showRecord(id);
        QCOMPARE(section.selectedIds(), QList<Id>{id});

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        section.deleteAction()->trigger();
        QCOMPARE(f.all().size(), 1);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        section.deleteAction()->trigger();
        QVERIFY(f.all().isEmpty());
        QCOMPARE(section.model()->rowCount(), 0);

        f.session.undoStack()->undo();
        QCOMPARE(f.all().size(), 1);
        QCOMPARE(section.model()->rowCount(), 1);
    }

    void statusChoicesFollowTheDirection_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QStringList>("statuses");
        QTest::newRow("one received can end received")
            << QStringLiteral("received") << keys({"to_ask", "requested", "received", "declined"});
        QTest::newRow("one given can end given")
            << QStringLiteral("given") << keys({"to_ask", "requested", "given", "declined"});
    }

    void statusChoicesFollowTheDirection()
    {
        QFETCH(QString, direction);
        QFETCH(QStringList, statuses);
        Fixture f;
        RecommendationEditor editor(f.session, Recommendation{});
        choose(combo(editor, "directionCombo"), direction);
        QCOMPARE(choiceKeys(combo(editor, "statusCombo")), statuses);
    }

    void switchingDirectionCarriesTheStatusOver()
    {
        Fixture f;
        RecommendationEditor editor(f.session, Recommendation{});
        choose(combo(editor, "directionCombo"), QStringLiteral("received"));
        choose(combo(editor, "statusCombo"), QStringLiteral("received"));
        choose(combo(editor, "directionCombo"), QStringLiteral("given"));
        QCOMPARE(combo(editor, "statusCombo")->currentData().toString(), QStringLiteral("given"));
        choose(combo(editor, "statusCombo"), QStringLiteral("requested"));
        choose(combo(editor, "directionCombo"), QStringLiteral("received"));
        QCOMPARE(combo(editor, "statusCombo")->currentData().toString(),
                 QStringLiteral("requested"));
    }

    void problemsShowNextToTheField_data()
    {
        QTest::addColumn<QString>("person");
        QTest::addColumn<QDate>("requested");
        QTest::addColumn<QDate>("completed");
        QTest::addColumn<QString>("field");
        QTest::newRow("received before it was requested")
            << QStringLiteral("Ada Lovelace") << QDate(2026, 2, 1) << QDate(2026, 1, 1)
            << QStringLiteral("completedOn");
        QTest::newRow("nobody named")
            << QString() << QDate() << QDate() << QStringLiteral("person");
        QTest::newRow("a name not picked")
            << QStringLiteral("Nobody Known") << QDate() << QDate() << QStringLiteral("person");
    }

    void problemsShowNextToTheField()
    {
        QFETCH(QString, person);
        QFETCH(QDate, requested);
        QFETCH(QDate, completed);
        QFETCH(QString, field);
        Fixture f;
        f.person(QStringLiteral("Ada Lovelace"));
        RecommendationEditor editor(f.session, Recommendation{});
        editor.show();
        QTest::keyClicks(editor.findChild<RecordPicker *>(QStringLiteral("personPicker"))->edit(),
                         person);
        editor.findChild<DateField *>(QStringLiteral("requestedOnField"))->setDate(requested);
        editor.findChild<DateField *>(QStringLiteral("completedOnField"))->setDate(completed);
        QVERIFY(!editor.problemText(field).isEmpty());
        QVERIFY(!editor.saveButton()->isEnabled());
        QTest::mouseClick(editor.saveButton(), Qt::LeftButton);
        QVERIFY(f.all().isEmpty());
    }

    void filtersNarrowTheList()
    {
        Fixture f;
        const Id ada = f.person(QStringLiteral("Ada Lovelace"));
        const Id sam = f.person(QStringLiteral("Sam Ortiz"));
        f.received(ada);
        f.recommendation(sam, RecommendationDirection::Given, RecommendationStatus::Given,
                         QDate(2026, 1, 5));
        f.recommendation(sam, RecommendationDirection::Received, RecommendationStatus::Requested);
        RecommendationsSection section(f.session);
        QCOMPARE(section.model()->rowCount(), 3);

        auto *direction =
            section.findChild<QComboBox *>(QStringLiteral("recommendationsDirectionFilter"));
        auto *status =
            section.findChild<QComboBox *>(QStringLiteral("recommendationsStatusFilter"));
        QVERIFY(direction && status);
        choose(direction, QStringLiteral("received"));
        QTRY_COMPARE(section.model()->rowCount(), 2);
        choose(status, QStringLiteral("requested"));
        QTRY_COMPARE(section.model()->rowCount(), 1);
        choose(direction, QStringLiteral("given"));
        QTRY_COMPARE(section.model()->rowCount(), 0);
        direction->setCurrentIndex(0);
        status->setCurrentIndex(0);
        QTRY_COMPARE(section.model()->rowCount(), 3);
    }

    void recommendBackOpensAPrefilledGivenOne()
    {
        Fixture f;
        const Id ada = f.person(QStringLiteral("Ada Lovelace"));
        const Id fromAda = f.received(ada);
        {
            Recommendation r = RecommendationStore(f.session.db()).get(fromAda).value();
            r.platform = RecommendationPlatform::Email;
            r.context = QStringLiteral("mentor");
            QVERIFY(RecommendationStore(f.session.db()).update(r));
        }
        RecommendationsSection section(f.session);
        section.showRecord(fromAda);
        QVERIFY(section.detailView()->toHtml().contains(QStringLiteral("recommendBack")));

        bool sawEditor = false;
        QTimer::singleShot(0, &section, [&] {
            auto *editor = section.findChild<RecommendationEditor *>();
            QVERIFY(editor);
            sawEditor = true;
            const Recommendation draft = editor->collect();
            QCOMPARE(draft.id, Id(0));
            QCOMPARE(draft.direction, RecommendationDirection::Given);
            QCOMPARE(draft.personId, ada);
            QCOMPARE(draft.status, RecommendationStatus::ToAsk);
            QCOMPARE(draft.platform, RecommendationPlatform::Email);
            QCOMPARE(draft.context, QStringLiteral("mentor"));
            QVERIFY(editor->saveButton()->isEnabled());
            QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        });
        Q_EMIT section.detailView()->anchorClicked(
            QUrl(QStringLiteral("kith:action/recommendBack/%1").arg(fromAda)));
        QVERIFY(sawEditor);

        RecommendationQuery given;
        given.filter.direction = RecommendationDirection::Given;
        const QList<RecommendationSummary> rows =
            RecommendationStore(f.session.db()).list(given).value();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().personId, ada);
        QCOMPARE(rows.first().status, RecommendationStatus::ToAsk);
        QCOMPARE(section.currentId(), rows.first().id); // the new one is selected

        // One is on its way now, so the offer is gone.
        const Recommendation received = RecommendationStore(f.session.db()).get(fromAda).value();
        QVERIFY(!canRecommendBack(f.session, received));
        section.showRecord(fromAda);
        QVERIFY(!section.detailView()->toHtml().contains(QStringLiteral("recommendBack")));

        f.session.undoStack()->undo();
        QVERIFY(canRecommendBack(f.session, received));
    }

    void recommendBackIsOfferedOnlyForReceivedOnes_data()
    {
        QTest::addColumn<int>("direction");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("givenBack"); // status of a given one to the same person, or -1
        QTest::addColumn<bool>("offered");
        const int none = -1;
        QTest::newRow("received, nothing given back")
            << int(RecommendationDirection::Received) << int(RecommendationStatus::Received) << none
            << true;
        QTest::newRow("received, the one given back was declined")
            << int(RecommendationDirection::Received) << int(RecommendationStatus::Received)
            << int(RecommendationStatus::Declined) << true;
        QTest::newRow("received, one given back still to ask")
            << int(RecommendationDirection::Received) << int(RecommendationStatus::Received)
            << int(RecommendationStatus::ToAsk) << false;
        QTest::newRow("only requested so far")
            << int(RecommendationDirection::Received) << int(RecommendationStatus::Requested)
            << none << false;
        QTest::newRow("one the user gave") << int(RecommendationDirection::Given)
                                           << int(RecommendationStatus::Given) << none << false;
    }

    void recommendBackIsOfferedOnlyForReceivedOnes()
    {
        QFETCH(int, direction);
        QFETCH(int, status);
        QFETCH(int, givenBack);
        QFETCH(bool, offered);
        Fixture f;
        const Id ada = f.person(QStringLiteral("Ada Lovelace"));
        const Id id = f.recommendation(ada, RecommendationDirection(direction),
                                       RecommendationStatus(status), QDate(2026, 2, 1));
        if (givenBack >= 0)
            f.recommendation(ada, RecommendationDirection::Given, RecommendationStatus(givenBack));
        QCOMPARE(canRecommendBack(f.session, RecommendationStore(f.session.db()).get(id).value()),
                 offered);
    }
};

QTEST_MAIN(TestRecommendationsSection)
#include "tst_recommendationssection.moc"
