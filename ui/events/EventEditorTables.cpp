#include "EventEditorTables.h"

#include "common/Error.h"
#include "widgets/Lookups.h"
#include "widgets/RecordPicker.h"
#include "widgets/RowTable.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTableWidget>

namespace kith::ui::eventtables {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ui::EventEditor", text);
}

template <typename E>
QList<std::pair<QString, QString>> choicesOf()
{
    QList<std::pair<QString, QString>> choices;
    for (E value : enumValues<E>())
        choices.append({enumKey(value), enumLabel(value)});
    return choices;
}

template <typename E>
E choiceAt(const RowTable *table, int row, int column, E fallback)
{
    return enumFromKey<E>(table->value(row, column).toString()).value_or(fallback);
}

// Session columns.
enum
{
    SessionTitle,
    SessionDate,
    SessionTime,
    SessionNotes
};

// 24-hour first, as most people type it; then 12-hour and the locale's own short form.
// Empty text is no time (an invalid QTime); text that is no time at all is nullopt.
std::optional<QTime> parseTime(const QString &text)
{
    const QString typed = text.trimmed().toUpper();
    if (typed.isEmpty())
        return QTime();
    for (const char *format : {"H:mm", "H.mm", "h:mm AP", "h:mmAP", "h AP", "hAP"}) {
        if (const QTime time = QTime::fromString(typed, QLatin1String(format)); time.isValid())
            return time;
    }
    if (const QTime time = QLocale().toTime(typed, QLocale::ShortFormat); time.isValid())
        return time;
    return std::nullopt;
}

RecordPicker *pickerAt(const RowTable *table, int row)
{
    return qobject_cast<RecordPicker *>(table->table()->cellWidget(row, 0));
}

} // namespace

RowTable *costs(QWidget *parent)
{
    return new RowTable(
        QStringLiteral("costs"),
        {{tr("Category"), RowTable::Column::Choice, choicesOf<CostCategory>(), {}, 120},
         {tr("Planned"), RowTable::Column::Money, {}, {}, 110},
         {tr("Actual"), RowTable::Column::Money, {}, {}, 110},
         {tr("Paid by"), RowTable::Column::Choice, choicesOf<FundingSource>(), {}, 110},
         {tr("Note"), RowTable::Column::Text, {}, {}, 0}},
        parent);
}

void loadCosts(RowTable *table, const QList<CostLine> &costs)
{
    for (const CostLine &line : costs)
        table->addRow({enumKey(line.category), line.plannedCents, line.actualCents.value_or(0),
                       enumKey(line.source), line.note});
}

QList<CostLine> readCosts(const RowTable *table)
{
    QList<CostLine> lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        CostLine line;
        line.category = choiceAt(table, row, 0, CostCategory::Other);
        line.plannedCents = table->value(row, 1).toLongLong();
        if (const qint64 actual = table->value(row, 2).toLongLong(); actual != 0)
            line.actualCents = actual;
        line.source = choiceAt(table, row, 3, FundingSource::Self);
        line.note = table->value(row, 4).toString();
        lines.append(line);
    }
    return lines;
}

RowTable *deadlines(QWidget *parent)
{
    return new RowTable(
        QStringLiteral("deadlines"),
        {{tr("Deadline"), RowTable::Column::Choice, choicesOf<DeadlineKind>(), {}, 170},
         {tr("Date"), RowTable::Column::Date, {}, {}, 170},
         {tr("Done"), RowTable::Column::Check, {}, {}, 50},
         {tr("Note"), RowTable::Column::Text, {}, {}, 0}},
        parent);
}

void loadDeadlines(RowTable *table, const QList<Deadline> &deadlines)
{
    for (const Deadline &deadline : deadlines)
        table->addRow({enumKey(deadline.kind), deadline.due, deadline.done, deadline.note});
}

QList<Deadline> readDeadlines(const RowTable *table)
{
    QList<Deadline> deadlines;
    for (int row = 0; row < table->rowCount(); ++row)
        deadlines.append({choiceAt(table, row, 0, DeadlineKind::Other),
                          table->value(row, 1).toDate(), table->value(row, 2).toBool(),
                          table->value(row, 3).toString()});
    return deadlines;
}

RowTable *sessions(QWidget *parent)
{
    return new RowTable(QStringLiteral("sessions"),
                        {{tr("Session"), RowTable::Column::Text, {}, {}, 0},
                         {tr("Date"), RowTable::Column::Date, {}, {}, 170},
                         {tr("Time"), RowTable::Column::Text, {}, {}, 70},
                         {tr("Notes"), RowTable::Column::Text, {}, {}, 140}},
                        parent);
}

void loadSessions(RowTable *table, const QList<EventSession> &sessions)
{
    for (const EventSession &session : sessions) {
        const QDate date = session.startsAt.date();
        const QTime time = session.startsAt.time();
        // Midnight is how a session with a day but no time is kept.
        const QString timeText = session.startsAt.isValid() && time != QTime(0, 0)
                                     ? time.toString(QStringLiteral("H:mm"))
                                     : QString();
        table->addRow({session.title, date, timeText, session.notes});
    }
}

QList<EventSession> readSessions(const RowTable *table)
{
    QList<EventSession> sessions;
    for (int row = 0; row < table->rowCount(); ++row) {
        EventSession session;
        session.title = table->value(row, SessionTitle).toString();
        const QDate date = table->value(row, SessionDate).toDate();
        const QTime typed = parseTime(table->value(row, SessionTime).toString()).value_or(QTime());
        const QTime time = typed.isValid() ? typed : QTime(0, 0);
        if (date.isValid())
            session.startsAt = QDateTime(date, time);
        session.notes = table->value(row, SessionNotes).toString();
        sessions.append(session);
    }
    return sessions;
}

QList<FieldError> checkSessionTimes(const RowTable *table)
{
    QList<FieldError> problems;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString text = table->value(row, SessionTime).toString();
        const QString field = QStringLiteral("sessions[%1].time").arg(row);
        if (!parseTime(text))
            problems.append({field, FieldProblem::Malformed,
                             tr("Session %1: write the time as 14:30.").arg(row + 1)});
        else if (!text.isEmpty() && !table->value(row, SessionDate).toDate().isValid())
            problems.append(
                {field, FieldProblem::Empty, tr("Session %1: a time needs a date.").arg(row + 1)});
    }
    return problems;
}

RowTable *participants(Session &session, QWidget *parent)
{
    const QList<std::pair<QString, QString>> roles = choicesOf<ParticipantRole>();
    return new RowTable(QStringLiteral("participants"),
                        {{tr("Person"), RowTable::Column::Record, {}, lookups::people(session), 0},
                         {tr("Role"), RowTable::Column::Choice, roles, {}, 140},
                         {tr("Met"), RowTable::Column::Check, {}, {}, 50}},
                        parent);
}

void loadParticipants(Session &session, RowTable *table,
                      const QList<EventParticipant> &participants)
{
    for (const EventParticipant &p : participants)
        table->addRow(
            {QVariantList{p.personId, personName(session, p.personId)}, enumKey(p.role), p.met});
}

QList<EventParticipant> readParticipants(const RowTable *table)
{
    QList<EventParticipant> participants;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QVariant person = table->value(row, 0);
        if (person.isNull())
            continue;
        participants.append({person.toLongLong(), choiceAt(table, row, 1, ParticipantRole::ToMeet),
                             table->value(row, 2).toBool()});
    }
    return participants;
}

QList<FieldError> checkParticipants(const RowTable *table)
{
    QList<FieldError> problems;
    for (int row = 0; row < table->rowCount(); ++row) {
        const RecordPicker *picker = pickerAt(table, row);
        if (picker && !picker->isResolved())
            problems.append({QStringLiteral("participants[%1]").arg(row),
                             FieldProblem::MissingReference,
                             tr("Row %1: pick the person from the suggestions, or clear the row.")
                                 .arg(row + 1)});
    }
    return problems;
}

} // namespace kith::ui::eventtables
