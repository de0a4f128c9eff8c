#include "Sql.h"

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace kith {

namespace sql {

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

QVariant date(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant time(const QTime &value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant dateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODate)) : QVariant();
}

QVariant id(std::optional<Id> value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant integer(std::optional<qint64> value)
{
    return value ? QVariant(*value) : QVariant();
}

QDate toDate(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QTime toTime(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), Qt::ISODate);
}

QDateTime toDateTime(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODate);
    result.setTimeZone(QTimeZone::utc());
    return result;
}

std::optional<Id> toOptionalId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::sql", text);
}

bool isOutOfSpace(int systemErrno)
{
    return systemErrno == ENOSPC || systemErrno == EFBIG
#ifdef EDQUOT
           || systemErrno == EDQUOT
#endif
        ;
}

} // namespace

Error error(int sqliteCode, const QString &message, const QString &doing, int systemErrno)
{
    const QString prefix = doing.isEmpty() ? QString() : doing + QStringLiteral(": ");
    // What the operating system said, when it said something: "File too large".
    const QString system =
        systemErrno != 0 ? QString::fromLocal8Bit(std::strerror(systemErrno)) : QString();
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return Error(ErrorCode::NotADatabase, prefix + message);
    case SQLITE_CORRUPT:
        return Error(ErrorCode::Corrupt, prefix + message);
    case SQLITE_FULL:
        return Error(ErrorCode::ReadOnly,
                     prefix + tr("the disk is full or the file has reached its size limit "
                                 "(%1). Nothing was written; free some space and try again.")
                                  .arg(system.isEmpty() ? message : system));
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
        return Error(ErrorCode::ReadOnly, prefix + message);
    case SQLITE_BUSY:
        return Error(ErrorCode::Conflict,
                     prefix + tr("the file is in use by another program (another Kith?), which "
                                 "kept it busy for %1 seconds. Nothing was changed; try again "
                                 "once it is done.")
                                  .arg(busyTimeoutMs / 1000));
    case SQLITE_LOCKED:
    case SQLITE_CONSTRAINT:
        return Error(ErrorCode::Conflict, prefix + message);
    case SQLITE_IOERR:
        if (isOutOfSpace(systemErrno))
            return error(SQLITE_FULL, message, doing, systemErrno);
        return Error(ErrorCode::Io,
                     prefix + message +
                         (system.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(system)));
    default:
        return Error(ErrorCode::Storage, prefix + message);
    }
}

int systemErrno(sqlite3 *handle)
{
    if (!handle)
        return 0;
    if (const int reported = sqlite3_system_errno(handle); reported != 0)
        return reported;
    if ((sqlite3_extended_errcode(handle) & 0xff) != SQLITE_IOERR)
        return 0;
    int kept = 0;
    sqlite3_file *journal = nullptr;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_JOURNAL_POINTER, &journal) == SQLITE_OK &&
        journal && journal->pMethods &&
        journal->pMethods->xFileControl(journal, SQLITE_FCNTL_LAST_ERRNO, &kept) == SQLITE_OK &&
        isOutOfSpace(kept)) {
        return kept;
    }
    kept = 0;
    if (sqlite3_file_control(handle, "main", SQLITE_FCNTL_LAST_ERRNO, &kept) == SQLITE_OK &&
        isOutOfSpace(kept)) {
        return kept;
    }
    return 0;
}

QString ftsPrefixQuery(const QString &userText)
{
    // Each prefix term costs FTS5 a walk over every word it matches, and the words are ANDed:
    // sixteen already narrow any network, and no name has a word of 64 characters. Text
    // beyond either limit matches more, never less.
    constexpr qsizetype maxTerms = 16;
    constexpr qsizetype maxTermLength = 64;
    QStringList terms; // as typed
    // The terms case-folded, for comparing them. Qt folds a few letters the index keeps
    // apart (final sigma): then a word is dropped that need not be, and more records match.
    QStringList folded;
    QString word;
    const auto flush = [&] {
        word.truncate(maxTermLength); // never half a character: a surrogate is no letter
        const QString typed = std::exchange(word, QString());
        const QString key = typed.toCaseFolded();
        if (key.isEmpty())
            return;
        // A term that begins another adds nothing: whatever matches "mar*" matches "ma*". So
        // of "ma" and "mar" (in either order) only "mar" stays, and a repeated word once.
        for (qsizetype i = 0; i < folded.size();) {
            if (folded.at(i).startsWith(key))
                return;
            if (key.startsWith(folded.at(i))) {
                folded.removeAt(i);
                terms.removeAt(i);
            } else {
                ++i;
            }
        }
        if (terms.size() < maxTerms) {
            terms.append(QLatin1Char('"') + typed + QStringLiteral("\"*"));
            folded.append(key);
        }
    };
    // Words are runs of letters, digits and marks, as FTS5's unicode61 tokenizer sees them.
    for (const QChar ch : userText) {
        if (ch.isLetterOrNumber() || ch.isMark())
            word.append(ch);
        else
            flush();
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

} // namespace sql

Query::Query(const Database &db, const QString &statement)
    : m_db(&db)
    , m_query(db.connection())
{
    m_prepared = m_query.prepare(statement);
}

Status Query::exec(const QString &doing)
{
    m_nextBind = 0;
    if (m_prepared && m_query.exec())
        return {};
    const QSqlError err = m_query.lastError();
    sqlite3 *handle = m_db->handle();
    const int code = err.nativeErrorCode().toInt();
    const QString message = err.databaseText().isEmpty() ? err.text() : err.databaseText();
    if ((code & 0xff) == SQLITE_CORRUPT)
        m_db->markDamaged(message);
    return sql::error(code, message, doing, sql::systemErrno(handle));
}

Result<qint64> Query::scalar(const QString &doing)
{
    if (Status status = exec(doing); !status)
        return status.error();
    return m_query.next() ? m_query.value(0).toLongLong() : 0;
}

} // namespace kith
