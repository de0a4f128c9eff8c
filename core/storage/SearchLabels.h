#pragma once

#include "Search.h"

namespace kith {

// The two lines a search hit shows, read from the records themselves (the index holds
// only what is searched, not what is displayed).
namespace searchLabels {

// Sets the title and subtitle of every hit, reading each kind of record with one query.
// Hits whose record has gone since the index was read are dropped.
Status fill(const Database &db, QList<SearchHit> &hits);

} // namespace searchLabels

} // namespace kith
