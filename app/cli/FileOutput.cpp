#include "FileOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kith::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::cli", text);
}

} // namespace

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

Status writeExport(const Context &context, const QString &path, const QByteArray &bytes, bool force)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (isStdout(path)) {
        context.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes) != bytes.size() ||
            !out.flush())
            return Error(ErrorCode::Io,
                         tr("Cannot write to standard output: %1").arg(out.errorString()));
        return {};
    }
    const QFileInfo info(path);
    if (info.isDir())
        return Error(ErrorCode::Io, tr("%1 is a folder; name a file to write.").arg(shown));
    if (info.exists() && !force)
        return Error(ErrorCode::Conflict,
                     tr("%1 already exists; add --force to replace it.").arg(shown));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::Io, tr("Cannot write %1: %2").arg(shown, file.errorString()));
    return {};
}

} // namespace kith::cli
