#include "TodoReader.h"

#include "EventReader.h"
#include "KithUid.h"
#include "ZoneResolver.h"

#include <QCoreApplication>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

constexpr qsizetype maxTextLength = 1'000'000;
constexpr qsizetype maxNameLength = 500;

// The day of a DUE, DTSTART or COMPLETED, whatever its value type; a date-time's own day
// (Kith writes dates, so this only matters for tasks edited elsewhere).
QDate dayOf(icalcomponent *vtodo, icalproperty_kind kind)
{
    const TimeValue value = timeValue(icalcomponent_get_first_property(vtodo, kind));
    if (value.isNull())
        return {};
    return QDate(value.time.year, value.time.month, value.time.day);
}

bool isCompleted(icalcomponent *vtodo)
{
    return icalcomponent_get_status(vtodo) == ICAL_STATUS_COMPLETED ||
           icalcomponent_get_first_property(vtodo, ICAL_COMPLETED_PROPERTY);
}

QString taskRejection(icalcomponent *vtodo)
{
    QString reason = tr("tasks are not imported");
    const QString summary = propertyText(vtodo, ICAL_SUMMARY_PROPERTY).simplified();
    if (!summary.isEmpty())
        reason += QStringLiteral(" (“%1”)").arg(summary.left(80));
    return reason;
}

void readFollowUp(icalcomponent *vtodo, const QString &uid, const QDate &due, TodoRead &read)
{
    for (const QString &contact : propertyTexts(vtodo, ICAL_CONTACT_PROPERTY)) {
        const QString name = contact.simplified();
        if (!name.isEmpty() && name.size() <= maxNameLength && !read.people.contains(name))
            read.people.append(name);
    }
    if (read.people.isEmpty()) {
        read.rejection = tr("the follow-up names nobody (no CONTACT)");
        return;
    }
    Interaction i;
    i.uid = uid;
    i.followUpOn = due;
    const QDate start = dayOf(vtodo, ICAL_DTSTART_PROPERTY);
    i.date = start.isValid() ? start : due;
    if (isCompleted(vtodo)) {
        const QDate completed = dayOf(vtodo, ICAL_COMPLETED_PROPERTY);
        i.followUpDoneOn = completed.isValid() ? completed : due;
    }
    i.kind = enumFromKey<InteractionKind>(xPropertyText(vtodo, "X-KITH-KIND"))
                 .value_or(InteractionKind::Met);
    QString summary = propertyText(vtodo, ICAL_DESCRIPTION_PROPERTY).trimmed();
    if (summary.isEmpty())
        summary = propertyText(vtodo, ICAL_SUMMARY_PROPERTY).simplified();
    i.summary = summary.left(maxTextLength);
    i.tags = tagsOf(vtodo);
    read.followUp = std::move(i);
}

} // namespace

TodoRead readTodo(icalcomponent *vtodo)
{
    TodoRead read;
    const QString uid = propertyText(vtodo, ICAL_UID_PROPERTY).trimmed();
    const std::optional<KithUid> kith = parseKithUid(uid);
    if (!kith || kith->kind == KithUidKind::Event) {
        read.rejection = taskRejection(vtodo);
        return read;
    }
    const QDate due = dayOf(vtodo, ICAL_DUE_PROPERTY);
    if (!due.isValid()) {
        read.rejection = tr("the task has no valid due date (DUE)");
        return read;
    }
    if (kith->kind == KithUidKind::FollowUp) {
        readFollowUp(vtodo, uid, due, read);
        return read;
    }
    read.eventUid = propertyText(vtodo, ICAL_RELATEDTO_PROPERTY).trimmed();
    if (read.eventUid.isEmpty()) {
        read.rejection = tr("the deadline names no event (RELATED-TO)");
        return read;
    }
    Deadline d;
    d.kind = enumFromKey<DeadlineKind>(xPropertyText(vtodo, "X-KITH-KIND"))
                 .value_or(DeadlineKind::Other);
    d.due = due;
    d.done = isCompleted(vtodo);
    d.note = propertyText(vtodo, ICAL_DESCRIPTION_PROPERTY).trimmed().left(maxTextLength);
    read.deadline = d;
    return read;
}

} // namespace kith::ical
