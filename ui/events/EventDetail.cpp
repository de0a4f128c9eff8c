#include "EventDetail.h"

#include "EventsModel.h"
#include "session/Session.h"
#include "storage/EventStore.h"
#include "widgets/DetailHtml.h"
#include "widgets/Format.h"
#include "widgets/Lookups.h"

#include <QCoreApplication>
#include <QLocale>

namespace kith::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::EventDetail", text);
}

QString when(const Event &e)
{
    QString text = formatDateRange(e.startDate, e.endDate);
    if (text.isEmpty())
        return tr("No date yet");
    if (e.isAllDay())
        return text;
    const QLocale locale;
    text += QStringLiteral(", ") + locale.toString(e.startTime, QLocale::ShortFormat);
    if (e.endTime.isValid())
        text += QStringLiteral(" – ") + locale.toString(e.endTime, QLocale::ShortFormat);
    if (!e.timeZone.isEmpty())
        text += QStringLiteral(" (") + e.timeZone + QLatin1Char(')');
    return text;
}

// Amounts and categories stay on one line; only the note wraps.
QString cell(const QString &text, bool right = false, bool wrap = false)
{
    // Qt's rich text reads white-space from the style, not the nowrap attribute.
    return QStringLiteral("<td style='padding:2px 8px 2px 0%2'%1>%3</td>")
        .arg(right ? QStringLiteral(" align='right'") : QString(),
             wrap ? QString() : QStringLiteral("; white-space:nowrap"), DetailHtml::escape(text));
}

void addCosts(DetailHtml &page, const Event &e)
{
    page.section(tr("Costs"));
    if (e.costs.isEmpty()) {
        page.note(tr("No costs planned."));
        return;
    }
    QString table = QStringLiteral("<table cellspacing='0'><tr>");
    for (const QString &header :
         {tr("Category"), tr("Planned"), tr("Actual"), tr("Paid by"), tr("Note")})
        table +=
            QStringLiteral("<th align='left' style='padding-right:8px; white-space:nowrap'>%1</th>")
                .arg(DetailHtml::escape(header));
    table += QStringLiteral("</tr>");
    for (const CostLine &line : e.costs) {
        table +=
            QStringLiteral("<tr>") + cell(enumLabel(line.category)) +
            cell(formatMoney(line.plannedCents, e.currency), true) +
            cell(line.actualCents ? formatMoney(*line.actualCents, e.currency) : QString(), true) +
            cell(enumLabel(line.source)) + cell(line.note, false, true) + QStringLiteral("</tr>");
    }
    // The total row keeps the padding of the rows above, or its amounts run together.
    const auto bold = [](const QString &text) {
        return QStringLiteral("<td style='padding:2px 8px 2px 0; white-space:nowrap' "
                              "align='right'><b>%1</b></td>")
            .arg(DetailHtml::escape(text));
    };
    table += QStringLiteral("<tr><td style='padding:2px 8px 2px 0'><b>%1</b></td>")
                 .arg(DetailHtml::escape(tr("Total"))) +
             bold(formatMoney(e.plannedTotalCents(), e.currency)) +
             bold(formatMoney(e.actualTotalCents(), e.currency)) +
             QStringLiteral("<td></td><td></td></tr></table>");
    page.item(table);
}

void addDeadlines(DetailHtml &page, const Event &e, const QDate &today)
{
    if (e.deadlines.isEmpty())
        return;
    page.section(tr("Deadlines"));
    for (qsizetype i = 0; i < e.deadlines.size(); ++i) {
        const Deadline &d = e.deadlines[i];
        QString line = QStringLiteral("%1 · %2").arg(DetailHtml::escape(enumLabel(d.kind)),
                                                     DetailHtml::escape(formatDate(d.due)));
        if (d.done) {
            line += QStringLiteral(" · ") + DetailHtml::escape(tr("done")) + QStringLiteral(" (") +
                    DetailHtml::action(QLatin1String(deadlineOpenAction) + QString::number(i), e.id,
                                       tr("not done")) +
                    QLatin1Char(')');
        } else {
            line += QStringLiteral(" (") + DetailHtml::escape(formatRelative(d.due, today)) +
                    QLatin1Char(')');
            if (d.due.isValid() && d.due < today)
                line += QStringLiteral(" <b>") + DetailHtml::escape(tr("overdue")) +
                        QStringLiteral("</b>");
            line += QStringLiteral(" · ") +
                    DetailHtml::action(QLatin1String(deadlineDoneAction) + QString::number(i), e.id,
                                       tr("done"));
        }
        if (!d.note.isEmpty())
            line += QStringLiteral(" — ") + DetailHtml::escape(d.note);
        page.item(line);
    }
}

void addSessions(DetailHtml &page, const Event &e)
{
    if (e.sessions.isEmpty())
        return;
    page.section(tr("Sessions to attend"));
    const QLocale locale;
    for (const EventSession &s : e.sessions) {
        QString line = QStringLiteral("<b>%1</b>").arg(DetailHtml::escape(s.title));
        if (s.startsAt.isValid()) {
            QString at = formatDate(s.startsAt.date());
            if (s.startsAt.time() != QTime(0, 0))
                at += QLatin1Char(' ') + locale.toString(s.startsAt.time(), QLocale::ShortFormat);
            line += QStringLiteral(" · ") + DetailHtml::escape(at);
        }
        if (!s.notes.isEmpty())
            line += QStringLiteral(" — ") + DetailHtml::escape(s.notes);
        page.item(line);
    }
}

void addPeople(DetailHtml &page, Session &session, const Event &e)
{
    for (ParticipantRole role : enumValues<ParticipantRole>()) {
        QStringList links;
        for (const EventParticipant &p : e.participants) {
            if (p.role != role)
                continue;
            QString link =
                DetailHtml::link(EntityKind::Person, p.personId, personName(session, p.personId));
            if (p.met)
                link += QStringLiteral(" (") + DetailHtml::escape(tr("met")) + QLatin1Char(')');
            links.append(link);
        }
        if (links.isEmpty())
            continue;
        page.section(role == ParticipantRole::Companion ? tr("Going together")
                                                        : tr("People to meet there"));
        page.item(links.join(QStringLiteral(" · ")));
    }
}

} // namespace

QString eventDetailHtml(Session &session, Id id)
{
    Result<Event> event = EventStore(session.db()).get(id);
    if (!event)
        return DetailHtml(event.error().message()).html();
    const Event &e = *event;
    DetailHtml page(e.name, enumLabel(e.kind) + QStringLiteral(" · ") + enumLabel(e.format));
    page.actions({DetailHtml::action(QStringLiteral("edit"), id, tr("Edit (Enter)"))});
    page.row(tr("When"), when(e));
    page.row(tr("Status"), enumLabel(e.status));
    page.row(tr("Funding"), enumLabel(e.funding));
    if (e.organizerId)
        page.rowHtml(tr("Organizer"), DetailHtml::link(EntityKind::Organization, *e.organizerId,
                                                       organizationName(session, e.organizerId)));
    page.row(tr("Venue"), e.venue);
    page.row(tr("Location"), e.location.display());
    if (!e.url.isEmpty())
        page.rowHtml(tr("Web page"), DetailHtml::webLink(e.url));
    page.row(tr("Tags"), e.tags.join(QStringLiteral(", ")));
    addCosts(page, e);
    addDeadlines(page, e, session.today());
    addSessions(page, e);
    addPeople(page, session, e);
    if (!e.notes.trimmed().isEmpty()) {
        page.section(tr("Notes"));
        page.paragraph(e.notes);
    }
    if (!e.reflection.trimmed().isEmpty()) {
        page.section(tr("Reflection"));
        page.paragraph(e.reflection);
    }
    return page.html();
}

} // namespace kith::ui
