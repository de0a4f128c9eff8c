// `kith restore` and `kith backups`, run as the real binary.
#include "KithProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace kith::test;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs a statement on a plain SQLite file, as another program would.
void sqliteExec(const QString &path, const QString &statement)
{
    const QString name = QStringLiteral("tst_restore_raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(statement));
    }
    QSqlDatabase::removeDatabase(name);
}

const QByteArray twoContacts =
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ada Restore\r\nN:Restore;Ada;;;\r\n"
    "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ben Restore\r\n"
    "N:Restore;Ben;;;\r\nEND:VCARD\r\n";

} // namespace

class TestRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run kith(const QStringList &arguments) { return runKith(m_home, arguments); }

    QString demo(const QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        const Run run = kith({s("--db"), path, s("demo"), s("--today"), s("2026-03-15")});
        if (run.exitCode != 0)
            qWarning("demo failed: %s", qPrintable(run.err));
        return path;
    }

    QJsonObject counts(const QString &database)
    {
        QJsonObject object = kith({s("--db"), database, s("stats"), s("--json")}).json();
        object.remove(s("database"));
        return object;
    }

    QJsonArray backups(const QString &database)
    {
        const Run run = kith({s("--db"), database, s("backups"), s("--json")});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QStringList backupsOfKind(const QString &database, const QString &kind)
    {
        QStringList paths;
        for (const QJsonValue &value : backups(database)) {
            if (value[s("kind")].toString() == kind)
                paths.append(value[s("path")].toString());
        }
        return paths;
    }

    // A demo database whose first open today left a daily backup, changed after it.
    struct Changed
    {
        QString database;
        QString daily;
        QJsonObject dailyCounts;
        QJsonObject changedCounts;
    };

    Changed changedSinceItsDailyBackup(const QTemporaryDir &dir)
    {
        Changed changed;
        changed.database = demo(dir, s("kith.sqlite"));
        changed.dailyCounts = counts(changed.database); // this open writes today's backup
        const QStringList dailies = backupsOfKind(changed.database, s("daily"));
        if (dailies.size() == 1)
            changed.daily = dailies.constFirst();
        const QString vcf = dir.filePath(s("two.vcf"));
        writeFile(vcf, twoContacts);
        const Run imported = kith({s("--db"), changed.database, s("import"), s("vcard"), vcf});
        if (imported.exitCode != 0)
            qWarning("import failed: %s", qPrintable(imported.err));
        changed.changedCounts = counts(changed.database);
        return changed;
    }

private Q_SLOTS:
    void restoreBringsBackTheBackupsData()
    {
        QTemporaryDir dir;
        const Changed changed = changedSinceItsDailyBackup(dir);
        QVERIFY(!changed.daily.isEmpty());
        QCOMPARE(changed.changedCounts[s("people")].toInt(),
                 changed.dailyCounts[s("people")].toInt() + 2);

        const Run run = kith({s("--db"), changed.database, s("restore"), changed.daily});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(counts(changed.database), changed.dailyCounts);
        QCOMPARE(kith({s("--db"), changed.database, s("check")}).exitCode, 0);
    }

    void theReplacedStateIsKeptAsABackup()
    {
        QTemporaryDir dir;
        const Changed changed = changedSinceItsDailyBackup(dir);
        QVERIFY(kith({s("--db"), changed.database, s("restore"), changed.daily}).exitCode == 0);

        const QStringList kept = backupsOfKind(changed.database, s("before-restore"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(counts(kept.constFirst()), changed.changedCounts);
        // …and the restore can be undone with it.
        QVERIFY(kith({s("--db"), changed.database, s("restore"), kept.constFirst()}).exitCode == 0);
        QCOMPARE(counts(changed.database), changed.changedCounts);
    }

    void anUnfitBackupIsRefusedAndTheDatabaseUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("garbage") << s("garbage") << s("not an SQLite file");
        QTest::newRow("empty file") << s("empty") << s("empty");
        QTest::newRow("missing file") << s("missing") << s("does not exist");
        QTest::newRow("truncated to half") << s("truncated") << s("Not restoring");
        QTest::newRow("from a newer Kith") << s("newer") << s("newer version of Kith");
        QTest::newRow("another program's SQLite") << s("foreign") << s("another program");
        QTest::newRow("the database itself") << s("itself") << s("the database itself");
    }

    void anUnfitBackupIsRefusedAndTheDatabaseUntouched()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString database = demo(dir, s("kith.sqlite"));
        QString backup = dir.filePath(s("backup.sqlite"));
        if (kind == s("garbage")) {
            writeFile(backup, QByteArray(64 * 1024, '\x5a'));
        } else if (kind == s("empty")) {
            writeFile(backup, {});
        } else if (kind == s("truncated")) {
            const QByteArray whole = readFile(demo(dir, s("whole.sqlite")));
            QVERIFY(whole.size() > 8192);
            writeFile(backup, whole.left(whole.size() / 2));
        } else if (kind == s("newer")) {
            QVERIFY(QFile::copy(demo(dir, s("newer.sqlite")), backup));
            sqliteExec(backup, s("PRAGMA user_version = 99"));
        } else if (kind == s("foreign")) {
            sqliteExec(backup, s("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)"));
        } else if (kind == s("itself")) {
            backup = database;
        }
        const QByteArray before = hashOf(database);
        const QJsonObject countsBefore = counts(database);
        const QByteArray hashAfterStats = hashOf(database);

        const Run run = kith({s("--db"), database, s("restore"), backup});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(!run.err.contains(s("\n  "))); // one clear line, no trace
        QCOMPARE(hashOf(database), hashAfterStats);
        QVERIFY(!before.isEmpty());
        QVERIFY(backupsOfKind(database, s("before-restore")).isEmpty());
        QCOMPARE(counts(database), countsBefore);
    }

    void anUnreadableDatabaseIsOnlyReplacedWithForce()
    {
        QTemporaryDir dir;
        const QString backup = demo(dir, s("good.sqlite"));
        const QString database = dir.filePath(s("kith.sqlite"));
        const QByteArray damaged(16 * 1024, '\x01');
        writeFile(database, damaged);

        const Run refused = kith({s("--db"), database, s("restore"), backup});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(s("Forcing")), qPrintable(refused.err));
        QCOMPARE(readFile(database), damaged);

        const Run forced = kith({s("--db"), database, s("restore"), backup, s("--force")});
        QVERIFY2(forced.exitCode == 0, qPrintable(forced.err));
        QCOMPARE(counts(database), counts(backup));
        const QStringList kept = backupsOfKind(database, s("replaced"));
        QCOMPARE(kept.size(), 1);
        QCOMPARE(readFile(kept.constFirst()), damaged);
    }

    void restoringIntoANewFileCreatesIt()
    {
        QTemporaryDir dir;
        const QString backup = demo(dir, s("good.sqlite"));
        const QString database = dir.filePath(s("new.sqlite"));
        const Run run = kith({s("--db"), database, s("restore"), backup});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(counts(database), counts(backup));
        QCOMPARE(QFile(database).permissions() & 0x0077, QFileDevice::Permissions());
    }

    void backupsListsPathDateAndSize()
    {
        QTemporaryDir dir;
        const QString database = demo(dir, s("kith.sqlite"));
        QVERIFY(kith({s("--db"), database, s("backups")}).out.contains(s("No backups")));
        QCOMPARE(kith({s("--db"), database, s("check")}).exitCode, 0); // first open today
        const QJsonArray listed = backups(database);
        QCOMPARE(listed.size(), 1);
        const QJsonObject entry = listed.at(0).toObject();
        QVERIFY(QFile::exists(entry[s("path")].toString()));
        QCOMPARE(entry[s("size")].toInteger(), QFileInfo(entry[s("path")].toString()).size());
        QVERIFY(QDateTime::fromString(entry[s("written")].toString(), Qt::ISODate).isValid());
        const Run text = kith({s("--db"), database, s("backups")});
        QVERIFY(text.out.contains(entry[s("path")].toString()));
        QVERIFY(text.out.contains(s("daily")));
    }
};

QTEST_GUILESS_MAIN(TestRestore)
#include "tst_restore.moc"
