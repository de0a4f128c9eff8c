#include "storage/Database.h"
#include "support/Fixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kith::test;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Runs kith with a private HOME, so the default database never touches the real one.
    Run kith(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command line needs no display at all
        env.insert(QStringLiteral("DISPLAY"), QString());
        env.insert(QStringLiteral("WAYLAND_DISPLAY"), QString());
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KITH_BINARY), arguments);
        if (!process.waitForFinished(60000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString demoDatabase(QTemporaryDir &dir)
    {
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        const Run run = kith({QStringLiteral("--db"), path, QStringLiteral("demo"),
                              QStringLiteral("--today"), QStringLiteral("2026-03-15")});
        if (run.exitCode != 0)
            qWarning("demo failed: %s", qPrintable(run.err));
        return path;
    }

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run version = kith({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY2(version.out.startsWith(QStringLiteral("kith ")), qPrintable(version.out));
        const Run help = kith({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char *command : {"demo", "stats", "search", "agenda", "check"})
            QVERIFY2(help.out.contains(QLatin1String(command)), command);
    }

    void wrongUsageExitsWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frob")};
        QTest::newRow("--db without file") << QStringList{QStringLiteral("--db")};
        QTest::newRow("search without text") << QStringList{QStringLiteral("search")};
        QTest::newRow("bad --today") << QStringList{
            QStringLiteral("agenda"), QStringLiteral("--today"), QStringLiteral("15/03/2026")};
        QTest::newRow("bad --days") << QStringList{
            QStringLiteral("agenda"), QStringLiteral("--days"), QStringLiteral("soon")};
        QTest::newRow("extra argument")
            << QStringList{QStringLiteral("stats"), QStringLiteral("extra")};
    }

    void wrongUsageExitsWithTwo()
    {
        QFETCH(QStringList, arguments);
        const Run run = kith(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.startsWith(QStringLiteral("kith: ")));
    }

    void unusableFilesAreExplainedAndLeftAlone_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QByteArray>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not SQLite") << QByteArray("First Name,Last Name\n") << QByteArray()
                                    << QStringLiteral("not an SQLite file");
        QTest::newRow("newer Kith")
            << QByteArray()
            << QByteArray("CREATE TABLE t(x); PRAGMA application_id = 1265202280;"
                          "PRAGMA user_version = 999;")
            << QStringLiteral("newer version of Kith");
        QTest::newRow("another program") << QByteArray() << QByteArray("CREATE TABLE moz(x);")
                                         << QStringLiteral("another program");
    }

    void unusableFilesAreExplainedAndLeftAlone()
    {
        QFETCH(QByteArray, content);
        QFETCH(QByteArray, script);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("file.sqlite"));
        if (script.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        } else {
            QCOMPARE(createDatabaseFromScript(path, script), QString());
        }
        const QByteArray before = fileHash(path);
        for (const QString &command : {QStringLiteral("stats"), QStringLiteral("demo"),
                                       QStringLiteral("check"), QStringLiteral("agenda")}) {
            const Run run = kith({QStringLiteral("--db"), path, command});
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(expected), qPrintable(run.err));
            QCOMPARE(run.err.count(QLatin1Char('\n')), 1); // one line, no stack trace
        }
        QCOMPARE(fileHash(path), before);
    }

    void missingFileIsNotCreatedByReadingCommands()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
        const Run run = kith({QStringLiteral("--db"), path, QStringLiteral("stats")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("does not exist")));
        QVERIFY(!QFile::exists(path));
    }

    void demoThenStats()
    {
        QTemporaryDir dir;
        const QString path = demoDatabase(dir);
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // owner only
        const Run stats =
            kith({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")});
        QCOMPARE(stats.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(stats.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("schema_version")).toInt(),
                 kith::Database::schemaVersion);
        QVERIFY(json.value(QStringLiteral("people")).toInt() >= 35);
        QVERIFY(json.value(QStringLiteral("groups")).toInt() >= 3);
        QVERIFY(json.value(QStringLiteral("memberships")).toInt() >= 2);
        QVERIFY(json.value(QStringLiteral("events")).toInt() >= 3);
        QVERIFY(json.value(QStringLiteral("interactions")).toInt() >= 50);
        QVERIFY(json.value(QStringLiteral("recommendations_given")).toInt() >= 1);
        QVERIFY(json.value(QStringLiteral("recommendations_received")).toInt() >= 1);
        QVERIFY(json.value(QStringLiteral("tags")).toInt() >= 3);
        QCOMPARE(json.value(QStringLiteral("organizations")).toInt() > 0, true);

        // A second demo into the same file is refused, and nothing changes.
        const QByteArray before = fileHash(path);
        const Run again = kith({QStringLiteral("--db"), path, QStringLiteral("demo")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains(QStringLiteral("already holds")));
        QCOMPARE(fileHash(path), before);
        // --if-missing leaves an existing file alone and succeeds.
        QCOMPARE(kith({QStringLiteral("--db"), path, QStringLiteral("demo"),
                       QStringLiteral("--if-missing")})
                     .exitCode,
                 0);

        QCOMPARE(kith({QStringLiteral("--db"), path, QStringLiteral("check")}).exitCode, 0);
    }

    void searchFindsAcrossKinds()
    {
        QTemporaryDir dir;
        const QString path = demoDatabase(dir);
        const Run text = kith(
            {QStringLiteral("--db"), path, QStringLiteral("search"), QStringLiteral("marg okaf")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(QStringLiteral("Margaret Okafor")), qPrintable(text.out));

        const Run json = kith({QStringLiteral("--db"), path, QStringLiteral("search"),
                               QStringLiteral("nguyen"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        QCOMPARE(hits.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("person"));
        QCOMPARE(hits.first().toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("Anh Nguyễn"));

        const Run library = kith({QStringLiteral("--db"), path, QStringLiteral("search"),
                                  QStringLiteral("library"), QStringLiteral("--json")});
        QStringList kinds;
        for (const QJsonValue &hit : QJsonDocument::fromJson(library.out.toUtf8()).array())
            kinds.append(hit.toObject().value(QStringLiteral("kind")).toString());
        QVERIFY2(kinds.contains(QStringLiteral("organization")) &&
                     kinds.contains(QStringLiteral("person")),
                 qPrintable(kinds.join(QLatin1Char(','))));
    }

    void agendaOnAFixedDay()
    {
        QTemporaryDir dir;
        const QString path = demoDatabase(dir);
        const Run run =
            kith({QStringLiteral("--db"), path, QStringLiteral("agenda"), QStringLiteral("--today"),
                  QStringLiteral("2026-03-15"), QStringLiteral("--days"), QStringLiteral("30"),
                  QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("today")).toString(), QStringLiteral("2026-03-15"));
        QVERIFY(!json.value(QStringLiteral("follow_ups")).toArray().isEmpty());
        QVERIFY(!json.value(QStringLiteral("deadlines")).toArray().isEmpty());
        QVERIFY(!json.value(QStringLiteral("renewals")).toArray().isEmpty());
        const QJsonObject budget = json.value(QStringLiteral("budget")).toObject();
        QCOMPARE(budget.value(QStringLiteral("fiscal_year")).toInt(), 2025); // July start
        QCOMPARE(budget.value(QStringLiteral("budget")).toDouble(), 1500.0);
        QVERIFY(budget.value(QStringLiteral("planned")).toDouble() > 0);

        const Run text = kith({QStringLiteral("--db"), path, QStringLiteral("agenda"),
                               QStringLiteral("--today"), QStringLiteral("2026-03-15")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("OVERDUE")));
        QVERIFY(text.out.contains(QStringLiteral("Budget FY2025")));
    }

    void damagedDatabaseFailsTheCheck()
    {
        QTemporaryDir dir;
        const QString path = demoDatabase(dir);
        {
            // Scribble over the middle of the file, where table pages live.
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadWrite));
            const qint64 size = file.size();
            QVERIFY(size > 40000);
            file.seek(size / 2);
            file.write(QByteArray(8192, '\x5a'));
        }
        const Run run = kith({QStringLiteral("--db"), path, QStringLiteral("check")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
