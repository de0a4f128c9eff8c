#include "support/TestDatabase.h"

#include "search/GlobalSearchDialog.h"
#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "storage/OrganizationStore.h"
#include "storage/PersonStore.h"

#include <QLabel>
#include <QLineEdit>
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
    Id jose = 0;
    Id josephine = 0;
    Id library = 0;

    Fixture()
    {
        session.db().setClock(&TestDatabase::fixedNow);
        Person p;
        p.displayName = QStringLiteral("José Ortega");
        p.headline = QStringLiteral("Reference librarian");
        jose = PersonStore(session.db()).create(p).valueOr(0);
        p.displayName = QStringLiteral("Josephine Baker");
        p.headline.clear();
        josephine = PersonStore(session.db()).create(p).valueOr(0);
        p.displayName = QStringLiteral("Ada Lovelace");
        PersonStore(session.db()).create(p).valueOr(0);
        Organization o;
        o.name = QStringLiteral("San José Public Library");
        library = OrganizationStore(session.db()).create(o).valueOr(0);
    }
};

QTreeWidget *results(const GlobalSearchDialog &dialog)
{
    return dialog.findChild<QTreeWidget *>(QStringLiteral("globalSearchResults"));
}

QLineEdit *edit(const GlobalSearchDialog &dialog)
{
    return dialog.findChild<QLineEdit *>(QStringLiteral("globalSearchEdit"));
}

QLabel *message(const GlobalSearchDialog &dialog)
{
    return dialog.findChild<QLabel *>(QStringLiteral("globalSearchMessage"));
}

bool open(GlobalSearchDialog &dialog)
{
    dialog.show();
    dialog.activateWindow();
    return QTest::qWaitForWindowActive(&dialog);
}

QStringList headings(const QTreeWidget *tree)
{
    QStringList texts;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        texts.append(tree->topLevelItem(i)->text(0));
    return texts;
}

QStringList titlesUnder(const QTreeWidget *tree, int group)
{
    QStringList texts;
    const QTreeWidgetItem *heading = tree->topLevelItem(group);
    for (int i = 0; heading && i < heading->childCount(); ++i)
        texts.append(heading->child(i)->text(0));
    return texts;
}

} // namespace

class TestGlobalSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void emptyTextShowsAHint()
    {
        Fixture f;
        GlobalSearchDialog dialog(f.session);
        QVERIFY(open(dialog));
        QCOMPARE(dialog.focusWidget(), edit(dialog));
        QVERIFY(message(dialog)->isVisible());
        QVERIFY(message(dialog)->text().contains(QStringLiteral("Type to search")));
        QVERIFY(!results(dialog)->isVisible());
    }

    void findsByADiacriticFreePrefixGroupedByKind()
    {
        Fixture f;
        GlobalSearchDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClicks(edit(dialog), QStringLiteral("jose"));
        QTRY_VERIFY(results(dialog)->isVisible());

        const QTreeWidget *tree = results(dialog);
        QCOMPARE(headings(tree),
                 (QStringList{QStringLiteral("People (2)"), QStringLiteral("Organizations (1)")}));
        QVERIFY(titlesUnder(tree, 0).contains(QStringLiteral("José Ortega")));
        QVERIFY(titlesUnder(tree, 0).contains(QStringLiteral("Josephine Baker")));
        QCOMPARE(titlesUnder(tree, 1), QStringList{QStringLiteral("San José Public Library")});
        QVERIFY(!(tree->topLevelItem(0)->flags() & Qt::ItemIsSelectable)); // headings
        QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(0));    // best hit first
    }

    void arrowsStepOverHeadingsAndEnterChooses()
    {
        Fixture f;
        GlobalSearchDialog dialog(f.session);
        QSignalSpy chosen(&dialog, &GlobalSearchDialog::recordChosen);
        QVERIFY(open(dialog));
        QTest::keyClicks(edit(dialog), QStringLiteral("jose"));
        QTRY_VERIFY(results(dialog)->isVisible());
        const QTreeWidget *tree = results(dialog);

        QTest::keyClick(edit(dialog), Qt::Key_Down);
        QTest::keyClick(edit(dialog), Qt::Key_Down); // over the "Organizations" heading
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("San José Public Library"));
        QTest::keyClick(edit(dialog), Qt::Key_Down); // already the last result
        QCOMPARE(tree->currentItem()->text(0), QStringLiteral("San José Public Library"));
        QTest::keyClick(edit(dialog), Qt::Key_Up);
        QTest::keyClick(edit(dialog), Qt::Key_Up);
        QTest::keyClick(edit(dialog), Qt::Key_Up); // already the first result
        QCOMPARE(tree->currentItem(), tree->topLevelItem(0)->child(0));
        QTest::keyClick(edit(dialog), Qt::Key_Down);
        QTest::keyClick(edit(dialog), Qt::Key_Down);
        QTest::keyClick(edit(dialog), Qt::Key_Return);

        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<EntityKind>(), EntityKind::Organization);
        QCOMPARE(chosen.at(0).at(1).value<Id>(), f.library);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
    }

    void enterRightAfterTypingUsesTheNewText()
    {
        Fixture f;
        GlobalSearchDialog dialog(f.session);
        QSignalSpy chosen(&dialog, &GlobalSearchDialog::recordChosen);
        QVERIFY(open(dialog));
        QTest::keyClicks(edit(dialog), QStringLiteral("jose ort"));
        QTest::keyClick(edit(dialog), Qt::Key_Return); // before the pause runs the search
        // The search runs on the background reader; Enter chooses once its answer is in.
        QTRY_COMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<EntityKind>(), EntityKind::Person);
        QCOMPARE(chosen.at(0).at(1).value<Id>(), f.jose);
    }

    void doubleClickChooses()
    {
        Fixture f;
        GlobalSearchDialog dialog(f.session);
        QSignalSpy chosen(&dialog, &GlobalSearchDialog::recordChosen);
        QVERIFY(open(dialog));
        QTest::keyClicks(edit(dialog), QStringLiteral("josephine"));
        QTRY_VERIFY(results(dialog)->isVisible());
        QTreeWidget *tree = results(dialog);
        QTreeWidgetItem *heading = tree->topLevelItem(0);
        const QPoint onHeading = tree->visualItemRect(heading).center();
        // A double click is a click, then the second press (as a view receives them).
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, onHeading);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, onHeading);
        QCOMPARE(chosen.count(), 0); // a heading is not a record
        const QPoint onHit = tree->visualItemRect(heading->child(0)).center();
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, onHit);
        QTest::mouseDClick(tree->viewport(), Qt::LeftButton, {}, onHit);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(1).value<Id>(), f.josephine);
    }

    void noResultsSaysSo()
    {
        Fixture f;
        GlobalSearchDialog dialog(f.session);
        QSignalSpy chosen(&dialog, &GlobalSearchDialog::recordChosen);
        QVERIFY(open(dialog));
        QTest::keyClicks(edit(dialog), QStringLiteral("jose"));
        QTRY_VERIFY(results(dialog)->isVisible());
        QTest::keyClicks(edit(dialog), QStringLiteral("xyz"));
        QTRY_VERIFY(message(dialog)->isVisible());
        QVERIFY(message(dialog)->text().contains(QStringLiteral("Nothing matches")));
        QVERIFY(message(dialog)->text().contains(QStringLiteral("josexyz")));
        QTest::keyClick(edit(dialog), Qt::Key_Return);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(dialog.isVisible());
        edit(dialog)->clear();
        QTRY_VERIFY(message(dialog)->text().contains(QStringLiteral("Type to search")));
    }

    void findsRecordsByWhatTheySay()
    {
        Fixture f;
        Interaction i;
        i.date = TestDatabase::today();
        i.personIds = {f.jose};
        i.summary = QStringLiteral("Talked about the scholarship deadline");
        const Id talk = InteractionStore(f.session.db()).create(i).value();
        GlobalSearchDialog dialog(f.session);
        QVERIFY(open(dialog));
        QTest::keyClicks(edit(dialog), QStringLiteral("scholar"));
        QTRY_VERIFY(results(dialog)->isVisible());
        QCOMPARE(headings(results(dialog)), QStringList{QStringLiteral("Interactions (1)")});
        QSignalSpy chosen(&dialog, &GlobalSearchDialog::recordChosen);
        QTest::keyClick(edit(dialog), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).value<EntityKind>(), EntityKind::Interaction);
        QCOMPARE(chosen.at(0).at(1).value<Id>(), talk);
    }
};

QTEST_MAIN(TestGlobalSearch)
#include "tst_globalsearch.moc"
