#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <sqlite3.h>

namespace kith::DatabaseFile {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";
constexpr int headerSize = 100;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr int writeVersionOffset = 18;
constexpr int pageSizeOffset = 16;
constexpr int changeCounterOffset = 24;
constexpr int pageCountOffset = 28;
constexpr int versionValidForOffset = 92;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::DatabaseFile", text);
}

} // namespace

Result<Header> readHeader(const QString &path)
{
    // Through SQLite's own file layer, never QFile: POSIX locks belong to the process, so
    // closing any other descriptor of this file would drop the locks of every connection to
    // it that this process holds, and another Kith would then think it the last one and
    // delete the WAL. SQLite's layer knows its open files and defers such a close.
    const QByteArray native = QFile::encodeName(path);
    if (::access(native.constData(), R_OK) != 0) {
        return Error(
            ErrorCode::Io,
            tr("Cannot read %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    sqlite3 *connection = nullptr;
    // Opening reads nothing yet; a foreign or damaged file is only read, never written.
    const int opened =
        sqlite3_open_v2(native.constData(), &connection, SQLITE_OPEN_READONLY, nullptr);
    const auto close = qScopeGuard([&] { sqlite3_close(connection); });
    sqlite3_file *file = nullptr;
    if (opened != SQLITE_OK ||
        sqlite3_file_control(connection, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK ||
        !file || !file->pMethods) {
        return Error(ErrorCode::Io,
                     tr("Cannot read %1: %2").arg(path, QString::fromUtf8(sqlite3_errstr(opened))));
    }
    sqlite3_int64 size = 0;
    if (file->pMethods->xFileSize(file, &size) != SQLITE_OK)
        return Error(ErrorCode::Io, tr("Cannot read %1.").arg(path));
    Header header;
    if (size == 0) {
        header.empty = true;
        return header;
    }
    char bytes[headerSize] = {};
    if (size < headerSize || file->pMethods->xRead(file, bytes, headerSize, 0) != SQLITE_OK ||
        std::memcmp(bytes, sqliteMagic, sizeof sqliteMagic) != 0) {
        return Error(ErrorCode::NotADatabase,
                     tr("%1 is not a Kith database (it is not an SQLite file).").arg(path));
    }

    const auto *data = reinterpret_cast<const uchar *>(bytes);
    header.userVersion = qFromBigEndian<qint32>(data + userVersionOffset);
    header.applicationId = qFromBigEndian<qint32>(data + applicationIdOffset);
    header.wal = data[writeVersionOffset] == 2;
    // A power of two from 512 to 32768, or 1 for 65536 (the file format's section 1.3.2).
    const int pageSize = qFromBigEndian<quint16>(data + pageSizeOffset);
    if (pageSize == 1)
        header.pageSize = 65536;
    else if (pageSize >= 512 && (pageSize & (pageSize - 1)) == 0)
        header.pageSize = pageSize;
    // The in-header size counts only when "version-valid-for" matches the change counter.
    if (qFromBigEndian<quint32>(data + changeCounterOffset) ==
        qFromBigEndian<quint32>(data + versionValidForOffset))
        header.pageCount = qFromBigEndian<quint32>(data + pageCountOffset);
    return header;
}

Status createPrivateFile(const QString &path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo::exists(folder)) {
        // Folders Kith creates for its data are private to the user.
        if (!QDir().mkpath(folder))
            return Error(ErrorCode::Io, tr("Cannot create the folder %1.").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QByteArray native = QFile::encodeName(info.absoluteFilePath());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return Error(
            errno == EROFS || errno == EACCES ? ErrorCode::ReadOnly : ErrorCode::Io,
            tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    }
    ::close(fd);
    return {};
}

QString defaultBackupDirectory(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(info.completeBaseName() + QStringLiteral("-backups"));
}

} // namespace kith::DatabaseFile
