#include "cli/CommandLine.h"
#include "mainwindow/DesktopApplication.h"

#include <QApplication>
#include <QCoreApplication>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("kith"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KITH_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("kith"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kith.example.org"));
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
        return kith::cli::run(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Kith"));
    QGuiApplication::setDesktopFileName(QStringLiteral(KITH_APP_ID));
    return kith::ui::runDesktop(app, kith::cli::databaseOption(arguments),
                                kith::cli::defaultDatabasePath());
}
