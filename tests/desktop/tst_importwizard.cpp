#include "DesktopFixture.h"

#include "interchange/ImportPreviewModel.h"
#include "interchange/ImportSource.h"
#include "interchange/ImportWizard.h"
#include "interchange/backup/Backup.h"
#include "interchange/csv/MappingMemory.h"
#include "storage/PersonStore.h"
#include "storage/Statistics.h"
#include "support/Fixtures.h"
#include "widgets/FileDialog.h"
#include "widgets/ListSection.h"
#include "widgets/MessageBox.h"
#include "widgets/PagedTableModel.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QSettings>
#include <QTableView>
#include <QTest>
#include <QUndoStack>
#include <QUrl>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

class TestImportWizard : public QObject
{
    Q_OBJECT

private:
    static qint64 people(Session &session) { return countRecords(session.db())->people; }

    template <typename T>
    static T *child(QWidget *parent, const char *name)
    {
        auto *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    static QString text(QWidget *parent, const char *name)
    {
        auto *label = child<QLabel>(parent, name);
        return label ? label->text() : QString();
    }

    // A wizard on `path`, shown, on its first page.
    static std::unique_ptr<ImportWizard> wizardOn(DesktopFixture &fixture, const QString &path)
    {
        auto wizard =
            std::make_unique<ImportWizard>(fixture.session(), QString(), &fixture.window());
        wizard->show();
        auto *edit = child<QLineEdit>(wizard.get(), "importPathEdit");
        if (edit)
            QTest::keyClicks(edit, path);
        return wizard;
    }
    static void next(ImportWizard &wizard) { wizard.button(QWizard::NextButton)->click(); }
    static void runToSummary(ImportWizard &wizard)
    {
        QCOMPARE(wizard.currentId(), int(ImportWizard::PreviewPage));
        wizard.button(QWizard::CommitButton)->click();
        QTRY_COMPARE(wizard.currentId(), int(ImportWizard::SummaryPage));
    }
    static Person person(const QString &name, const QString &email = {})
    {
        Person p;
        p.displayName = name;
        if (!email.isEmpty())
            p.emails.append({email, QString()});
        return p;
    }

private Q_SLOTS:
    void initTestCase() { DesktopFixture::isolateSettings(); }
    void init() { QSettings().clear(); }
    void cleanup() { MessageBox::clearShownTexts(); }

    void detectsTheFormat_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<ImportFormat>("format");
        QTest::newRow("vCard") << "vcard/google-3.0.vcf" << ImportFormat::VCard;
        QTest::newRow("iCalendar") << "ical/google.ics" << ImportFormat::ICalendar;
        QTest::newRow("contacts CSV") << "csv/google-2023.csv" << ImportFormat::Csv;
        QTest::newRow("LinkedIn folder") << "linkedin/export-2024" << ImportFormat::LinkedIn;
        QTest::newRow("LinkedIn file, old name")
            << "linkedin/export-2018/Recommendations Given.csv" << ImportFormat::LinkedIn;
        QTest::newRow("folder without LinkedIn files") << "vcard" << ImportFormat::Unknown;
        QTest::newRow("image") << "vcard/photo.png" << ImportFormat::Unknown;
        QTest::newRow("missing") << "vcard/missing.vcf" << ImportFormat::Unknown;
    }

    void detectsTheFormat()
    {
        QFETCH(QString, relative);
        QFETCH(ImportFormat, format);
        QCOMPARE(detectImportFormat(dataPath(relative)), format);
    }

    void detectsByContentWhenTheExtensionSaysNothing()
    {
        QTemporaryDir dir;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(name));
            return dir.filePath(name);
        };
        QCOMPARE(detectImportFormat(write(QStringLiteral("contacts.txt"),
                                          "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n")),
                 ImportFormat::VCard);
        QCOMPARE(detectImportFormat(write(QStringLiteral("cal.dat"), "BEGIN:VCALENDAR\r\n")),
                 ImportFormat::ICalendar);
        QCOMPARE(detectImportFormat(
                     write(QStringLiteral("b.json"), R"({"format": "kith-backup", "version": 1})")),
                 ImportFormat::Backup);
        QCOMPARE(detectImportFormat(write(QStringLiteral("other.json"), R"({"a": 1})")),
                 ImportFormat::Unknown);
        // A second download of Connections.csv, as a browser names it.
        QFile connections(dataPath(QStringLiteral("linkedin/export-2024/Connections.csv")));
        QVERIFY(connections.open(QIODevice::ReadOnly));
        QCOMPARE(
            detectImportFormat(write(QStringLiteral("Connections (1).csv"), connections.readAll())),
            ImportFormat::LinkedIn);
        QCOMPARE(detectImportFormat(
                     write(QStringLiteral("people.csv"), "First Name,Last Name,E-mail Address\n")),
                 ImportFormat::Csv);
    }

    void vCardImportEndsWithThePeopleInTheList()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        const QString path = dataPath(QStringLiteral("vcard/google-3.0.vcf"));
        FileDialog::setNextFileName(path);
        whenModalShows([](QWidget *dialog) {
            auto *wizard = qobject_cast<ImportWizard *>(dialog);
            QVERIFY(wizard);
            QCOMPARE(wizard->objectName(), QStringLiteral("importWizard"));
            child<QAbstractButton>(wizard, "chooseFileButton")->click();
            QVERIFY(text(wizard, "detectedFormatLabel").contains(QStringLiteral("vCard")));
            next(*wizard);
            QCOMPARE(text(wizard, "newPeopleCount"), QStringLiteral("2"));
            QCOMPARE(text(wizard, "duplicatePeopleCount"), QStringLiteral("0"));
            runToSummary(*wizard);
            QVERIFY(text(wizard, "summaryText").contains(QStringLiteral("People added: 2")));
            wizard->button(QWizard::FinishButton)->click();
        });
        fixture.window().findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QCOMPARE(people(session), 2);
        ListSection *list = fixture.window().section(EntityKind::Person);
        QTRY_VERIFY(list->isVisible());
        QTRY_COMPARE(list->model()->rowCount(), 2);
        QStringList names;
        for (int row = 0; row < 2; ++row)
            names.append(list->model()->index(row, 0).data().toString());
        QVERIFY2(names.contains(QStringLiteral("Marcus Lee")), qPrintable(names.join(u'|')));
        QVERIFY2(names.filter(QStringLiteral("Nakamura")).size() == 1,
                 qPrintable(names.join(u'|')));
        // One step, and undo takes it all back.
        QCOMPARE(session.undoStack()->count(), 1);
        QCOMPARE(session.undoStack()->undoText(), QStringLiteral("Import google-3.0.vcf"));
        session.undoStack()->undo();
        QCOMPARE(people(session), 0);
        QTRY_COMPARE(list->model()->rowCount(), 0);
    }

    void csvImportAsksForTheColumnsAndRemembersThem()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        const QString path = fixture.dir() + QStringLiteral("/list.csv");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Col A,Col B,Col C\nAda Lovelace,ada@example.org,Analytical Engines\n"
                       "Grace Hopper,grace@example.org,Navy\n");
        }
        auto wizard = wizardOn(fixture, path);
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QVERIFY(text(wizard.get(), "mappingSourceLabel").contains(QStringLiteral("guessed")));
        auto *table = child<QTableView>(wizard.get(), "mappingTable");
        QCOMPARE(table->model()->rowCount(), 3);
        QVERIFY(table->model()->index(0, 1).data().toString().contains(QStringLiteral("Ada")));
        // Nothing names anyone yet: the page says so and stays.
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QVERIFY(child<QLabel>(wizard.get(), "mappingErrorLabel")->isVisible());

        const auto choose = [&](const char *combo, csv::ContactField field) {
            auto *box = child<QComboBox>(wizard.get(), combo);
            box->setCurrentIndex(box->findData(int(field)));
        };
        choose("fieldCombo0", csv::ContactField::DisplayName);
        choose("fieldCombo1", csv::ContactField::Email);
        choose("fieldCombo2", csv::ContactField::Organization);
        next(*wizard);
        QCOMPARE(text(wizard.get(), "newPeopleCount"), QStringLiteral("2"));
        runToSummary(*wizard);
        QCOMPARE(people(session), 2);
        Result<QList<PersonSummary>> stored = PersonStore(session.db()).list({});
        QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
        bool found = false;
        for (const PersonSummary &summary : *stored) {
            if (summary.displayName == QStringLiteral("Ada Lovelace")) {
                found = true;
                const Person ada = PersonStore(session.db()).get(summary.id).value();
                QCOMPARE(ada.emails.value(0).value, QStringLiteral("ada@example.org"));
                QCOMPARE(ada.currentRole()->organizationName, QStringLiteral("Analytical Engines"));
            }
        }
        QVERIFY(found);

        // The next file with these columns is mapped as before.
        const QStringList headers{QStringLiteral("Col A"), QStringLiteral("Col B"),
                                  QStringLiteral("Col C")};
        auto remembered = csv::MappingMemory(session.db()).recall(headers);
        QVERIFY(remembered.ok() && remembered->has_value());
        QCOMPARE((*remembered)->fieldFor(u"Col B"), csv::ContactField::Email);
        auto again = wizardOn(fixture, path);
        next(*again);
        QVERIFY(text(again.get(), "mappingSourceLabel").contains(QStringLiteral("last time")));
        QCOMPARE(child<QComboBox>(again.get(), "fieldCombo2")->currentData().toInt(),
                 int(csv::ContactField::Organization));
    }

    void googleCsvIsRecognised()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("csv/google-2023.csv")));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::MappingPage));
        QVERIFY(text(wizard.get(), "mappingSourceLabel").contains(QStringLiteral("Google")));
        QCOMPARE(child<QComboBox>(wizard.get(), "fieldCombo0")->currentData().toInt(),
                 int(csv::ContactField::GivenName));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
        QVERIFY(text(wizard.get(), "newPeopleCount").toInt() > 0);
    }

    void previewCountsAndSkippingADuplicate()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        PersonStore store(session.db());
        // Marcus is stored already (same e-mail as in the file), someone else is too.
        const Id marcus = store
                              .create(person(QStringLiteral("Marcus Lee"),
                                             QStringLiteral("marcus.lee@example.com")))
                              .value();
        QVERIFY(store.create(person(QStringLiteral("Ada Lovelace"))).ok());

        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("vcard/google-3.0.vcf")));
        next(*wizard);
        QCOMPARE(text(wizard.get(), "newPeopleCount"), QStringLiteral("1"));
        QCOMPARE(text(wizard.get(), "duplicatePeopleCount"), QStringLiteral("1"));
        QCOMPARE(text(wizard.get(), "rejectedCount"), QStringLiteral("0"));

        auto *view = child<QTableView>(wizard.get(), "decisionsView");
        QAbstractItemModelTester tester(view->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, ImportPreviewModel::Name).data().toString(),
                 QStringLiteral("Marcus Lee"));
        QVERIFY(view->model()
                    ->index(0, ImportPreviewModel::Found)
                    .data()
                    .toString()
                    .contains(QStringLiteral("e-mail")));
        QCOMPARE(view->model()->index(0, ImportPreviewModel::Action).data().toString(),
                 QStringLiteral("Merge"));
        view->selectRow(0);
        child<QAbstractButton>(wizard.get(), "skipSelectedButton")->click();
        QCOMPARE(view->model()->index(0, ImportPreviewModel::Action).data().toString(),
                 QStringLiteral("Skip"));
        QVERIFY(text(wizard.get(), "actionsSummary").contains(QStringLiteral("1 to skip")));

        runToSummary(*wizard);
        QCOMPARE(people(session), 3);
        // Skipped: Marcus keeps his one address and gains nothing from the file.
        const Person stored = store.get(marcus).value();
        QCOMPARE(stored.emails.size(), 1);
        QVERIFY(stored.phones.isEmpty());
    }

    void mergingADuplicateAddsWhatTheFileKnows()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        PersonStore store(session.db());
        const Id marcus = store
                              .create(person(QStringLiteral("Marcus Lee"),
                                             QStringLiteral("marcus.lee@example.com")))
                              .value();
        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("vcard/google-3.0.vcf")));
        next(*wizard);
        runToSummary(*wizard);
        QCOMPARE(people(session), 2);
        const Person merged = store.get(marcus).value();
        QCOMPARE(merged.emails.size(), 2);
        QCOMPARE(merged.phones.size(), 1);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        DesktopFixture fixture;
        Session &session = fixture.session();
        const qint64 before = people(session);
        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("linkedin/export-2024")));
        next(*wizard);
        QVERIFY(text(wizard.get(), "newPeopleCount").toInt() > 0);
        wizard->button(QWizard::CommitButton)->click();
        // The run starts once the event loop turns; Cancel now is heard by the import
        // itself, which rolls back.
        QCOMPARE(wizard->currentId(), int(ImportWizard::RunPage));
        QVERIFY(wizard->isRunning());
        wizard->button(QWizard::CancelButton)->click();
        QTRY_COMPARE(wizard->currentId(), int(ImportWizard::SummaryPage));
        QVERIFY(wizard->isVisible());
        QVERIFY(wizard->failure());
        QCOMPARE(wizard->failure()->code(), ErrorCode::Cancelled);
        QCOMPARE(wizard->currentPage()->title(), QStringLiteral("Import cancelled"));
        QVERIFY(text(wizard.get(), "summaryText").contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(people(session), before);
        QCOMPARE(session.undoStack()->count(), 0);
    }

    void aBadFileNamesTheFileAndTheLine_data()
    {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated calendar")
            << "ical/truncated.ics"
            << "truncated.ics, line 47: the file ends inside the VEVENT";
        QTest::newRow("binary calendar") << "ical/binary.ics"
                                         << "binary.ics";
        QTest::newRow("unknown file") << "vcard/photo.png"
                                      << "photo.png";
    }

    void aBadFileNamesTheFileAndTheLine()
    {
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        auto wizard = wizardOn(fixture, dataPath(relative));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::FilePage));
        auto *error = child<QLabel>(wizard.get(), "importErrorLabel");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    }

    void rejectedRowsAreListedWithTheirReasons()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("vcard/broken.vcf")));
        next(*wizard);
        QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
        const int rejected =
            text(wizard.get(), "rejectedCount").section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY(rejected > 0);
        auto *list = child<QListWidget>(wizard.get(), "rejectionsList");
        QVERIFY(list->isVisible());
        QCOMPARE(list->count(), rejected);
        QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("broken.vcf, line ")),
                 qPrintable(list->item(0)->text()));
    }

    void linkedInFolderImportsPeopleAndRecommendations()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        Session &session = fixture.session();
        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("linkedin/export-2024")));
        next(*wizard);
        const int created = text(wizard.get(), "newPeopleCount").toInt();
        QVERIFY(created > 0);
        QVERIFY(
            text(wizard.get(), "previewDetails").contains(QStringLiteral("New recommendations")));
        // The people to add are listed by name, with the job the export gives them.
        auto *additions = child<QListWidget>(wizard.get(), "additionsList");
        QVERIFY(additions->isVisible());
        QCOMPARE(additions->count(), created);
        const QList<QListWidgetItem *> ada =
            additions->findItems(QStringLiteral("Ada Lovelace — "), Qt::MatchStartsWith);
        QCOMPARE(ada.size(), 1);
        runToSummary(*wizard);
        QVERIFY(wizard->summary());
        QVERIFY(people(session) >= created);
        const RecordCounts counts = countRecords(session.db()).value();
        const qint64 recommendations = counts.recommendationsGiven + counts.recommendationsReceived;
        QVERIFY(recommendations > 0);
        QCOMPARE(wizard->summary()->recommendationsCreated, int(recommendations));

        // The same export again changes nothing and duplicates no one.
        const qint64 after = people(session);
        auto again = wizardOn(fixture, dataPath(QStringLiteral("linkedin/export-2024")));
        next(*again);
        QCOMPARE(text(again.get(), "newPeopleCount"), QStringLiteral("0"));
        runToSummary(*again);
        QCOMPARE(people(session), after);

        // Undo takes the whole first import back, people, recommendations and messages.
        MessageBox::setNextAnswer(QMessageBox::Ok); // a failed undo would say so, not block
        session.undoStack()->undo();
        QCOMPARE(MessageBox::shownTexts(), QStringList());
        QCOMPARE(people(session), 0);
        QCOMPARE(countRecords(session.db())->interactions, 0);
    }

    void backupRestoresIntoAnEmptyDatabaseOnly()
    {
        DesktopFixture demo;
        const QString backupPath = demo.dir() + QStringLiteral("/demo.json");
        QVERIFY(backup::writeFile(demo.session().db(), backupPath).ok());
        const qint64 demoPeople = people(demo.session());

        auto refused = wizardOn(demo, backupPath);
        next(*refused);
        QCOMPARE(refused->currentId(), int(ImportWizard::FilePage));
        QVERIFY(text(refused.get(), "importErrorLabel").contains(QStringLiteral("empty database")));
        refused.reset();

        DesktopFixture empty(DesktopFixture::Content::Empty);
        auto wizard = wizardOn(empty, backupPath);
        QVERIFY(text(wizard.get(), "detectedFormatLabel").contains(QStringLiteral("Kith backup")));
        next(*wizard);
        QVERIFY(text(wizard.get(), "previewDetails").contains(QStringLiteral("person: ")));
        runToSummary(*wizard);
        QVERIFY2(!wizard->failure(),
                 qPrintable(wizard->failure() ? wizard->failure()->message() : QString()));
        QCOMPARE(people(empty.session()), demoPeople);
        QVERIFY(text(wizard.get(), "summaryText").contains(QStringLiteral("cannot be undone")));
        QCOMPARE(empty.session().undoStack()->count(), 0);
        // The lists follow.
        QTRY_COMPARE(empty.window().section(EntityKind::Person)->model()->rowCount(),
                     int(demoPeople));
    }

    void droppingAFileOpensTheWizardOnIt()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        MainWindow &window = fixture.window();
        const QString path = dataPath(QStringLiteral("vcard/google-3.0.vcf"));
        const auto drop = [&](const QList<QUrl> &urls) {
            QMimeData mime;
            mime.setUrls(urls);
            QDragEnterEvent enter(QPoint(400, 300), Qt::CopyAction, &mime, Qt::LeftButton,
                                  Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &enter);
            if (!enter.isAccepted())
                return false;
            QDropEvent dropped(QPointF(400, 300), Qt::CopyAction, &mime, Qt::LeftButton,
                               Qt::NoModifier);
            QCoreApplication::sendEvent(&window, &dropped);
            return dropped.isAccepted();
        };
        QVERIFY(!drop({QUrl::fromLocalFile(dataPath(QStringLiteral("vcard/photo.png")))}));
        QVERIFY(!drop({QUrl::fromLocalFile(path), QUrl::fromLocalFile(path)}));
        QVERIFY(!drop({QUrl(QStringLiteral("https://example.org/contacts.vcf"))}));

        bool shown = false;
        whenModalShows([&](QWidget *dialog) {
            shown = true;
            QCOMPARE(dialog->objectName(), QStringLiteral("importWizard"));
            QCOMPARE(child<QLineEdit>(dialog, "importPathEdit")->text(),
                     QDir::toNativeSeparators(path));
            auto *wizard = static_cast<ImportWizard *>(dialog);
            next(*wizard);
            runToSummary(*wizard);
            wizard->button(QWizard::FinishButton)->click();
        });
        QVERIFY(drop({QUrl::fromLocalFile(path)}));
        QTRY_VERIFY(shown);
        QTRY_COMPARE(people(fixture.session()), 2);
    }

    void previewModelPassesTheModelTester()
    {
        DesktopFixture fixture(DesktopFixture::Content::Empty);
        PersonStore store(fixture.session().db());
        QVERIFY(store
                    .create(person(QStringLiteral("Marcus Lee"),
                                   QStringLiteral("marcus.lee@example.com")))
                    .ok());
        QVERIFY(store
                    .create(person(QStringLiteral("H. Nakamura"),
                                   QStringLiteral("h.nakamura@example.ac.jp")))
                    .ok());
        auto wizard = wizardOn(fixture, dataPath(QStringLiteral("vcard/google-3.0.vcf")));
        next(*wizard);
        interchange::ImportPlan *plan = wizard->plan();
        QVERIFY(plan);
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPlan(plan);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex action = model.index(row, ImportPreviewModel::Action);
            QVERIFY(model.flags(action) & Qt::ItemIsEditable);
            QVERIFY(model.setData(action, int(interchange::RowAction::Create), Qt::EditRole));
            QCOMPARE(plan->people[model.batchRow(row)].action, interchange::RowAction::Create);
        }
        QVERIFY(!model.setData(model.index(0, ImportPreviewModel::Name), 1, Qt::EditRole));
        model.setPlan(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
