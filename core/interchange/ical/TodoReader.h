#pragma once

#include "LibIcal.h"
#include "model/Event.h"
#include "model/Interaction.h"

// VTODOs: Kith imports back only the tasks it wrote itself (recognised by their UID), as
// follow-ups and event deadlines; other programs' tasks are reported, not imported.
namespace kith::ical {

struct TodoRead
{
    std::optional<Interaction> followUp;
    QStringList people; // the follow-up's people, by name (CONTACT)

    std::optional<Deadline> deadline;
    QString eventUid; // RELATED-TO: the event the deadline belongs to

    QString rejection; // when neither: why
};

TodoRead readTodo(icalcomponent *vtodo);

} // namespace kith::ical
