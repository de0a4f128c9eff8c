// The real kith binary when the file is in trouble: another process writing it, a full disk
// (a file size limit), a read-only folder or file. Each must end in one clear line and exit
// 1, with the database as it was.
#include "KithProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
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
};

QTEST_GUILESS_MAIN(TestFileTrouble)
#include "tst_filetrouble.moc"
