#pragma once

#include "model/Common.h"
#include "model/EntityKind.h"

#include <QMetaType>

namespace kith {

enum class ChangeType
{
    Inserted,
    Updated,
    Removed,
    Reset // many rows changed (an import, a cascade): reload what shows this kind
};

// What a committed transaction changed, announced by Database::changed so item models can
// update the rows concerned instead of reloading everything.
struct Change
{
    EntityKind kind;
    ChangeType type;
    QList<Id> ids; // empty for Reset
};

} // namespace kith

Q_DECLARE_METATYPE(kith::Change)
