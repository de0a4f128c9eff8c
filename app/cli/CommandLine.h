#pragma once

#include <QStringList>

namespace kith::cli {

// Whether these arguments ask for the command line rather than the desktop application:
// a subcommand, --help or --version.
bool wantsCommandLine(const QStringList &arguments);

// Whether the desktop application is asked to quit once its main window is shown
// (--quit-after-start, deliberately missing from --help: it is for smoke tests).
bool quitAfterStartOption(const QStringList &arguments);

// Runs `kith [--db FILE] <command> …` and returns the process exit code. Expects a
// QCoreApplication to exist.
int run(const QStringList &arguments);

// The value of --db FILE (or --db=FILE) in the arguments, empty when absent.
QString databaseOption(const QStringList &arguments);

// The database used when --db is not given: kith/kith.sqlite in the platform's
// data folder.
QString defaultDatabasePath();

} // namespace kith::cli
