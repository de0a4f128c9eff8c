#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace kith::ui {

// The strip above the sections when nothing can be changed: why (read-only media, a full
// disk, a damaged file) and, for a damaged file, the way back.
class ReadOnlyBanner final : public QFrame
{
    Q_OBJECT

public:
    explicit ReadOnlyBanner(QWidget *parent = nullptr);

    // Shows `reason` (hides the banner when empty). For a damaged file the backups are
    // offered, `soundBackup` (the newest that passes the check, if any) in one click.
    void showReason(const QString &reason, bool damaged, const QString &soundBackup);

Q_SIGNALS:
    void restoreRequested(const QString &backup);
    void chooseBackupRequested();

private:
    QLabel *m_text;
    QPushButton *m_restoreNewest;
    QPushButton *m_choose;
    QString m_soundBackup;
};

} // namespace kith::ui
