#include "Exports.h"

#include "interchange/PeopleLoader.h"
#include "interchange/backup/Backup.h"
#include "interchange/csv/CsvExport.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/ical/KithUid.h"
#include "interchange/vcard/VCard.h"
#include "session/Session.h"
#include "widgets/FileDialog.h"
#include "widgets/MessageBox.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace kith::ui {

namespace {

class WaitCursor
{
public:
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

// A file name next to the database: "network-people.vcf".
QString suggestion(const Session &session, const QString &suffix)
{
    const QFileInfo db(session.db().path());
    return db.absoluteDir().filePath(db.completeBaseName() + QLatin1Char('-') + suffix);
}

Status writeAll(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("kith::ui::Exports", "%1 cannot be written: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

QString csvListLabel(const QString &list)
{
    static const std::pair<const char *, const char *> labels[] = {
        {"people", QT_TRANSLATE_NOOP("kith::ui::Exports", "People")},
        {"organizations", QT_TRANSLATE_NOOP("kith::ui::Exports", "Organizations")},
        {"groups", QT_TRANSLATE_NOOP("kith::ui::Exports", "Groups")},
        {"memberships", QT_TRANSLATE_NOOP("kith::ui::Exports", "Memberships")},
        {"events", QT_TRANSLATE_NOOP("kith::ui::Exports", "Events")},
        {"recommendations", QT_TRANSLATE_NOOP("kith::ui::Exports", "Recommendations")},
        {"interactions", QT_TRANSLATE_NOOP("kith::ui::Exports", "Interactions")},
    };
    for (const auto &[key, label] : labels) {
        if (list == QLatin1String(key))
            return QCoreApplication::translate("kith::ui::Exports", label);
    }
    return list;
}

} // namespace

QString Exports::vCard(QWidget *parent, Session &session)
{
    const QString path = FileDialog::saveFileName(parent, tr("Export vCard"),
                                                  suggestion(session, QStringLiteral("people.vcf")),
                                                  tr("vCard (*.vcf)"));
    if (path.isEmpty())
        return {};
    WaitCursor wait;
    Result<QList<Person>> people = interchange::loadAllPeople(session.db());
    if (!people) {
        MessageBox::warning(parent, tr("Export vCard"), people.errorMessage());
        return {};
    }
    // The database's own id keeps UIDs from two databases apart (see vcard::WriteOptions).
    vcard::WriteOptions options;
    if (Result<QString> uid = ical::databaseUid(session.db()); uid) {
        if (const QUuid id = QUuid::fromString(*uid); !id.isNull())
            options.uidNamespace = id;
    }
    if (Status status = vcard::writeFile(path, *people, options); !status) {
        MessageBox::warning(parent, tr("Export vCard"), status.errorMessage());
        return {};
    }
    return tr("Exported %n people to %1", nullptr, int(people->size()))
        .arg(QDir::toNativeSeparators(path));
}

QString Exports::iCalendar(QWidget *parent, Session &session)
{
    const QString path = FileDialog::saveFileName(
        parent, tr("Export iCalendar"), suggestion(session, QStringLiteral("calendar.ics")),
        tr("iCalendar (*.ics)"));
    if (path.isEmpty())
        return {};
    WaitCursor wait;
    Result<QByteArray> calendar = ical::write(session.db(), session.today());
    Status status = calendar ? writeAll(path, *calendar) : Status(calendar.error());
    if (!status) {
        MessageBox::warning(parent, tr("Export iCalendar"), status.errorMessage());
        return {};
    }
    return tr("Exported the calendar to %1").arg(QDir::toNativeSeparators(path));
}

QString Exports::csv(QWidget *parent, Session &session)
{
    CsvListDialog chooser(parent);
    if (chooser.exec() != QDialog::Accepted)
        return {};
    const QString list = chooser.list();
    const QString path = FileDialog::saveFileName(
        parent, tr("Export CSV"), suggestion(session, list + QStringLiteral(".csv")),
        tr("CSV (*.csv)"));
    if (path.isEmpty())
        return {};
    WaitCursor wait;
    if (Status status = csv::exportListToFile(session.db(), list, path); !status) {
        MessageBox::warning(parent, tr("Export CSV"), status.errorMessage());
        return {};
    }
    return tr("Exported %1 to %2").arg(csvListLabel(list), QDir::toNativeSeparators(path));
}

QString Exports::backup(QWidget *parent, Session &session)
{
    const QString path = FileDialog::saveFileName(
        parent, tr("Full Backup"),
        suggestion(session,
                   QStringLiteral("backup-%1.json").arg(session.today().toString(Qt::ISODate))),
        tr("Kith backup (*.json)"));
    if (path.isEmpty())
        return {};
    WaitCursor wait;
    if (Status status = backup::writeFile(session.db(), path); !status) {
        MessageBox::warning(parent, tr("Full Backup"), status.errorMessage());
        return {};
    }
    return tr("Saved a full backup to %1").arg(QDir::toNativeSeparators(path));
}

CsvListDialog::CsvListDialog(QWidget *parent)
    : QDialog(parent)
    , m_lists(new QListWidget(this))
{
    setObjectName(QStringLiteral("csvListDialog"));
    setWindowTitle(Exports::tr("Export CSV"));
    m_lists->setObjectName(QStringLiteral("csvListChooser"));
    m_lists->setAccessibleName(Exports::tr("List to export"));
    for (const QString &list : csv::exportLists()) {
        auto *item = new QListWidgetItem(csvListLabel(list), m_lists);
        item->setData(Qt::UserRole, list);
    }
    m_lists->setCurrentRow(0);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(Exports::tr("&Export…"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("exportButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_lists, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(Exports::tr("&Which list?"), this);
    label->setBuddy(m_lists);
    layout->addWidget(label);
    layout->addWidget(m_lists);
    layout->addWidget(buttons);
}

QString CsvListDialog::list() const
{
    const QListWidgetItem *item = m_lists->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

} // namespace kith::ui
