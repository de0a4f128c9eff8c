#pragma once

#include "insights/Agenda.h"
#include "insights/Budget.h"
#include "insights/KeepInTouch.h"

#include <QJsonObject>
#include <QTextStream>

namespace kith::cli {

// Everything `kith agenda` reports, gathered once and then printed as text or JSON.
struct AgendaReport
{
    QDate today;
    int days = 0;
    QList<insights::FollowUpDue> followUps;
    QList<insights::CadenceDue> pastCadence;
    QList<insights::RenewalDue> renewals;
    QList<insights::DeadlineDue> deadlines;
    QList<insights::UpcomingEvent> upcomingEvents;
    insights::FiscalYearSpending budget;

    static Result<AgendaReport> build(const Database &db, const QDate &today, int days);
    QJsonObject toJson() const;
    void print(QTextStream &out) const;
};

} // namespace kith::cli
