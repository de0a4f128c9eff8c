#pragma once

#include "Event.h"
#include "Interaction.h"
#include "OnlineGroup.h"
#include "Organization.h"
#include "Person.h"
#include "Recommendation.h"
#include "common/Error.h"

namespace kith {

// The rules every record obeys before it is stored. Each problem names the field it
// belongs to ("emails[1]", "costs[0].planned") so an editor can show it beside that field.
namespace validation {

QList<FieldError> check(const Person &person);
QList<FieldError> check(const Organization &organization);
QList<FieldError> check(const Membership &membership);
QList<FieldError> check(const OnlineGroup &group);
QList<FieldError> check(const Recommendation &recommendation);
QList<FieldError> check(const Event &event);
QList<FieldError> check(const Interaction &interaction);
QList<FieldError> check(const Tag &tag);

// Single-value rules, shared with importers and editors.
bool isValidEmail(const QString &email);
bool isValidWebUrl(const QString &url);    // absolute http(s) URL with a host
bool isValidCurrency(const QString &code); // three upper-case letters (ISO 4217 form)

// A key read from a file or the command line that names no value of the enum.
template <typename E>
std::optional<FieldError> checkKey(const QString &field, const QString &key)
{
    if (enumFromKey<E>(key))
        return std::nullopt;
    return FieldError{field, FieldProblem::UnknownValue,
                      QCoreApplication::translate("kith::validation", "“%1” is not one of: %2.")
                          .arg(key, enumKeys<E>().join(QStringLiteral(", ")))};
}

} // namespace validation

} // namespace kith
