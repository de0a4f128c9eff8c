#include "Search.h"

#include "Database.h"
#include "SearchLabels.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace kith {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Search", text);
}

// How many of the newest records that match outside their name are ranked. See search().
constexpr int bodyCandidates = 400;

// One number per record, for spotting the same record twice.
qint64 recordKey(const SearchHit &hit)
{
    return hit.id * 16 + qint64(hit.kind);
}

// Index rows matching `match`, as hits without labels, best first. `order` is a fixed
// ORDER BY chosen in code.
Result<QList<SearchHit>> matches(const Database &db, const QString &match,
                                 std::optional<EntityKind> kind, const QString &order, int limit)
{
    QString statement = QStringLiteral("SELECT kind, entity_id, bm25(search_index, 0, 0, 10, 1) "
                                       "FROM search_index WHERE search_index MATCH ?");
    if (kind)
        statement += QStringLiteral(" AND kind = ?");
    statement += order + QStringLiteral(" LIMIT %1").arg(limit);
    Query q(db, statement);
    q.bind(match);
    if (kind)
        q.bind(enumKey(*kind));
    if (Status status = q.exec(tr("Searching")); !status)
        return status.error();
    QList<SearchHit> hits;
    while (q.next()) {
        if (std::optional<EntityKind> hitKind = enumFromKey<EntityKind>(q.string(0)))
            hits.append({*hitKind, q.integer(1), {}, {}, q.value(2).toDouble()});
    }
    return hits;
}

} // namespace

Result<QList<SearchHit>> Search::search(const QString &text, int limit,
                                        std::optional<EntityKind> kind) const
{
    const QString words = sql::ftsPrefixQuery(text);
    if (words.isEmpty() || limit <= 0)
        return QList<SearchHit>();

    // Names first. Each record has at most one index row with a title, so these are
    // distinct records already.
    Result<QList<SearchHit>> named = matches(m_db, QStringLiteral("{title} : (%1)").arg(words),
                                             kind, QStringLiteral(" ORDER BY 3"), limit);
    if (!named)
        return named.error();
    QList<SearchHit> hits = std::move(named).value();

    if (hits.size() < limit) {
        // Then records that match anywhere. A short prefix ("ma") matches most of a large
        // network's interaction summaries, and ranking all of them would compute a bm25
        // score for each; so only the newest candidates are ranked (FTS5 walks the doclist
        // by rowid, which grows with the record's id, and stops at the limit). The names
        // above are found in full, so this only bounds the less relevant remainder.
        Result<QList<SearchHit>> elsewhere =
            matches(m_db, words, kind, QStringLiteral(" ORDER BY rowid DESC"), bodyCandidates);
        if (!elsewhere)
            return elsewhere.error();
        std::stable_sort(elsewhere->begin(), elsewhere->end(),
                         [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
        QSet<qint64> seen;
        for (const SearchHit &hit : std::as_const(hits))
            seen.insert(recordKey(hit));
        for (const SearchHit &hit : std::as_const(*elsewhere)) {
            if (hits.size() >= limit)
                break;
            // An e-mail and a role row lead to the same person: keep the best one.
            if (!seen.contains(recordKey(hit))) {
                seen.insert(recordKey(hit));
                hits.append(hit);
            }
        }
    }

    if (Status status = searchLabels::fill(m_db, hits); !status)
        return status.error();
    return hits;
}

} // namespace kith
