#include "SearchLabels.h"

#include "Database.h"
#include "Sql.h"

#include <QCoreApplication>
#include <QHash>

namespace kith::searchLabels {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::Search", text);
}

struct Label
{
    QString title;
    QString subtitle;
};

// "Archivist · Denver Public Library", leaving out empty parts.
QString joined(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QStringLiteral(" · "));
}

// The start of a long text on one line.
QString excerpt(const QString &text)
{
    constexpr qsizetype maxLength = 100;
    const QString line = text.simplified();
    if (line.size() <= maxLength)
        return line;
    return line.left(maxLength - 1).trimmed() + QChar(0x2026);
}

QString isoDate(const QVariant &value)
{
    return sql::toDate(value).toString(Qt::ISODate);
}

// Each query selects the record's id first; `%1` takes the list of ids (integers only).
QString statementFor(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Person:
        return QStringLiteral(
            "SELECT p.id, p.display_name, cr.title, co.name, p.headline FROM person p "
            "LEFT JOIN role cr ON cr.id = (SELECT r.id FROM role r WHERE r.person_id = p.id "
            "AND r.end_date IS NULL ORDER BY r.start_date DESC, r.id DESC LIMIT 1) "
            "LEFT JOIN organization co ON co.id = cr.organization_id WHERE p.id IN (%1)");
    case EntityKind::Organization:
        return QStringLiteral("SELECT id, name, kind, city FROM organization WHERE id IN (%1)");
    case EntityKind::Group:
        return QStringLiteral("SELECT id, name, platform FROM online_group WHERE id IN (%1)");
    case EntityKind::Event:
        return QStringLiteral("SELECT id, name, start_date, city FROM event WHERE id IN (%1)");
    case EntityKind::Recommendation:
        return QStringLiteral("SELECT r.id, r.direction, p.display_name, r.body, r.context "
                              "FROM recommendation r JOIN person p ON p.id = r.person_id "
                              "WHERE r.id IN (%1)");
    case EntityKind::Interaction:
        return QStringLiteral(
            "SELECT i.id, i.summary, i.kind, i.occurred_on, (SELECT group_concat(name, ', ') FROM "
            "(SELECT p.display_name AS name FROM interaction_person ip JOIN person p "
            "ON p.id = ip.person_id WHERE ip.interaction_id = i.id ORDER BY p.display_name "
            "COLLATE NOCASE)) FROM interaction i WHERE i.id IN (%1)");
    case EntityKind::Membership:
        return QStringLiteral("SELECT m.id, o.name, m.role, p.display_name FROM membership m "
                              "JOIN organization o ON o.id = m.organization_id "
                              "LEFT JOIN person p ON p.id = m.person_id WHERE m.id IN (%1)");
    case EntityKind::Tag:
    case EntityKind::Setting:
        break;
    }
    return {};
}

Label labelFrom(EntityKind kind, const Query &q)
{
    switch (kind) {
    case EntityKind::Person: {
        const QString job = joined({q.string(2), q.string(3)});
        // Without a current job, the headline still says who they are.
        return {q.string(1), job.isEmpty() ? q.string(4).simplified() : job};
    }
    case EntityKind::Organization:
        return {q.string(1),
                joined({enumLabel(sql::toEnum(q.value(2), OrganizationKind::Other)), q.string(3)})};
    case EntityKind::Group:
        return {q.string(1), enumLabel(sql::toEnum(q.value(2), GroupPlatform::Other))};
    case EntityKind::Event:
        return {q.string(1), joined({isoDate(q.value(2)), q.string(3)})};
    case EntityKind::Recommendation: {
        const bool given = sql::toEnum(q.value(1), RecommendationDirection::Received) ==
                           RecommendationDirection::Given;
        const QString title = given ? tr("Recommendation to %1") : tr("Recommendation from %1");
        const QString body = excerpt(q.string(3));
        return {title.arg(q.string(2)), body.isEmpty() ? q.string(4) : body};
    }
    case EntityKind::Interaction: {
        const QString summary = excerpt(q.string(1));
        return {summary.isEmpty() ? enumLabel(sql::toEnum(q.value(2), InteractionKind::Met))
                                  : summary,
                joined({isoDate(q.value(3)), q.string(4)})};
    }
    case EntityKind::Membership:
        return {q.string(1), joined({q.string(2), q.string(3)})};
    case EntityKind::Tag:
    case EntityKind::Setting:
        break;
    }
    return {};
}

} // namespace

Status fill(const Database &db, QList<SearchHit> &hits)
{
    QHash<int, QStringList> idsByKind;
    for (const SearchHit &hit : std::as_const(hits))
        idsByKind[int(hit.kind)].append(QString::number(hit.id));

    QHash<int, QHash<Id, Label>> labels;
    for (auto it = idsByKind.cbegin(); it != idsByKind.cend(); ++it) {
        const auto kind = EntityKind(it.key());
        const QString statement = statementFor(kind);
        if (statement.isEmpty())
            continue;
        Query q(db, statement.arg(it.value().join(QLatin1Char(','))));
        if (Status status = q.exec(tr("Searching")); !status)
            return status;
        QHash<Id, Label> &ofKind = labels[it.key()];
        while (q.next())
            ofKind.insert(q.integer(0), labelFrom(kind, q));
    }

    QList<SearchHit> labelled;
    labelled.reserve(hits.size());
    for (SearchHit &hit : hits) {
        const QHash<Id, Label> ofKind = labels.value(int(hit.kind));
        const auto found = ofKind.constFind(hit.id);
        if (found == ofKind.cend())
            continue;
        hit.title = found->title;
        hit.subtitle = found->subtitle;
        labelled.append(std::move(hit));
    }
    hits = std::move(labelled);
    return {};
}

} // namespace kith::searchLabels
