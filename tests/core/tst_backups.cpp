#include "support/TestDatabase.h"

#include "storage/Backups.h"
#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>
#include <unistd.h>

using namespace kith;
using namespace kith::test;

namespace {

QDateTime dayAt(int dayOffset, int hour = 10)
{
    return QDateTime(QDate(2026, 3, 15).addDays(dayOffset), QTime(hour, 0), QTimeZone::utc());
}

// A database that already holds data, so opening it again is a "day of use".
class UsedDatabase
{
public:
    explicit UsedDatabase(const QString &dailyKeep = {})
    {
        m_path = m_dir.filePath(QStringLiteral("kith.sqlite"));
        std::unique_ptr<Database> db = open(dayAt(0));
        if (!db)
            return;
        QVERIFY(SettingsStore(*db).setValue(QStringLiteral("note"), QStringLiteral("kept")));
        if (!dailyKeep.isNull())
            QVERIFY(SettingsStore(*db).setValue(Backups::dailyKeepKey(), dailyKeep));
    }

    std::unique_ptr<Database> open(const QDateTime &now, bool readOnly = false)
    {
        Database::Options options;
        options.clock = [now] { return now; };
        options.readOnly = readOnly;
        return openOrFail(m_path, options);
    }

    QString path() const { return m_path; }
    QString backups() const { return m_dir.filePath(QStringLiteral("kith-backups")); }
    QStringList dailies() const
    {
        return QDir(backups()).entryList({QStringLiteral("kith-daily-*.sqlite")}, QDir::Files,
                                         QDir::Name);
    }
    QString dailyFor(int dayOffset) const
    {
        return Backups::dailyName(m_path, dayAt(dayOffset).toLocalTime().date());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

// Overwrites `bytes` bytes at `offset` with noise, as a failing disk or a stray write would.
void damage(const QString &path, qint64 offset, int bytes = 4096)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > offset + bytes);
    QVERIFY(file.seek(offset));
    QByteArray noise(bytes, Qt::Uninitialized);
    for (int i = 0; i < bytes; ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QCOMPARE(file.write(noise), qint64(bytes));
}

// A sound copy of the used database under a daily backup's name for `day`.
void placeDaily(const UsedDatabase &used, QDate day)
{
    QDir().mkpath(used.backups());
    const QString target = QDir(used.backups()).filePath(Backups::dailyName(used.path(), day));
    QVERIFY(QFile::copy(used.path(), target));
}

mode_t modeOf(const QString &path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 0777;
}

} // namespace

class TestBackups : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aNewDatabaseGetsNoDailyBackup()
    {
        QTemporaryDir dir;
        Database::Options options;
        options.clock = [] { return dayAt(0); };
        std::unique_ptr<Database> db =
            openOrFail(dir.filePath(QStringLiteral("new.sqlite")), options);
        QVERIFY(db);
        QVERIFY(db->dailyBackup().isEmpty());
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("new-backups"))));
    }

    void theFirstOpenOfADayWritesOneBackup()
    {
        UsedDatabase used;
        std::unique_ptr<Database> first = used.open(dayAt(1, 8));
        QVERIFY(first);
        QCOMPARE(QFileInfo(first->dailyBackup()).fileName(), used.dailyFor(1));
        QVERIFY2(first->backupProblem().isEmpty(), qPrintable(first->backupProblem()));
        first.reset();

        std::unique_ptr<Database> again = used.open(dayAt(1, 12));
        QVERIFY(again);
        QVERIFY(again->dailyBackup().isEmpty());
        QCOMPARE(used.dailies(), QStringList{used.dailyFor(1)});
    }

    void theNextDayAddsOne()
    {
        UsedDatabase used;
        QVERIFY(used.open(dayAt(1)));
        QVERIFY(used.open(dayAt(2)));
        QCOMPARE(used.dailies(), (QStringList{used.dailyFor(1), used.dailyFor(2)}));
    }

    void theBackupHoldsTheData()
    {
        UsedDatabase used;
        std::unique_ptr<Database> db = used.open(dayAt(1));
        QVERIFY(db);
        const QString backup = db->dailyBackup();
        db.reset();
        Database::Options options;
        options.create = false;
        options.readOnly = true;
        std::unique_ptr<Database> copy = openOrFail(backup, options);
        QVERIFY(copy);
        QCOMPARE(SettingsStore(*copy).value(QStringLiteral("note")).value(),
                 QStringLiteral("kept"));
    }

    void onlyTheNewestKeptDailiesRemain_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<int>("kept");
        QTest::newRow("default keeps seven") << QString() << 7;
        QTest::newRow("setting keeps three") << QStringLiteral("3") << 3;
        QTest::newRow("nonsense falls back to seven") << QStringLiteral("many") << 7;
        QTest::newRow("zero turns them off") << QStringLiteral("0") << 0;
    }

    void onlyTheNewestKeptDailiesRemain()
    {
        QFETCH(QString, setting);
        QFETCH(int, kept);
        UsedDatabase used(setting);
        constexpr int days = 10;
        for (int day = 1; day <= days; ++day)
            QVERIFY(used.open(dayAt(day)));

        QStringList expected;
        for (int day = days - kept + 1; day <= days; ++day)
            expected.append(used.dailyFor(day));
        QCOMPARE(used.dailies(), expected);
    }

    void migrationAndRestoreBackupsAreNeverRotated()
    {
        UsedDatabase used(QStringLiteral("1"));
        QVERIFY(used.open(dayAt(1)));
        const QStringList others = {QStringLiteral("kith-before-v5-20260101-100000.sqlite"),
                                    QStringLiteral("kith-before-restore-20260102-100000.sqlite")};
        for (const QString &name : others) {
            QFile file(QDir(used.backups()).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(used.open(dayAt(2)));
        QVERIFY(used.open(dayAt(3)));
        QCOMPARE(used.dailies(), QStringList{used.dailyFor(3)});
        for (const QString &name : others)
            QVERIFY2(QFileInfo::exists(QDir(used.backups()).filePath(name)), qPrintable(name));

        const QList<Backups::Entry> listed = Backups::list(used.path(), used.backups());
        QCOMPARE(listed.size(), 3);
        QStringList kinds;
        for (const Backups::Entry &entry : listed)
            kinds.append(Backups::kindKey(entry.kind));
        kinds.sort();
        QCOMPARE(kinds, (QStringList{QStringLiteral("before-migration"),
                                     QStringLiteral("before-restore"), QStringLiteral("daily")}));
    }

    void aReadOnlyOpenWritesNoBackup()
    {
        UsedDatabase used;
        std::unique_ptr<Database> db = used.open(dayAt(1), true);
        QVERIFY(db);
        QVERIFY(db->dailyBackup().isEmpty());
        QVERIFY(used.dailies().isEmpty());
    }

    void backupsArePrivateToTheOwner()
    {
        UsedDatabase used;
        QVERIFY(used.open(dayAt(1)));
        QCOMPARE(modeOf(used.backups()), mode_t(0700));
        QCOMPARE(modeOf(QDir(used.backups()).filePath(used.dailyFor(1))), mode_t(0600));
    }

    void rotationKeepsTheNewestSoundBackup()
    {
        UsedDatabase used;
        for (int day = 1; day <= 5; ++day)
            placeDaily(used, dayAt(day).date());
        // The three newest copies were damaged (a failing disk), the older ones are sound.
        for (int day = 3; day <= 5; ++day)
            damage(QDir(used.backups()).filePath(used.dailyFor(day)), 4096, 16384);
        QVERIFY(Backups::passesQuickCheck(QDir(used.backups()).filePath(used.dailyFor(2))));
        QVERIFY(!Backups::passesQuickCheck(QDir(used.backups()).filePath(used.dailyFor(5))));

        const QStringList notes = Backups::rotate(used.path(), used.backups(), 2, dayAt(5).date());
        QVERIFY(notes.isEmpty());
        QCOMPARE(used.dailies(),
                 (QStringList{used.dailyFor(2), used.dailyFor(4), used.dailyFor(5)}));
    }

    void backupsDatedAfterTodayAreLeftAloneAndReported()
    {
        UsedDatabase used(QStringLiteral("2"));
        const QDate future(2031, 1, 1); // written while the clock was years ahead
        placeDaily(used, future);
        const QString stale = Backups::dailyName(used.path(), future);
        std::unique_ptr<Database> db;
        for (int day = 1; day <= 4; ++day) {
            db = used.open(dayAt(day));
            QVERIFY(db);
            QCOMPARE(QFileInfo(db->dailyBackup()).fileName(), used.dailyFor(day));
            QCOMPARE(db->backupNotes().size(), 1);
            QVERIFY2(db->backupNotes().constFirst().contains(stale),
                     qPrintable(db->backupNotes().join(u'\n')));
        }
        QCOMPARE(used.dailies(), (QStringList{used.dailyFor(3), used.dailyFor(4), stale}));
        bool flagged = false;
        for (const Backups::Entry &entry : Backups::list(used.path(), used.backups()))
            flagged = flagged || (entry.datedInFuture && entry.path.endsWith(stale));
        QVERIFY(flagged);
    }

    void aDamagedDatabaseIsNeitherBackedUpNorWritten()
    {
        UsedDatabase used;
        {
            std::unique_ptr<Database> db = used.open(dayAt(1));
            QVERIFY(db);
            // Enough rows that the file has pages worth damaging beyond the schema.
            for (int i = 0; i < 3000; ++i) {
                QVERIFY(SettingsStore(*db).setValue(QStringLiteral("filler-%1").arg(i),
                                                    QString(200, QLatin1Char('x'))));
            }
        }
        QCOMPARE(used.dailies(), QStringList{used.dailyFor(1)});
        damage(used.path(), QFileInfo(used.path()).size() / 2, 16384);

        std::unique_ptr<Database> db = used.open(dayAt(2));
        QVERIFY(db);
        QVERIFY(db->isDamaged());
        QVERIFY(db->damageMessage().contains(used.path()));
        QVERIFY(db->dailyBackup().isEmpty());
        QVERIFY2(db->backupProblem().contains(QLatin1String("damaged")),
                 qPrintable(db->backupProblem()));
        QCOMPARE(used.dailies(), QStringList{used.dailyFor(1)});
        const Status write =
            SettingsStore(*db).setValue(QStringLiteral("after"), QStringLiteral("damage"));
        QVERIFY(!write);
        QCOMPARE(write.error().code(), ErrorCode::Corrupt);
        QCOMPARE(Backups::newestSound(used.path(), used.backups()),
                 QDir(used.backups()).filePath(used.dailyFor(1)));
    }

    void unfinishedCopiesOfAKilledKithAreListedThenRemoved()
    {
        UsedDatabase used;
        QDir().mkpath(used.backups());
        const QDateTime now = dayAt(1);
        const auto leave = [&](const QString &name, const QDateTime &when) {
            QFile file(QDir(used.backups()).filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QVERIFY(file.write("half a copy") > 0);
            QVERIFY(file.flush());
            QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
        };
        leave(QStringLiteral("kith-before-v6-20260301-100000.sqlite.part"), now.addSecs(-7200));
        leave(QStringLiteral("kith-before-v6-20260301-100000.sqlite.part-journal"),
              now.addSecs(-7200));
        leave(QStringLiteral("kith-before-restore-20260315-095900.sqlite.part"), now.addSecs(-60));
        const QList<Backups::Entry> before = Backups::list(used.path(), used.backups());
        QCOMPARE(before.size(), 2);
        for (const Backups::Entry &entry : before)
            QCOMPARE(entry.kind, Backups::Kind::Unfinished);

        QVERIFY(used.open(now));
        const QStringList left =
            QDir(used.backups())
                .entryList({QStringLiteral("*.part"), QStringLiteral("*.part-journal")},
                           QDir::Files);
        // The recent one may be a copy under way in another Kith.
        QCOMPARE(left,
                 QStringList{QStringLiteral("kith-before-restore-20260315-095900.sqlite.part")});
    }

    void aBackupFolderMustBeTheUsersOwnAndPrivate()
    {
        {
            UsedDatabase used;
            QVERIFY(QDir().mkpath(used.backups()));
            QVERIFY(::chmod(QFile::encodeName(used.backups()).constData(), 0777) == 0);
            std::unique_ptr<Database> db = used.open(dayAt(1));
            QVERIFY(db && !db->dailyBackup().isEmpty());
            QCOMPARE(modeOf(used.backups()), mode_t(0700));
        }
        {
            UsedDatabase used;
            QTemporaryDir elsewhere;
            QVERIFY(QFile::link(elsewhere.path(), used.backups()));
            std::unique_ptr<Database> db = used.open(dayAt(1));
            QVERIFY(db);
            QVERIFY(db->dailyBackup().isEmpty());
            QVERIFY2(db->backupProblem().contains(QLatin1String("link")),
                     qPrintable(db->backupProblem()));
            QVERIFY(QDir(elsewhere.path()).isEmpty());
        }
        if (::geteuid() == 0) { // only root can hand a folder to someone else
            UsedDatabase used;
            QVERIFY(QDir().mkpath(used.backups()));
            QVERIFY(::chown(QFile::encodeName(used.backups()).constData(), 65534, 65534) == 0);
            std::unique_ptr<Database> db = used.open(dayAt(1));
            QVERIFY(db);
            QVERIFY(db->dailyBackup().isEmpty());
            QVERIFY2(db->backupProblem().contains(QLatin1String("another user")),
                     qPrintable(db->backupProblem()));
        }
    }

    void aFailedBackupDoesNotKeepTheDataClosed()
    {
        UsedDatabase used;
        QFile blocker(used.backups()); // a file where the folder should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        std::unique_ptr<Database> db = used.open(dayAt(1));
        QVERIFY(db);
        QVERIFY(db->dailyBackup().isEmpty());
        QVERIFY(!db->backupProblem().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackups)
#include "tst_backups.moc"
