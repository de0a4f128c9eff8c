#include "DesktopFixture.h"

#include "mainwindow/DesktopApplication.h"
#include "mainwindow/FirstRunDialog.h"
#include "storage/PersonStore.h"
#include "storage/Statistics.h"
#include "support/Fixtures.h"
#include "widgets/FileDialog.h"
#include "widgets/ListSection.h"
#include "widgets/MessageBox.h"
#include "widgets/PagedTableModel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QAction *action(MainWindow &window, const char *name)
    {
        return window.findChild<QAction *>(QLatin1String(name));
    }
    static qint64 people(Session &session) { return countRecords(session.db())->people; }

private Q_SLOTS:
    void initTestCase() { DesktopFixture::isolateSettings(); }
    void init() { QSettings().clear(); }
    void cleanup() { MessageBox::clearShownTexts(); }

    void sidebarHasEverySection()
    {
        DesktopFixture fixture;
        auto *sidebar = fixture.window().findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        QStringList titles;
        for (int i = 0; i < sidebar->count(); ++i)
            titles.append(sidebar->item(i)->text());
        QCOMPARE(titles,
                 (QStringList{QStringLiteral("Dashboard"), QStringLiteral("People"),
                              QStringLiteral("Organizations & Memberships"),
                              QStringLiteral("Groups"), QStringLiteral("Events"),
                              QStringLiteral("Recommendations"), QStringLiteral("Interactions")}));
        for (EntityKind kind : {EntityKind::Person, EntityKind::Organization,
                                EntityKind::Membership, EntityKind::Group, EntityKind::Event,
                                EntityKind::Recommendation, EntityKind::Interaction})
            QVERIFY2(fixture.window().section(kind), qPrintable(enumKey(kind)));
    }

    void selectedSidebarIconsTakeTheHighlightColour()
    {
        DesktopFixture fixture;
        auto *sidebar = fixture.window().findChild<QListWidget *>(QStringLiteral("sidebar"));
        QVERIFY(sidebar);
        const QColor highlight = sidebar->palette().color(QPalette::HighlightedText);
        const QImage selected = sidebar->item(1)
                                    ->icon()
                                    .pixmap(sidebar->iconSize(), QIcon::Selected)
                                    .toImage()
                                    .convertToFormat(QImage::Format_ARGB32);
        int drawn = 0;
        for (int y = 0; y < selected.height(); ++y) {
            for (int x = 0; x < selected.width(); ++x) {
                const QColor pixel = selected.pixelColor(x, y);
                if (pixel.alpha() < 255)
                    continue;
                ++drawn;
                QCOMPARE(pixel.rgb(), highlight.rgb());
            }
        }
        QVERIFY(drawn > 0);
    }

    void keyboardSwitchesSections()
    {
        DesktopFixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.window()));
        QTest::keyClick(&fixture.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(fixture.window().currentSection(), 1);
        QTest::keyClick(&fixture.window(), Qt::Key_5, Qt::ControlModifier);
        QCOMPARE(fixture.window().currentSection(), 4);
        QVERIFY(fixture.window().section(EntityKind::Event)->isVisible());
    }

    void hiddenSectionsChooseTheirRowWhenShown()
    {
        DesktopFixture fixture;
        QVERIFY(QTest::qWaitForWindowExposed(&fixture.window()));
        fixture.window().showSection(1);
        ListSection *interactions = fixture.window().section(EntityKind::Interaction);
        QVERIFY(!interactions->isVisible());
        QVERIFY(interactions->selectedIds().isEmpty()); // nothing read for a hidden list
        QTest::keyClick(&fixture.window(), Qt::Key_7, Qt::ControlModifier);
        QVERIFY(interactions->isVisible());
        QCOMPARE(interactions->selectedIds().size(), 1); // its first row, details showing
    }

    void quickAddSavesAndSelectsThePerson()
    {
        DesktopFixture fixture;
        const qint64 before = people(fixture.session());
        whenModalShows([](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("quickAddDialog"));
            // The dialog's own focus widget: on a busy machine the window may not be active
            // yet, and then the application has no focus widget at all.
            QWidget *first = dialog->focusWidget();
            QVERIFY(first);
            QTest::keyClicks(first, QStringLiteral("Grace Hopper"));
            QTest::keyClick(first, Qt::Key_Return);
        });
        action(fixture.window(), "quickAddAction")->trigger();
        QCOMPARE(people(fixture.session()), before + 1);
        ListSection *list = fixture.window().section(EntityKind::Person);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->selectedIds().size(), 1);
        QCOMPARE(PersonStore(fixture.session().db()).get(list->currentId())->displayName,
                 QStringLiteral("Grace Hopper"));
        QVERIFY(list->detailView()->toPlainText().contains(QStringLiteral("Grace Hopper")));
    }

    void globalSearchJumpsToTheRecord()
    {
        DesktopFixture fixture;
        whenModalShows([](QWidget *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("globalSearchEdit"));
            QVERIFY(edit);
            QTest::keyClicks(edit, QStringLiteral("nguyen"));
            QTest::keyClick(edit, Qt::Key_Return);
        });
        action(fixture.window(), "findEverywhereAction")->trigger();
        ListSection *list = fixture.window().section(EntityKind::Person);
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->detailView()->toPlainText().contains(QStringLiteral("Anh Nguyễn")));
    }

    void undoAndRedoFromTheEditMenu()
    {
        DesktopFixture fixture;
        Session &session = fixture.session();
        const qint64 before = people(session);
        Person ada;
        ada.displayName = QStringLiteral("Ada Lovelace");
        PersonStore store(session.db());
        QVERIFY(
            session.perform(QStringLiteral("Add Ada Lovelace"), [&] { return store.create(ada); })
                .ok());
        QAction *undo = action(fixture.window(), "undoAction");
        QAction *redo = action(fixture.window(), "redoAction");
        QVERIFY(undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo Add Ada Lovelace"));
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        undo->trigger();
        QCOMPARE(people(session), before);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(people(session), before + 1);
        // The list follows without a manual refresh.
        QTRY_COMPARE(fixture.window().section(EntityKind::Person)->model()->rowCount(),
                     int(before + 1));
    }

    void deleteAsksAndCanBeUndone()
    {
        DesktopFixture fixture;
        Session &session = fixture.session();
        fixture.window().showSection(1);
        ListSection *list = fixture.window().section(EntityKind::Person);
        list->view()->selectRow(3);
        const Id id = list->currentId();
        QVERIFY(id);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        list->deleteAction()->trigger();
        QCOMPARE(PersonStore(session.db()).get(id).error().code(), ErrorCode::NotFound);
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        session.undoStack()->undo();
        QVERIFY(PersonStore(session.db()).get(id).ok());
    }

    void dashboardCardOpensTheRecordsBehindIt()
    {
        DesktopFixture fixture;
        fixture.window().showSection(0);
        QWidget *card =
            fixture.window().findChild<QWidget *>(QStringLiteral("cardFollowUpsOverdue"));
        QVERIFY(card);
        QTRY_VERIFY(!static_cast<QAbstractButton *>(card)->text().isEmpty());
        const int overdue = static_cast<QAbstractButton *>(card)->text().toInt();
        QVERIFY(overdue > 0);
        QTest::mouseClick(card, Qt::LeftButton);
        ListSection *list = fixture.window().section(EntityKind::Interaction);
        QTRY_VERIFY(list->isVisible());
        QVERIFY(list->isShowingOnly());
        QCOMPARE(list->model()->rowCount(), overdue);
        auto *banner = list->findChild<QLabel *>(QStringLiteral("interactionsOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("overdue")));
        // "show all" brings everything back.
        Q_EMIT banner->linkActivated(QStringLiteral("all"));
        QTRY_VERIFY(list->model()->rowCount() > overdue);
    }

    void saveACopyWritesAnOpenableFile()
    {
        DesktopFixture fixture;
        const QString copy = fixture.dir() + QStringLiteral("/copy.sqlite");
        FileDialog::setNextFileName(copy);
        action(fixture.window(), "saveCopyAction")->trigger();
        QVERIFY(QFile::exists(copy));
        auto reopened = Database::open(copy);
        QVERIFY2(reopened.ok(), qPrintable(reopened.errorMessage()));
        QCOMPARE(countRecords(**reopened)->people, 40);
    }

    void openingANewerFileExplainsAndKeepsTheCurrentOne()
    {
        DesktopFixture fixture;
        const QString newer = fixture.dir() + QStringLiteral("/newer.sqlite");
        QCOMPARE(createDatabaseFromScript(newer,
                                          "CREATE TABLE t(x); PRAGMA application_id = 1265202280;"
                                          "PRAGMA user_version = 999;"),
                 QString());
        const QByteArray before = fileHash(newer);
        FileDialog::setNextFileName(newer);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        action(fixture.window(), "openAction")->trigger();
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("newer version of Kith")));
        QCOMPARE(fixture.session().db().path(), fixture.path());
        QCOMPARE(fileHash(newer), before);
    }

    void openingAnotherDatabaseRebuildsTheWindow()
    {
        DesktopFixture fixture;
        const QString other = fixture.dir() + QStringLiteral("/other.sqlite");
        FileDialog::setNextFileName(other);
        action(fixture.window(), "newDatabaseAction")->trigger();
        QCOMPARE(fixture.session().db().path(), QFileInfo(other).absoluteFilePath());
        QCOMPARE(people(fixture.session()), 0);
        ListSection *list = fixture.window().section(EntityKind::Person);
        fixture.window().showSection(1);
        auto *empty = list->findChild<QLabel *>(QStringLiteral("peopleEmptyLabel"));
        QTRY_VERIFY(empty && empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("No people yet")));
        QVERIFY(QSettings()
                    .value(QStringLiteral("recentFiles"))
                    .toStringList()
                    .contains(QFileInfo(other).absoluteFilePath()));
    }

    void layoutAndSectionAreRemembered()
    {
        {
            DesktopFixture fixture;
            fixture.window().showSection(4);
            fixture.window().close();
        }
        DesktopFixture again;
        QCOMPARE(again.window().currentSection(), 4);
    }

    void firstRunChoices_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("people");
        QTest::newRow("explore the demo") << int(FirstRunDialog::Choice::Demo) << 40;
        QTest::newRow("start empty") << int(FirstRunDialog::Choice::Empty) << 0;
        QTest::newRow("quit") << int(FirstRunDialog::Choice::Quit) << -1;
    }

    void firstRunChoices()
    {
        QFETCH(int, choice);
        QFETCH(int, people);
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("first.sqlite"));
        FirstRunDialog::setNextChoice(FirstRunDialog::Choice(choice));
        std::unique_ptr<MainWindow> window = startDesktop(path, path);
        if (people < 0) {
            QVERIFY(!window);
            QVERIFY(!QFile::exists(path));
            return;
        }
        QVERIFY(window);
        QCOMPARE(countRecords(window->session().db())->people, people);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
