#pragma once

#include "Command.h"
#include "common/Result.h"

#include <QByteArray>

namespace kith::cli {

// Whether stderr is a terminal: progress is for people watching, not for logs.
bool stderrIsTerminal();

// Writes an export to `path`, or to stdout when it is "-". The file appears only once
// complete (QSaveFile), readable by its owner only, as it holds personal data. An existing
// file is replaced only when `force` is set (Conflict otherwise).
Status writeExport(const Context &context, const QString &path, const QByteArray &bytes,
                   bool force);

// Whether `path` means stdout.
inline bool isStdout(const QString &path)
{
    return path == QLatin1String("-");
}

} // namespace kith::cli
