#include "ImportBatch.h"

#include <QCoreApplication>

namespace kith {

QString SourceLocation::display() const
{
    if (line <= 0)
        return file;
    return QCoreApplication::translate("kith::SourceLocation", "%1, line %2").arg(file).arg(line);
}

} // namespace kith
