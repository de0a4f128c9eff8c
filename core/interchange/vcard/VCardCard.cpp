#include "VCardCard.h"

#include "VCardMapping.h"

#include <QCoreApplication>

namespace kith::vcard::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::vcard", text);
}

// Values kept of each repeated property of one card (e-mail addresses, phone numbers…): far
// more than any address book holds for one person, few enough that a hostile card stays cheap.
constexpr qsizetype maxRepeats = 1000;
// Notes for a card with more values of a repeated property than it keeps.
constexpr const char *tooManyEmails = QT_TRANSLATE_NOOP(
    "kith::vcard",
    "The card has more than %1 e-mail addresses; this one and any further ones were left out.");
constexpr const char *tooManyPhones = QT_TRANSLATE_NOOP(
    "kith::vcard",
    "The card has more than %1 phone numbers; this one and any further ones were left out.");
constexpr const char *tooManyProfiles =
    QT_TRANSLATE_NOOP("kith::vcard", "The card has more than %1 web addresses and profiles; this "
                                     "one and any further ones were left out.");
constexpr const char *tooManyTags = QT_TRANSLATE_NOOP(
    "kith::vcard",
    "The card has more than %1 categories; this one and any further ones were left out.");
constexpr const char *tooManyRoles = QT_TRANSLATE_NOOP(
    "kith::vcard", "The card has more than %1 roles; this one and any further ones were left out.");
constexpr const char *tooManyLabels = QT_TRANSLATE_NOOP(
    "kith::vcard",
    "The card has more than %1 labels (X-ABLabel); this one and any further ones were left out.");

constexpr char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
}

// A value quoted in a message, cut short so a megabyte of garbage stays a short note.
QString quoted(const QString &value)
{
    constexpr qsizetype shown = 60;
    return QStringLiteral("“%1”").arg(value.size() > shown ? value.left(shown) + QChar(0x2026)
                                                           : value);
}

bool looksLikeEmail(const QString &value)
{
    const qsizetype at = value.indexOf(QLatin1Char('@'));
    if (at <= 0 || at != value.lastIndexOf(QLatin1Char('@')))
        return false;
    const qsizetype dot = value.lastIndexOf(QLatin1Char('.'));
    return dot > at + 1 && dot < value.size() - 1 &&
           std::none_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
}

// PREF=1 first; values without a preference after every preferred one, in file order.
int rank(int pref)
{
    return pref > 0 ? pref : 101;
}

QString removePrefix(QString value, QLatin1String prefix)
{
    if (value.startsWith(prefix, Qt::CaseInsensitive))
        value.remove(0, prefix.size());
    return value.trimmed();
}

} // namespace

void CardBuilder::reset()
{
    *this = CardBuilder();
}

void CardBuilder::add(const ContentLine &property)
{
    if (addProperty(property.name, property))
        ++m_dataProperties;
}

bool CardBuilder::addProperty(QByteArrayView name, const ContentLine &property)
{
    const auto text = [&] {
        return textValue(property.value, parseParameters(property.parameters));
    };
    switch (upper(name[0])) {
    case 'A':
        if (equalsIgnoringCase(name, "ADR")) {
            addAddress(property);
            return true;
        }
        return false;
    case 'B':
        if (equalsIgnoringCase(name, "BDAY")) {
            // Kith's model has no birthday; the day is kept in the notes rather than lost.
            if (m_birthday.isEmpty())
                m_birthday = birthdayText(text());
            return true;
        }
        return false;
    case 'C':
        if (equalsIgnoringCase(name, "CATEGORIES")) {
            for (QString &tag : listValue(property.value, parseParameters(property.parameters))) {
                if (keep(m_tagKeys, tag.toCaseFolded(), property, tooManyTags))
                    m_tags.append(std::move(tag));
            }
            return true;
        }
        return false;
    case 'E':
        if (equalsIgnoringCase(name, "EMAIL")) {
            addEmail(property);
            return true;
        }
        return false;
    case 'F':
        if (equalsIgnoringCase(name, "FN")) {
            if (m_formattedName.trimmed().isEmpty())
                m_formattedName = text();
            m_hasFormattedName = true;
            return true;
        }
        return false;
    case 'N':
        if (equalsIgnoringCase(name, "N")) {
            addName(property);
            return true;
        }
        if (equalsIgnoringCase(name, "NOTE")) {
            const QString note = text();
            if (!note.isEmpty())
                m_note += (m_note.isEmpty() ? QString() : QStringLiteral("\n")) + note;
            return true;
        }
        return false;
    case 'O':
        if (equalsIgnoringCase(name, "ORG")) {
            addOrganization(property);
            return true;
        }
        return false;
    case 'P':
        if (equalsIgnoringCase(name, "PHOTO")) {
            addPhoto(property);
            return true;
        }
        return false;
    case 'R':
        if (equalsIgnoringCase(name, "ROLE")) {
            if (m_headline.isEmpty())
                m_headline = text().trimmed();
            return true;
        }
        return false;
    case 'T':
        if (equalsIgnoringCase(name, "TEL")) {
            addPhone(property);
            return true;
        }
        if (equalsIgnoringCase(name, "TITLE")) {
            if (m_title.isEmpty())
                m_title = text().trimmed();
            return true;
        }
        return false;
    case 'U':
        if (equalsIgnoringCase(name, "URL")) {
            addUrl(property);
            return true;
        }
        if (equalsIgnoringCase(name, "UID") && m_uid.isEmpty())
            m_uid = text().trimmed();
        return false; // an identifier alone is nothing worth importing
    case 'X':
        if (equalsIgnoringCase(name, "X-SOCIALPROFILE")) {
            addSocialProfile(property);
            return true;
        }
        if (equalsIgnoringCase(name, "X-ABLABEL")) {
            addLabel(property);
            return false;
        }
        if (equalsIgnoringCase(name, "X-KITH-ROLE")) {
            addKithRole(property);
            return true;
        }
        if (equalsIgnoringCase(name, "X-KITH-RELATIONSHIP")) {
            for (const QString &key :
                 listValue(property.value, parseParameters(property.parameters))) {
                const auto kind = enumFromKey<RelationshipKind>(key);
                if (kind && !m_relationships.contains(*kind))
                    m_relationships.append(*kind);
            }
            return true;
        }
        if (equalsIgnoringCase(name, "X-KITH-CADENCE")) {
            bool ok = false;
            const int days = text().trimmed().toInt(&ok);
            if (ok && days > 0)
                m_cadenceDays = days;
            return true;
        }
        if (equalsIgnoringCase(name, "X-KITH-KNOWN-SINCE")) {
            m_knownSince = parseDate(text().trimmed());
            return true;
        }
        return false;
    default:
        return false;
    }
}

void CardBuilder::addEmail(const ContentLine &property)
{
    const Parameters parameters = parseParameters(property.parameters);
    const QString value =
        removePrefix(textValue(property.value, parameters), QLatin1String("mailto:"));
    if (value.isEmpty())
        return;
    if (!looksLikeEmail(value)) {
        noteProblem(property,
                    tr("%1 is not an e-mail address; it was left out.").arg(quoted(value)));
        return;
    }
    if (!keep(m_emailKeys, value.toCaseFolded(), property, tooManyEmails))
        return;
    m_emails.append(
        {{value, labelFromTypes(parameters.types.data(), parameters.typeCount, PointKind::Email)},
         parameters.pref,
         property.group.toByteArray()});
}

void CardBuilder::addPhone(const ContentLine &property)
{
    const Parameters parameters = parseParameters(property.parameters);
    const QString value =
        removePrefix(textValue(property.value, parameters), QLatin1String("tel:"));
    if (value.isEmpty())
        return;
    if (!keep(m_phoneKeys, value, property, tooManyPhones))
        return;
    m_phones.append(
        {{value, labelFromTypes(parameters.types.data(), parameters.typeCount, PointKind::Phone)},
         parameters.pref,
         property.group.toByteArray()});
}

void CardBuilder::addAddress(const ContentLine &property)
{
    // post office box; extended address; street; locality; region; postal code; country
    const Parameters parameters = parseParameters(property.parameters);
    QString parts[7];
    splitStructured(property.value, parameters, ';', parts, 7);
    Location location{parts[3].trimmed(), parts[4].trimmed(), parts[6].trimmed()};
    if (location.isEmpty())
        return; // a street alone says nothing about where the person is
    if (m_locationPref < 0 || rank(parameters.pref) < m_locationPref) {
        m_location = std::move(location);
        m_locationPref = rank(parameters.pref);
    }
}

void CardBuilder::addName(const ContentLine &property)
{
    if (m_hasName)
        return;
    m_hasName = true;
    const int count =
        splitStructured(property.value, parseParameters(property.parameters), ';', m_nameParts, 5);
    for (int i = 0; i < count; ++i)
        m_nameParts[i] = m_nameParts[i].trimmed();
}

void CardBuilder::addOrganization(const ContentLine &property)
{
    if (!m_organization.isEmpty() || !m_department.isEmpty())
        return;
    QString parts[8];
    const int count =
        splitStructured(property.value, parseParameters(property.parameters), ';', parts, 8);
    QStringList units;
    for (int i = 0; i < count; ++i) {
        QString part = parts[i].trimmed();
        if (part.isEmpty())
            continue;
        if (m_organization.isEmpty())
            m_organization = std::move(part);
        else
            units.append(std::move(part));
    }
    m_department = units.join(QStringLiteral(", "));
}

void CardBuilder::addUrl(const ContentLine &property)
{
    const QString value = textValue(property.value, parseParameters(property.parameters));
    const QString url = webUrl(value);
    if (url.isEmpty()) {
        if (!value.trimmed().isEmpty())
            noteProblem(property,
                        tr("%1 is not a web address; it was left out.").arg(quoted(value)));
        return;
    }
    addProfile(property, profileKindOfUrl(url), url);
}

void CardBuilder::addSocialProfile(const ContentLine &property)
{
    const Parameters parameters = parseParameters(property.parameters);
    std::optional<ProfileKind> kind;
    for (int i = 0; i < parameters.typeCount && !kind; ++i)
        kind = profileKindOfSocialType(parameters.types[size_t(i)]);
    const QString value = textValue(property.value, parameters).trimmed();
    QString url;
    if (value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
        value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        url = webUrl(value);
    } else if (kind) { // Apple: "x-apple:jane" with X-USER=jane
        const QString user = parameters.user.isEmpty()
                                 ? value.mid(value.lastIndexOf(QLatin1Char(':')) + 1)
                                 : decodeCharset(parameters.user, parameters.charset);
        url = profileUrlForUser(*kind, user);
    }
    if (url.isEmpty()) {
        if (!value.isEmpty())
            noteProblem(property, tr("The social profile %1 has no web address; it was left out.")
                                      .arg(quoted(value)));
        return;
    }
    if (!kind) {
        kind = profileKindOfUrl(url);
        if (*kind == ProfileKind::Website)
            kind = ProfileKind::Other;
    }
    addProfile(property, *kind, url);
}

void CardBuilder::addProfile(const ContentLine &property, ProfileKind kind, const QString &url)
{
    // Kith's export writes social profiles as URL and X-SOCIALPROFILE: the first one counts.
    if (keep(m_profileUrls, url, property, tooManyProfiles))
        m_profiles.append({kind, url});
}

void CardBuilder::addPhoto(const ContentLine &property)
{
    if (!m_photo.isEmpty())
        return;
    const Parameters parameters = parseParameters(property.parameters);
    QByteArray decoded;
    if (parameters.encoding == Encoding::Base64) { // 2.1 BASE64, 3.0 ENCODING=b
        decoded = QByteArray::fromBase64(property.value.toByteArray());
    } else {
        QByteArray storage;
        const QByteArrayView value = transferDecoded(property.value, parameters, storage).trimmed();
        if (!startsWithIgnoringCase(value, "DATA:")) {
            const QString uri = textValue(value, parameters).trimmed();
            // Only a web address is worth keeping; file: and cid: point at nothing Kith has.
            if (m_photoUrl.isEmpty() && !webUrl(uri).isEmpty() &&
                uri.contains(QLatin1String("://")))
                m_photoUrl = uri;
            return;
        }
        const qsizetype comma = value.indexOf(',');
        if (comma >= 0) { // 4.0: data:image/jpeg;base64,…
            const QByteArrayView payload = value.sliced(comma + 1);
            decoded = containsIgnoringCase(value.first(comma), ";BASE64")
                          ? QByteArray::fromBase64(payload.toByteArray())
                          : QByteArray::fromPercentEncoding(payload.toByteArray());
        }
    }
    if (decoded.isEmpty())
        noteProblem(property, tr("The photo could not be decoded; it was left out."));
    else
        m_photo = std::move(decoded);
}

void CardBuilder::addLabel(const ContentLine &property)
{
    if (property.group.isEmpty())
        return;
    const QByteArray group = property.group.toByteArray();
    if (m_labels.contains(group) || hasRoom(m_labelGroups, property, tooManyLabels))
        m_labels.insert(group, labelFromAppleLabel(textValue(
                                   property.value, parseParameters(property.parameters))));
}

void CardBuilder::addKithRole(const ContentLine &property)
{
    // organization; title; start; end — every role, as Kith's own export writes them
    QString parts[4];
    splitStructured(property.value, parseParameters(property.parameters), ';', parts, 4);
    Role role{0,
              std::nullopt,
              parts[0].trimmed(),
              parts[1].trimmed(),
              parseDate(parts[2].trimmed()),
              parseDate(parts[3].trimmed())};
    const bool named = !role.organizationName.isEmpty() || !role.title.isEmpty();
    if (named && hasRoom(m_kithRoleCount, property, tooManyRoles))
        m_kithRoles.append(std::move(role));
}

void CardBuilder::noteProblem(const ContentLine &property, const QString &problem)
{
    m_problems.append({property.line, problem});
}

bool CardBuilder::hasRoom(Kept &kept, const ContentLine &property, const char *tooMany)
{
    if (kept.count < maxRepeats) {
        ++kept.count;
        return true;
    }
    if (!std::exchange(kept.full, true))
        noteProblem(property, tr(tooMany).arg(maxRepeats));
    return false;
}

bool CardBuilder::keep(Kept &kept, const QString &key, const ContentLine &property,
                       const char *tooMany)
{
    if (kept.keys.contains(key) || !hasRoom(kept, property, tooMany))
        return false;
    kept.keys.insert(key);
    return true;
}

QList<ContactPoint> CardBuilder::finishPoints(QList<Point> &points) const
{
    for (Point &point : points) {
        if (point.group.isEmpty())
            continue;
        if (const auto label = m_labels.constFind(point.group); label != m_labels.cend())
            point.point.label = *label;
    }
    std::stable_sort(points.begin(), points.end(),
                     [](const Point &a, const Point &b) { return rank(a.pref) < rank(b.pref); });
    QList<ContactPoint> result;
    result.reserve(points.size());
    for (Point &point : points)
        result.append(std::move(point.point));
    return result;
}

bool CardBuilder::build(Person &person, QString &reason)
{
    QString name = m_formattedName.trimmed();
    if (name.isEmpty()) { // FN missing: "Dr. Jane Q. Doe Jr." from N
        QStringList parts;
        for (int i : {3, 1, 2, 0, 4}) {
            if (!m_nameParts[i].isEmpty())
                parts.append(m_nameParts[i]);
        }
        name = parts.join(QLatin1Char(' '));
    }
    if (name.isEmpty()) {
        reason = m_hasName || m_hasFormattedName
                     ? tr("The card's name is empty (FN and N hold no name).")
                     : tr("The card has no name (neither FN nor N).");
        return false;
    }
    person = Person();
    person.uid = std::move(m_uid);
    person.displayName = std::move(name);
    person.givenName = std::move(m_nameParts[1]);
    person.familyName = std::move(m_nameParts[0]);
    person.headline = std::move(m_headline);
    const bool rolesFromOrg = m_kithRoles.isEmpty();
    if (!rolesFromOrg)
        person.roles = std::move(m_kithRoles);
    else if (!m_organization.isEmpty() || !m_title.isEmpty())
        person.roles.append(
            {0, std::nullopt, std::move(m_organization), std::move(m_title), {}, {}});
    person.emails = finishPoints(m_emails);
    person.phones = finishPoints(m_phones);
    person.profiles = std::move(m_profiles);
    person.location = std::move(m_location);
    person.relationships = std::move(m_relationships);
    person.tags = std::move(m_tags);
    person.cadenceDays = m_cadenceDays;
    person.knownSince = m_knownSince;
    person.photo = std::move(m_photo);
    person.origin = Origin::VCard;

    QStringList extras; // what vCard holds and Kith's model has no field for
    if (!m_birthday.isEmpty())
        extras.append(tr("Birthday: %1").arg(m_birthday));
    if (!m_department.isEmpty() && rolesFromOrg)
        extras.append(tr("Department: %1").arg(m_department));
    if (!m_photoUrl.isEmpty())
        extras.append(tr("Photo: %1").arg(m_photoUrl));
    person.notes = std::move(m_note);
    if (!extras.isEmpty()) {
        if (!person.notes.isEmpty())
            person.notes += QLatin1Char('\n');
        person.notes += extras.join(QLatin1Char('\n'));
    }
    return true;
}

} // namespace kith::vcard::detail
