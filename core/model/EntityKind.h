#pragma once

#include "EnumTraits.h"

namespace kith {

// The kinds of records Kith stores; used by change notifications and search hits.
enum class EntityKind
{
    Person,
    Organization,
    Membership,
    Group,
    Recommendation,
    Event,
    Interaction,
    Tag,
    Setting
};

template <>
struct EnumTraits<EntityKind>
{
    static constexpr std::array<EnumEntry<EntityKind>, 9> entries{{
        {EntityKind::Person, "person", QT_TRANSLATE_NOOP("kith::Enum", "Person")},
        {EntityKind::Organization, "organization", QT_TRANSLATE_NOOP("kith::Enum", "Organization")},
        {EntityKind::Membership, "membership", QT_TRANSLATE_NOOP("kith::Enum", "Membership")},
        {EntityKind::Group, "group", QT_TRANSLATE_NOOP("kith::Enum", "Group")},
        {EntityKind::Recommendation, "recommendation",
         QT_TRANSLATE_NOOP("kith::Enum", "Recommendation")},
        {EntityKind::Event, "event", QT_TRANSLATE_NOOP("kith::Enum", "Event")},
        {EntityKind::Interaction, "interaction", QT_TRANSLATE_NOOP("kith::Enum", "Interaction")},
        {EntityKind::Tag, "tag", QT_TRANSLATE_NOOP("kith::Enum", "Tag")},
        {EntityKind::Setting, "setting", QT_TRANSLATE_NOOP("kith::Enum", "Setting")},
    }};
};

} // namespace kith
