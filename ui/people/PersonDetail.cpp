#include "PersonDetail.h"

#include "session/Session.h"
#include "storage/EventStore.h"
#include "storage/GroupStore.h"
#include "storage/InteractionStore.h"
#include "storage/MembershipStore.h"
#include "storage/PersonStore.h"
#include "storage/RecommendationStore.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

constexpr int timelineLength = 15;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::PersonDetail", text);
}

void addIdentity(DetailHtml &page, Session &session, const Person &p)
{
    if (const Role *role = p.currentRole()) {
        QString html = DetailHtml::escape(role->title);
        if (role->organizationId) {
            html += (html.isEmpty() ? QString() : QStringLiteral(", ")) +
                    DetailHtml::link(EntityKind::Organization, *role->organizationId,
                                     role->organizationName);
        }
        page.rowHtml(tr("Works as"), html);
    }
    QStringList emails;
    for (const ContactPoint &email : p.emails)
        emails.append(DetailHtml::webLink(QStringLiteral("mailto:") + email.value, email.value) +
                      (email.label.isEmpty()
                           ? QString()
                           : QStringLiteral(" (%1)").arg(DetailHtml::escape(email.label))));
    page.rowHtml(tr("E-mail"), emails.join(QStringLiteral("<br>")));
    QStringList phones;
    for (const ContactPoint &phone : p.phones)
        phones.append(phone.label.isEmpty()
                          ? phone.value
                          : phone.value + QStringLiteral(" (") + phone.label + QLatin1Char(')'));
    page.row(tr("Phone"), phones.join(QStringLiteral(", ")));
    QStringList profiles;
    for (const ProfileLink &profile : p.profiles)
        profiles.append(DetailHtml::webLink(profile.url, enumLabel(profile.kind)));
    page.rowHtml(tr("Online"), profiles.join(QStringLiteral(" · ")));
    page.row(tr("Lives in"), p.location.display());
    QStringList kinds;
    for (RelationshipKind kind : p.relationships)
        kinds.append(enumLabel(kind));
    page.row(tr("Relationship"), kinds.join(QStringLiteral(", ")));

    QStringList met;
    if (p.metAtEventId)
        met.append(tr("at %1").arg(DetailHtml::link(EntityKind::Event, *p.metAtEventId,
                                                    eventName(session, p.metAtEventId))));
    if (p.metInGroupId)
        met.append(tr("in %1").arg(DetailHtml::link(EntityKind::Group, *p.metInGroupId,
                                                    groupName(session, p.metInGroupId))));
    if (p.introducedById)
        met.append(tr("introduced by %1")
                       .arg(DetailHtml::link(EntityKind::Person, *p.introducedById,
                                             personName(session, p.introducedById))));
    page.rowHtml(tr("How you met"), met.join(QStringLiteral(", ")));
    page.row(tr("Known since"), formatDate(p.knownSince));
    page.row(tr("Tags"), p.tags.join(QStringLiteral(", ")));
    if (p.cadenceDays)
        page.row(tr("Keep in touch"), tr("every %1 days").arg(*p.cadenceDays));
    page.paragraph(p.notes);
}

void addTimeline(DetailHtml &page, Session &session, Id id)
{
    InteractionQuery query;
    query.filter.personId = id;
    query.page = {0, timelineLength};
    Result<QList<InteractionSummary>> rows = InteractionStore(session.db()).list(query);
    Result<qint64> total = InteractionStore(session.db()).count(query.filter);
    page.section(tr("Timeline"));
    if (!rows || rows->isEmpty()) {
        page.note(tr("No interactions logged yet. Press Ctrl+L to log one."));
        return;
    }
    for (const InteractionSummary &row : *rows) {
        QString line =
            QStringLiteral("<b>%1</b> · %2 — %3")
                .arg(DetailHtml::escape(formatDate(row.date)),
                     DetailHtml::escape(enumLabel(row.kind)),
                     DetailHtml::link(EntityKind::Interaction, row.id,
                                      row.summary.isEmpty() ? tr("(no summary)") : row.summary));
        if (row.followUpOn.isValid() && !row.followUpDoneOn.isValid())
            line += QStringLiteral(" <i>") +
                    DetailHtml::escape(
                        tr("follow up %1").arg(formatRelative(row.followUpOn, session.today()))) +
                    QStringLiteral("</i>");
        page.item(line);
    }
    if (total && *total > rows->size())
        page.note(tr("…and %1 earlier.").arg(*total - rows->size()));
}

void addRecommendations(DetailHtml &page, Session &session, Id id)
{
    RecommendationQuery query;
    query.filter.personId = id;
    Result<QList<RecommendationSummary>> rows = RecommendationStore(session.db()).list(query);
    if (!rows || rows->isEmpty())
        return;
    page.section(tr("Recommendations"));
    for (const RecommendationSummary &row : *rows) {
        const QString direction =
            row.direction == RecommendationDirection::Given ? tr("You → them") : tr("Them → you");
        page.item(
            QStringLiteral("%1 · %2 · %3")
                .arg(DetailHtml::link(EntityKind::Recommendation, row.id, direction),
                     DetailHtml::escape(enumLabel(row.status)),
                     DetailHtml::escape(row.completedOn.isValid() ? formatDate(row.completedOn)
                                                                  : row.excerpt)));
    }
}

void addMemberships(DetailHtml &page, Session &session, Id id)
{
    MembershipQuery query;
    query.filter.personId = id;
    Result<QList<MembershipSummary>> rows = MembershipStore(session.db()).list(query);
    if (!rows || rows->isEmpty())
        return;
    page.section(tr("Memberships"));
    for (const MembershipSummary &row : *rows)
        page.item(QStringLiteral("%1 · %2 (%3)")
                      .arg(DetailHtml::link(EntityKind::Organization, row.organizationId,
                                            row.organization),
                           DetailHtml::escape(row.role),
                           DetailHtml::escape(enumLabel(row.status))));
}

void addGroupsAndEvents(DetailHtml &page, Session &session, Id id)
{
    GroupQuery groups;
    groups.filter.memberId = id;
    if (Result<QList<GroupSummary>> rows = GroupStore(session.db()).list(groups);
        rows && !rows->isEmpty()) {
        QStringList links;
        for (const GroupSummary &row : *rows)
            links.append(DetailHtml::link(EntityKind::Group, row.id, row.name));
        page.section(tr("Groups"));
        page.item(links.join(QStringLiteral(" · ")));
    }
    EventQuery events;
    events.filter.participantId = id;
    if (Result<QList<EventSummary>> rows = EventStore(session.db()).list(events);
        rows && !rows->isEmpty()) {
        page.section(tr("Events"));
        for (const EventSummary &row : *rows)
            page.item(QStringLiteral("%1 · %2 · %3")
                          .arg(DetailHtml::link(EntityKind::Event, row.id, row.name),
                               DetailHtml::escape(formatDate(row.startDate)),
                               DetailHtml::escape(enumLabel(row.status))));
    }
}

} // namespace

QString personDetailHtml(Session &session, Id id)
{
    Result<Person> person = PersonStore(session.db()).get(id);
    if (!person)
        return DetailHtml(person.error().message()).html();
    DetailHtml page(person->displayName, person->headline);
    page.actions({DetailHtml::action(QStringLiteral("log"), id, tr("Log interaction (Ctrl+L)")),
                  DetailHtml::action(QStringLiteral("edit"), id, tr("Edit (Enter)"))});
    addIdentity(page, session, *person);
    addTimeline(page, session, id);
    addRecommendations(page, session, id);
    addMemberships(page, session, id);
    addGroupsAndEvents(page, session, id);
    return page.html();
}

} // namespace kith::ui
