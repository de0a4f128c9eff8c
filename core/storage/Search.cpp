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

// How many candidates each part of a search ranks; see search() for why there is a bound.
constexpr int nameCandidates = 1000;
constexpr int otherCandidates = 400;

// One number per record, for spotting the same record twice.
qint64 recordKey(const SearchHit &hit)
{
    return hit.id * 16 + qint64(hit.kind);
}

// The index rows of each kind, by the code in the low four bits of their rowid (rowid =
// source id * 16 + code, see 0002_search.sql). Filtering on the rowid spares FTS5 reading
// the stored `kind` of every candidate: with a broad prefix that took up to a second.
QString rowCodes(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return QStringLiteral("1,2,3"); // person, e-mail, role
    case EntityKind::Organization:
        return QStringLiteral("4");
    case EntityKind::Group:
        return QStringLiteral("5");
    case EntityKind::Event:
        return QStringLiteral("6,10"); // event, session
    case EntityKind::Recommendation:
        return QStringLiteral("7");
    case EntityKind::Interaction:
        return QStringLiteral("8");
    case EntityKind::Membership:
        return QStringLiteral("9");
    case EntityKind::Tag:
    case EntityKind::Setting:
        break;
    }
    return {};
}

// The newest `candidates` index rows matching `match`, best first, as hits without labels.
Result<QList<SearchHit>> newestMatches(const Database &db, const QString &match,
                                       std::optional<EntityKind> kind, int candidates)
{
    QString statement = QStringLiteral("SELECT kind, entity_id, bm25(search_index, 0, 0, 10, 1) "
                                       "FROM search_index WHERE search_index MATCH ?");
    if (kind)
        statement += QStringLiteral(" AND (rowid & 15) IN (%1)").arg(rowCodes(*kind));
    statement += QStringLiteral(" ORDER BY rowid DESC LIMIT %1").arg(candidates);
    Query q(db, statement);
    q.bind(match);
    if (Status status = q.exec(tr("Searching")); !status)
        return status.error();
    QList<SearchHit> hits;
    while (q.next()) {
        if (std::optional<EntityKind> hitKind = enumFromKey<EntityKind>(q.string(0)))
            hits.append({*hitKind, q.integer(1), {}, {}, q.value(2).toDouble()});
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const SearchHit &a, const SearchHit &b) { return a.rank < b.rank; });
    return hits;
}

} // namespace

Result<QList<SearchHit>> Search::search(const QString &text, int limit,
                                        std::optional<EntityKind> kind) const
{
    const QString words = sql::ftsPrefixQuery(text);
    if (words.isEmpty() || limit <= 0 || (kind && rowCodes(*kind).isEmpty()))
        return QList<SearchHit>();

    // Ranking costs FTS5 a lookup per row (bm25 reads each row's length). In the benchmark
    // network (100,000 people) the two letters "ma" match 155,000 index rows, mostly
    // interaction summaries, and 9,000 names: ORDER BY bm25 LIMIT 50 takes about 250 ms of
    // CPU over all of them and 25–35 ms over the names alone, where the target is a median
    // of 10 ms. So a search ranks bounded candidate sets instead, in two parts:
    //  1. Names: rows whose title matches every word. Up to `nameCandidates` matches (in
    //     the benchmark network: most prefixes of three letters, nearly all of four) all of
    //     them are ranked; beyond, the newest ones, which FTS5 finds by walking its doclist
    //     backwards.
    //  2. Only when names give fewer than `limit` records: rows matching anywhere (an
    //     e-mail, a role, a summary), the newest `otherCandidates` of them, ranked.
    // Rowids grow with record ids, so "newest" means recently added records, a fair guess
    // at what someone looks for when their two letters match thousands of records. A name
    // match always comes before a match elsewhere.
    Result<QList<SearchHit>> named =
        newestMatches(m_db, QStringLiteral("{title} : (%1)").arg(words), kind, nameCandidates);
    if (!named)
        return named.error();
    // Each record has at most one index row with a title, so these are distinct records.
    QList<SearchHit> hits = named->mid(0, limit);

    if (hits.size() < limit) {
        Result<QList<SearchHit>> elsewhere = newestMatches(m_db, words, kind, otherCandidates);
        if (!elsewhere)
            return elsewhere.error();
        QSet<qint64> seen;
        for (const SearchHit &hit : std::as_const(hits))
            seen.insert(recordKey(hit));
        for (const SearchHit &hit : std::as_const(*elsewhere)) {
            if (hits.size() >= limit)
                break;
            // An e-mail and a role row lead to the same person: the best one stands for it.
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
