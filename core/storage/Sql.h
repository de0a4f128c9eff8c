#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EnumTraits.h"

#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace kith {

class Database;

// Conversions between model values and what the schema stores. Empty text, invalid dates
// and empty optionals are stored as NULL.
namespace sql {
QVariant text(const QString &value);
QVariant date(const QDate &value);
QVariant time(const QTime &value);
QVariant dateTime(const QDateTime &value); // ISO 8601 UTC
QVariant id(std::optional<Id> value);
QVariant integer(std::optional<qint64> value);
template <typename E>
QVariant key(E value)
{
    return enumKey(value);
}

QDate toDate(const QVariant &value);
QTime toTime(const QVariant &value);
QDateTime toDateTime(const QVariant &value);
std::optional<Id> toOptionalId(const QVariant &value);
std::optional<int> toOptionalInt(const QVariant &value);
template <typename E>
E toEnum(const QVariant &value, E fallback)
{
    return enumFromKey<E>(value.toString()).value_or(fallback);
}

// How long a connection waits for another one (another Kith) to finish writing.
constexpr int busyTimeoutMs = 5000;

// Maps an SQLite result code and message to a Kith error; `doing` says what failed
// ("Saving Jane Doe"). `systemErrno` (sqlite3_system_errno) names the cause of an I/O
// error: a full disk or a file size limit reads as such.
Error error(int sqliteCode, const QString &message, const QString &doing, int systemErrno = 0);

// The errno behind the connection's last I/O error, for error(). sqlite3_system_errno reads
// errno when the error is reported, after other calls may have reset it; then the errno the
// database file or its journal (the WAL) kept from its own failed write is used, when that
// was a full disk or a file size limit.
int systemErrno(sqlite3 *handle);

// Turns free text typed by a user into an FTS5 query that matches every word as a prefix,
// with FTS syntax characters neutralised. Empty when the text has no searchable word. The
// query stays small whatever is typed or pasted: a word repeated, or beginning another word,
// is left out (any case); at most 16 words of at most 64 characters each are kept, which
// lets the query match more records, never fewer.
QString ftsPrefixQuery(const QString &userText);

// An SQL expression ranking the enum keys stored in `column` in declaration order, so a
// list sorted by an enum follows the model's order (planned, active, lapsed) rather than the
// alphabet of the keys. The keys are compile-time constants, safe to place in SQL text.
template <typename E>
QString enumOrder(const QString &column)
{
    QString expression = QStringLiteral("CASE ") + column;
    int rank = 0;
    for (const auto &entry : EnumTraits<E>::entries)
        expression +=
            QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(entry.key)).arg(rank++);
    return expression + QStringLiteral(" END");
}
} // namespace sql

// A prepared statement on a database's connection. Values are only ever bound, never
// spliced into the SQL text.
class Query
{
public:
    Query(const Database &db, const QString &statement);

    // Binds the next positional placeholder; exec() starts again at the first, so a query
    // can be bound and run many times.
    Query &bind(const QVariant &value)
    {
        m_query.bindValue(m_nextBind++, value);
        return *this;
    }
    template <typename... Values>
    Query &bindAll(const Values &...values)
    {
        (bind(QVariant(values)), ...);
        return *this;
    }

    // Runs the statement; `doing` names the operation in the error message.
    Status exec(const QString &doing = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QString string(int column) const { return m_query.value(column).toString(); }
    qint64 integer(int column) const { return m_query.value(column).toLongLong(); }
    QDate date(int column) const { return sql::toDate(m_query.value(column)); }
    std::optional<Id> optionalId(int column) const
    {
        return sql::toOptionalId(m_query.value(column));
    }
    Id lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }

    // Runs the statement and returns the first column of the first row (0 when no row).
    Result<qint64> scalar(const QString &doing = {});

private:
    const Database *m_db;
    QSqlQuery m_query;
    bool m_prepared;
    int m_nextBind = 0;
};

} // namespace kith
