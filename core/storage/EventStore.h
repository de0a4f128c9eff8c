#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/Event.h"

namespace kith {

class Database;

struct EventFilter
{
    QString text;
    QStringList tags;
    std::optional<EventStatus> status;
    std::optional<EventKind> kind;
    std::optional<Id> organizerId;
    std::optional<Id> participantId; // events this person goes to or is to be met at
    QDate from;                      // events overlapping [from, to], either end open
    QDate to;
    QList<Id> ids;
};

enum class EventSort
{
    Start,
    Name,
    Status,
    PlannedCost,
    Updated
};

struct EventQuery
{
    EventFilter filter;
    EventSort sort = EventSort::Start;
    Qt::SortOrder order = Qt::AscendingOrder;
    Page page;
};

struct EventSummary
{
    Id id = 0;
    QString name;
    EventKind kind = EventKind::Conference;
    EventFormat format = EventFormat::InPerson;
    EventStatus status = EventStatus::Considering;
    QDate startDate;
    QDate endDate;
    QString location;
    QString organizer;
    QString currency;
    qint64 plannedCents = 0;
    qint64 actualCents = 0;
    QDate nextDeadline; // earliest deadline not done; invalid when none
};

// Events with their cost lines, deadlines, sessions and participants.
//
// Delete rule: removing an event removes its costs, deadlines, sessions and participant
// list; people stay, and interactions at it and people met there keep the rest of their
// record with the event cleared.
class EventStore
{
public:
    explicit EventStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Event &event);
    Result<Event> get(Id id) const;
    Status update(const Event &event);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);

    Result<QList<EventSummary>> list(const EventQuery &query) const;
    Result<qint64> count(const EventFilter &filter) const;
    // The row `id` has in the list `query` describes (paging ignored); empty when filtered out.
    Result<std::optional<qint64>> position(const EventQuery &query, Id id) const;

    Status setDeadlineDone(Id eventId, qsizetype deadlineIndex, bool done);
    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

private:
    Database &m_db;
};

} // namespace kith
