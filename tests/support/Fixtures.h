#pragma once

#include <QByteArray>
#include <QString>

namespace kith {
class Database;
}

namespace kith::test {

// tests/data/<relative>.
QString dataPath(const QString &relative);
QByteArray readData(const QString &relative);

// Builds an SQLite file at `path` from an SQL script (such as tests/data/schema/v1.sql),
// the way an older Kith would have left it. Returns an error message, empty on success.
QString createDatabaseFromScript(const QString &path, const QByteArray &script);

// Runs an SQL script (several statements, such as tests/data/insights/agenda.sql) on the
// connection of an open database. Returns an error message, empty on success.
QString executeScript(const Database &db, const QByteArray &script);

// SHA-256 of a file's bytes, to prove a file was left untouched.
QByteArray fileHash(const QString &path);

} // namespace kith::test
