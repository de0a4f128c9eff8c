#include "InteractionDetail.h"

#include "session/Session.h"
#include "storage/InteractionStore.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"

#include <QCoreApplication>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::InteractionDetail", text);
}

QString followUpHtml(const Interaction &i, const QDate &today)
{
    if (!i.followUpOn.isValid())
        return {};
    const QString planned = formatDate(i.followUpOn);
    if (i.followUpDoneOn.isValid())
        return DetailHtml::escape(tr("%1 — done on %2").arg(planned, formatDate(i.followUpDoneOn)));
    const QString when =
        DetailHtml::escape(tr("%1 (%2)").arg(planned, formatRelative(i.followUpOn, today)));
    // Overdue follow-ups stand out without a colour of their own.
    return i.followUpOn < today ? QStringLiteral("<b>%1</b>").arg(when) : when;
}

} // namespace

QString interactionDetailHtml(Session &session, Id id)
{
    Result<Interaction> loaded = InteractionStore(session.db()).get(id);
    if (!loaded)
        return DetailHtml(tr("Interaction not found"), loaded.error().message()).html();
    const Interaction &i = *loaded;

    const QString title = i.summary.trimmed().isEmpty()
                              ? enumLabel(i.kind)
                              : i.summary.trimmed().section(QLatin1Char('\n'), 0, 0);
    DetailHtml page(title, tr("%1 · %2").arg(enumLabel(i.kind), formatDate(i.date)));
    page.row(tr("Date"),
             tr("%1 (%2)").arg(formatDate(i.date), formatRelative(i.date, session.today())));
    page.row(tr("Kind"), enumLabel(i.kind));
    QStringList people;
    for (Id personId : i.personIds)
        people.append(
            DetailHtml::link(EntityKind::Person, personId, personName(session, personId)));
    page.rowHtml(tr("People"), people.join(QStringLiteral(", ")));
    if (i.eventId)
        page.rowHtml(tr("Event"), DetailHtml::link(EntityKind::Event, *i.eventId,
                                                   eventName(session, i.eventId)));
    page.rowHtml(tr("Follow up"), followUpHtml(i, session.today()));
    page.row(tr("Tags"), i.tags.join(QStringLiteral(", ")));
    if (!i.summary.trimmed().isEmpty()) {
        page.section(tr("Summary"));
        page.paragraph(i.summary);
    }

    QStringList actions;
    if (i.hasOpenFollowUp()) {
        actions.append(DetailHtml::action(QStringLiteral("done"), id, tr("Done")));
        actions.append(DetailHtml::action(QStringLiteral("snooze"), id, tr("Snooze a week")));
    }
    actions.append(DetailHtml::action(QStringLiteral("edit"), id, tr("Edit…")));
    page.actions(actions);
    return page.html();
}

} // namespace kith::ui
