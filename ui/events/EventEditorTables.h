#pragma once

#include "common/Error.h"
#include "model/Event.h"

class QWidget;

namespace kith::ui {

class RowTable;
class Session;

// The four lists inside the event editor — cost lines, deadlines, sessions to attend, and
// companions and people to meet — each a RowTable, filled from and read back into the
// event's lists.
namespace eventtables {

RowTable *costs(QWidget *parent);
void loadCosts(RowTable *table, const QList<CostLine> &costs);
// A line with no actual amount (0) is not paid yet.
QList<CostLine> readCosts(const RowTable *table);

RowTable *deadlines(QWidget *parent);
void loadDeadlines(RowTable *table, const QList<Deadline> &deadlines);
QList<Deadline> readDeadlines(const RowTable *table);

// Title, date, time (typed, "14:30") and notes.
RowTable *sessions(QWidget *parent);
void loadSessions(RowTable *table, const QList<EventSession> &sessions);
QList<EventSession> readSessions(const RowTable *table);
// Problems with the typed times, which readSessions() cannot represent.
QList<FieldError> checkSessionTimes(const RowTable *table);

RowTable *participants(Session &session, QWidget *parent);
void loadParticipants(Session &session, RowTable *table,
                      const QList<EventParticipant> &participants);
// Rows whose person field is empty are left out.
QList<EventParticipant> readParticipants(const RowTable *table);
// Rows whose typed name was not picked from the suggestions.
QList<FieldError> checkParticipants(const RowTable *table);

} // namespace eventtables
} // namespace kith::ui
