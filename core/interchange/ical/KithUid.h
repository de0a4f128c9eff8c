#pragma once

#include "common/Result.h"
#include "model/Common.h"

#include <optional>

namespace kith {
class Database;
}

// The UIDs Kith gives what it exports, so that a calendar app that imports the file again
// updates its copies instead of adding new ones. Records that came from a calendar keep the
// UID they came with; the others get one made of the database's own id (a QUuid kept in
// the `setting` table), their kind and their row id:
//   event-42@<database uid>.kith        an event
//   deadline-42-1@<database uid>.kith   the second deadline (index 1) of event 42
//   followup-17@<database uid>.kith     the open follow-up of interaction 17
// The import engine can tell its own exports apart with parseKithUid(): a UID whose
// databaseUid is this database's (databaseUid()) names row `id` of this database.
namespace kith::ical {

enum class KithUidKind
{
    Event,
    Deadline,
    FollowUp
};

struct KithUid
{
    KithUidKind kind = KithUidKind::Event;
    Id id = 0;     // the event or interaction
    int index = 0; // the deadline's index in its event's list; 0 for the others
    QString databaseUid;

    friend bool operator==(const KithUid &, const KithUid &) = default;
};

QString makeUid(const KithUid &uid);
std::optional<KithUid> parseKithUid(QStringView uid);

inline constexpr QLatin1String databaseUidKey{"database_uid"};

// This database's id for UIDs, created (and stored) on first use. A read-only database that
// has none gets one derived from its path, which stays the same from one export to the next.
Result<QString> databaseUid(Database &db);

} // namespace kith::ical
