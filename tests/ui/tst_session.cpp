#include "session/Session.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;

namespace {

QDateTime noonOf(int day)
{
    return QDateTime(QDate(2026, 3, day), QTime(12, 0), QTimeZone::utc());
}

} // namespace

class TestSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The window opens at once; the day's backup of the file follows on a thread of its own.
    void theDaysBackupIsWrittenBesideTheOpenSession()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kith.sqlite"));
        Database::Options options;
        options.clock = [] { return noonOf(1); };
        { // a file with something in it, opened on an earlier day
            Result<std::unique_ptr<ui::Session>> first = ui::Session::open(path, options);
            QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        }
        options.clock = [] { return noonOf(2); };
        Result<std::unique_ptr<ui::Session>> session = ui::Session::open(path, options);
        QVERIFY2(session.ok(), qPrintable(session.errorMessage()));
        QSignalSpy finished(session->get(), &ui::Session::dailyBackupFinished);
        QVERIFY(finished.wait(30000));
        const QString written = finished.at(0).at(0).toString();
        QCOMPARE(finished.at(0).at(1).toString(), QString()); // no problem
        QVERIFY(written.endsWith(QStringLiteral("-daily-2026-03-02.sqlite")));
        QVERIFY(QFileInfo::exists(written));
        QCOMPARE(QFileInfo(written).permissions() & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
    }

    void noBackupWhenTurnedOff()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("kith.sqlite"));
        Database::Options options;
        options.clock = [] { return noonOf(1); };
        QVERIFY(ui::Session::open(path, options).ok());
        options.clock = [] { return noonOf(2); };
        options.dailyBackup = false;
        Result<std::unique_ptr<ui::Session>> session = ui::Session::open(path, options);
        QVERIFY(session.ok());
        QSignalSpy finished(session->get(), &ui::Session::dailyBackupFinished);
        QVERIFY(!finished.wait(300));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("kith-backups"))));
    }
};

QTEST_MAIN(TestSession)
#include "tst_session.moc"
