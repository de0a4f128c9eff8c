// Kith holds someone's professional network and keeps it to itself: the kith executable
// links nothing that talks to the network, opens no network socket while it works, and its
// error messages name a file and what is wrong with it without repeating what it holds.
#include "KithProcess.h"

#include "support/Fixtures.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace kith::test;

namespace {

// Libraries through which a program reaches the network: Qt's network modules, HTTP and
// TLS libraries.
const QRegularExpression networkLibrary(
    QStringLiteral("^lib(Qt6(Network|WebSockets|WebEngine\\w*|WebView|WebChannel|Mqtt|"
                   "RemoteObjects|Grpc|HttpServer)|curl|ssl|gnutls|nghttp[23]|ssh|soup)"));

// A secret that a file picked by mistake might hold.
const QByteArray secretFile = "password=hunter2-kith-secret\napi_key=sk-kith-secret\n";
const QStringList secretWords = {QStringLiteral("hunter2"), QStringLiteral("password"),
                                 QStringLiteral("sk-kith")};

struct Tool
{
    int exitCode = -1;
    QString out;
    QString err;
};

Tool runTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromLocal8Bit(process.readAllStandardOutput()),
            QString::fromLocal8Bit(process.readAllStandardError())};
}

// The shared libraries `binary` loads, by file name: from ldd (with what they load in
// turn), or from readelf's NEEDED entries where ldd is missing.
QStringList librariesOf(const QString &binary)
{
    QStringList names;
    const Tool ldd = runTool(QStringLiteral("ldd"), {binary});
    if (ldd.exitCode == 0) {
        const QRegularExpression line(QStringLiteral("^\\s*(\\S+)"),
                                      QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(ldd.out); it.hasNext();)
            names.append(it.next().captured(1).section(QLatin1Char('/'), -1));
        return names;
    }
    const Tool readelf = runTool(QStringLiteral("readelf"), {QStringLiteral("-d"), binary});
    const QRegularExpression needed(QStringLiteral("\\(NEEDED\\).*\\[(.+)\\]"));
    for (auto it = needed.globalMatch(readelf.out); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

// Why strace cannot be used here; empty when it can.
QString straceUnavailable()
{
    const QString strace = QStandardPaths::findExecutable(QStringLiteral("strace"));
    if (strace.isEmpty())
        return QStringLiteral("strace is not installed (scripts/install-deps installs it)");
    const Tool probe =
        runTool(strace, {QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                         QStringLiteral("/dev/null"), QStringLiteral("true")});
    if (probe.exitCode != 0)
        return QStringLiteral("strace cannot trace here (ptrace is not permitted?): %1")
            .arg(probe.err.trimmed());
    return {};
}

// The system calls on sockets that kith made, and the libraries it opened, as strace -f
// saw them in `log`: every socket() not of the local AF_UNIX family and every connect() to
// an address outside it, then every network library opened.
QStringList networkUse(const QString &log)
{
    QFile file(log);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("no strace log")};
    QStringList found;
    const QStringList lines = QString::fromLocal8Bit(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        const QString call = line.section(QLatin1Char(' '), 1).trimmed();
        if (call.startsWith(QLatin1String("socket(")) &&
            !call.startsWith(QLatin1String("socket(AF_UNIX"))) {
            found.append(call);
        } else if (call.startsWith(QLatin1String("connect(")) &&
                   !call.contains(QLatin1String("sa_family=AF_UNIX"))) {
            found.append(call);
        } else if (call.startsWith(QLatin1String("open"))) {
            const QString name = call.section(QLatin1Char('"'), 1, 1).section(QLatin1Char('/'), -1);
            if (networkLibrary.match(name).hasMatch() && !call.contains(QLatin1String("ENOENT")))
                found.append(call);
        }
    }
    return found;
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_demo; // the demo network, copied by the tests that write

    Run kith(const QStringList &arguments) { return runKith(m_home, arguments); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_demo = m_home.filePath(QStringLiteral("demo.sqlite"));
        const Run demo = kith({QStringLiteral("--db"), m_demo, QStringLiteral("demo"),
                               QStringLiteral("--today"), QStringLiteral("2026-03-15")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void linksNoNetworkLibrary()
    {
        const QStringList libraries = librariesOf(QStringLiteral(KITH_BINARY));
        // The list was read: kith links Qt Core and SQLite.
        QVERIFY2(libraries.contains(QStringLiteral("libQt6Core.so.6")),
                 qPrintable(libraries.join(QLatin1Char(' '))));
        QVERIFY2(libraries.contains(QStringLiteral("libsqlite3.so.0")),
                 qPrintable(libraries.join(QLatin1Char(' '))));
        QStringList network;
        for (const QString &library : libraries) {
            if (networkLibrary.match(library).hasMatch())
                network.append(library);
        }
        QVERIFY2(network.isEmpty(), qPrintable(network.join(QLatin1Char(' '))));
    }

    void commandsOpenNoNetworkSocket_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after --db FILE
        QTest::addColumn<bool>("window");
        const QString vcard = dataPath(QStringLiteral("vcard/google-3.0.vcf"));
        QTest::addRow("demo") << QStringList{QStringLiteral("demo")} << false;
        QTest::addRow("stats") << QStringList{QStringLiteral("stats"), QStringLiteral("--json")}
                               << false;
        QTest::addRow("search") << QStringList{QStringLiteral("search"), QStringLiteral("an")}
                                << false;
        QTest::addRow("import vcard")
            << QStringList{QStringLiteral("import"), QStringLiteral("vcard"), vcard} << false;
        QTest::addRow("export vcard")
            << QStringList{QStringLiteral("export"), QStringLiteral("vcard"), QStringLiteral("-")}
            << false;
        QTest::addRow("the window") << QStringList{QStringLiteral("--quit-after-start")} << true;
    }

    void commandsOpenNoNetworkSocket()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, window);
        if (const QString why = straceUnavailable(); !why.isEmpty())
            QSKIP(qPrintable(why));

        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("n.sqlite"));
        if (arguments.first() != QLatin1String("demo"))
            QVERIFY(QFile::copy(m_demo, db));
        const QString log = dir.filePath(QStringLiteral("strace.log"));
        QProcess process;
        prepareKith(process, m_home);
        QProcessEnvironment env = process.processEnvironment();
        if (window)
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        // LeakSanitizer stops the threads with ptrace, which strace already holds; the
        // sanitizer build checks kith for leaks in every other test.
        const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
        env.insert(QStringLiteral("ASAN_OPTIONS"),
                   (asan.isEmpty() ? QString() : asan + QLatin1Char(':')) +
                       QStringLiteral("detect_leaks=0"));
        process.setProcessEnvironment(env);
        process.start(QStandardPaths::findExecutable(QStringLiteral("strace")),
                      QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"),
                                  log, QStringLiteral("-e"),
                                  QStringLiteral("trace=%network,open,openat"),
                                  QStringLiteral(KITH_BINARY), QStringLiteral("--db"), db} +
                          arguments);
        const Run run = finishKith(process);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList used = networkUse(log);
        QVERIFY2(used.isEmpty(), qPrintable(used.join(QLatin1Char('\n'))));
    }

    void messagesNameTheFileNotWhatItHolds_data()
    {
        QTest::addColumn<QStringList>("arguments"); // SECRET stands for the file
        QTest::addRow("open it as the database") << QStringList{
            QStringLiteral("--db"), QStringLiteral("SECRET"), QStringLiteral("stats")};
        for (const QString &format : {QStringLiteral("vcard"), QStringLiteral("ical"),
                                      QStringLiteral("linkedin"), QStringLiteral("backup")}) {
            QTest::addRow("import it as %s", qPrintable(format))
                << QStringList{QStringLiteral("import"), format, QStringLiteral("SECRET")};
        }
        // Not csv: a CSV file that Kith cannot map is answered with its header's column
        // names, so that the user can say which field each one feeds (--map).
        QTest::addRow("restore it as a backup")
            << QStringList{QStringLiteral("restore"), QStringLiteral("SECRET")};
    }

    void messagesNameTheFileNotWhatItHolds()
    {
        QFETCH(QStringList, arguments);
        QTemporaryDir dir;
        const QString secret = dir.filePath(QStringLiteral("notes.txt"));
        QFile file(secret);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(secretFile), secretFile.size());
        file.close();
        const QString db = dir.filePath(QStringLiteral("n.sqlite"));
        QVERIFY(QFile::copy(m_demo, db));
        QStringList full = arguments;
        full.replace(full.indexOf(QStringLiteral("SECRET")), secret);
        if (!full.contains(QStringLiteral("--db")))
            full = QStringList{QStringLiteral("--db"), db} + full;

        const Run run = kith(full);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("notes.txt")), qPrintable(run.err));
        for (const QString &word : secretWords)
            QVERIFY2(!run.err.contains(word) && !run.out.contains(word), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
