#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <sqlite3.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

using namespace kith;
using namespace kith::test;

class TestDatabaseOpen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newFileIsPrivateAndCurrent()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nested/folder/new.sqlite"));
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(QFile::permissions(path) & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        const QFileDevice::Permissions folder = QFile::permissions(QFileInfo(path).absolutePath());
        QVERIFY(!(folder & (QFile::ReadGroup | QFile::ReadOther | QFile::ExeOther)));

        Query version(*db, QStringLiteral("PRAGMA user_version"));
        QCOMPARE(version.scalar().value(), qint64(Database::schemaVersion));
        Query appId(*db, QStringLiteral("PRAGMA application_id"));
        QCOMPARE(appId.scalar().value(), qint64(Database::applicationId));
        Query foreignKeys(*db, QStringLiteral("PRAGMA foreign_keys"));
        QCOMPARE(foreignKeys.scalar().value(), qint64(1));
        Query journal(*db, QStringLiteral("PRAGMA journal_mode"));
        QVERIFY(journal.exec());
        QVERIFY(journal.next());
        QCOMPARE(journal.string(0), QStringLiteral("wal"));
        QVERIFY(db->migrationBackup().isEmpty()); // nothing to back up in a new file
    }

    void refusesFilesItCannotUse_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<int>("expected");

        QTest::newRow("text file") << QByteArray("name,email\nAda,ada@example.org\n")
                                   << QByteArray() << int(ErrorCode::NotADatabase);
        QTest::newRow("truncated header") << QByteArray("SQLite format 3\0\x10", 18) << QByteArray()
                                          << int(ErrorCode::NotADatabase);
        const QByteArray next = QByteArray::number(Database::schemaVersion + 1);
        QTest::newRow("newer Kith") << QByteArray()
                                    << QByteArray("CREATE TABLE future(x); PRAGMA application_id = "
                                                  "1265202280; PRAGMA user_version = 99;")
                                    << int(ErrorCode::NewerSchema);
        QTest::newRow("next Kith in WAL mode")
            << QByteArray()
            << QByteArray("PRAGMA journal_mode = WAL; CREATE TABLE future(x); "
                          "PRAGMA application_id = 1265202280; PRAGMA user_version = ") +
                   next + ";"
            << int(ErrorCode::NewerSchema);
        QTest::newRow("another program's database")
            << QByteArray() << QByteArray("CREATE TABLE moz_places(id INTEGER PRIMARY KEY);")
            << int(ErrorCode::NotKith);
        QTest::newRow("another application id")
            << QByteArray() << QByteArray("PRAGMA application_id = 42; CREATE TABLE t(x);")
            << int(ErrorCode::NotKith);
    }

    void refusesFilesItCannotUse()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, script);
        QFETCH(int, expected);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("other.sqlite"));
        if (script.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            QCOMPARE(createDatabaseFromScript(path, script), QString());
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);

        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(int(opened.error().code()), expected);
        QVERIFY2(opened.error().message().contains(path), qPrintable(opened.errorMessage()));

        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void emptyFileBecomesADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        auto db = openOrFail(path);
        QVERIFY(db);
        Query version(*db, QStringLiteral("PRAGMA user_version"));
        QCOMPARE(version.scalar().value(), qint64(Database::schemaVersion));
    }

    void missingFileIsNotCreatedWhenAskedNotTo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        Database::Options options;
        options.create = false;
        Result<std::unique_ptr<Database>> opened = Database::open(path, options);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::NotFound);
        QVERIFY(!QFile::exists(path));
    }

    void readOnlyOpenDoesNotWrite()
    {
        TestDatabase fixture;
        const QString path = fixture.path();
        fixture.reopen(); // make sure the file is complete on disk
        Database::Options options;
        options.readOnly = true;
        auto db = openOrFail(path, options);
        QVERIFY(db);
        QVERIFY(db->isReadOnly());
        Query write(*db, QStringLiteral("INSERT INTO tag(name) VALUES ('x')"));
        Status status = write.exec();
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code(), ErrorCode::ReadOnly);
    }

    void backupIsAPrivateConsistentCopy()
    {
        TestDatabase fixture;
        Query insert(fixture.db(), QStringLiteral("INSERT INTO tag(name) VALUES ('kept')"));
        QVERIFY(insert.exec());
        const QString copy = fixture.dir() + QStringLiteral("/copy.sqlite");
        QVERIFY(fixture->backupTo(copy));
        QCOMPARE(QFile::permissions(copy) & 0x7777,
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);
        QVERIFY(!QFile::exists(copy + QStringLiteral(".part")));
        auto reopened = openOrFail(copy);
        QVERIFY(reopened);
        Query count(*reopened, QStringLiteral("SELECT count(*) FROM tag WHERE name = 'kept'"));
        QCOMPARE(count.scalar().value(), qint64(1));
    }

    void nestedTransactionRollsBackOnlyItsPart()
    {
        TestDatabase fixture;
        QSignalSpy spy(&fixture.db(), &Database::changed);
        {
            Transaction outer(fixture.db());
            QVERIFY(outer.isActive());
            Query a(fixture.db(), QStringLiteral("INSERT INTO tag(name) VALUES ('outer')"));
            QVERIFY(a.exec());
            fixture->notify({EntityKind::Tag, ChangeType::Inserted, {1}});
            {
                Transaction inner(fixture.db());
                QVERIFY(inner.isActive());
                Query b(fixture.db(), QStringLiteral("INSERT INTO tag(name) VALUES ('inner')"));
                QVERIFY(b.exec());
                fixture->notify({EntityKind::Tag, ChangeType::Inserted, {2}});
                // leaves scope without commit: rolled back
            }
            QCOMPARE(spy.count(), 0); // nothing announced before the outer commit
            QVERIFY(outer.commit());
        }
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<Change>().ids, QList<Id>{1});
        Query names(fixture.db(), QStringLiteral("SELECT group_concat(name) FROM tag"));
        QVERIFY(names.exec());
        QVERIFY(names.next());
        QCOMPARE(names.string(0), QStringLiteral("outer"));
    }

    void uncommittedTransactionLeavesNoTrace()
    {
        TestDatabase fixture;
        QSignalSpy spy(&fixture.db(), &Database::changed);
        {
            Transaction tx(fixture.db());
            Query a(fixture.db(), QStringLiteral("INSERT INTO tag(name) VALUES ('gone')"));
            QVERIFY(a.exec());
            fixture->notify({EntityKind::Tag, ChangeType::Inserted, {1}});
        }
        QCOMPARE(spy.count(), 0);
        Query count(fixture.db(), QStringLiteral("SELECT count(*) FROM tag"));
        QCOMPARE(count.scalar().value(), qint64(0));
    }

    void secondConnectionWaitsForTheWriter()
    {
        TestDatabase fixture;
        auto second = openOrFail(fixture.path());
        QVERIFY(second);
        Transaction tx(fixture.db());
        QVERIFY(tx.isActive());
        Query read(*second, QStringLiteral("SELECT count(*) FROM person"));
        QCOMPARE(read.scalar().value(), qint64(0)); // readers are never blocked in WAL mode
        QVERIFY(tx.commit());
    }

    void busyFileIsReportedAsSuch()
    {
        TestDatabase fixture;
        auto other = openOrFail(fixture.path()); // as another Kith would hold it
        QVERIFY(other);
        Transaction holding(*other);
        QVERIFY(holding.isActive());
        QElapsedTimer waited;
        waited.start();
        Transaction tx(fixture.db());
        QVERIFY(!tx.isActive());
        QVERIFY(waited.elapsed() >= sql::busyTimeoutMs - 500); // it waited before giving up
        QCOMPARE(tx.error().code(), ErrorCode::Conflict);
        QVERIFY2(tx.error().message().contains(QStringLiteral("in use by another program")),
                 qPrintable(tx.error().message()));
        QVERIFY(!tx.error().message().contains(QLatin1Char('\n')));
    }

    void outOfSpaceErrorsNameTheCause_data()
    {
        QTest::addColumn<int>("sqliteCode");
        QTest::addColumn<int>("systemErrno");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("SQLite: full")
            << SQLITE_FULL << 0 << int(ErrorCode::ReadOnly) << QStringLiteral("the disk is full");
        QTest::newRow("write: no space left")
            << SQLITE_IOERR_WRITE << ENOSPC << int(ErrorCode::ReadOnly)
            << QStringLiteral("the disk is full");
        QTest::newRow("write: file size limit")
            << SQLITE_IOERR_WRITE << EFBIG << int(ErrorCode::ReadOnly)
            << QStringLiteral("size limit");
        QTest::newRow("other I/O error names errno")
            << SQLITE_IOERR_READ << EIO << int(ErrorCode::Io)
            << QString::fromLocal8Bit(std::strerror(EIO));
    }

    void outOfSpaceErrorsNameTheCause()
    {
        QFETCH(int, sqliteCode);
        QFETCH(int, systemErrno);
        QFETCH(int, code);
        QFETCH(QString, says);
        const Error error = sql::error(sqliteCode, QStringLiteral("disk I/O error"),
                                       QStringLiteral("Saving"), systemErrno);
        QCOMPARE(int(error.code()), code);
        QVERIFY2(error.message().startsWith(QStringLiteral("Saving: ")),
                 qPrintable(error.message()));
        QVERIFY2(error.message().contains(says), qPrintable(error.message()));
    }

    void deletedFileIsNotWrittenInto()
    {
        TestDatabase fixture;
        const QString path = fixture.path();
        QVERIFY(fixture->checkFileIdentity());
        QVERIFY(QFile::remove(path));
        Transaction tx(fixture.db());
        QVERIFY(!tx.isActive());
        QCOMPARE(tx.error().code(), ErrorCode::Io);
        QVERIFY2(tx.error().message().contains(QStringLiteral("was deleted or moved away")),
                 qPrintable(tx.error().message()));
        Query insert(fixture.db(), QStringLiteral("SELECT 1"));
        QVERIFY(insert.exec()); // reading goes on; the connection is intact
        QVERIFY(!QFile::exists(path));
    }

    void replacedFileIsNotOverwritten()
    {
        TestDatabase fixture;
        const QString path = fixture.path();
        const QString other = fixture.dir() + QStringLiteral("/other.sqlite");
        {
            auto db = openOrFail(other);
            QVERIFY(db);
            Query insert(*db, QStringLiteral("INSERT INTO tag(name) VALUES ('theirs')"));
            QVERIFY(insert.exec());
        }
        const QByteArray before = fileHash(other);
        QVERIFY(::rename(QFile::encodeName(other).constData(),
                         QFile::encodeName(path).constData()) == 0);
        Transaction tx(fixture.db());
        QVERIFY(!tx.isActive());
        QVERIFY2(tx.error().message().contains(QStringLiteral("was replaced by another file")),
                 qPrintable(tx.error().message()));
        QCOMPARE(fileHash(path), before);
        // Another connection sees the new file as it is, not through the old one's WAL.
        {
            Database::Options readOnly;
            readOnly.readOnly = true;
            auto reader = openOrFail(path, readOnly);
            QVERIFY(reader);
            Query theirs(*reader, QStringLiteral("SELECT count(*) FROM tag WHERE name = 'theirs'"));
            QCOMPARE(theirs.scalar().value(), qint64(1));
        }
        // Reopened, the path is the new file, and writing to it is fine again.
        fixture.reopen();
        Query theirs(fixture.db(),
                     QStringLiteral("SELECT count(*) FROM tag WHERE name = 'theirs'"));
        QCOMPARE(theirs.scalar().value(), qint64(1));
        Transaction again(fixture.db());
        QVERIFY(again.isActive());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
