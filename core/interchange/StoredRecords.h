#pragma once

#include "common/Result.h"
#include "model/Event.h"
#include "model/Recommendation.h"

#include <QHash>
#include <QSet>

namespace kith {
class Database;
}

namespace kith::interchange {

// The lookups an import needs besides people, each read with one query.

// Organization ids by organizationKey(name): the first stored organization of each name.
Result<QHash<QString, Id>> loadOrganizationIds(const Database &db);
// How organizations are matched by name: trimmed and case-folded, as
// OrganizationStore::findByName compares them.
QString organizationKey(QStringView name);

// recommendationKey() of every stored recommendation.
Result<QSet<QString>> loadRecommendationKeys(const Database &db);
// A recommendation as a re-import recognises it: whose (`owner`, a person id or a batch
// token), which direction, which day, and the text with white space and case ignored.
QString recommendationKey(const QString &owner, RecommendationDirection direction,
                          const QDate &completedOn, const QString &text);

// Calendar UIDs of stored interactions, and the UIDs this database's own iCalendar export
// gives their follow-ups.
Result<QSet<QString>> loadInteractionUids(const Database &db);

// Stored events with the fields an imported event can bring (no costs, deadlines, people).
struct StoredEvents
{
    QList<Event> events;
    QHash<QString, qsizetype> byUid;
    QHash<QString, qsizetype> byNameAndDay; // eventKey()

    static Result<StoredEvents> load(const Database &db);
};
QString eventKey(const QString &name, const QDate &start);
// Whether `incoming` would change any field of `stored` that a file can carry.
bool eventDiffers(const Event &stored, const Event &incoming);
// Copies onto `stored` the fields a file carries, where the file has them.
void applyEventFields(Event &stored, const Event &incoming);

} // namespace kith::interchange
