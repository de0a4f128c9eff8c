#pragma once

#include "Arguments.h"

#include <QDate>

#include <optional>

namespace kith::cli {

// --today YYYY-MM-DD: the day the command acts as if it were (default: the real today),
// so scripts and tests can ask "what was due on…".
QCommandLineOption todayOption();
// The parsed day, or nullopt after printing a usage error.
std::optional<QDate> parseToday(const Context &context, const Arguments &arguments);

} // namespace kith::cli
