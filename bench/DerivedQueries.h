#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace kith {
class Database;
}

namespace kith::bench {

// Runs each derived query of core/insights once, looking from `today`, and returns the time
// each took in milliseconds, by name. Queries that fail are left out and named in `failures`.
QJsonObject timeDerivedQueries(const Database &db, const QDate &today, QStringList &failures);

} // namespace kith::bench
