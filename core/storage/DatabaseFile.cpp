#include "DatabaseFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace kith::DatabaseFile {

namespace {

constexpr char sqliteMagic[] = "SQLite format 3";
constexpr int headerSize = 100;
constexpr int userVersionOffset = 60;
constexpr int applicationIdOffset = 68;
constexpr int writeVersionOffset = 18;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::DatabaseFile", text);
}

} // namespace

Result<Header> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));

    const QByteArray bytes = file.read(headerSize);
    Header header;
    if (bytes.isEmpty() && file.atEnd()) {
        header.empty = true;
        return header;
    }
    if (bytes.size() < headerSize || !bytes.startsWith(QByteArray(sqliteMagic, sizeof sqliteMagic)))
        return Error(ErrorCode::NotADatabase,
                     tr("%1 is not a Kith database (it is not an SQLite file).").arg(path));

    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    header.userVersion = qFromBigEndian<qint32>(data + userVersionOffset);
    header.applicationId = qFromBigEndian<qint32>(data + applicationIdOffset);
    header.wal = data[writeVersionOffset] == 2;
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
