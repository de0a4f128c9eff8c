#pragma once

#include "common/Result.h"
#include "model/Person.h"

namespace kith {
class Database;
}

namespace kith::interchange {

// Every person, in id order, with everything PersonStore::get() gives them (e-mails, phones,
// profiles, roles with their organization's name, relationship kinds, tags, photo), for
// exporters. Each table is read once, in person order, and stitched in memory: 100,000
// people take a fraction of a second where 100,000 get() calls take minutes. The reads
// share one snapshot of the database.
Result<QList<Person>> loadAllPeople(const Database &db);

} // namespace kith::interchange
