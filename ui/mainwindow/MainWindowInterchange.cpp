// The main window's import and export: File ▸ Import… and Export, People ▸ Find Duplicates…,
// and files dropped on the window.
#include "MainWindow.h"

#include "interchange/DuplicatesDialog.h"
#include "interchange/Exports.h"
#include "interchange/ImportSource.h"
#include "interchange/ImportWizard.h"
#include "session/Session.h"
#include "widgets/ListSection.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMenu>
#include <QStatusBar>
#include <QTimer>

namespace kith::ui {

void MainWindow::createInterchangeActions(QMenu *file)
{
    QAction *import = file->addAction(tr("&Import…"), this, [this] { importFile(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setObjectName(QStringLiteral("importAction"));
    QMenu *exports = file->addMenu(tr("&Export"));
    exports->setObjectName(QStringLiteral("exportMenu"));
    const std::tuple<QString, const char *, QString (*)(QWidget *, Session &)> kinds[] = {
        {tr("&vCard…"), "exportVCardAction", &Exports::vCard},
        {tr("i&Calendar…"), "exportICalendarAction", &Exports::iCalendar},
        {tr("C&SV…"), "exportCsvAction", &Exports::csv},
        {tr("Full &Backup (JSON)…"), "exportBackupAction", &Exports::backup},
    };
    for (const auto &[text, name, exporter] : kinds) {
        QAction *action =
            exports->addAction(text, this, [this, exporter = exporter] { exportWith(exporter); });
        action->setObjectName(QLatin1String(name));
    }
}

void MainWindow::exportWith(QString (*exporter)(QWidget *, Session &))
{
    const QString done = exporter(this, *m_session);
    if (!done.isEmpty())
        statusBar()->showMessage(done, 8000);
}

void MainWindow::importFile(const QString &path)
{
    if (refuseWhenReadOnly())
        return;
    ImportWizard wizard(*m_session, path, this);
    wizard.exec();
    if (wizard.summary() && wizard.summary()->peopleCreated > 0)
        bringForward(EntityKind::Person);
}

void MainWindow::findDuplicates()
{
    if (refuseWhenReadOnly())
        return;
    DuplicatesDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importablePath(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = importablePath(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop returns: the drag source waits for it, and the wizard is modal.
    QTimer::singleShot(0, this, [this, path] { importFile(path); });
}

} // namespace kith::ui
