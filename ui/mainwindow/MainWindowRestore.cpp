// The main window's File ▸ Restore from Backup…
#include "MainWindow.h"

#include "ReadOnlyBanner.h"
#include "RestoreBackupDialog.h"
#include "session/Session.h"
#include "storage/Backups.h"
#include "storage/DatabaseFile.h"
#include "storage/Restore.h"
#include "widgets/ListSection.h"
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
    RestoreBackupDialog dialog(m_session->db().path(), this);
    if (dialog.exec() != QDialog::Accepted || dialog.chosenBackup().isEmpty())
        return;
    restoreBackup(dialog.chosenBackup(), dialog.chosenDescription());
}

void MainWindow::restoreBackup(const QString &backup, const QString &description)
{
    const QString path = m_session->db().path();
    const QString title = tr("Restore from Backup");
    if (MessageBox::question(this, title,
                             tr("Replace everything in %1 with the backup of %2?\n\nWhat it "
                                "holds now is kept as a backup first, so you can go back by "
                                "restoring that. Undo history is cleared.")
                                 .arg(QFileInfo(path).fileName(), description),
                             QMessageBox::Yes | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Yes)
        return;

    // The restore checks the backup on a copy, keeps the current state, and writes through
    // a connection of its own; this session's stays open and idle meanwhile.
    Result<RestoreOutcome> restored = restoreDatabase(path, backup);
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
    statusBar()->showMessage(
        tr("Restored from %1. What it replaced is kept in %2.")
            .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(restored->keptBackup)),
        15000);
}

void MainWindow::applyReadOnly()
{
    const bool readOnly = m_session->isReadOnly();
    const bool damaged = m_session->db().isDamaged();
    QString sound;
    if (damaged) {
        const QString database = m_session->db().path();
        sound = Backups::newestSound(database, DatabaseFile::defaultBackupDirectory(database));
    }
    m_banner->showReason(m_session->readOnlyReason(), damaged, sound);
    // What would change the data; the sections turn off their own New, Edit and Delete.
    for (const char *name : {"quickAddAction", "importAction", "findDuplicatesAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(!readOnly);
    }
    for (ListSection *section : std::as_const(m_sections))
        section->setReadOnly(readOnly);
}

bool MainWindow::refuseWhenReadOnly()
{
    if (!m_session->isReadOnly())
        return false;
    statusBar()->showMessage(m_session->readOnlyReason(), 10000);
    return true;
}

} // namespace kith::ui
