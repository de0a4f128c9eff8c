#pragma once

#include "TagLinks.h"
#include "model/EntityKind.h"

#include <QVariantList>

namespace kith {

class Query;

// Assembles the WHERE clause of a list query from fixed SQL fragments and bound values,
// so filters combine freely while user text only ever travels as a bound value.
class Filter
{
public:
    // `condition` is SQL written in the store; each `?` in it takes the next of `values`.
    void where(const QString &condition, const QVariantList &values = {});
    // Rows matching every word of `text` as a prefix, through the search index. A single
    // character, when `nameColumn` is given, matches names starting with it instead: as a
    // prefix of every word it would match most of the index, too slow to follow typing.
    void matching(EntityKind kind, const QString &idColumn, const QString &text,
                  const QString &nameColumn = {});
    // Rows carrying every one of `tags`.
    void taggedWithAll(TagTarget target, const QString &idColumn, const QStringList &tags);

    QString sql() const; // " WHERE …" or empty
    void bindTo(Query &query) const;

private:
    QStringList m_conditions;
    QVariantList m_values;
};

// A subquery giving the ids of records of `kind` whose search-index rows match the FTS5
// expression bound to its one `?`. It reads the kind from the index row's rowid (source id
// * 16 + code, see 0002_search.sql) rather than from the stored `kind` column: a prefix
// that matches half the index then costs a walk of its doclist, not a read of every row.
QString searchHits(EntityKind kind);

// Paging for list calls: `limit` < 0 means every row.
struct Page
{
    int offset = 0;
    int limit = -1;

    QString sql() const; // " LIMIT n OFFSET m" with the numbers written in (integers only)
};

} // namespace kith
