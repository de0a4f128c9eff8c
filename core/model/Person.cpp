#include "Person.h"

namespace kith {

const Role *Person::currentRole() const
{
    const Role *current = nullptr;
    for (const Role &role : roles) {
        if (!role.isCurrent())
            continue;
        if (!current || role.start > current->start)
            current = &role;
    }
    return current;
}

QString Person::profileUrl(ProfileKind kind) const
{
    for (const ProfileLink &profile : profiles) {
        if (profile.kind == kind)
            return profile.url;
    }
    return {};
}

} // namespace kith
