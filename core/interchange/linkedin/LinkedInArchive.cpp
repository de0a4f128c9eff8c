#include "LinkedIn.h"
#include "LinkedInFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace kith::linkedin {

namespace {

using detail::ExportFile;
using detail::FileKind;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::linkedin", text);
}

// An extracted export keeps its CSV files at the top or one or two folders down.
constexpr int maxFolderDepth = 3;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1024 * 1024), 'f', 0);
}

// An entry name that could lead outside the folder it is extracted into.
bool leadsOutside(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) ||
        name.contains(QChar()))
        return true;
    if (name.size() >= 2 && name[1] == QLatin1Char(':') && name[0].isLetter())
        return true; // C:\… or C:…
    for (QStringView part : QStringView(name).split(u'/')) {
        for (QStringView piece : part.split(u'\\')) {
            if (piece == u"..")
                return true;
        }
    }
    return false;
}

Error tooLarge(const QString &source, const QString &entry, qint64 limit)
{
    return Error(ErrorCode::Parse,
                 tr("%1: %2 inflates to more than %3 MB, far more than any LinkedIn export; "
                    "the archive is refused.")
                     .arg(source, entry, megabytes(limit)));
}

Error archiveTooLarge(const QString &source, qint64 limit)
{
    return Error(ErrorCode::Parse,
                 tr("%1: its files inflate to more than %2 MB together, far more than any "
                    "LinkedIn export; the archive is refused.")
                     .arg(source, megabytes(limit)));
}

// The files of the export in a zip archive, found without inflating any: entry names are
// checked, and so are the sizes the archive declares for the files Kith reads, alone and
// together, so that a zip bomb is refused before it costs anything. `entryOf` gets each
// file's place in the archive, for inflating it later.
Result<QList<ExportFile>> filesOfZip(QuaZip &zip, const QString &source, const Limits &limits,
                                     QHash<QString, int> &entryOf)
{
    if (!zip.open(QuaZip::mdUnzip))
        return Error(
            ErrorCode::Parse,
            tr("%1 is not a readable zip archive (error %2).").arg(source).arg(zip.getZipError()));
    QList<ExportFile> files;
    unsigned kinds = 0; // a bit per FileKind already found
    qint64 declared = 0;
    int entry = 0;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile(), ++entry) {
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return Error(
                ErrorCode::Parse,
                tr("%1: an entry cannot be read (error %2).").arg(source).arg(zip.getZipError()));
        if (leadsOutside(info.name))
            return Error(ErrorCode::Parse,
                         tr("%1 contains “%2”, a path leading outside the archive; a LinkedIn "
                            "export never does, so the archive is refused.")
                             .arg(source, info.name));
        const FileKind kind = detail::kindOfFileName(info.name);
        if (kind == FileKind::Unknown)
            continue; // never inflated
        files.append({kind, info.name, {}, info.dateTime.date()});
        const unsigned kindBit = 1u << unsigned(kind);
        if (kinds & kindBit) {
            // Only the first of a kind is read, so the others stay compressed: a thousand
            // copies of a file just under the limit must not take a thousand times the memory.
            continue;
        }
        kinds |= kindBit;
        entryOf.insert(info.name, entry);
        if (info.uncompressedSize > quint64(limits.maxFileBytes))
            return tooLarge(source, info.name, limits.maxFileBytes);
        declared += qint64(info.uncompressedSize);
        if (declared > limits.maxArchiveBytes)
            return archiveTooLarge(source, limits.maxArchiveBytes);
    }
    if (zip.getZipError() != UNZ_OK)
        return Error(ErrorCode::Parse, tr("%1: the list of entries is damaged (error %2).")
                                           .arg(source)
                                           .arg(zip.getZipError()));
    return files;
}

// Inflates the files of a zip archive one at a time, as readExport() asks for them. The
// sizes in the archive are the archive's word only: what really comes out is counted
// against both limits, and inflating stops as soon as either is passed.
class Inflater
{
public:
    Inflater(QuaZip &zip, const QString &source, const Limits &limits, QHash<QString, int> entryOf)
        : m_zip(zip)
        , m_source(source)
        , m_limits(limits)
        , m_entryOf(std::move(entryOf))
    {}

    Result<QByteArray> operator()(const ExportFile &file);

private:
    bool goToEntry(int entry);

    QuaZip &m_zip;
    const QString &m_source;
    const Limits &m_limits;
    QHash<QString, int> m_entryOf;
    qint64 m_inflated = 0; // by every file so far
};

bool Inflater::goToEntry(int entry)
{
    bool found = m_zip.goToFirstFile();
    for (int i = 0; found && i < entry; ++i)
        found = m_zip.goToNextFile();
    return found;
}

Result<QByteArray> Inflater::operator()(const ExportFile &file)
{
    const int index = m_entryOf.value(file.name, -1);
    QuaZipFileInfo64 info;
    if (index < 0 || !goToEntry(index) || !m_zip.getCurrentFileInfo(&info))
        return Error(ErrorCode::Parse, tr("%1: %2 cannot be found again (error %3).")
                                           .arg(m_source, file.name)
                                           .arg(m_zip.getZipError()));
    QuaZipFile entry(&m_zip);
    if (!entry.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Parse, tr("%1: %2 cannot be opened (error %3).")
                                           .arg(m_source, file.name)
                                           .arg(entry.getZipError()));
    QByteArray data;
    data.reserve(qsizetype(std::min<quint64>(info.uncompressedSize, 1 << 24)));
    char chunk[64 * 1024];
    for (;;) {
        const qint64 got = entry.read(chunk, sizeof chunk);
        if (got < 0)
            return Error(ErrorCode::Parse, tr("%1: %2 is damaged (error %3).")
                                               .arg(m_source, file.name)
                                               .arg(entry.getZipError()));
        if (got == 0)
            break;
        if (data.size() + got > m_limits.maxFileBytes)
            return tooLarge(m_source, file.name, m_limits.maxFileBytes);
        if ((m_inflated += got) > m_limits.maxArchiveBytes)
            return archiveTooLarge(m_source, m_limits.maxArchiveBytes);
        data.append(chunk, got);
    }
    entry.close();
    if (entry.getZipError() != UNZ_OK)
        return Error(
            ErrorCode::Parse,
            tr("%1: %2 is damaged (its checksum does not match).").arg(m_source, file.name));
    return data;
}

Result<ImportBatch> readZip(QuaZip &zip, const QString &source, const Limits &limits)
{
    QHash<QString, int> entryOf;
    Result<QList<ExportFile>> files = filesOfZip(zip, source, limits, entryOf);
    if (!files)
        return files.error();
    Inflater inflater(zip, source, limits, std::move(entryOf));
    return detail::readExport(*files, source, true,
                              [&](const ExportFile &file) { return inflater(file); });
}

Result<QByteArray> readBounded(const QString &path, const Limits &limits)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > limits.maxFileBytes)
        return Error(ErrorCode::Parse, tr("%1 is larger than %2 MB; it is not a LinkedIn file.")
                                           .arg(path, megabytes(limits.maxFileBytes)));
    QByteArray data = file.read(limits.maxFileBytes + 1);
    if (data.size() > limits.maxFileBytes)
        return Error(ErrorCode::Parse, tr("%1 is larger than %2 MB; it is not a LinkedIn file.")
                                           .arg(path, megabytes(limits.maxFileBytes)));
    return data;
}

// A file's modification day as the day its export was made, never after today.
QDate madeOn(const QFileInfo &info)
{
    return std::min(info.lastModified().date(), QDate::currentDate());
}

Result<ImportBatch> readFolder(const QString &path, const Limits &limits)
{
    QList<ExportFile> files;
    const QDir root(path);
    QDirIterator it(path, {QStringLiteral("*.csv"), QStringLiteral("*.CSV")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString relative = root.relativeFilePath(file);
        if (relative.count(QLatin1Char('/')) >= maxFolderDepth)
            continue;
        const FileKind kind = detail::kindOfFileName(relative);
        if (kind == FileKind::Unknown)
            continue;
        files.append({kind, relative, {}, madeOn(it.fileInfo())});
    }
    std::sort(files.begin(), files.end(), [](const ExportFile &a, const ExportFile &b) {
        return a.name.count(QLatin1Char('/')) < b.name.count(QLatin1Char('/')) ||
               (a.name.count(QLatin1Char('/')) == b.name.count(QLatin1Char('/')) &&
                a.name < b.name);
    });
    return detail::readExport(files, path, true, [&](const ExportFile &file) {
        return readBounded(root.filePath(file.name), limits);
    });
}

} // namespace

Result<ImportBatch> readFile(const QString &path, const Limits &limits)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::Io, tr("%1 does not exist.").arg(path));
    if (info.isDir())
        return readFolder(path, limits);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(4);
    file.close();
    if (magic == QByteArray("PK\x03\x04", 4) || magic == QByteArray("PK\x05\x06", 4)) {
        QuaZip zip(path);
        return readZip(zip, path, limits);
    }
    Result<QByteArray> data = readBounded(path, limits);
    if (!data)
        return data.error();
    detail::ExportFile single{detail::kindOfFileName(info.fileName()), info.fileName(),
                              std::move(*data), madeOn(info)};
    if (single.kind == FileKind::Unknown)
        single.kind = detail::kindOfText(csv::decode(single.data));
    if (single.kind == FileKind::Unknown)
        return read(single.data, info.fileName()); // explains what it expected
    Result<ImportBatch> batch = detail::readExport({single}, info.fileName(), false);
    if (batch)
        batch->source = path;
    return batch;
}

Result<ImportBatch> readArchive(const QByteArray &zipBytes, const QString &name,
                                const Limits &limits)
{
    QByteArray copy = zipBytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    return readZip(zip, name, limits);
}

} // namespace kith::linkedin
