#include "Filter.h"

#include "Sql.h"

namespace kith {

void Filter::where(const QString &condition, const QVariantList &values)
{
    m_conditions.append(condition);
    m_values.append(values);
}

void Filter::matching(EntityKind kind, const QString &idColumn, const QString &text,
                      const QString &nameColumn)
{
    const QString query = sql::ftsPrefixQuery(text);
    const QString typed = text.trimmed();
    if (typed.isEmpty())
        return;
    if (!nameColumn.isEmpty() && typed.size() == 1 && typed.at(0).isLetterOrNumber()) {
        // LIKE ignores ASCII case and, with a constant prefix, searches the name's index.
        where(nameColumn + QStringLiteral(" LIKE ?"), {typed + QLatin1Char('%')});
        return;
    }
    if (query.isEmpty()) {
        // Only punctuation typed: nothing can match, rather than everything.
        where(QStringLiteral("0"));
        return;
    }
    where(idColumn + QStringLiteral(" IN (") + searchHits(kind) + QLatin1Char(')'), {query});
}

void Filter::taggedWithAll(TagTarget target, const QString &idColumn, const QStringList &tags)
{
    for (const QString &tag : tags) {
        where(QStringLiteral("%1 IN (SELECT l.%2 FROM %3 l JOIN tag t ON t.id = l.tag_id "
                             "WHERE t.name = ?)")
                  .arg(idColumn, tagLinks::column(target), tagLinks::table(target)),
              {tag.simplified()});
    }
}

QString searchHits(EntityKind kind)
{
    // E-mails and roles lead to their person, sessions to their event: only those rows need
    // a lookup, by primary key.
    QString hit;
    QString codes;
    switch (kind) {
    case EntityKind::Person:
        hit = QStringLiteral("CASE s.rowid % 16 WHEN 1 THEN s.rowid / 16 "
                             "WHEN 2 THEN (SELECT e.person_id FROM person_email e "
                             "WHERE e.id = s.rowid / 16) "
                             "ELSE (SELECT r.person_id FROM role r WHERE r.id = s.rowid / 16) END");
        codes = QStringLiteral("1, 2, 3");
        break;
    case EntityKind::Event:
        hit = QStringLiteral("CASE s.rowid % 16 WHEN 6 THEN s.rowid / 16 "
                             "ELSE (SELECT x.event_id FROM event_session x "
                             "WHERE x.id = s.rowid / 16) END");
        codes = QStringLiteral("6, 10");
        break;
    case EntityKind::Organization:
        codes = QStringLiteral("4");
        break;
    case EntityKind::Group:
        codes = QStringLiteral("5");
        break;
    case EntityKind::Recommendation:
        codes = QStringLiteral("7");
        break;
    case EntityKind::Interaction:
        codes = QStringLiteral("8");
        break;
    case EntityKind::Membership:
        codes = QStringLiteral("9");
        break;
    default:
        return QStringLiteral("SELECT NULL WHERE 0 AND ? IS NULL"); // nothing indexes it
    }
    if (hit.isEmpty())
        hit = QStringLiteral("s.rowid / 16");
    return QStringLiteral("SELECT %1 FROM search_index s WHERE search_index MATCH ? "
                          "AND s.rowid % 16 IN (%2)")
        .arg(hit, codes);
}

QString Filter::sql() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE (") + m_conditions.join(QStringLiteral(") AND (")) +
           QLatin1Char(')');
}

void Filter::bindTo(Query &query) const
{
    for (const QVariant &value : m_values)
        query.bind(value);
}

QString Page::sql() const
{
    if (limit < 0 && offset <= 0)
        return {};
    return QStringLiteral(" LIMIT %1 OFFSET %2").arg(limit < 0 ? -1 : limit).arg(qMax(0, offset));
}

} // namespace kith
