#include "Common.h"

namespace kith {

QString Location::display() const
{
    QStringList parts;
    for (const QString &part : {city, region, country}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace kith
