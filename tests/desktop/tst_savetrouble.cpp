// The desktop when saving meets trouble: the file busy in another program, deleted or
// replaced under the window, a megabyte pasted into a field; and File ▸ Restore from Backup.
#include "DesktopFixture.h"
#include "storage/Backups.h"
#include "storage/DatabaseFile.h"
#include "storage/PersonStore.h"
#include "storage/Sql.h"
#include "storage/Statistics.h"
#include "support/Fixtures.h"
#include "widgets/EditorDialog.h"
#include "widgets/ListSection.h"
#include "widgets/MessageBox.h"
#include "widgets/PagedTableModel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cstdio>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

QAction *action(MainWindow &window, const char *name)
{
    return window.findChild<QAction *>(QLatin1String(name));
}

// Opens the editor of the fourth person in the list and runs `edit` on it while it shows.
// The editor is closed afterwards if saving left it open. Returns the person's id.
Id editFourthPerson(DesktopFixture &fixture, std::function<void(EditorDialog *)> edit)
{
    fixture.window().showSection(1);
    ListSection *list = fixture.window().section(EntityKind::Person);
    list->view()->selectRow(3);
    const Id id = list->currentId();
    whenModalShows([edit](QWidget *dialog) {
        auto *editor = qobject_cast<EditorDialog *>(dialog);
        QVERIFY(editor);
        edit(editor);
        if (editor->isVisible())
            editor->reject();
    });
    list->editAction()->trigger();
    return id;
}

// Renames the person in the open editor and presses Save, with the next message box
// answered in advance.
void renameAndSave(EditorDialog *editor, const QString &name)
{
    auto *displayName = editor->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
    QVERIFY(displayName);
    displayName->setText(name);
    QVERIFY(editor->saveButton()->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    editor->saveButton()->click();
}

QString personName(const QString &path, Id id)
{
    auto db = Database::open(path);
    return db ? PersonStore(**db).get(id).valueOr({}).displayName : QString();
}

} // namespace

class TestSaveTrouble : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { DesktopFixture::isolateSettings(); }
    void init()
    {
        QSettings().clear();
        MessageBox::clearShownTexts();
    }

    void savingWhileAnotherProgramHoldsTheFileExplains()
    {
        DesktopFixture fixture;
        const QString name = QStringLiteral("tst_savetrouble_holder");
        QString before;
        Id id = 0;
        {
            // Another program (another Kith) keeps the write lock longer than Kith waits.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(fixture.path());
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM tag WHERE 0")));
            QElapsedTimer waited;
            waited.start();
            id = editFourthPerson(fixture, [](EditorDialog *editor) {
                renameAndSave(editor, QStringLiteral("Renamed While Busy"));
                QVERIFY(editor->isVisible()); // the edit stays there to save again
            });
            QVERIFY(waited.elapsed() >= sql::busyTimeoutMs - 500);
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY2(
            MessageBox::shownTexts().first().contains(QStringLiteral("in use by another program")),
            qPrintable(MessageBox::shownTexts().first()));
        QVERIFY(PersonStore(fixture.session().db()).get(id)->displayName !=
                QStringLiteral("Renamed While Busy"));
        QVERIFY(!fixture.session().undoStack()->canUndo()); // no step for what did not happen
    }

    void savingIntoADeletedFileExplains()
    {
        DesktopFixture fixture;
        QVERIFY(QFile::remove(fixture.path()));
        editFourthPerson(fixture, [](EditorDialog *editor) {
            renameAndSave(editor, QStringLiteral("Renamed After Delete"));
        });
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY2(MessageBox::shownTexts().first().contains(
                     QStringLiteral("was deleted or moved away while Kith had it open")),
                 qPrintable(MessageBox::shownTexts().first()));
        QVERIFY(!QFile::exists(fixture.path())); // nothing was written in its place
    }

    void savingIntoAReplacedFileExplainsAndLeavesItAlone()
    {
        DesktopFixture fixture;
        const QString other = fixture.dir() + QStringLiteral("/other.sqlite");
        QVERIFY(fixture.session().db().backupTo(other)); // the same people, another file
        const QByteArray before = fileHash(other);
        QVERIFY(std::rename(QFile::encodeName(other).constData(),
                            QFile::encodeName(fixture.path()).constData()) == 0);
        const Id id = editFourthPerson(fixture, [](EditorDialog *editor) {
            renameAndSave(editor, QStringLiteral("Renamed After Replace"));
        });
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY2(MessageBox::shownTexts().first().contains(
                     QStringLiteral("was replaced by another file")),
                 qPrintable(MessageBox::shownTexts().first()));
        QCOMPARE(fileHash(fixture.path()), before);
        QVERIFY(personName(fixture.path(), id) != QStringLiteral("Renamed After Replace"));
    }

    void restoreFromBackupBringsTheDataBack()
    {
        DesktopFixture fixture;
        Session &session = fixture.session();
        const QString backups = DatabaseFile::defaultBackupDirectory(fixture.path());
        QVERIFY(Backups::ensurePrivateFolder(backups));
        const QString backup = QDir(backups).filePath(
            Backups::dailyName(fixture.path(), DesktopFixture::today().addDays(-1)));
        QVERIFY(session.db().backupTo(backup));
        const qint64 people = countRecords(session.db())->people;
        QVERIFY(session.perform(QStringLiteral("Delete"), [&] {
            return PersonStore(session.db()).remove({1, 2, 3});
        }));
        QCOMPARE(countRecords(session.db())->people, people - 3);

        whenModalShows([backup](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("restoreBackupDialog"));
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupsList"));
            QVERIFY(list);
            QCOMPARE(list->count(), 1);
            auto *restore = dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"));
            QVERIFY(restore);
            QCOMPARE(list->currentRow(), 0); // the newest is chosen to begin with
            QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), backup);
            QVERIFY(restore->isEnabled());
            MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace everything …?"
            restore->click();
        });
        action(fixture.window(), "restoreBackupAction")->trigger();

        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY(MessageBox::shownTexts().first().contains(QStringLiteral("Replace everything")));
        // A new session over the restored file: the people are back, the history is new.
        QCOMPARE(countRecords(fixture.session().db())->people, people);
        QVERIFY(!fixture.session().undoStack()->canUndo());
        QTRY_COMPARE(fixture.window().section(EntityKind::Person)->model()->rowCount(),
                     int(people));
        QVERIFY(fixture.window().statusBar()->currentMessage().startsWith(
            QStringLiteral("Restored from")));
        // What was replaced is kept, and holds the state before the restore.
        const QList<Backups::Entry> entries = Backups::list(fixture.path(), backups);
        const auto kept = std::find_if(entries.cbegin(), entries.cend(), [](const auto &entry) {
            return entry.kind == Backups::Kind::BeforeRestore;
        });
        QVERIFY(kept != entries.cend());
        Database::Options readOnly;
        readOnly.create = false;
        readOnly.readOnly = true;
        auto keptDb = Database::open(kept->path, readOnly);
        QVERIFY2(keptDb.ok(), qPrintable(keptDb.errorMessage()));
        QCOMPARE(countRecords(**keptDb)->people, people - 3);
    }

    void restoreCanBeCancelled()
    {
        DesktopFixture fixture;
        const QString backups = DatabaseFile::defaultBackupDirectory(fixture.path());
        QVERIFY(Backups::ensurePrivateFolder(backups));
        QVERIFY(fixture.session().db().backupTo(
            QDir(backups).filePath(Backups::dailyName(fixture.path(), DesktopFixture::today()))));
        Session *before = &fixture.session();
        whenModalShows([](QWidget *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("backupsList"));
            list->setCurrentRow(0);
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            dialog->findChild<QPushButton *>(QStringLiteral("restoreButton"))->click();
        });
        action(fixture.window(), "restoreBackupAction")->trigger();
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QCOMPARE(&fixture.session(), before);                       // nothing reopened
        QCOMPARE(Backups::list(fixture.path(), backups).size(), 1); // nothing kept either
    }

    void megabyteOfNotesSavesAndOversizedFieldsAreRefused()
    {
        DesktopFixture fixture;
        // Text as a paste brings it: words and lines. (A megabyte with no space or line break
        // at all is laid out by Qt's text engine for about a minute; see docs/reliability.md.)
        QString megabyte;
        while (megabyte.size() < 1'000'000)
            megabyte += QStringLiteral("Notes from a long meeting, pasted in one go. ");
        megabyte.truncate(1'000'000);
        QElapsedTimer took;
        took.start();
        const Id id = editFourthPerson(fixture, [&megabyte](EditorDialog *editor) {
            auto *notes = editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
            QVERIFY(notes);
            notes->selectAll();
            notes->insertPlainText(megabyte); // as a paste does
            QVERIFY(editor->saveButton()->isEnabled());
            editor->saveButton()->click();
            QVERIFY(!editor->isVisible()); // saved and closed
        });
        QCOMPARE(PersonStore(fixture.session().db()).get(id)->notes.size(), megabyte.size());
        QVERIFY(MessageBox::shownTexts().isEmpty());
        QVERIFY2(took.elapsed() < 30000, qPrintable(QString::number(took.elapsed())));

        // One character more, and a megabyte pasted into the name: refused, and said where.
        editFourthPerson(fixture, [&megabyte](EditorDialog *editor) {
            auto *notes = editor->findChild<QPlainTextEdit *>(QStringLiteral("notesEdit"));
            notes->moveCursor(QTextCursor::End);
            notes->insertPlainText(QStringLiteral("y"));
            QVERIFY(!editor->saveButton()->isEnabled());
            QVERIFY2(editor->problemText(QStringLiteral("notes"))
                         .contains(QStringLiteral("longer than")),
                     qPrintable(editor->problemText(QStringLiteral("notes"))));
            notes->moveCursor(QTextCursor::End);
            notes->textCursor().deletePreviousChar();
            QVERIFY(editor->saveButton()->isEnabled());
            auto *name = editor->findChild<QLineEdit *>(QStringLiteral("displayNameEdit"));
            name->selectAll();
            name->insert(megabyte);
            QVERIFY(!editor->saveButton()->isEnabled());
            QVERIFY2(editor->problemText(QStringLiteral("displayName"))
                         .contains(QStringLiteral("longer than 500 characters")),
                     qPrintable(editor->problemText(QStringLiteral("displayName"))));
        });
        QVERIFY(PersonStore(fixture.session().db()).get(id)->displayName.size() < 500);
        QVERIFY2(took.elapsed() < 60000, qPrintable(QString::number(took.elapsed())));
    }
};

QTEST_MAIN(TestSaveTrouble)
#include "tst_savetrouble.moc"
