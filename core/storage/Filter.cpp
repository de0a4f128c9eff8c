#include "Filter.h"

#include "Sql.h"

namespace kith {

void Filter::where(const QString &condition, const QVariantList &values)
{
    m_conditions.append(condition);
    m_values.append(values);
}

void Filter::matching(EntityKind kind, const QString &idColumn, const QString &text)
{
    const QString query = sql::ftsPrefixQuery(text);
    if (text.trimmed().isEmpty())
        return;
    if (query.isEmpty()) {
        // Only punctuation typed: nothing can match, rather than everything.
        where(QStringLiteral("0"));
        return;
    }
    where(QStringLiteral("%1 IN (SELECT entity_id FROM search_index WHERE search_index MATCH ? "
                         "AND kind = ?)")
              .arg(idColumn),
          {query, enumKey(kind)});
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

QString Filter::sql() const
{
    if (m_conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE (") + m_conditions.join(QStringLiteral(") AND (")) + QLatin1Char(')');
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
