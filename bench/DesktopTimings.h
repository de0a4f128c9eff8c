#pragma once

#include <QJsonObject>
#include <QString>

namespace kith::bench {

// The desktop figures, measured with the real widgets in a child process (offscreen) so
// start-up is timed from process start: the main window on the people list of a large
// database, each keystroke in its search box, and a dashboard recompute.
QJsonObject measureDesktop(const QString &benchProgram, const QString &databasePath);

// The child's side: runs when kith-bench is started with --desktop-child DB.
int runDesktopChild(int argc, char **argv, const QString &databasePath);

} // namespace kith::bench
