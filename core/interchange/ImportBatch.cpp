#include "ImportBatch.h"

#include <QCoreApplication>
#include <QLocale>

#include <atomic>

namespace kith {

namespace {
std::atomic<qsizetype> recordLimit = defaultImportRecordLimit;
} // namespace

qsizetype importRecordLimit()
{
    return recordLimit;
}

void setImportRecordLimit(qsizetype limit)
{
    recordLimit = limit;
}

Status ImportBatch::checkRoom(const SourceLocation &where, qsizetype pending) const
{
    const qsizetype limit = importRecordLimit();
    if (recordCount() + rejected.size() + pending < limit)
        return {};
    return Error(ErrorCode::Parse,
                 QCoreApplication::translate("kith::ImportBatch",
                                             "%1: the file goes on past the %2 records Kith takes "
                                             "from one import. Nothing was imported; split the "
                                             "file and import the parts one by one.")
                     .arg(where.display(), QLocale().toString(limit)));
}

QString SourceLocation::display() const
{
    if (line <= 0)
        return file;
    return QCoreApplication::translate("kith::SourceLocation", "%1, line %2").arg(file).arg(line);
}

} // namespace kith
