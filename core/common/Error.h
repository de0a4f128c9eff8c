#pragma once

#include <QList>
#include <QString>

namespace kith {

// What went wrong, in terms a caller can act on. Core never shows these; the UI and the
// command line decide how to present them.
enum class ErrorCode
{
    Validation,     // the input breaks a rule; see Error::fields
    NotFound,       // no record with that id
    Conflict,       // would break a uniqueness rule, or the database is busy/locked
    Storage,        // SQLite reported an error
    NotADatabase,   // the file is not an SQLite database
    NotKith,        // an SQLite database written by another program
    NewerSchema,    // written by a newer Kith; refused and left untouched
    Corrupt,        // SQLite reports the file damaged
    ReadOnly,       // cannot write: file or folder not writable, or disk full
    Io,             // a file could not be read or written
    Parse,          // malformed input file
    Cancelled,      // the user (or a caller) cancelled the operation
    InvalidArgument // a caller passed something meaningless
};

// Why a single field was rejected. Stable codes let the UI and tests match on them; the
// message is for people.
enum class FieldProblem
{
    Empty,
    TooLong,
    Malformed,
    OutOfRange,
    Negative,
    EndBeforeStart,
    UnknownValue,
    MissingReference,
    Duplicate
};

struct FieldError
{
    QString field; // e.g. "displayName", "emails[1]", "costs[0].planned"
    FieldProblem problem;
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

class Error
{
public:
    Error(ErrorCode code, QString message)
        : m_code(code)
        , m_message(std::move(message))
    {}

    static Error validation(QList<FieldError> fields);

    ErrorCode code() const { return m_code; }
    const QString &message() const { return m_message; }
    const QList<FieldError> &fields() const { return m_fields; }
    bool hasFieldProblem(const QString &field, FieldProblem problem) const;

    // Adds context such as "Importing contacts.vcf: " in front of the message.
    Error withContext(const QString &context) const;

private:
    ErrorCode m_code;
    QString m_message;
    QList<FieldError> m_fields;
};

QString errorCodeName(ErrorCode code);

} // namespace kith
