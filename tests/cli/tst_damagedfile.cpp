// The real kith binary on a damaged file: overwritten pages, a file cut short, a damaged
// header. A damaged file is read where it can be and never written to, nor copied into the
// daily backups over good ones; the one line names the newest sound backup, and a restore
// brings it back.
#include "KithProcess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace kith::test;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// 4 KiB of noise at `offset`, as a failing disk or a stray write would leave.
void damage(const QString &path, qint64 offset)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > offset + 4096);
    QVERIFY(file.seek(offset));
    QByteArray noise(4096, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QCOMPARE(file.write(noise), qint64(noise.size()));
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void writeCard(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:New Person\r\nEND:VCARD\r\n") > 0);
}

} // namespace

class TestDamagedFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demo;

    Run kith(const QStringList &arguments) { return runKith(m_home, arguments); }

    // A copy of the demo with a day's backup beside it, then damaged where its rows are.
    QString damagedDemo(const QTemporaryDir &dir)
    {
        const QString db = dir.filePath(QStringLiteral("n.sqlite"));
        if (!QFile::copy(m_demo, db))
            return {};
        // Opening a file with data writes the day's backup: the sound copy to go back to.
        if (kith({QStringLiteral("--db"), db, QStringLiteral("stats")}).exitCode != 0)
            return {};
        damage(db, 200000);
        return db;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_demo = m_home.filePath(QStringLiteral("demo.sqlite"));
        QCOMPARE(kith({QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                       QStringLiteral("--today"), QStringLiteral("2026-03-15")})
                     .exitCode,
                 0);
        QVERIFY(QFileInfo(m_demo).size() > 210000);
    }

    void aDamagedFileIsNeverWrittenTo()
    {
        QTemporaryDir dir;
        const QString db = damagedDemo(dir);
        QVERIFY(!db.isEmpty());
        const QByteArray before = hashOf(db);
        const QString backups = dir.filePath(QStringLiteral("n-backups"));
        const QStringList backupsBefore = QDir(backups).entryList(QDir::Files);
        QCOMPARE(backupsBefore.size(), 1);
        const QString contacts = dir.filePath(QStringLiteral("new.vcf"));
        writeCard(contacts);

        const QList<QStringList> writes = {
            {QStringLiteral("import"), QStringLiteral("vcard"), contacts},
            {QStringLiteral("merge"), QStringLiteral("1"), QStringLiteral("2")},
            {QStringLiteral("demo")},
        };
        for (const QStringList &write : writes) {
            const Run run = kith(QStringList{QStringLiteral("--db"), db} + write);
            QCOMPARE(run.exitCode, 1);
            const QStringList said = lines(run.err);
            QCOMPARE(said.size(), 1);
            QVERIFY2(said.first().contains(QStringLiteral("is damaged")), qPrintable(run.err));
            QVERIFY2(said.first().contains(QStringLiteral("will not change it")),
                     qPrintable(run.err));
            // It names the way back.
            QVERIFY2(said.first().contains(QDir(backups).filePath(backupsBefore.first())),
                     qPrintable(run.err));
            QVERIFY2(said.first().contains(QStringLiteral("restore")), qPrintable(run.err));
            QCOMPARE(hashOf(db), before);
        }
        // Reading goes on, with the warning; a check reports the damage.
        const Run search =
            kith({QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("Okafor")});
        QCOMPARE(lines(search.err).size(), 1);
        QVERIFY2(search.err.contains(QStringLiteral("is damaged")), qPrintable(search.err));
        const Run check = kith({QStringLiteral("--db"), db, QStringLiteral("check")});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(hashOf(db), before);
        // No damaged copy joined the daily backups.
        QCOMPARE(QDir(backups).entryList(QDir::Files), backupsBefore);
    }

    void whatCanBeReadCanBeSaved()
    {
        QTemporaryDir dir;
        const QString db = damagedDemo(dir);
        QVERIFY(!db.isEmpty());
        const QString saved = dir.filePath(QStringLiteral("rescued.vcf"));
        const Run run = kith(
            {QStringLiteral("--db"), db, QStringLiteral("export"), QStringLiteral("vcard"), saved});
        // Either the people are all readable and saved, or the one line says what failed.
        if (run.exitCode == 0)
            QVERIFY(QFileInfo(saved).size() > 0);
        else
            QVERIFY2(lines(run.err).size() <= 2, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("is damaged")), qPrintable(run.err));
    }

    void aRestoreBringsADamagedFileBack()
    {
        QTemporaryDir dir;
        const QString db = damagedDemo(dir);
        QVERIFY(!db.isEmpty());
        const QString backups = dir.filePath(QStringLiteral("n-backups"));
        const QString daily = QDir(backups).filePath(QDir(backups).entryList(QDir::Files).first());
        const Run restore = kith({QStringLiteral("--db"), db, QStringLiteral("restore"), daily});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QCOMPARE(kith({QStringLiteral("--db"), db, QStringLiteral("check")}).exitCode, 0);
        const QString contacts = dir.filePath(QStringLiteral("new.vcf"));
        writeCard(contacts);
        const Run import = kith({QStringLiteral("--db"), db, QStringLiteral("import"),
                                 QStringLiteral("vcard"), contacts});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        // The damaged bytes are kept too, in case something in them is wanted.
        QCOMPARE(
            QDir(backups).entryList({QStringLiteral("n-before-restore-*")}, QDir::Files).size(), 1);
    }

    void aFileThatCannotBeUsedIsExplainedAndLeftAlone_data()
    {
        QTest::addColumn<qint64>("keep");       // bytes of the demo kept (cut short)
        QTest::addColumn<qint64>("headerAt");   // where to scribble on the header (-1: nowhere)
        QTest::addColumn<QString>("explained"); // what the one line says
        QTest::newRow("cut short") << qint64(100000) << qint64(-1) << QStringLiteral("cut short");
        QTest::newRow("too short for a header")
            << qint64(50) << qint64(-1) << QStringLiteral("not a Kith database");
        QTest::newRow("a page size no SQLite writes")
            << qint64(-1) << qint64(16) << QStringLiteral("header is damaged");
    }

    void aFileThatCannotBeUsedIsExplainedAndLeftAlone()
    {
        QFETCH(qint64, keep);
        QFETCH(qint64, headerAt);
        QFETCH(QString, explained);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("n.sqlite"));
        {
            QFile demo(m_demo);
            QVERIFY(demo.open(QIODevice::ReadOnly));
            QByteArray bytes = keep < 0 ? demo.readAll() : demo.read(keep);
            if (headerAt >= 0) {
                bytes[headerAt] = char(0x03); // 0x0333: not a power of two
                bytes[headerAt + 1] = char(0x33);
            }
            QFile file(db);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), qint64(bytes.size()));
        }
        const QByteArray before = hashOf(db);
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("check")}) {
            const Run run = kith({QStringLiteral("--db"), db, command});
            QCOMPARE(run.exitCode, 1);
            QCOMPARE(lines(run.err).size(), 1);
            QVERIFY2(run.err.contains(explained), qPrintable(run.err));
            QVERIFY2(!run.err.contains(QStringLiteral("malformed")), qPrintable(run.err));
        }
        QCOMPARE(hashOf(db), before);
        // Nothing of SQLite's is left beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("n.sqlite")});
    }
};

QTEST_GUILESS_MAIN(TestDamagedFile)
#include "tst_damagedfile.moc"
