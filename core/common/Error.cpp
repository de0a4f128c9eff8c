#include "Error.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace kith {

Error Error::validation(QList<FieldError> fields)
{
    QStringList messages;
    messages.reserve(fields.size());
    for (const FieldError &field : fields)
        messages.append(field.message);
    Error error(ErrorCode::Validation, messages.join(QLatin1Char('\n')));
    error.m_fields = std::move(fields);
    return error;
}

bool Error::hasFieldProblem(const QString &field, FieldProblem problem) const
{
    return std::any_of(m_fields.cbegin(), m_fields.cend(), [&](const FieldError &e) {
        return e.field == field && e.problem == problem;
    });
}

Error Error::withContext(const QString &context) const
{
    Error copy = *this;
    copy.m_message = context + m_message;
    return copy;
}

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::Validation:
        return QStringLiteral("validation");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::NotADatabase:
        return QStringLiteral("not-a-database");
    case ErrorCode::NotKith:
        return QStringLiteral("not-kith");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer-schema");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::ReadOnly:
        return QStringLiteral("read-only");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Parse:
        return QStringLiteral("parse");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    }
    return QStringLiteral("unknown");
}

} // namespace kith
