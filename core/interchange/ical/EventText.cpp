#include "EventText.h"

#include <QCoreApplication>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

constexpr qsizetype maxTitleSummary = 80;

// The untranslated start of the cost summary; the translated one is recognised as well.
const char *const costsHeading = QT_TRANSLATE_NOOP("kith::ical", "Costs (%1): planned %2");

QString firstLine(const QString &text)
{
    const qsizetype end = text.indexOf(u'\n');
    return (end < 0 ? text : text.left(end)).trimmed();
}

QString people(const QStringList &names)
{
    if (names.size() == 1)
        return names.first();
    constexpr qsizetype shown = 3;
    if (names.size() <= shown)
        return tr("%1 and %2")
            .arg(names.mid(0, names.size() - 1).join(QStringLiteral(", ")), names.last());
    return QCoreApplication::translate("kith::ical", "%1 and %n other(s)", nullptr,
                                       int(names.size() - shown))
        .arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

} // namespace

QString formatAmount(qint64 cents)
{
    const qint64 magnitude = cents < 0 ? -cents : cents;
    return QStringLiteral("%1%2.%3")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

QString costSummary(const Event &event)
{
    if (event.costs.isEmpty())
        return {};
    const QString &currency = event.currency;
    QString text = tr(costsHeading).arg(currency, formatAmount(event.plannedTotalCents()));
    bool anyPaid = false;
    for (const CostLine &line : event.costs)
        anyPaid = anyPaid || line.actualCents.has_value();
    if (anyPaid)
        text += tr(", paid %1").arg(formatAmount(event.actualTotalCents()));
    for (const CostLine &line : event.costs) {
        text += QStringLiteral("\n- ") + enumLabel(line.category) + QStringLiteral(": ") +
                tr("planned %1").arg(formatAmount(line.plannedCents));
        if (line.actualCents)
            text += tr(", paid %1").arg(formatAmount(*line.actualCents));
        text += QStringLiteral(" (") + enumLabel(line.source) + u')';
        if (!line.note.trimmed().isEmpty())
            text += QStringLiteral(" – ") + line.note.trimmed();
    }
    return text;
}

QString eventDescription(const Event &event)
{
    const QString costs = costSummary(event);
    const QString notes = event.notes.trimmed();
    if (costs.isEmpty())
        return notes;
    if (notes.isEmpty())
        return costs;
    return costs + QStringLiteral("\n\n") + notes;
}

qsizetype costSummaryLength(QStringView description)
{
    const auto startsWithHeading = [description](const QString &heading) {
        // The part before the currency placeholder ("Costs (") identifies the summary.
        const qsizetype placeholder = heading.indexOf(QStringLiteral("%1"));
        return placeholder > 0 && description.startsWith(QStringView(heading).left(placeholder));
    };
    if (!startsWithHeading(QString::fromLatin1(costsHeading)) &&
        !startsWithHeading(tr(costsHeading)))
        return 0;
    const qsizetype blank = description.indexOf(u"\n\n");
    return blank < 0 ? description.size() : blank + 2;
}

QString locationText(const Event &event)
{
    QStringList parts;
    for (const QString &part :
         {event.venue, event.location.city, event.location.region, event.location.country}) {
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    }
    return parts.join(QStringLiteral(", "));
}

QString deadlineSummary(const Deadline &deadline, const QString &eventName)
{
    return enumLabel(deadline.kind) + QStringLiteral(": ") + eventName.trimmed();
}

QString followUpSummary(const QStringList &names, const QString &summary)
{
    const QString who = tr("Follow up with %1").arg(people(names));
    QString what = firstLine(summary);
    if (what.isEmpty())
        return who;
    if (what.size() > maxTitleSummary)
        what = what.left(maxTitleSummary - 1).trimmed() + u'…';
    return who + QStringLiteral(": ") + what;
}

} // namespace kith::ical
