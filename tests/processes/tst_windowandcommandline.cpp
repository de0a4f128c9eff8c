// The desktop's real main window saving edits through the person editor (kith-save-driver,
// offscreen) while the command line imports, merges and restores into the same file. After
// it: the file passes integrity_check and `kith check`, every import landed, and every save
// the window reported is on disk.
#include "../cli/KithProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace kith::test;

namespace {

void writeContacts(const QString &path, const QString &prefix, int count)
{
    QByteArray bytes;
    const QByteArray p = prefix.toUtf8();
    for (int i = 1; i <= count; ++i) {
        const QByteArray n = QByteArray::number(i);
        bytes += "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:" + p + " Person" + n + "\r\nN:Person" + n +
                 ";" + p + ";;;\r\nEMAIL:" + p.toLower() + n + "@together.example\r\nORG:" + p +
                 " Org " + QByteArray::number(i % 40) + "\r\nTITLE:Engineer " + n +
                 "\r\nNOTE:Imported beside the window\r\nEND:VCARD\r\n";
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The window, saving edit after edit; its "saved N" lines are read as they come.
class Window
{
public:
    explicit Window(const QTemporaryDir &home) { prepareKith(m_process, home); }
    ~Window() { stop(); }

    bool start(const QString &db)
    {
        QProcessEnvironment env = m_process.processEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(KITH_SAVE_DRIVER),
                        {QStringLiteral("--keep-every-edit"), db});
        return m_process.waitForStarted() && waitFor([this] { return m_personId > 0; }, 60000);
    }

    // Reads what the window said so far; true when `done` holds before `timeoutMs`.
    template <typename Done>
    bool waitFor(Done done, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        while (!done()) {
            if (timer.elapsed() > timeoutMs || m_process.state() == QProcess::NotRunning)
                return done();
            m_process.waitForReadyRead(100);
            readLines();
        }
        return true;
    }

    // Reads what the window said until now, for up to `ms`.
    void drain(int ms = 0)
    {
        m_process.waitForReadyRead(ms);
        readLines();
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        readLines();
        m_process.kill();
        m_process.waitForFinished();
        readLines();
    }

    qint64 personId() const { return m_personId; }
    int lastSaved() const { return m_lastSaved; }
    bool running() const { return m_process.state() == QProcess::Running; }
    const QStringList &otherLines() const { return m_other; }

private:
    void readLines()
    {
        // Qt's offscreen platform has its own remarks; only what the driver says counts.
        m_process.readAllStandardError();
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(QLatin1String("ready ")))
                m_personId = line.mid(6).toLongLong();
            else if (line.startsWith(QLatin1String("saved ")))
                m_lastSaved = line.mid(6).toInt();
            else
                m_other.append(line);
        }
    }

    QProcess m_process;
    qint64 m_personId = 0;
    int m_lastSaved = 0;
    QStringList m_other;
};

// The "saved-N" tags of the person, read without Kith; and integrity_check.
struct OnDisk
{
    QList<int> saves;
    QString integrity;
    int people = 0;
};

OnDisk readOnDisk(const QString &path, qint64 personId)
{
    OnDisk disk;
    const QString name = QStringLiteral("tst_windowandcommandline");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("PRAGMA integrity_check"));
            QStringList lines;
            while (query.next())
                lines.append(query.value(0).toString());
            disk.integrity = lines.join(u'\n');
            query.prepare(
                QStringLiteral("SELECT t.name FROM tag t JOIN person_tag pt ON pt.tag_id = t.id "
                               "WHERE pt.person_id = ? AND t.name LIKE 'saved-%'"));
            query.addBindValue(personId);
            query.exec();
            while (query.next())
                disk.saves.append(query.value(0).toString().mid(6).toInt());
            query.exec(QStringLiteral("SELECT count(*) FROM person"));
            if (query.next())
                disk.people = query.value(0).toInt();
        } else {
            disk.integrity = db.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    std::sort(disk.saves.begin(), disk.saves.end());
    return disk;
}

// The saves from `first` to `last` that are not on disk.
QList<int> missingSaves(const OnDisk &disk, int first, int last)
{
    QList<int> missing;
    for (int save = first; save <= last; ++save) {
        if (!std::binary_search(disk.saves.cbegin(), disk.saves.cend(), save))
            missing.append(save);
    }
    return missing;
}

QString listed(const QList<int> &numbers)
{
    QStringList text;
    for (int n : numbers.mid(0, 20))
        text.append(QString::number(n));
    return text.join(u' ') + (numbers.size() > 20 ? QStringLiteral(" …") : QString());
}

} // namespace

class TestWindowAndCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run kith(const QStringList &arguments) { return runKith(m_home, arguments); }

    // Runs `kith ARGUMENTS` while the window goes on saving; the window must still run.
    Run beside(Window &window, const QStringList &arguments)
    {
        QProcess process;
        prepareKith(process, m_home);
        process.start(QStringLiteral(KITH_BINARY), arguments);
        QElapsedTimer timer;
        timer.start();
        while (process.state() != QProcess::NotRunning && timer.elapsed() < 120000) {
            process.waitForFinished(50);
            window.drain();
        }
        window.drain();
        if (process.state() != QProcess::NotRunning)
            return {};
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        run.rawOut = process.readAllStandardOutput();
        run.out = QString::fromUtf8(run.rawOut);
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_home.isValid()); }

    void importsAndMergesWhileTheWindowSaves()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("network.sqlite"));
        QCOMPARE(kith({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        const int demoPeople = readOnDisk(db, 0).people;
        QStringList files;
        for (const QString &prefix : {QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                      QStringLiteral("Gamma"), QStringLiteral("Delta")}) {
            files.append(dir.filePath(prefix + QStringLiteral(".vcf")));
            writeContacts(files.last(), prefix, 3000);
        }

        Window window(m_home);
        QVERIFY2(window.start(db), qPrintable(window.otherLines().join(u'\n')));
        int imported = 0;
        for (const QString &file : std::as_const(files)) {
            // A few saves between the imports, as a person keeps working.
            const int before = window.lastSaved();
            QVERIFY(window.waitFor([&] { return window.lastSaved() >= before + 5; }, 60000));
            const Run import = beside(window, {QStringLiteral("--db"), db, QStringLiteral("import"),
                                               QStringLiteral("vcard"), file});
            QVERIFY2(import.exitCode == 0, qPrintable(import.err));
            imported += 3000;
        }
        // Two people of the first import merged into one, from the command line.
        const Run found =
            beside(window, {QStringLiteral("--db"), db, QStringLiteral("search"),
                            QStringLiteral("Alpha Person1"), QStringLiteral("--json")});
        QVERIFY2(found.exitCode == 0, qPrintable(found.err));
        const QJsonArray hits = QJsonDocument::fromJson(found.rawOut).array();
        QVERIFY(hits.size() >= 2);
        const Run merge =
            beside(window, {QStringLiteral("--db"), db, QStringLiteral("merge"),
                            QString::number(hits.at(0)[QLatin1String("id")].toInteger()),
                            QString::number(hits.at(1)[QLatin1String("id")].toInteger())});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
        const int before = window.lastSaved();
        QVERIFY(window.waitFor([&] { return window.lastSaved() >= before + 5; }, 60000));
        QVERIFY2(window.running(), qPrintable(window.otherLines().join(u'\n')));
        window.stop();

        const OnDisk disk = readOnDisk(db, window.personId());
        QCOMPARE(disk.integrity, QStringLiteral("ok"));
        const Run check = kith({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        QCOMPARE(disk.people, demoPeople + imported - 1);
        const QList<int> missing = missingSaves(disk, 1, window.lastSaved());
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 of %2 saves the window reported "
                                                              "are not on disk: %3")
                                                   .arg(missing.size())
                                                   .arg(window.lastSaved())
                                                   .arg(listed(missing))));
    }

    void aRestoreWhileTheWindowSaves()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("network.sqlite"));
        QCOMPARE(kith({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        // A copy of the closed file is a backup as good as any.
        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QVERIFY(QFile::copy(db, backup));

        Window window(m_home);
        QVERIFY2(window.start(db), qPrintable(window.otherLines().join(u'\n')));
        QVERIFY(window.waitFor([&] { return window.lastSaved() >= 10; }, 60000));
        const Run restore =
            beside(window, {QStringLiteral("--db"), db, QStringLiteral("restore"), backup});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        // The restore replaced what the window had saved; what it saves afterwards stays. The
        // edit under way while the restore ended may have been written before it.
        window.drain(300);
        const int afterRestore = window.lastSaved() + 2;
        QVERIFY(window.waitFor([&] { return window.lastSaved() >= afterRestore + 10; }, 60000));
        QVERIFY2(window.running(), qPrintable(window.otherLines().join(u'\n')));
        window.stop();

        const OnDisk disk = readOnDisk(db, window.personId());
        QCOMPARE(disk.integrity, QStringLiteral("ok"));
        const Run check = kith({QStringLiteral("--db"), db, QStringLiteral("check")});
        QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
        const QList<int> missing = missingSaves(disk, afterRestore, window.lastSaved());
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("saves after the restore missing: %1").arg(listed(missing))));
    }
};

QTEST_GUILESS_MAIN(TestWindowAndCommandLine)
#include "tst_windowandcommandline.moc"
