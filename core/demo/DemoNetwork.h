#pragma once

#include "common/Result.h"

#include <QDate>

namespace kith {

class Database;

// An invented network in the spirit of Kith's reference user: a newly graduated librarian
// in Denver, job-searching across the country, with a retired school librarian as mentor,
// ALA and ACRL memberships, a first conference to plan and a year of contacts. Every date
// is relative to `today`, so the demo always has something due this week and an event
// ahead.
namespace demo {

// Fills an empty database in one transaction. Refuses (Conflict) a database that already
// holds people, organizations, groups or events.
Status populate(Database &db, const QDate &today);

// Whether the database holds none of the records the demo would add.
Result<bool> isEmpty(const Database &db);

} // namespace demo

} // namespace kith
