#include "DesktopFixture.h"

#include "interchange/DuplicatesDialog.h"
#include "interchange/DuplicatesModel.h"
#include "storage/PersonStore.h"
#include "storage/Statistics.h"
#include "widgets/MessageBox.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QTest>
#include <QTreeView>
#include <QUndoStack>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

class TestDuplicatesDialog : public QObject
{
    Q_OBJECT

private:
    static Id add(Session &session, const QString &name, const QString &email,
                  const QString &phone = {})
    {
        Person person;
        person.displayName = name;
        if (!email.isEmpty())
            person.emails.append({email, QString()});
        if (!phone.isEmpty())
            person.phones.append({phone, QString()});
        return PersonStore(session.db()).create(person).value();
    }
    static qint64 people(Session &session) { return countRecords(session.db())->people; }

private Q_SLOTS:
    void initTestCase() { DesktopFixture::isolateSettings(); }
    void init() { QSettings().clear(); }
    void cleanup() { MessageBox::clearShownTexts(); }

    void listsTheGroupsAndMergesIntoTheChosenPerson()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        const Id first =
            add(session, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"));
        const Id second =
            add(session, QStringLiteral("A. Lovelace"), QStringLiteral("ADA@example.org"),
                QStringLiteral("+44 20 7946 0000"));
        add(session, QStringLiteral("Grace Hopper"), QStringLiteral("grace@example.org"));

        DuplicatesDialog dialog(session, &fixture.window());
        dialog.show();
        DuplicatesModel *model = dialog.model();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->groupCount(), 1);
        const QModelIndex group = model->index(0, 0);
        QVERIFY(group.data().toString().contains(QStringLiteral("same e-mail")));
        QCOMPARE(model->rowCount(group), 2);
        QCOMPARE(model->personAt(model->index(0, 0, group)), first);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("duplicatesSummary"))
                    ->text()
                    .contains(QStringLiteral("Select the person to keep")));

        // Keep the second record: the first is folded into it.
        auto *merge = dialog.findChild<QAbstractButton *>(QStringLiteral("mergeButton"));
        dialog.view()->setCurrentIndex(group);
        QVERIFY(!merge->isEnabled());
        dialog.view()->setCurrentIndex(model->index(1, 0, group));
        QVERIFY(merge->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        merge->click();
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("A. Lovelace")));
        QCOMPARE(people(session), 2);
        PersonStore store(session.db());
        QCOMPARE(store.get(first).error().code(), ErrorCode::NotFound);
        const Person kept = store.get(second).value();
        QCOMPARE(kept.phones.size(), 1);
        QCOMPARE(model->groupCount(), 0);
        QVERIFY(!merge->isEnabled());

        session.undoStack()->undo();
        QCOMPARE(people(session), 3);
        QVERIFY(store.get(first).ok());
    }

    void decliningMergesNothing()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        add(session, QStringLiteral("Ada Lovelace"), QStringLiteral("ada@example.org"));
        add(session, QStringLiteral("Ada Lovelace"), QString());
        DuplicatesDialog dialog(session, &fixture.window());
        dialog.show();
        QCOMPARE(dialog.model()->groupCount(), 1);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!dialog.mergeSelected());
        QCOMPARE(people(session), 2);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void openedFromThePeopleMenu()
    {
        DesktopFixture fixture;
        bool shown = false;
        whenModalShows([&](QWidget *dialog) {
            shown = true;
            QCOMPARE(dialog->objectName(), QStringLiteral("duplicatesDialog"));
            auto *view = dialog->findChild<QTreeView *>(QStringLiteral("duplicatesView"));
            QVERIFY(view);
            QAbstractItemModelTester tester(view->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            static_cast<QDialog *>(dialog)->reject();
        });
        auto *action =
            fixture.window().findChild<QAction *>(QStringLiteral("findDuplicatesAction"));
        QVERIFY(action);
        action->trigger();
        QVERIFY(shown);
    }
};

QTEST_MAIN(TestDuplicatesDialog)
#include "tst_duplicatesdialog.moc"
