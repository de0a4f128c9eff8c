#include "TestDatabase.h"

#include <QStandardPaths>
#include <QTest>
#include <QTimeZone>

namespace kith::test {

TestDatabase::TestDatabase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("kith.sqlite"));
    reopen();
}

void TestDatabase::reopen()
{
    m_db.reset();
    Database::Options options;
    options.clock = &TestDatabase::fixedNow; // also names the backups written while opening
    m_db = openOrFail(m_path, options);
}

QDateTime TestDatabase::fixedNow()
{
    return QDateTime(QDate(2026, 3, 15), QTime(10, 0), QTimeZone::utc());
}

std::unique_ptr<Database> openOrFail(const QString &path, const Database::Options &options)
{
    Result<std::unique_ptr<Database>> opened = Database::open(path, options);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message()), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(opened).value();
}

} // namespace kith::test
