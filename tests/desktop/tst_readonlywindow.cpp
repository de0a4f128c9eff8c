// The window on a file it must not change: a damaged one (a banner, the newest sound backup
// offered in one click, nothing that edits) and one on a full disk (opened read-only, so
// what it holds can still be looked at and exported).
#include "DesktopFixture.h"
#include "demo/DemoNetwork.h"
#include "mainwindow/ReadOnlyBanner.h"
#include "storage/Backups.h"
#include "storage/DatabaseFile.h"
#include "storage/Statistics.h"
#include "widgets/ListSection.h"
#include "widgets/MessageBox.h"
#include "widgets/PagedTableModel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace kith;
using namespace kith::test;
using namespace kith::ui;

namespace {

// A demo database written and closed, with one daily backup beside it.
QString writeDemo(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        if (!db || !demo::populate(**db, DesktopFixture::today()))
            return {};
    }
    // The next open of a file with data writes the day's backup.
    if (!Database::open(path))
        return {};
    return path;
}

void damage(const QString &path)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.seek(200000));
    QByteArray noise(4096, Qt::Uninitialized);
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    QCOMPARE(file.write(noise), qint64(noise.size()));
}

bool enabled(MainWindow &window, const char *action)
{
    return window.findChild<QAction *>(QLatin1String(action))->isEnabled();
}

// The soft file size limit of this process, lowered for a while: SQLite cannot make the
// -shm a WAL file needs, as on a full disk.
class FullDisk
{
public:
    FullDisk()
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        const rlimit full{16 * 1024, m_saved.rlim_max};
        setrlimit(RLIMIT_FSIZE, &full);
    }
    ~FullDisk() { setrlimit(RLIMIT_FSIZE, &m_saved); }

private:
    rlimit m_saved{};
};

} // namespace

class TestReadOnlyWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        DesktopFixture::isolateSettings();
    }

    void init() { QSettings().clear(); }

    void aDamagedFileShowsABannerAndTheWayBack()
    {
        QTemporaryDir dir;
        const QString path = writeDemo(dir);
        QVERIFY(!path.isEmpty());
        damage(path);
        Result<std::unique_ptr<Session>> session = Session::open(path, {});
        QVERIFY2(session, qPrintable(session.errorMessage()));
        QVERIFY((*session)->isReadOnly());
        MainWindow window(std::move(session).value());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *banner = window.findChild<ReadOnlyBanner *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner && banner->isVisible());
        const QString text = banner->findChild<QLabel *>(QStringLiteral("readOnlyText"))->text();
        QVERIFY2(text.contains(QStringLiteral("damaged")), qPrintable(text));
        for (const char *action : {"quickAddAction", "importAction", "findDuplicatesAction"})
            QVERIFY2(!enabled(window, action), action);
        window.showSection(1);
        ListSection *people = window.section(EntityKind::Person);
        QVERIFY(!people->newAction()->isEnabled());
        QVERIFY(!people->editAction()->isEnabled());
        QVERIFY(!people->deleteAction()->isEnabled());
        // What can be read is shown.
        QVERIFY(people->model()->rowCount() > 0);

        auto *restore = banner->findChild<QPushButton *>(QStringLiteral("restoreNewestButton"));
        QVERIFY(restore && restore->isVisible());
        const QString sound =
            Backups::newestSound(path, DatabaseFile::defaultBackupDirectory(path));
        QVERIFY(restore->text().contains(QFileInfo(sound).fileName()));
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Replace everything …?"
        restore->click();

        QVERIFY(!window.session().isReadOnly());
        QVERIFY(!banner->isVisible());
        QVERIFY(enabled(window, "quickAddAction"));
        QVERIFY(window.section(EntityKind::Person)->newAction()->isEnabled());
        const Result<QStringList> problems = checkIntegrity(window.session().db());
        QVERIFY(problems && problems->isEmpty());
    }

    void aFileOnAFullDiskOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = writeDemo(dir);
        QVERIFY(!path.isEmpty());
        std::unique_ptr<Session> session;
        {
            const FullDisk full;
            Result<std::unique_ptr<Session>> opened = Session::open(path, {});
            QVERIFY2(opened, qPrintable(opened.errorMessage()));
            session = std::move(opened).value();
        }
        QVERIFY(session->isReadOnly());
        QVERIFY(!session->db().isDamaged());
        QVERIFY2(session->readOnlyReason().contains(QStringLiteral("disk is full")),
                 qPrintable(session->readOnlyReason()));
        MainWindow window(std::move(session));
        window.show();
        auto *banner = window.findChild<ReadOnlyBanner *>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner->isVisible());
        // Nothing to restore: the file is sound, only the disk is full.
        QVERIFY(
            !banner->findChild<QPushButton *>(QStringLiteral("restoreNewestButton"))->isVisible());
        QVERIFY(!enabled(window, "quickAddAction"));
        window.showSection(1);
        QVERIFY(window.section(EntityKind::Person)->model()->rowCount() > 0);
        // Quick add, asked for anyway (its shortcut), says why it cannot be.
        window.quickAdd();
        QVERIFY(QApplication::activeModalWidget() == nullptr);
    }
};

QTEST_MAIN(TestReadOnlyWindow)
#include "tst_readonlywindow.moc"
