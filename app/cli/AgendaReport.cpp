#include "AgendaReport.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace kith::cli {

namespace {

// tr(text, disambiguation, n): with three arguments lupdate files a string as plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kith::cli", text, disambiguation, n);
}

// Scripts read amounts as plain numbers; people read "1234.50 USD".
QString money(qint64 cents, const QString &currency)
{
    return QStringLiteral("%1%2.%3 %4")
        .arg(cents < 0 ? QStringLiteral("-") : QString())
        .arg(qAbs(cents) / 100)
        .arg(qAbs(cents) % 100, 2, 10, QLatin1Char('0'))
        .arg(currency);
}

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString names(const QList<insights::PersonRef> &people)
{
    QStringList list;
    for (const insights::PersonRef &person : people)
        list.append(person.name);
    return list.join(QStringLiteral(", "));
}

QJsonValue optionalCents(std::optional<qint64> cents)
{
    return cents ? QJsonValue(double(*cents) / 100.0) : QJsonValue();
}

template <typename T>
Status take(Result<T> result, T &into)
{
    if (!result)
        return result.error();
    into = std::move(result).value();
    return {};
}

} // namespace

Result<AgendaReport> AgendaReport::build(const Database &db, const QDate &today, int days)
{
    AgendaReport report;
    report.today = today;
    report.days = days;
    Result<BudgetSettings> settings = SettingsStore(const_cast<Database &>(db)).budget();
    if (!settings)
        return settings.error();
    const int year = insights::fiscalYearOf(today, settings->fiscalYearStartMonth);
    for (Status status :
         {take(insights::followUpsDue(db, today, days), report.followUps),
          take(insights::peoplePastCadence(db, today, 0), report.pastCadence),
          take(insights::renewalsDue(db, today, days), report.renewals),
          take(insights::deadlinesDue(db, today, days), report.deadlines),
          take(insights::upcomingEvents(db, today, days), report.upcomingEvents),
          take(insights::fiscalYearSpending(db, *settings, year, today), report.budget)}) {
        if (!status)
            return status.error();
    }
    return report;
}

QJsonObject AgendaReport::toJson() const
{
    QJsonArray followUpRows;
    for (const auto &f : followUps) {
        followUpRows.append(QJsonObject{{QStringLiteral("interaction_id"), f.interactionId},
                                        {QStringLiteral("due"), iso(f.due)},
                                        {QStringLiteral("overdue"), f.overdue},
                                        {QStringLiteral("people"), names(f.people)},
                                        {QStringLiteral("summary"), f.summary}});
    }
    QJsonArray cadenceRows;
    for (const auto &c : pastCadence) {
        cadenceRows.append(
            QJsonObject{{QStringLiteral("person_id"), c.personId},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("cadence_days"), c.cadenceDays},
                        {QStringLiteral("last_contact"),
                         c.lastContact.isValid() ? QJsonValue(iso(c.lastContact)) : QJsonValue()},
                        {QStringLiteral("due"), iso(c.due)},
                        {QStringLiteral("days_overdue"), c.daysOverdue}});
    }
    QJsonArray renewalRows;
    for (const auto &r : renewals) {
        renewalRows.append(QJsonObject{
            {QStringLiteral("membership_id"), r.membershipId},
            {QStringLiteral("organization"), r.organizationName},
            {QStringLiteral("member"), r.personId ? QJsonValue(r.personName) : QJsonValue()},
            {QStringLiteral("renewal_date"), iso(r.renewalDate)},
            {QStringLiteral("overdue"), r.overdue},
            {QStringLiteral("dues"),
             r.dues ? QJsonValue(double(r.dues->cents) / 100.0) : QJsonValue()},
            {QStringLiteral("currency"), r.dues ? QJsonValue(r.dues->currency) : QJsonValue()}});
    }
    QJsonArray deadlineRows;
    for (const auto &d : deadlines) {
        deadlineRows.append(QJsonObject{{QStringLiteral("event_id"), d.eventId},
                                        {QStringLiteral("event"), d.eventName},
                                        {QStringLiteral("kind"), enumKey(d.kind)},
                                        {QStringLiteral("due"), iso(d.due)},
                                        {QStringLiteral("overdue"), d.overdue}});
    }
    QJsonArray eventRows;
    for (const auto &e : upcomingEvents) {
        eventRows.append(
            QJsonObject{{QStringLiteral("event_id"), e.eventId},
                        {QStringLiteral("name"), e.name},
                        {QStringLiteral("start"), iso(e.startDate)},
                        {QStringLiteral("status"), enumKey(e.status)},
                        {QStringLiteral("planned"), double(e.plannedTotal.cents) / 100.0},
                        {QStringLiteral("currency"), e.plannedTotal.currency}});
    }
    const QJsonObject budgetObject{
        {QStringLiteral("fiscal_year"), budget.fiscalYear},
        {QStringLiteral("from"), iso(budget.range.first)},
        {QStringLiteral("to"), iso(budget.range.last)},
        {QStringLiteral("currency"), budget.currency},
        {QStringLiteral("planned"), double(budget.total.plannedCents) / 100.0},
        {QStringLiteral("spent"), double(budget.total.spentCents) / 100.0},
        {QStringLiteral("budget"), optionalCents(budget.budgetCents)},
        {QStringLiteral("remaining"), optionalCents(budget.remainingCents())}};
    return {{QStringLiteral("today"), iso(today)},
            {QStringLiteral("days"), days},
            {QStringLiteral("follow_ups"), followUpRows},
            {QStringLiteral("past_cadence"), cadenceRows},
            {QStringLiteral("renewals"), renewalRows},
            {QStringLiteral("deadlines"), deadlineRows},
            {QStringLiteral("upcoming_events"), eventRows},
            {QStringLiteral("budget"), budgetObject}};
}

void AgendaReport::print(QTextStream &out) const
{
    const QString overdue = tr("OVERDUE");
    out << tr("Agenda for %1, looking %n day(s) ahead", nullptr, days).arg(iso(today)) << "\n\n";

    out << tr("Follow-ups (%1)").arg(followUps.size()) << '\n';
    for (const auto &f : followUps)
        out << "  " << (f.overdue ? overdue : QString()).leftJustified(8) << iso(f.due) << "  "
            << names(f.people) << " — " << f.summary << '\n';
    out << '\n' << tr("Past their keep-in-touch cadence (%1)").arg(pastCadence.size()) << '\n';
    for (const auto &c : pastCadence)
        out << "  " << c.name << " — " << tr("every %1 days, ").arg(c.cadenceDays)
            << (c.lastContact.isValid() ? tr("last contact %1").arg(iso(c.lastContact))
                                        : tr("never contacted"))
            << ", " << tr("%n day(s) overdue", nullptr, c.daysOverdue) << '\n';
    out << '\n' << tr("Renewals (%1)").arg(renewals.size()) << '\n';
    for (const auto &r : renewals)
        out << "  " << (r.overdue ? overdue : QString()).leftJustified(8) << iso(r.renewalDate)
            << "  " << r.organizationName << " (" << (r.personId ? r.personName : tr("you")) << ")"
            << (r.dues ? QStringLiteral(" — ") + money(r.dues->cents, r.dues->currency) : QString())
            << '\n';
    out << '\n' << tr("Event deadlines (%1)").arg(deadlines.size()) << '\n';
    for (const auto &d : deadlines)
        out << "  " << (d.overdue ? overdue : QString()).leftJustified(8) << iso(d.due) << "  "
            << d.eventName << " — " << enumLabel(d.kind) << '\n';
    out << '\n' << tr("Upcoming events (%1)").arg(upcomingEvents.size()) << '\n';
    for (const auto &e : upcomingEvents)
        out << "  " << iso(e.startDate) << "  " << e.name << " — " << enumLabel(e.status) << ", "
            << money(e.plannedTotal.cents, e.plannedTotal.currency) << '\n';

    out << '\n'
        << tr("Budget FY%1 (%2 – %3): planned %4, spent %5")
               .arg(budget.fiscalYear)
               .arg(iso(budget.range.first), iso(budget.range.last),
                    money(budget.total.plannedCents, budget.currency),
                    money(budget.total.spentCents, budget.currency));
    if (budget.budgetCents)
        out << tr(", remaining %1 of %2")
                   .arg(money(*budget.remainingCents(), budget.currency),
                        money(*budget.budgetCents, budget.currency));
    out << '\n';
    for (const auto &other : budget.otherCurrencies)
        out << "  "
            << tr("also planned %1, spent %2 (not converted)")
                   .arg(money(other.amounts.plannedCents, other.currency),
                        money(other.amounts.spentCents, other.currency))
            << '\n';
}

} // namespace kith::cli
