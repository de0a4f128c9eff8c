#pragma once

#include "common/Result.h"
#include "model/Common.h"
#include "model/EntityKind.h"

namespace kith {

class Database;

// One record found by the global search (Ctrl+K), ready to show as two lines.
struct SearchHit
{
    EntityKind kind = EntityKind::Person;
    Id id = 0;
    QString title;    // the record's name: "Zoë Garcia", "ALA Annual 2026"
    QString subtitle; // what tells it apart: "Archivist · Denver Public Library"
    // bm25 relevance, lower is better. Records whose name matches come first, then records
    // that match elsewhere; each part is sorted by rank.
    double rank = 0;
};

// Searches every kind of record through the full-text index, as the user types: every word
// is a prefix, accents and case do not matter, and names count more than other text.
class Search
{
public:
    explicit Search(const Database &db)
        : m_db(db)
    {}

    // Each record at most once. Empty text (or text without a letter or digit) finds nothing.
    Result<QList<SearchHit>> search(const QString &text, int limit = 50,
                                    std::optional<EntityKind> kind = std::nullopt) const;

private:
    const Database &m_db;
};

} // namespace kith
