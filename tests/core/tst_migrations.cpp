#include "support/Fixtures.h"
#include "support/TestDatabase.h"

#include "storage/Database.h"
#include "storage/DatabaseFile.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace kith;
using namespace kith::test;

// Every schema version Kith ever wrote has a frozen fixture in tests/data/schema/vN.sql;
// each must open in this version with its data intact.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    static qint64 scalar(Database &db, const char *statement)
    {
        Query query(db, QString::fromLatin1(statement));
        return query.scalar().valueOr(-1);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void everyVersionUpgrades_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= Database::schemaVersion; ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void everyVersionUpgrades()
    {
        QFETCH(int, version);
        const QByteArray script = readData(QStringLiteral("schema/v%1.sql").arg(version));
        QVERIFY2(!script.isEmpty(), "every schema version needs a fixture in tests/data/schema");

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        QCOMPARE(createDatabaseFromScript(path, script), QString());

        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(scalar(*db, "PRAGMA user_version"), qint64(Database::schemaVersion));
        QCOMPARE(scalar(*db, "PRAGMA foreign_key_check"), qint64(0)); // no rows: no violations
        Query integrity(*db, QStringLiteral("PRAGMA integrity_check"));
        QVERIFY(integrity.exec());
        QVERIFY(integrity.next());
        QCOMPARE(integrity.string(0), QStringLiteral("ok"));

        // The fixtures' records survive every step.
        QCOMPARE(scalar(*db, "SELECT count(*) FROM person"), qint64(2));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM interaction_person"), qint64(1));
        QCOMPARE(scalar(*db, "SELECT sum(planned_cents) FROM event_cost"), qint64(65000));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM membership WHERE person_id IS NULL"), qint64(1));

        // The dashboard's tallies and keep-in-touch days count the rows already there.
        QCOMPARE(scalar(*db, "SELECT sum(interactions) FROM derived_interaction_month "
                             "WHERE month = '2025-01' AND kind = 'call'"),
                 qint64(1));
        QCOMPARE(scalar(*db, "SELECT sum(people) FROM derived_person_month"), qint64(2));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM derived_person_source"), qint64(2));
        QCOMPARE(scalar(*db, "SELECT people FROM derived_person_source WHERE source = 'other'"),
                 qint64(1));
        QCOMPARE(scalar(*db, "SELECT cadence_days FROM derived_keep_in_touch WHERE person_id = 1"),
                 qint64(30));
        QCOMPARE(scalar(*db, "SELECT julianday(due) - julianday('2025-02-04') "
                             "FROM derived_keep_in_touch WHERE person_id = 1"),
                 qint64(0));
        QCOMPARE(scalar(*db, "SELECT count(*) FROM derived_keep_in_touch"), qint64(1));

        // Rows written before search existed are found, diacritics folded.
        Query search(*db, QStringLiteral("SELECT count(*) FROM search_index WHERE search_index "
                                         "MATCH ? AND kind = 'person'"));
        search.bind(sql::ftsPrefixQuery(QStringLiteral("jose mull")));
        QCOMPARE(search.scalar().value(), qint64(1));

        if (version < Database::schemaVersion) {
            // An upgrade backs the old file up first, and the backup is the old version.
            QVERIFY(!db->migrationBackup().isEmpty());
            QVERIFY(QFile::exists(db->migrationBackup()));
            QCOMPARE(QFile::permissions(db->migrationBackup()) & 0x0077,
                     QFileDevice::Permissions());
            Database::Options readOnly;
            readOnly.readOnly = true;
            Result<std::unique_ptr<Database>> backup =
                Database::open(db->migrationBackup(), readOnly);
            // Read-only opens refuse old versions, which proves the backup holds version N.
            QVERIFY(!backup.ok());
            QCOMPARE(backup.error().code(), ErrorCode::ReadOnly);
        } else {
            QVERIFY(db->migrationBackup().isEmpty());
        }
    }

    void failedStepLeavesTheFileAtItsVersion()
    {
        // A v1 file that already has an object named like one step 2 creates: step 2 fails.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        QByteArray script = readData(QStringLiteral("schema/v1.sql"));
        script += "CREATE TABLE search_index(x);";
        QCOMPARE(createDatabaseFromScript(path, script), QString());

        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().message().contains(QStringLiteral("version 2")));

        QCOMPARE(createDatabaseFromScript(path, "DROP TABLE search_index;"), QString());
        auto db = openOrFail(path); // the file is intact and upgrades once the cause is gone
        QVERIFY(db);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM person"), qint64(2));
        QCOMPARE(scalar(*db, "PRAGMA user_version"), qint64(Database::schemaVersion));
    }

    void failedLaterStepLeavesTheFileAtItsOldVersion()
    {
        // A v1 file whose person table already has the column step 4 adds: steps 2 and 3
        // run, step 4 fails, and all of it is undone with the upgrade's backup.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("blocked.sqlite"));
        QByteArray script = readData(QStringLiteral("schema/v1.sql"));
        script += "ALTER TABLE person ADD COLUMN last_contact_on TEXT;";
        QCOMPARE(createDatabaseFromScript(path, script), QString());

        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message().contains(QStringLiteral("version 4")),
                 qPrintable(opened.error().message()));
        QCOMPARE(QDir(dir.filePath(QStringLiteral("blocked-backups"))).entryList(QDir::Files),
                 QStringList());

        const Result<DatabaseFile::Header> header = DatabaseFile::readHeader(path);
        QVERIFY(header.ok());
        QCOMPARE(header->userVersion, 1);
        QCOMPARE(createDatabaseFromScript(path, "ALTER TABLE person DROP COLUMN last_contact_on;"),
                 QString());
        auto db = openOrFail(path);
        QVERIFY(db);
        QCOMPARE(scalar(*db, "SELECT count(*) FROM person"), qint64(2));
        QCOMPARE(scalar(*db, "PRAGMA user_version"), qint64(Database::schemaVersion));
    }

    void newerFileStaysUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.sqlite"));
        QByteArray script = readData(QStringLiteral("schema/v%1.sql").arg(Database::schemaVersion));
        script += "PRAGMA user_version = " + QByteArray::number(Database::schemaVersion + 1) + ";";
        QCOMPARE(createDatabaseFromScript(path, script), QString());
        const QByteArray before = fileHash(path);

        Result<std::unique_ptr<Database>> opened = Database::open(path);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code(), ErrorCode::NewerSchema);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("future.sqlite")});
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
