#include "LocationText.h"

#include <QLocale>
#include <QSet>

namespace kith::ical {

namespace {

// Country names in English (as QLocale spells them) and the usual short forms. Two-letter
// ISO codes are left out on purpose: "CO" is Colorado far more often than Colombia.
const QSet<QString> &countries()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (int t = int(QLocale::AnyTerritory) + 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString name = QLocale::territoryToString(QLocale::Territory(t));
            if (!name.isEmpty())
                set.insert(name.toLower());
        }
        for (const char *alias :
             {"usa", "u.s.a.", "us", "u.s.", "united states of america", "uk", "u.k.", "england",
              "scotland", "wales", "northern ireland", "the netherlands", "deutschland"})
            set.insert(QString::fromLatin1(alias));
        // Also a US state, far more often meant in a calendar than the country.
        set.remove(QStringLiteral("georgia"));
        return set;
    }();
    return names;
}

bool isCountry(const QString &part)
{
    return countries().contains(part.toLower());
}

// "CO", "ON", "NSW", optionally followed by a postal code ("CO 80202", "ON M5V 2T6").
bool isRegionCode(const QString &part, QString &code)
{
    const qsizetype space = part.indexOf(u' ');
    const QString head = space < 0 ? part : part.left(space);
    if (head.size() < 2 || head.size() > 3)
        return false;
    for (QChar c : head) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    if (space >= 0) {
        bool digit = false;
        for (QChar c : QStringView(part).mid(space + 1)) {
            digit = digit || c.isDigit();
            if (!c.isLetterOrNumber() && c != u' ' && c != u'-')
                return false;
        }
        if (!digit)
            return false;
    }
    code = head;
    return true;
}

bool isPostalCode(const QString &part)
{
    bool digit = false;
    for (QChar c : part) {
        if (c.isDigit())
            digit = true;
        else if (c != u'-' && c != u' ')
            return false;
    }
    return digit;
}

// "14055 Berlin", "75001 Paris": a postal code before the city, as most of Europe writes it.
bool isPostalCity(const QString &part, QString &city)
{
    const qsizetype space = part.indexOf(u' ');
    if (space < 4)
        return false;
    for (QChar c : QStringView(part).left(space)) {
        if (!c.isDigit())
            return false;
    }
    city = part.mid(space + 1).trimmed();
    return !city.isEmpty() && !city.front().isDigit();
}

// "Denver CO 80202": city, region code and postal code in one part, as US addresses run.
bool isCityRegionPostal(const QString &part, QString &city, QString &region)
{
    const QStringList words = part.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 3)
        return false;
    QString code;
    if (!isRegionCode(words.at(words.size() - 2) + u' ' + words.last(), code))
        return false;
    city = words.mid(0, words.size() - 2).join(u' ');
    region = code;
    return true;
}

} // namespace

PlaceParts parsePlace(const QString &text)
{
    QStringList parts;
    // Apple writes the place's name on a line of its own above the address.
    QString separated = text;
    separated.replace(u'\n', u',');
    for (const QString &part : separated.split(u',')) {
        const QString trimmed = part.simplified();
        if (!trimmed.isEmpty())
            parts.append(trimmed);
    }
    PlaceParts place;
    if (parts.size() >= 2 && isCountry(parts.last()))
        place.location.country = parts.takeLast();
    while (parts.size() >= 2 && isPostalCode(parts.last()))
        parts.removeLast();
    QString code;
    QString city;
    const bool found = !place.location.country.isEmpty();
    const bool placeAtEnd = parts.size() >= 2 || (found && !parts.isEmpty());
    if (placeAtEnd && isPostalCity(parts.last(), city)) {
        parts.removeLast();
        place.location.city = city;
    } else if (placeAtEnd && isCityRegionPostal(parts.last(), city, code)) {
        parts.removeLast();
        place.location.city = city;
        place.location.region = code;
    } else if (parts.size() >= 2 && isRegionCode(parts.last(), code)) {
        place.location.region = code;
        parts.removeLast();
        place.location.city = parts.takeLast();
    } else if (found && parts.size() >= 3) {
        place.location.region = parts.takeLast();
        place.location.city = parts.takeLast();
    } else if (found && !parts.isEmpty()) {
        place.location.city = parts.takeLast();
    }
    place.venue = parts.join(QStringLiteral(", "));
    return place;
}

} // namespace kith::ical
