// The main window's File ▸ Restore from Backup…
#include "MainWindow.h"

#include "RestoreBackupDialog.h"
#include "session/Session.h"
#include "storage/Restore.h"
#include "widgets/MessageBox.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QStackedWidget>
#include <QStatusBar>

namespace kith::ui {

void MainWindow::createRestoreAction(QMenu *file)
{
    QAction *restore =
        file->addAction(tr("&Restore from Backup…"), this, &MainWindow::restoreFromBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
}

void MainWindow::restoreFromBackup()
{
    const QString path = m_session->db().path();
    RestoreBackupDialog dialog(path, this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    const QString title = tr("Restore from Backup");
    if (MessageBox::question(this, title,
                             tr("Replace everything in %1 with the backup of %2?\n\nWhat it "
                                "holds now is kept as a backup first, so you can go back by "
                                "restoring that. Undo history is cleared.")
                                 .arg(QFileInfo(path).fileName(), dialog.chosenDescription()),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;

    // The restore checks the backup on a copy, keeps the current state, and writes through
    // a connection of its own; this session's stays open and idle meanwhile.
    Result<RestoreOutcome> restored = restoreDatabase(path, dialog.chosenBackup());
    if (!restored) {
        MessageBox::warning(this, title, restored.error().message());
        return;
    }
    Result<std::unique_ptr<Session>> reopened = Session::open(path, {});
    if (!reopened) {
        MessageBox::warning(this, title, reopened.error().message());
        return;
    }
    setSession(std::move(reopened).value());
    showSection(m_stack->currentIndex());
    statusBar()->showMessage(tr("Restored from %1. What it replaced is kept in %2.")
                                 .arg(QDir::toNativeSeparators(dialog.chosenBackup()),
                                      QDir::toNativeSeparators(restored->keptBackup)),
                             15000);
}

} // namespace kith::ui
