#pragma once

#include "CsvWriter.h"
#include "common/Result.h"

namespace kith {
class Database;
}

// One function per list of CsvExport, each writing its header and rows.
namespace kith::csv::lists {

Status people(const Database &db, CsvWriter &out);
Status organizations(const Database &db, CsvWriter &out);
Status groups(const Database &db, CsvWriter &out);
Status memberships(const Database &db, CsvWriter &out);
Status events(const Database &db, CsvWriter &out);
Status recommendations(const Database &db, CsvWriter &out);
Status interactions(const Database &db, CsvWriter &out);

} // namespace kith::csv::lists
