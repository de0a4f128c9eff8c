#include "Fixtures.h"

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>

#include <sqlite3.h>

namespace kith::test {

QString dataPath(const QString &relative)
{
    return QStringLiteral(KITH_TEST_DATA "/") + relative;
}

QByteArray readData(const QString &relative)
{
    QFile file(dataPath(relative));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString createDatabaseFromScript(const QString &path, const QByteArray &script)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK) {
        const QString message = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return message;
    }
    char *error = nullptr;
    QString message;
    if (sqlite3_exec(db, script.constData(), nullptr, nullptr, &error) != SQLITE_OK)
        message = QString::fromUtf8(error);
    sqlite3_free(error);
    sqlite3_close(db);
    return message;
}

QString executeScript(const Database &db, const QByteArray &script)
{
    char *error = nullptr;
    QString message;
    if (sqlite3_exec(db.handle(), script.constData(), nullptr, nullptr, &error) != SQLITE_OK)
        message = error ? QString::fromUtf8(error) : QStringLiteral("unknown SQLite error");
    sqlite3_free(error);
    return message;
}

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace kith::test
