#include "RestoreBackupDialog.h"

#include "storage/Backups.h"
#include "storage/DatabaseFile.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

QString kindLabel(Backups::Kind kind)
{
    switch (kind) {
    case Backups::Kind::Daily:
        return RestoreBackupDialog::tr("daily backup");
    case Backups::Kind::BeforeMigration:
        return RestoreBackupDialog::tr("before an upgrade of Kith");
    case Backups::Kind::BeforeRestore:
        return RestoreBackupDialog::tr("before a restore");
    case Backups::Kind::Replaced:
        return RestoreBackupDialog::tr("a file a restore replaced");
    case Backups::Kind::Unfinished:
    case Backups::Kind::Other:
        break;
    }
    return RestoreBackupDialog::tr("backup");
}

} // namespace

RestoreBackupDialog::RestoreBackupDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("restoreBackupDialog"));
    setWindowTitle(tr("Restore from Backup"));
    m_list->setObjectName(QStringLiteral("backupsList"));
    m_list->setAccessibleName(tr("Backups"));

    const QString database = QFileInfo(databasePath).absoluteFilePath();
    const QString folder = DatabaseFile::defaultBackupDirectory(database);
    const QList<Backups::Entry> entries = Backups::list(database, folder);
    const QLocale locale;
    for (const Backups::Entry &entry : entries) {
        if (entry.kind == Backups::Kind::Unfinished)
            continue; // half a copy restores nothing
        const QString text =
            tr("%1 — %2 — %3")
                .arg(locale.toString(entry.written.toLocalTime(), QLocale::ShortFormat),
                     kindLabel(entry.kind), locale.formattedDataSize(entry.size));
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, entry.path);
        item->setToolTip(QDir::toNativeSeparators(entry.path));
    }

    auto *intro = new QLabel(
        entries.isEmpty()
            ? tr("There are no backups of %1 in %2 yet. Kith writes one on the first day you "
                 "open the database, and before every upgrade or restore.")
                  .arg(QFileInfo(database).fileName(), QDir::toNativeSeparators(folder))
            : tr("Choose the backup to bring back. What the database holds now is kept as a "
                 "backup of its own first, so a restore can be undone by restoring that."),
        this);
    intro->setObjectName(QStringLiteral("restoreIntroLabel"));
    intro->setWordWrap(true);

    QPushButton *restore = m_buttons->addButton(tr("&Restore…"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreButton"));
    connect(m_list, &QListWidget::currentRowChanged, restore,
            [restore](int row) { restore->setEnabled(row >= 0); });
    m_list->setCurrentRow(entries.isEmpty() ? -1 : 0); // the newest
    restore->setEnabled(!entries.isEmpty());
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(560, 380);
}

QString RestoreBackupDialog::chosenBackup() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString RestoreBackupDialog::chosenDescription() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->text() : QString();
}

} // namespace kith::ui
