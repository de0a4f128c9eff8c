#include "Translations.h"
#include "cli/CommandLine.h"
#include "mainwindow/DesktopApplication.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>
#include <QTimer>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("kith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("kith"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kith.example.org"));
}

// `kith [--db FILE] --quit-after-start`: starts as a user would, shows the main window and
// quits, so that an installed Kith can be tested without anyone at the screen. The database
// (FILE, or the default one) must exist, because a first-run dialog would wait for an answer.
int startAndQuit(QApplication &app, QString database)
{
    if (database.isEmpty())
        database = kith::cli::defaultDatabasePath();
    if (!QFileInfo::exists(database)) {
        QTextStream(stderr) << "kith: --quit-after-start needs an existing database (" << database
                            << "); give one with --db FILE.\n";
        return 2;
    }
    std::unique_ptr<kith::ui::MainWindow> window =
        kith::ui::startDesktop(database, kith::cli::defaultDatabasePath());
    if (!window)
        return 1;
    window->show();
    QTimer::singleShot(0, &app, &QCoreApplication::quit);
    return app.exec();
}

// Without a display Qt's platform plugin aborts with a page of advice about plugins; a
// person starting Kith over ssh or from a console deserves one line that says what to do.
bool hasDisplay()
{
    if (!qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        return true; // the user chose a platform (offscreen, vnc, …) on purpose
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    // The command line must work without a display, so it never creates a QApplication.
    if (kith::cli::wantsCommandLine(arguments)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        kith::installTranslations(QLocale());
        return kith::cli::run(QCoreApplication::arguments());
    }

    if (!hasDisplay()) {
        QTextStream(stderr) << "kith: no display to open the window on (DISPLAY and "
                               "WAYLAND_DISPLAY are unset); start Kith from a desktop session, "
                               "or use the command line: kith --help\n";
        return 1;
    }
    QApplication app(argc, argv);
    describeApplication();
    kith::installTranslations(QLocale());
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kith"));
    QGuiApplication::setDesktopFileName(QStringLiteral(KITH_APP_ID));
    const QString database = kith::cli::databaseOption(arguments);
    if (kith::cli::quitAfterStartOption(arguments))
        return startAndQuit(app, database);
    return kith::ui::runDesktop(app, database, kith::cli::defaultDatabasePath());
}
