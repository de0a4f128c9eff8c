#include "DesktopFixture.h"

#include "interchange/Exports.h"
#include "interchange/backup/Backup.h"
#include "interchange/csv/CsvExport.h"
#include "storage/Statistics.h"
#include "support/TestDatabase.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSettings>
#include <QStatusBar>
#include <QTest>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

class TestExportDialogs : public QObject
{
    Q_OBJECT

private:
    static void trigger(MainWindow &window, const char *name)
    {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action, name);
        action->trigger();
    }
    static QByteArray contents(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase() { DesktopFixture::isolateSettings(); }
    void init() { QSettings().clear(); }
    void cleanup() { MessageBox::clearShownTexts(); }

    void vCardExportWritesEveryPerson()
    {
        DesktopFixture fixture;
        const QString path = fixture.dir() + QStringLiteral("/people.vcf");
        FileDialog::setNextFileName(path);
        trigger(fixture.window(), "exportVCardAction");
        const QByteArray vcf = contents(path);
        const qint64 people = countRecords(fixture.session().db())->people;
        QCOMPARE(vcf.count("BEGIN:VCARD\r\n"), people);
        QCOMPARE(vcf.count("VERSION:4.0\r\n"), people);
        QVERIFY(vcf.contains("FN:Anh Nguyễn\r\n"));
        QVERIFY(
            fixture.window().statusBar()->currentMessage().contains(QStringLiteral("people.vcf")));
    }

    void iCalendarExportWritesTheEvents()
    {
        DesktopFixture fixture;
        const QString path = fixture.dir() + QStringLiteral("/calendar.ics");
        FileDialog::setNextFileName(path);
        trigger(fixture.window(), "exportICalendarAction");
        const QByteArray ics = contents(path);
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        QVERIFY(ics.trimmed().endsWith("END:VCALENDAR"));
        QVERIFY(ics.count("BEGIN:VEVENT\r\n") > 0);
    }

    void csvExportWritesTheChosenList_data()
    {
        QTest::addColumn<QString>("list");
        for (const QString &list : csv::exportLists())
            QTest::newRow(qPrintable(list)) << list;
    }

    void csvExportWritesTheChosenList()
    {
        QFETCH(QString, list);
        DesktopFixture fixture;
        const QString path = fixture.dir() + QLatin1Char('/') + list + QStringLiteral(".csv");
        FileDialog::setNextFileName(path);
        bool chosen = false;
        whenModalShows([&](QWidget *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("csvListDialog"));
            auto *lists = dialog->findChild<QListWidget *>(QStringLiteral("csvListChooser"));
            QVERIFY(lists);
            QCOMPARE(lists->count(), int(csv::exportLists().size()));
            for (int row = 0; row < lists->count(); ++row) {
                if (lists->item(row)->data(Qt::UserRole).toString() == list)
                    lists->setCurrentRow(row);
            }
            dialog->findChild<QAbstractButton *>(QStringLiteral("exportButton"))->click();
            chosen = true;
        });
        trigger(fixture.window(), "exportCsvAction");
        QVERIFY(chosen);
        const Result<QByteArray> expected = csv::exportList(fixture.session().db(), list);
        QVERIFY2(expected.ok(), qPrintable(expected.errorMessage()));
        QCOMPARE(contents(path), *expected);
        QVERIFY(expected->count('\n') > 1); // a header and rows
    }

    void backupExportRestoresToTheSameNetwork()
    {
        DesktopFixture fixture;
        const QString path = fixture.dir() + QStringLiteral("/backup.json");
        FileDialog::setNextFileName(path);
        trigger(fixture.window(), "exportBackupAction");
        const QJsonObject document = QJsonDocument::fromJson(contents(path)).object();
        QCOMPARE(document.value(QStringLiteral("format")).toString(),
                 QStringLiteral("kith-backup"));
        TestDatabase restored;
        const Result<backup::Summary> summary = backup::restoreFile(restored.db(), path);
        QVERIFY2(summary.ok(), qPrintable(summary.errorMessage()));
        QCOMPARE(countRecords(restored.db())->people, countRecords(fixture.session().db())->people);
    }

    void cancellingWritesNothing()
    {
        DesktopFixture fixture;
        FileDialog::setNextFileName(QString());
        trigger(fixture.window(), "exportVCardAction");
        QCOMPARE(QDir(fixture.dir()).entryList(QDir::Files).filter(QStringLiteral(".vcf")),
                 QStringList());
        QVERIFY(MessageBox::shownTexts().isEmpty());
    }

    void anUnwritablePlaceIsReported()
    {
        DesktopFixture fixture;
        const QString path = fixture.dir() + QStringLiteral("/missing/folder/people.vcf");
        FileDialog::setNextFileName(path);
        MessageBox::setNextAnswer(QMessageBox::Ok);
        trigger(fixture.window(), "exportVCardAction");
        QCOMPARE(MessageBox::shownTexts().size(), 1);
        QVERIFY2(MessageBox::shownTexts().first().contains(QStringLiteral("people.vcf")),
                 qPrintable(MessageBox::shownTexts().first()));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"
