#include "ReadOnlyBanner.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace kith::ui {

ReadOnlyBanner::ReadOnlyBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_restoreNewest(new QPushButton(this))
    , m_choose(new QPushButton(tr("Restore from &Backup…"), this))
{
    setObjectName(QStringLiteral("readOnlyBanner"));
    m_text->setObjectName(QStringLiteral("readOnlyText"));
    m_restoreNewest->setObjectName(QStringLiteral("restoreNewestButton"));
    m_choose->setObjectName(QStringLiteral("chooseBackupButton"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase); // the platform's colour for "take note"
    setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restoreNewest);
    layout->addWidget(m_choose);
    connect(m_restoreNewest, &QPushButton::clicked, this,
            [this] { Q_EMIT restoreRequested(m_soundBackup); });
    connect(m_choose, &QPushButton::clicked, this, &ReadOnlyBanner::chooseBackupRequested);
    hide();
}

void ReadOnlyBanner::showReason(const QString &reason, bool damaged, const QString &soundBackup)
{
    m_soundBackup = soundBackup;
    m_text->setText(reason);
    m_restoreNewest->setVisible(damaged && !soundBackup.isEmpty());
    m_restoreNewest->setText(tr("&Restore %1").arg(QFileInfo(soundBackup).fileName()));
    m_restoreNewest->setToolTip(
        tr("The newest backup that passes SQLite's check: %1. What the file holds now is kept as "
           "a backup first.")
            .arg(QDir::toNativeSeparators(soundBackup)));
    // Restoring is the way back from damage; read-only media or a full disk need none.
    m_choose->setVisible(damaged);
    setVisible(!reason.isEmpty());
}

} // namespace kith::ui
