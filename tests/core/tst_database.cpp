#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
