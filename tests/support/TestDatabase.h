#pragma once

#include "storage/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace kith::test {

// A fresh database in a temporary folder, with the clock pinned to `fixedNow()` so stamps
// and "today" never depend on the machine running the test.
class TestDatabase
{
public:
    TestDatabase();

    Database &db() { return *m_db; }
    Database *operator->() { return m_db.get(); }
    QString dir() const { return m_dir.path(); }
    QString path() const { return m_path; }
    // Closes and reopens the same file, as a restart would.
    void reopen();

    static QDateTime fixedNow(); // 2026-03-15 10:00 UTC
    static QDate today() { return fixedNow().date(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Database> m_db;
};

// Opens `path` or fails the calling test with the error message.
std::unique_ptr<Database> openOrFail(const QString &path, const Database::Options &options = {});

} // namespace kith::test
