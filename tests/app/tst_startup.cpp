#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

// How the kith executable starts: the hidden --quit-after-start with which CI tries the
// window of an installed Kith.
class TestStartup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    enum class Screen
    {
        Offscreen,
        None
    };

    // Runs kith offscreen (or on no display at all) with a private HOME, so no real
    // database or setting is touched.
    Run kith(const QStringList &arguments, Screen screen = Screen::Offscreen)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        if (screen == Screen::Offscreen) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        } else {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KITH_BINARY), arguments);
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

private Q_SLOTS:
    void quitAfterStartShowsTheWindowAndQuits()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("network.sqlite"));
        QCOMPARE(kith({QStringLiteral("--db"), db, QStringLiteral("demo")}).exitCode, 0);
        const Run run = kith({QStringLiteral("--db"), db, QStringLiteral("--quit-after-start")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void quitAfterStartUsesTheDefaultDatabase()
    {
        QCOMPARE(kith({QStringLiteral("demo"), QStringLiteral("--if-missing")}).exitCode, 0);
        const Run run = kith({QStringLiteral("--quit-after-start")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY(QFile::remove(m_home.filePath(QStringLiteral("data/kith/kith.sqlite"))));
    }

    void withoutADisplayTheWindowSaysSoInOneLine()
    {
        const Run run = kith({}, Screen::None);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(run.err.contains(QLatin1String("no display")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QLatin1String("kith --help")), qPrintable(run.err));
        // The command line needs no display at all.
        QCOMPARE(kith({QStringLiteral("--version")}, Screen::None).exitCode, 0);
    }

    void quitAfterStartNeedsAnExistingDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --db") << QStringList{QStringLiteral("--quit-after-start")};
        QTest::newRow("a file that does not exist")
            << QStringList{QStringLiteral("--quit-after-start"), QStringLiteral("--db"),
                           m_home.filePath(QStringLiteral("missing.sqlite"))};
    }

    void quitAfterStartNeedsAnExistingDatabase()
    {
        QFETCH(QStringList, arguments);
        const Run run = kith(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("--quit-after-start")), qPrintable(run.err));
    }

    void quitAfterStartIsNotAdvertised()
    {
        const Run run = kith({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(QLatin1String("--db")));
        QVERIFY(!run.out.contains(QLatin1String("quit-after-start")));
    }

    void quitAfterStartIsNotACommand()
    {
        // Next to a command it is an unknown option of the command line, not a window.
        const Run run = kith({QStringLiteral("--quit-after-start"), QStringLiteral("stats")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestStartup)
#include "tst_startup.moc"
