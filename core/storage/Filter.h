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
    // Rows matching every word of `text` as a prefix, through the search index.
    void matching(EntityKind kind, const QString &idColumn, const QString &text);
    // Rows carrying every one of `tags`.
    void taggedWithAll(TagTarget target, const QString &idColumn, const QStringList &tags);

    QString sql() const; // " WHERE …" or empty
    void bindTo(Query &query) const;

private:
    QStringList m_conditions;
    QVariantList m_values;
};

// Paging for list calls: `limit` < 0 means every row.
struct Page
{
    int offset = 0;
    int limit = -1;

    QString sql() const; // " LIMIT n OFFSET m" with the numbers written in (integers only)
};

} // namespace kith
