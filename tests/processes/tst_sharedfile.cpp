// One database file, this process holding a connection to it as the desktop does (a writer
// and a read-only reader that opens and closes), and other kith processes opening, writing
// and closing the same file. POSIX locks belong to a process: if anything in this process
// opened and closed the file outside SQLite, its locks would be gone, the other kith would
// take itself for the last connection and delete the -wal and -shm this process still
// writes into. A second connection inside one process shares SQLite's lock bookkeeping and
// cannot show that; real processes can.
#include "../cli/KithProcess.h"

#include "storage/Database.h"
#include "storage/PersonStore.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <unistd.h>

using namespace kith;
using namespace kith::test;

namespace {

// The files this process has open that were deleted since, by their former names.
QStringList deletedOpenFiles()
{
    QStringList deleted;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        const QByteArray raw = QFile::encodeName(fds.filePath(fd));
        char buffer[4096] = {};
        const ssize_t n = ::readlink(raw.constData(), buffer, sizeof buffer - 1);
        if (n > 0 && QByteArray(buffer, int(n)).endsWith(" (deleted)"))
            deleted.append(QString::fromLocal8Bit(buffer, int(n)));
    }
    return deleted;
}

void writeContacts(const QString &path, const QString &prefix, int count)
{
    QByteArray bytes;
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + prefix.toUtf8() + " Person" + n +
                 "\r\nEMAIL:" + prefix.toLower().toUtf8() + n + "@shared.example\r\nEND:VCARD\r\n";
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

Person named(const QString &name)
{
    Person person;
    person.displayName = name;
    return person;
}

} // namespace

class TestSharedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    int peopleSeenByAnotherKith(const QString &db)
    {
        const Run run = runKith(m_home, {QStringLiteral("--db"), db, QStringLiteral("stats"),
                                         QStringLiteral("--json")});
        return run.exitCode == 0 ? run.json().value(QStringLiteral("people")).toInt() : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_home.isValid());
    }

    void workingFilesStayWhileAnotherKithComesAndGoes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("network.sqlite"));
        const QString contacts = dir.filePath(QStringLiteral("contacts.vcf"));
        writeContacts(contacts, QStringLiteral("Shared"), 200);

        // As the desktop: the session's writer, then its reader opened and closed beside it.
        std::unique_ptr<Database> writer = openOrFail(path);
        QVERIFY(writer);
        QVERIFY(PersonStore(*writer).create(named(QStringLiteral("Written Before"))));
        for (int i = 0; i < 3; ++i) {
            Database::Options options;
            options.create = false;
            options.readOnly = true;
            options.dailyBackup = false;
            std::unique_ptr<Database> reader = openOrFail(path, options);
            QVERIFY(reader);
        }
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));

        // Other kith processes read, write and close the file; each closes its connection,
        // and the last one to close deletes the working files unless this one holds a lock.
        QCOMPARE(peopleSeenByAnotherKith(path), 1);
        QVERIFY(deletedOpenFiles().isEmpty());
        const Run import = runKith(m_home, {QStringLiteral("--db"), path, QStringLiteral("import"),
                                            QStringLiteral("vcard"), contacts});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QVERIFY2(deletedOpenFiles().isEmpty(), qPrintable(deletedOpenFiles().join(u'\n')));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-shm")));

        // What this process writes now lands in the file the others read.
        QVERIFY(PersonStore(*writer).create(named(QStringLiteral("Written After"))));
        QCOMPARE(peopleSeenByAnotherKith(path), 202);
        QVERIFY(deletedOpenFiles().isEmpty());
        const Run check = runKith(m_home, {QStringLiteral("--db"), path, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    }
};

QTEST_GUILESS_MAIN(TestSharedFile)
#include "tst_sharedfile.moc"
