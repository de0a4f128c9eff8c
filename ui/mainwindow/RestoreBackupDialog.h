#pragma once

#include <QDialog>

class QDialogButtonBox;
class QListWidget;

namespace kith::ui {

// File ▸ Restore from Backup…: the backups Kith keeps of the open database (daily, before
// an upgrade, before a restore), newest first, to choose one from. Restoring is the main
// window's business; the dialog only chooses.
class RestoreBackupDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreBackupDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString chosenBackup() const; // empty when nothing is chosen
    QString chosenDescription() const;

private:
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};

} // namespace kith::ui
