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

// `kith --db FILE --quit-after-start`: starts as a user would, shows the main window and
// quits, so that an installed Kith can be tested without anyone at the screen. FILE must
// exist, because a first-run dialog would wait for an answer.
int startAndQuit(QApplication &app, const QString &database)
{
    if (database.isEmpty() || !QFileInfo::exists(database)) {
        QTextStream(stderr) << "kith: --quit-after-start needs --db with an existing file.\n";
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
