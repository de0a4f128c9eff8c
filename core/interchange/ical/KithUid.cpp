#include "KithUid.h"

#include "storage/Database.h"
#include "storage/SettingsStore.h"

#include <QUuid>

namespace kith::ical {

namespace {

const QLatin1String domainSuffix(".kith");

QLatin1String prefix(KithUidKind kind)
{
    switch (kind) {
    case KithUidKind::Event:
        return QLatin1String("event-");
    case KithUidKind::Deadline:
        return QLatin1String("deadline-");
    case KithUidKind::FollowUp:
        return QLatin1String("followup-");
    }
    return {};
}

// A positive decimal number with nothing else around it.
std::optional<qint64> number(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || text.front() == u'0')
        return std::nullopt;
    qint64 value = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

QString makeUid(const KithUid &uid)
{
    QString text = prefix(uid.kind) + QString::number(uid.id);
    if (uid.kind == KithUidKind::Deadline)
        text += u'-' + QString::number(uid.index);
    return text + u'@' + uid.databaseUid + domainSuffix;
}

std::optional<KithUid> parseKithUid(QStringView uid)
{
    const qsizetype at = uid.indexOf(u'@');
    if (at < 0 || !uid.endsWith(domainSuffix))
        return std::nullopt;
    KithUid result;
    const QUuid database(uid.mid(at + 1, uid.size() - at - 1 - domainSuffix.size()));
    if (database.isNull())
        return std::nullopt;
    result.databaseUid = database.toString(QUuid::WithoutBraces);
    QStringView local = uid.left(at);
    for (KithUidKind kind : {KithUidKind::Event, KithUidKind::Deadline, KithUidKind::FollowUp}) {
        if (!local.startsWith(prefix(kind)))
            continue;
        local = local.mid(prefix(kind).size());
        result.kind = kind;
        if (kind == KithUidKind::Deadline) {
            const qsizetype dash = local.indexOf(u'-');
            if (dash < 0)
                return std::nullopt;
            const QStringView index = local.mid(dash + 1);
            if (index == u"0") {
                result.index = 0;
            } else {
                const std::optional<qint64> parsed = number(index);
                if (!parsed || *parsed > 100000)
                    return std::nullopt;
                result.index = int(*parsed);
            }
            local = local.left(dash);
        }
        const std::optional<qint64> id = number(local);
        if (!id)
            return std::nullopt;
        result.id = *id;
        return result;
    }
    return std::nullopt;
}

Result<QString> databaseUid(Database &db)
{
    SettingsStore settings(db);
    Result<QString> stored = settings.value(databaseUidKey);
    if (!stored.ok())
        return stored.error();
    if (!QUuid(*stored).isNull())
        return *stored;
    if (db.isReadOnly()) {
        const QUuid kithNamespace(QStringLiteral("6b697468-0000-4000-8000-000000000000"));
        return QUuid::createUuidV5(kithNamespace, db.path()).toString(QUuid::WithoutBraces);
    }
    const QString created = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (Status status = settings.setValue(databaseUidKey, created); !status)
        return status.error();
    return created;
}

} // namespace kith::ical
