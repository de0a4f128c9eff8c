#include "Lookups.h"

#include "session/Session.h"
#include "storage/Sql.h"

namespace kith::ui {

namespace {

constexpr int maxSuggestions = 20;

// Records of one table whose search-index entry matches the typed words, names first.
RecordPicker::Lookup lookupIn(Session &session, const char *kind, const char *table,
                              const char *nameColumn)
{
    const QString statement =
        QStringLiteral("SELECT t.id, t.%1 FROM %2 t WHERE t.id IN (SELECT entity_id FROM "
                       "search_index WHERE search_index MATCH ? AND kind = '%3') "
                       "ORDER BY t.%1 COLLATE NOCASE LIMIT %4")
            .arg(QLatin1String(nameColumn), QLatin1String(table), QLatin1String(kind))
            .arg(maxSuggestions);
    return [&session, statement](const QString &text) {
        QList<RecordPicker::Choice> choices;
        const QString match = sql::ftsPrefixQuery(text);
        if (match.isEmpty())
            return choices;
        Query query(session.db(), statement);
        query.bind(match);
        if (query.exec()) {
            while (query.next())
                choices.append({query.integer(0), query.string(1)});
        }
        return choices;
    };
}

QString nameOf(Session &session, const char *table, const char *column, std::optional<Id> id)
{
    if (!id)
        return {};
    Query query(session.db(), QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                                  .arg(QLatin1String(column), QLatin1String(table)));
    query.bind(*id);
    return query.exec() && query.next() ? query.string(0) : QString();
}

} // namespace

namespace lookups {

RecordPicker::Lookup people(Session &session)
{
    return lookupIn(session, "person", "person", "display_name");
}

RecordPicker::Lookup organizations(Session &session)
{
    return lookupIn(session, "organization", "organization", "name");
}

RecordPicker::Lookup events(Session &session)
{
    return lookupIn(session, "event", "event", "name");
}

RecordPicker::Lookup groups(Session &session)
{
    return lookupIn(session, "group", "online_group", "name");
}

} // namespace lookups

QStringList knownTagNames(Session &session)
{
    QStringList names;
    Query query(session.db(), QStringLiteral("SELECT name FROM tag ORDER BY name COLLATE NOCASE"));
    if (query.exec()) {
        while (query.next())
            names.append(query.string(0));
    }
    return names;
}

QString personName(Session &session, std::optional<Id> id)
{
    return nameOf(session, "person", "display_name", id);
}

QString organizationName(Session &session, std::optional<Id> id)
{
    return nameOf(session, "organization", "name", id);
}

QString eventName(Session &session, std::optional<Id> id)
{
    return nameOf(session, "event", "name", id);
}

QString groupName(Session &session, std::optional<Id> id)
{
    return nameOf(session, "online_group", "name", id);
}

} // namespace kith::ui
