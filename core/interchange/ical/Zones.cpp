#include "Zones.h"

#include <QHash>
#include <QMutex>
#include <QTimeZone>

namespace kith::ical {

namespace {

// IANA names are ASCII letters, digits and "_+-" in up to three "/"-separated parts.
bool couldBeZoneName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64 || name.front() == u'/' || name.back() == u'/' ||
        name.front() == u'-' || name.contains(u"//"))
        return false;
    for (QChar c : name) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'_' || u == u'+' || u == u'-' ||
                             u == u'/';
        if (!allowed)
            return false;
    }
    return name.count(u'/') <= 2;
}

// libical's lookup walks its list (and may read a file) every time; imports ask for the
// same few names again and again.
struct ZoneCache
{
    QMutex mutex;
    QHash<QString, icaltimezone *> zones;
};

ZoneCache &cache()
{
    static ZoneCache instance;
    return instance;
}

} // namespace

icaltimezone *builtinZone(QStringView name)
{
    if (!couldBeZoneName(name))
        return nullptr;
    ZoneCache &c = cache();
    const QMutexLocker lock(&c.mutex);
    const QString key = name.toString();
    if (const auto found = c.zones.constFind(key); found != c.zones.cend())
        return found.value();
    icaltimezone *zone = icaltimezone_get_builtin_timezone(key.toLatin1().constData());
    // Remember misses too, but not without end: a hostile file can name many zones.
    if (c.zones.size() < 2000)
        c.zones.insert(key, zone);
    return zone;
}

QString ianaName(QStringView tzid)
{
    const QStringView trimmed = tzid.trimmed();
    if (builtinZone(trimmed))
        return trimmed == u"GMT" ? QStringLiteral("UTC") : trimmed.toString();
    // A prefix path: the zone is the last two (or three, "America/Argentina/Salta") parts.
    const QList<QStringView> parts = trimmed.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype take = 3; take >= 2; --take) {
        if (parts.size() <= take)
            continue;
        QString candidate;
        for (qsizetype i = parts.size() - take; i < parts.size(); ++i) {
            if (!candidate.isEmpty())
                candidate += u'/';
            candidate += parts[i];
        }
        if (builtinZone(candidate))
            return candidate;
    }
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(trimmed.toString().toLatin1());
    if (!windows.isEmpty() && builtinZone(QString::fromLatin1(windows)))
        return QString::fromLatin1(windows);
    return {};
}

ComponentPtr zoneDefinition(const QString &ianaName)
{
    icaltimezone *zone = builtinZone(ianaName);
    if (!zone || zone == icaltimezone_get_utc_timezone())
        return nullptr;
    icalcomponent *definition = icaltimezone_get_component(zone);
    if (!definition)
        return nullptr;
    ComponentPtr copy(icalcomponent_new_clone(definition));
    icalproperty *tzid = icalcomponent_get_first_property(copy.get(), ICAL_TZID_PROPERTY);
    if (!tzid)
        return nullptr;
    icalproperty_set_tzid(tzid, ianaName.toLatin1().constData());
    return copy;
}

QString utcOffsetId(int offsetSeconds)
{
    if (offsetSeconds == 0)
        return QStringLiteral("UTC");
    const int minutes = (offsetSeconds < 0 ? -offsetSeconds : offsetSeconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(QChar(offsetSeconds < 0 ? u'-' : u'+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace kith::ical
