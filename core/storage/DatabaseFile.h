#pragma once

#include "common/Result.h"

#include <QString>

namespace kith::DatabaseFile {

// What the first 100 bytes of a file say, read without SQLite so the file stays untouched.
struct Header
{
    bool empty = false; // zero bytes: SQLite treats it as a new database
    int userVersion = 0;
    qint32 applicationId = 0;
    bool wal = false;
    // 0 when the header gives no valid page size (a damaged header).
    int pageSize = 0;
    // The size in pages as of the last commit to the file itself; 0 when the header does
    // not vouch for it (written by an SQLite before 3.7.0).
    quint32 pageCount = 0;
};

// Reads the SQLite header of an existing file: an Io error when unreadable, NotADatabase
// when the bytes are not an SQLite database.
Result<Header> readHeader(const QString &path);

// Creates an empty file readable and writable by its owner only (0600), and its folder
// (0700) when missing. Fails if the file already exists.
Status createPrivateFile(const QString &path);

// The folder migration and daily backups of `databasePath` go to by default.
QString defaultBackupDirectory(const QString &databasePath);

} // namespace kith::DatabaseFile
