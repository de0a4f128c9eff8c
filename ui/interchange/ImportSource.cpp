#include "ImportSource.h"

#include "interchange/csv/CsvContacts.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/linkedin/LinkedIn.h"
#include "interchange/vcard/VCard.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::ImportSource", text);
}

bool isLinkedInContent(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && linkedin::isExportFile(file.read(16 * 1024));
}

ImportFormat formatOfFolder(const QDir &folder)
{
    const QStringList files = folder.entryList(QDir::Files);
    return std::any_of(files.cbegin(), files.cend(), linkedin::isExportFileName)
               ? ImportFormat::LinkedIn
               : ImportFormat::Unknown;
}

ImportFormat formatOfContent(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportFormat::Unknown;
    const QByteArray head = file.read(4096);
    if (head.startsWith("PK\x03\x04"))
        return ImportFormat::LinkedIn;
    const QByteArray upper = head.toUpper();
    if (upper.contains("BEGIN:VCARD"))
        return ImportFormat::VCard;
    if (upper.contains("BEGIN:VCALENDAR"))
        return ImportFormat::ICalendar;
    if (head.trimmed().startsWith('{') && head.contains("\"kith-backup\""))
        return ImportFormat::Backup;
    return ImportFormat::Unknown;
}

} // namespace

ImportFormat detectImportFormat(const QString &path)
{
    const QFileInfo info(path);
    if (path.isEmpty() || !info.exists())
        return ImportFormat::Unknown;
    if (info.isDir())
        return formatOfFolder(QDir(path));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("zip"))
        return ImportFormat::LinkedIn;
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        return ImportFormat::VCard;
    if (suffix == QLatin1String("ics") || suffix == QLatin1String("ical") ||
        suffix == QLatin1String("ifb"))
        return ImportFormat::ICalendar;
    if (suffix == QLatin1String("csv"))
        return linkedin::isExportFileName(info.fileName()) || isLinkedInContent(path)
                   ? ImportFormat::LinkedIn
                   : ImportFormat::Csv;
    if (suffix == QLatin1String("json"))
        return formatOfContent(path) == ImportFormat::Backup ? ImportFormat::Backup
                                                             : ImportFormat::Unknown;
    return formatOfContent(path);
}

QString importFormatLabel(ImportFormat format)
{
    switch (format) {
    case ImportFormat::LinkedIn:
        return tr("LinkedIn data export");
    case ImportFormat::VCard:
        return tr("vCard contacts");
    case ImportFormat::ICalendar:
        return tr("iCalendar events");
    case ImportFormat::Csv:
        return tr("CSV contacts");
    case ImportFormat::Backup:
        return tr("Kith backup");
    case ImportFormat::Unknown:
        break;
    }
    return tr("Unknown");
}

QString importFileFilter()
{
    return tr("Importable files (*.zip *.vcf *.vcard *.ics *.csv *.json);;"
              "LinkedIn data export (*.zip *.csv);;vCard (*.vcf *.vcard);;"
              "iCalendar (*.ics);;CSV (*.csv);;Kith backup (*.json);;All files (*)");
}

QString importablePath(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    const QList<QUrl> urls = mime->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return {};
    const QString path = urls.first().toLocalFile();
    return detectImportFormat(path) == ImportFormat::Unknown ? QString() : path;
}

Result<ImportBatch> readImportFile(const QString &path, ImportFormat format,
                                   const csv::ColumnMapping &mapping)
{
    switch (format) {
    case ImportFormat::LinkedIn:
        return linkedin::readFile(path);
    case ImportFormat::VCard:
        return vcard::readFile(path);
    case ImportFormat::ICalendar:
        return ical::readFile(path);
    case ImportFormat::Csv:
        return csv::readContactsFile(path, mapping);
    case ImportFormat::Backup:
    case ImportFormat::Unknown:
        break;
    }
    return Error(ErrorCode::InvalidArgument,
                 tr("%1 is not a file Kith can import.").arg(QDir::toNativeSeparators(path)));
}

} // namespace kith::ui
