// The real kith binary when the file is in trouble: another process writing it, a full disk
// (a file size limit) during an import, a backup or an upgrade, a read-only folder or file. Each
// must end in one clear line and exit 1, with the database as it was.
#include "KithProcess.h"

#include "support/Fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kith::test;

namespace {

constexpr uid_t nobody = 65534;

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// `count` vCard 4.0 contacts named "<prefix> PersonN", with enough fields to take a while.
void writeContacts(const QString &path, const QString &prefix, int count)
{
    QByteArray bytes;
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        const QByteArray p = prefix.toUtf8();
        bytes += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + p + " Person" + n + "\r\nN:Person" + n +
                 ";" + p + ";;;\r\nEMAIL:" + p.toLower() + n + "@trouble.example\r\nORG:" + p +
                 " Org " + QByteArray::number(i % 50) + "\r\nTITLE:Engineer " + n +
                 "\r\nNOTE:Imported by tst_filetrouble\r\nEND:VCARD\r\n";
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// `kith stats --json` without the path and size, which a checkpoint changes.
QJsonObject counts(const QTemporaryDir &home, const QString &db)
{
    const Run run = runKith(
        home, {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")});
    QJsonObject json = run.json();
    json.remove(QStringLiteral("database"));
    json.remove(QStringLiteral("file_bytes"));
    return json;
}

// The lines kith wrote to stderr, without the empty last one.
QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// The child gets a file size limit and ignores SIGXFSZ, so a write past the limit fails
// with EFBIG as it would with ENOSPC on a full disk, instead of killing the process.
std::function<void()> fileSizeLimit(qint64 bytes)
{
    return [bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit limit{rlim_t(bytes), rlim_t(bytes)};
        setrlimit(RLIMIT_FSIZE, &limit);
    };
}

// Permission bits mean nothing to root, so as root the child becomes "nobody" first.
// Exits 127 when that is not possible, which the tests turn into a skip.
std::function<void()> unprivileged()
{
    return [] {
        if (geteuid() != 0)
            return;
        if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
            _exit(127);
    };
}

// Runs `kith --db DB import vcard` of a few contacts as a user permission bits apply to:
// as root, "nobody", who is first given `owned` (and a home of its own).
Run importUnprivileged(const QString &db, const QStringList &owned)
{
    QTemporaryDir home;
    QStringList give = owned;
    give.append(home.path());
    for (const QString &path : std::as_const(give)) {
        if (geteuid() == 0 && ::chown(QFile::encodeName(path).constData(), nobody, nobody) != 0)
            return {};
    }
    const QString contacts = home.filePath(QStringLiteral("c.vcf"));
    writeContacts(contacts, QStringLiteral("Unprivileged"), 5);
    QFile::setPermissions(contacts, QFile::ReadOwner | QFile::ReadOther);
    return runKith(
        home,
        {QStringLiteral("--db"), db, QStringLiteral("import"), QStringLiteral("vcard"), contacts},
        unprivileged());
}

// An old Kith's file (tests/data/schema/vN.sql) holding `people` people with notes, as an
// old Kith left it: in WAL mode. The notes make the search index that step 2 builds larger
// than the file, so there is a file size limit at which the upgrade's backup fits and the
// upgrade does not.
QString createOldFile(const QString &path, int version, int people)
{
    const QByteArray schema = readData(QStringLiteral("schema/v%1.sql").arg(version));
    if (schema.isEmpty())
        return QStringLiteral("no fixture for version %1").arg(version);
    if (const QString error = createDatabaseFromScript(path, schema); !error.isEmpty())
        return error;
    // A second connection, which sees the search table the fixture wrote into the schema.
    const QByteArray script =
        "WITH RECURSIVE n(i) AS (SELECT 3 UNION ALL SELECT i + 1 FROM n WHERE i < " +
        QByteArray::number(people) +
        ") INSERT INTO person(id, display_name, notes, known_since, created_at, updated_at) "
        "SELECT i, 'Person ' || i, 'Met at conference ' || i || ' about cataloguing ' || "
        "(i * 7919 % 100003) || ' and archive ' || (i * 104729 % 1000003) || ' notes ' || "
        "hex(randomblob(40)), '2024-01-01', '2025-01-10T09:00:00Z', "
        "'2025-01-10T09:00:00Z' FROM n;"
        "PRAGMA journal_mode = WAL;";
    return createDatabaseFromScript(path, script);
}

// PRAGMA user_version and integrity_check of `path`, read without Kith.
std::pair<int, QString> versionAndIntegrity(const QString &path)
{
    std::pair<int, QString> result{-1, QString()};
    const QString name = QStringLiteral("tst_filetrouble_reader");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
                result.first = query.value(0).toInt();
            if (query.exec(QStringLiteral("PRAGMA integrity_check")) && query.next())
                result.second = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

// Every file under `dir`, relative to it.
QStringList filesUnder(const QString &dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(dir).relativeFilePath(it.next()));
    files.sort();
    return files;
}

} // namespace

class TestFileTrouble : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demo; // the demo network, never written: tests copy it
    QJsonObject m_demoCounts;

    QString copyOfDemo(const QTemporaryDir &dir, const QString &name = QStringLiteral("n.sqlite"))
    {
        const QString path = dir.filePath(name);
        QFile::copy(m_demo, path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_demo = m_home.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = runKith(m_home, {QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                                          QStringLiteral("--today"), QStringLiteral("2026-03-15")});
        QCOMPARE(demo.exitCode, 0);
        m_demoCounts = counts(m_home, m_demo);
        QVERIFY(m_demoCounts.value(QStringLiteral("people")).toInt() > 0);
    }

    void twoImportsAtOnceBothLand()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        const QString alpha = dir.filePath(QStringLiteral("alpha.vcf"));
        const QString beta = dir.filePath(QStringLiteral("beta.vcf"));
        writeContacts(alpha, QStringLiteral("Alpha"), 2000);
        writeContacts(beta, QStringLiteral("Beta"), 2000);
        QProcess first;
        QProcess second;
        prepareKith(first, m_home);
        prepareKith(second, m_home);
        const QString kith = QStringLiteral(KITH_BINARY);
        first.start(kith, {QStringLiteral("--db"), db, QStringLiteral("import"),
                           QStringLiteral("vcard"), alpha});
        second.start(kith, {QStringLiteral("--db"), db, QStringLiteral("import"),
                            QStringLiteral("vcard"), beta});
        const Run one = finishKith(first);
        const Run two = finishKith(second);
        // Neither took longer than the busy timeout to write, so the second waited.
        QVERIFY2(one.exitCode == 0, qPrintable(one.err));
        QVERIFY2(two.exitCode == 0, qPrintable(two.err));
        const Run check = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(counts(m_home, db).value(QStringLiteral("people")).toInt(),
                 m_demoCounts.value(QStringLiteral("people")).toInt() + 4000);
    }

    void aWriterThatKeepsTheFileBusyIsReportedInOneLine()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        const QString contacts = dir.filePath(QStringLiteral("c.vcf"));
        writeContacts(contacts, QStringLiteral("Busy"), 50);
        const QString name = QStringLiteral("tst_filetrouble_holder");
        {
            // Another program holds the write lock for longer than kith waits.
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM tag")));
            QElapsedTimer waited;
            waited.start();
            const Run run = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("import"),
                                             QStringLiteral("vcard"), contacts});
            QCOMPARE(run.exitCode, 1);
            QVERIFY(waited.elapsed() >= 4500); // it waited (busy timeout) before giving up
            const QStringList said = lines(run.err);
            QCOMPARE(said.size(), 1);
            QVERIFY2(said.first().startsWith(QStringLiteral("kith: ")), qPrintable(run.err));
            QVERIFY2(said.first().contains(QStringLiteral("in use by another program")),
                     qPrintable(run.err));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(name);
        const Run check = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(counts(m_home, db), m_demoCounts);
    }

    void fullDiskDuringAnImportLeavesTheFileAsItWas()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        const QString contacts = dir.filePath(QStringLiteral("c.vcf"));
        writeContacts(contacts, QStringLiteral("Full"), 3000);
        // Room for the day's backup (a copy of the file), not for the import's journal.
        const qint64 limit = QFileInfo(db).size() + 64 * 1024;
        const Run run = runKith(m_home,
                                {QStringLiteral("--db"), db, QStringLiteral("import"),
                                 QStringLiteral("vcard"), contacts},
                                fileSizeLimit(limit));
        QCOMPARE(run.exitCode, 1);
        const QStringList said = lines(run.err);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("the disk is full or the file has reached "
                                                      "its size limit")),
                 qPrintable(run.err));
        const Run check = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        QCOMPARE(counts(m_home, db), m_demoCounts);
        // The same import without the limit works: it was the space, nothing else.
        const Run again = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("import"),
                                           QStringLiteral("vcard"), contacts});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }

    void fullDiskDuringTheDailyBackupKeepsTheDataOpen()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        const QString backups = dir.filePath(QStringLiteral("n.sqlite-backups"));
        const Run run = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("stats")},
                                fileSizeLimit(QFileInfo(db).size() / 2));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("people")));
        const QStringList said = lines(run.err);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().startsWith(QStringLiteral("kith: no daily backup: ")),
                 qPrintable(run.err));
        QVERIFY2(said.first().contains(QStringLiteral("size limit")), qPrintable(run.err));
        // No half-written copy is left behind to be mistaken for a backup.
        QCOMPARE(QDir(backups).entryList(QDir::Files), QStringList());
        const Run check = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
    }

    void fullDiskDuringAnUpgradeLeavesTheOldFile_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("room");        // bytes the limit leaves beyond the file's size
        QTest::addColumn<QString>("failing"); // what the one line says was being done

        const QString cannotOpen = QStringLiteral("Cannot open ");
        const QString backup = QStringLiteral("Not upgrading the database: Writing a backup");
        const QString upgrade = QStringLiteral("Upgrading the database to schema version");
        // A limit below SQLite's 32 KiB shared-memory file: not even the version is read.
        QTest::addRow("v1, no room for the working files") << 1 << -1 << cannotOpen;
        for (int version = 1; version < 6; ++version)
            QTest::addRow("v%d, no room for the backup", version) << version << -2 << backup;
        // The backup (a copy of the file) fits; the upgrade's write-ahead log does not.
        QTest::addRow("v1, no room for the upgrade") << 1 << 64 * 1024 << upgrade;
    }

    void fullDiskDuringAnUpgradeLeavesTheOldFile()
    {
        QFETCH(int, version);
        QFETCH(int, room);
        QFETCH(QString, failing);
        constexpr int people = 2000;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.sqlite"));
        QCOMPARE(createOldFile(db, version, people), QString());
        const QByteArray before = hashOf(db);
        const qint64 size = QFileInfo(db).size();
        const qint64 limit = room == -1 ? 16 * 1024 : room == -2 ? size / 2 : size + room;

        const Run run = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("stats")},
                                fileSizeLimit(limit));
        QCOMPARE(run.exitCode, 1);
        const QStringList said = lines(run.err);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().startsWith(QStringLiteral("kith: ") + failing), qPrintable(run.err));
        QVERIFY2(said.first().contains(QStringLiteral("the disk is full or the file has reached "
                                                      "its size limit")),
                 qPrintable(run.err));

        // The file is as it was, byte for byte, at its old version and sound.
        QCOMPARE(hashOf(db), before);
        // No backup, whole or partial, is left: none was taken, or the upgrade it was for
        // did not happen. SQLite's working files may stay, with nothing in the log.
        QStringList left = filesUnder(dir.path());
        left.removeOne(QStringLiteral("old.sqlite-shm"));
        if (left.removeOne(QStringLiteral("old.sqlite-wal")))
            QCOMPARE(QFileInfo(db + QStringLiteral("-wal")).size(), 0);
        QCOMPARE(left, QStringList{QStringLiteral("old.sqlite")});
        QCOMPARE(versionAndIntegrity(db), std::pair(version, QStringLiteral("ok")));

        // With room, the same file upgrades, keeps its people and gets its one backup.
        const Run again = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("stats"),
                                           QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(again.json().value(QStringLiteral("people")).toInt(), people);
        const QStringList backups =
            QDir(dir.filePath(QStringLiteral("old-backups"))).entryList(QDir::Files);
        QCOMPARE(backups.size(), 2); // the one before the upgrade, and the day's
        QVERIFY2(backups.first().startsWith(QStringLiteral("old-before-v")),
                 qPrintable(backups.join(QLatin1Char(' '))));
    }

    void readOnlyFolderIsRefusedClearly()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("folder"));
        const QString folder = dir.filePath(QStringLiteral("folder"));
        const QString db = folder + QStringLiteral("/n.sqlite");
        QVERIFY(QFile::copy(m_demo, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
        const QByteArray before = hashOf(db);
        // The folder is made read-only after it is given away.
        if (geteuid() == 0) {
            for (const QString &path : {dir.path(), folder, db})
                QVERIFY(::chown(QFile::encodeName(path).constData(), nobody, nobody) == 0);
        }
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const Run run = importUnprivileged(db, {});
        if (run.exitCode == 127)
            QSKIP("running as root, and the test cannot become another user to make the "
                  "folder's permissions count");
        QCOMPARE(run.exitCode, 1);
        const QStringList said = lines(run.err);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("The folder %1 is read-only").arg(folder)),
                 qPrintable(run.err));
        QCOMPARE(hashOf(db), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("n.sqlite")});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void readOnlyFileIsRefusedClearly()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner));
        const QByteArray before = hashOf(db);
        const Run run = importUnprivileged(db, {dir.path(), db});
        if (run.exitCode == 127)
            QSKIP("running as root, and the test cannot become another user to make the "
                  "file's permissions count");
        QCOMPARE(run.exitCode, 1);
        const QStringList said = lines(run.err);
        QCOMPARE(said.size(), 1);
        QVERIFY2(said.first().contains(QStringLiteral("is read-only; Kith cannot save changes")),
                 qPrintable(run.err));
        QCOMPARE(hashOf(db), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("n.sqlite")});
    }

    void readingWorksOnAFullDisk()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        // Below SQLite's 32 KiB shared-memory file: not even the working files fit.
        const std::function<void()> full = fileSizeLimit(16 * 1024);
        const Run stats = runKith(
            m_home, {QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")},
            full);
        QVERIFY2(stats.exitCode == 0, qPrintable(stats.err));
        QCOMPARE(stats.json().value(QStringLiteral("people")),
                 m_demoCounts.value(QStringLiteral("people")));
        const Run search = runKith(
            m_home,
            {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("Okafor")}, full);
        QVERIFY2(search.exitCode == 0 && search.out.contains(QStringLiteral("Okafor")),
                 qPrintable(search.err));
        const Run check =
            runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("check")}, full);
        QVERIFY2(check.exitCode == 0, qPrintable(check.err));
        // Nothing half-made is left beside the file.
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("n.sqlite")});
    }

    void readingWorksWhereNothingCanBeWritten()
    {
        QTemporaryDir dir;
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QDir(dir.path()).mkdir(QStringLiteral("folder"));
        const QString folder = dir.filePath(QStringLiteral("folder"));
        const QString db = folder + QStringLiteral("/n.sqlite");
        QVERIFY(QFile::copy(m_demo, db));
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner |
                                                  QFile::ReadOther | QFile::ExeOther));
        const QByteArray before = hashOf(db);
        QTemporaryDir home; // "nobody" needs a home of its own
        if (geteuid() == 0)
            QVERIFY(::chown(QFile::encodeName(home.path()).constData(), nobody, nobody) == 0);
        for (const QString &command :
             {QStringLiteral("stats"), QStringLiteral("check"), QStringLiteral("agenda")}) {
            const Run run = runKith(home, {QStringLiteral("--db"), db, command}, unprivileged());
            if (run.exitCode == 127)
                QSKIP("running as root, and the test cannot become another user to make the "
                      "permissions count");
            QVERIFY2(run.exitCode == 0, qPrintable(command + QStringLiteral(": ") + run.err));
        }
        QCOMPARE(hashOf(db), before);
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{QStringLiteral("n.sqlite")});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    void anEmptyFileIsNotMadeADatabaseByReading()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("empty.sqlite"));
        {
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(::chmod(QFile::encodeName(db).constData(), 0666) == 0);
        const Run stats = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("stats")});
        QCOMPARE(stats.exitCode, 1);
        QCOMPARE(lines(stats.err).size(), 1);
        QVERIFY2(stats.err.contains(QStringLiteral("is empty")), qPrintable(stats.err));
        QCOMPARE(QFileInfo(db).size(), 0);
        QCOMPARE(filesUnder(dir.path()), QStringList{QStringLiteral("empty.sqlite")});
        // Filling it makes it the user's own: readable by its owner only.
        const QString contacts = dir.filePath(QStringLiteral("c.vcf"));
        writeContacts(contacts, QStringLiteral("Empty"), 3);
        const Run import = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("import"),
                                            QStringLiteral("vcard"), contacts});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        struct stat info = {};
        QCOMPARE(::stat(QFile::encodeName(db).constData(), &info), 0);
        QCOMPARE(info.st_mode & 0777, mode_t(0600));
    }

    void aDemoKilledHalfWayLeavesNothingForIfMissingToSkip()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.sqlite"));
        const QString kith = QStringLiteral(KITH_BINARY);
        for (int afterMs : {0, 15, 30, 60, 120}) {
            QProcess demo;
            prepareKith(demo, m_home);
            demo.start(kith, {QStringLiteral("--db"), db, QStringLiteral("demo")});
            QVERIFY(demo.waitForStarted());
            QTest::qWait(afterMs);
            demo.kill();
            demo.waitForFinished();
            // Either the whole demo is there, or no database at all.
            if (QFileInfo::exists(db)) {
                QCOMPARE(counts(m_home, db).value(QStringLiteral("people")),
                         m_demoCounts.value(QStringLiteral("people")));
                QVERIFY(QFile::remove(db));
            }
            const Run again = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("demo"),
                                               QStringLiteral("--if-missing")});
            QVERIFY2(again.exitCode == 0, qPrintable(again.err));
            QCOMPARE(counts(m_home, db).value(QStringLiteral("people")),
                     m_demoCounts.value(QStringLiteral("people")));
            QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                     QStringList{QStringLiteral("d.sqlite")});
            QVERIFY(QFile::remove(db));
        }
    }

    void aRestoreRefusedForABusyFileKeepsNoCopy()
    {
        QTemporaryDir dir;
        const QString db = copyOfDemo(dir);
        const QString backup = copyOfDemo(dir, QStringLiteral("backup.sqlite"));
        // The day's backup first, so that only the restore's own copy could appear below.
        QCOMPARE(runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("stats")}).exitCode,
                 0);
        const QString backups = dir.filePath(QStringLiteral("n-backups"));
        const QStringList before = QDir(backups).entryList(QDir::Files);
        const QString name = QStringLiteral("tst_filetrouble_restore_holder");
        {
            QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            holder.setDatabaseName(db);
            QVERIFY(holder.open());
            QSqlQuery query(holder);
            QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY(query.exec(QStringLiteral("DELETE FROM tag")));
            const Run run =
                runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(QStringLiteral("in use by another program")),
                     qPrintable(run.err));
            QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(QDir(backups).entryList(QDir::Files), before);
    }
};

QTEST_GUILESS_MAIN(TestFileTrouble)
#include "tst_filetrouble.moc"
