#pragma once

#include "Filter.h"
#include "common/Result.h"
#include "model/Interaction.h"

namespace kith {

class Database;

struct InteractionFilter
{
    QString text;
    QStringList tags;
    std::optional<InteractionKind> kind;
    std::optional<Id> personId;
    std::optional<Id> eventId;
    QDate from; // occurred within [from, to], either end open
    QDate to;
    bool openFollowUpsOnly = false;
    QList<Id> ids;
};

enum class InteractionSort
{
    Date,
    Kind,
    FollowUp,
    Updated
};

struct InteractionQuery
{
    InteractionFilter filter;
    InteractionSort sort = InteractionSort::Date;
    Qt::SortOrder order = Qt::DescendingOrder;
    Page page;
};

struct InteractionSummary
{
    Id id = 0;
    QDate date;
    InteractionKind kind = InteractionKind::Met;
    QString people; // names, comma-separated
    QString event;
    QString summary;
    QDate followUpOn;
    QDate followUpDoneOn;
};

// Interactions with the people who took part.
//
// Delete rule: removing an interaction touches nothing else. Removing one of its people
// keeps it for the others; an interaction left with nobody goes with its last person.
class InteractionStore
{
public:
    explicit InteractionStore(Database &db)
        : m_db(db)
    {}

    Result<Id> create(const Interaction &interaction);
    Result<Interaction> get(Id id) const;
    Status update(const Interaction &interaction);
    Status remove(Id id);
    Status remove(const QList<Id> &ids);

    Result<QList<InteractionSummary>> list(const InteractionQuery &query) const;
    Result<qint64> count(const InteractionFilter &filter) const;
    // Where `id` sits in the filtered, sorted list (0-based), or nothing when filtered out.
    Result<std::optional<qint64>> position(const InteractionQuery &query, Id id) const;

    Status markFollowUpDone(Id id, const QDate &doneOn);
    Status snoozeFollowUp(Id id, const QDate &newDate);
    Status addTag(const QList<Id> &ids, const QString &tag);
    Status removeTag(const QList<Id> &ids, const QString &tag);

private:
    Database &m_db;
};

} // namespace kith
