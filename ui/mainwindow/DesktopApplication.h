#pragma once

#include <QString>

#include <memory>

class QApplication;

namespace kith::ui {

class MainWindow;

// Decides which database to open (the one given, else the last one used, else the default
// location), offers the first-run choice when it does not exist yet, and builds the main
// window. Returns nullptr when the user chose to quit.
std::unique_ptr<MainWindow> startDesktop(const QString &explicitPath, const QString &defaultPath);

// startDesktop(), then the event loop; returns the exit code.
int runDesktop(QApplication &app, const QString &explicitPath, const QString &defaultPath);

} // namespace kith::ui
