#include "VCard.h"

#include "VCardMapping.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace kith::vcard {

namespace {

using namespace detail;

enum class Escaping
{
    Text, // RFC 6350 3.4: backslash, comma, semicolon and line breaks escaped
    Uri   // written as is; line breaks and control characters cannot appear in a URI
};

// Appends UTF-16 text as UTF-8, escaping as RFC 6350 asks, in one pass and without the
// temporary QByteArray of toUtf8(). Control characters other than tab are not allowed in
// a vCard 4.0 value and are left out; a lone surrogate becomes U+FFFD.
void appendValue(QByteArray &out, QStringView text, Escaping escaping)
{
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < size && text[i + 1] == u'\n')
                    continue;
                if (escaping == Escaping::Text)
                    out.append("\\n", 2);
            } else if (c >= 0x20 && c != 0x7F) {
                if (escaping == Escaping::Text && (c == '\\' || c == ',' || c == ';'))
                    out.append('\\');
                out.append(char(c));
            } else if (c == '\t') {
                out.append('\t');
            }
        } else if (c < 0x800) {
            out.append(char(0xC0 | (c >> 6)));
            out.append(char(0x80 | (c & 0x3F)));
        } else if (QChar::isHighSurrogate(c) && i + 1 < size && text[i + 1].isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, text[++i].unicode());
            out.append(char(0xF0 | (code >> 18)));
            out.append(char(0x80 | ((code >> 12) & 0x3F)));
            out.append(char(0x80 | ((code >> 6) & 0x3F)));
            out.append(char(0x80 | (code & 0x3F)));
        } else {
            const char16_t unit = QChar::isSurrogate(c) ? char16_t(0xFFFD) : c;
            out.append(char(0xE0 | (unit >> 12)));
            out.append(char(0x80 | ((unit >> 6) & 0x3F)));
            out.append(char(0x80 | (unit & 0x3F)));
        }
    }
}

void appendNumber(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0 && count < 20);
    for (int pad = count; pad < width; ++pad)
        out.append('0');
    while (count > 0)
        out.append(digits[--count]);
}

void appendIsoDate(QByteArray &out, const QDate &date)
{
    appendNumber(out, date.year(), 4);
    out.append('-');
    appendNumber(out, date.month(), 2);
    out.append('-');
    appendNumber(out, date.day(), 2);
}

// A URI has a scheme ("urn:", "https:"); anything else is written as VALUE=text.
bool looksLikeUri(const QString &value)
{
    const qsizetype colon = value.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !value[0].isLetter())
        return false;
    for (qsizetype i = 1; i < colon; ++i) {
        const QChar c = value[i];
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != QLatin1Char('+') &&
            c != QLatin1Char('-') && c != QLatin1Char('.'))
            return false;
    }
    return std::none_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
}

// Whether ORG and TITLE alone say all there is to say about the person's roles.
bool rolesNeedKithProperty(const QList<Role> &roles)
{
    if (roles.isEmpty())
        return false;
    return roles.size() > 1 || !roles.first().isCurrent() || roles.first().start.isValid();
}

// Writes the cards, one content line at a time: each line is built whole, then folded.
class CardWriter
{
public:
    explicit CardWriter(QByteArray &out)
        : m_out(out)
    {}

    void write(const Person &person, const WriteOptions &options);

private:
    QByteArray &start(const char *name)
    {
        m_line.resize(0);
        m_line.append(name);
        return m_line;
    }
    void text(QStringView value) { appendValue(m_line, value, Escaping::Text); }
    void uri(QStringView value) { appendValue(m_line, value, Escaping::Uri); }
    void finish();
    void simple(const char *name, const QString &value)
    {
        if (value.isEmpty())
            return;
        start(name);
        text(value);
        finish();
    }
    void contactPoints(const char *name, const QList<ContactPoint> &points, PointKind kind);
    void profiles(const QList<ProfileLink> &links);
    void roles(const Person &person);

    QByteArray &m_out;
    QByteArray m_line;
    int m_group = 0; // "item<n>" groups tie a free-text label to its value
};

// RFC 6350 3.2: lines longer than 75 octets are folded; a continuation line starts with a
// space, and a multi-octet UTF-8 character is never split.
void CardWriter::finish()
{
    const char *data = m_line.constData();
    const qsizetype size = m_line.size();
    qsizetype position = 0;
    qsizetype room = 75;
    while (size - position > room) {
        qsizetype end = position + room;
        while (end > position && (static_cast<unsigned char>(data[end]) & 0xC0) == 0x80)
            --end;
        if (end == position) // not UTF-8 after all: any split is as good as another
            end = position + room;
        m_out.append(data + position, end - position);
        m_out.append("\r\n ", 3);
        position = end;
        room = 74; // the leading space counts
    }
    m_out.append(data + position, size - position);
    m_out.append("\r\n", 2);
}

void CardWriter::contactPoints(const char *name, const QList<ContactPoint> &points, PointKind kind)
{
    for (qsizetype i = 0; i < points.size(); ++i) {
        const ContactPoint &point = points[i];
        const std::optional<QByteArrayList> types = typesForLabel(point.label, kind);
        QByteArray group;
        if (!types) { // a label of the user's own, the way Apple's address book writes it
            group = QByteArrayLiteral("item") + QByteArray::number(++m_group) + '.';
            start(group.constData()).append(name);
        } else {
            start(name);
            if (!types->isEmpty())
                m_line.append(";TYPE=").append(types->join(','));
        }
        if (i == 0 && points.size() > 1)
            m_line.append(";PREF=1");
        m_line.append(':');
        text(point.value);
        finish();
        if (!types) {
            start(group.constData()).append("X-ABLabel:");
            text(point.label);
            finish();
        }
    }
}

void CardWriter::profiles(const QList<ProfileLink> &links)
{
    for (const ProfileLink &link : links) {
        // X-SOCIALPROFILE comes first: reading back, its kind wins over a guess from the URL.
        if (link.kind != ProfileKind::Website || profileKindOfUrl(link.url) != link.kind) {
            start("X-SOCIALPROFILE;TYPE=").append(socialTypeOf(link.kind)).append(':');
            uri(link.url);
            finish();
        }
        start("URL:");
        uri(link.url);
        finish();
    }
}

void CardWriter::roles(const Person &person)
{
    if (const Role *current = person.currentRole()) {
        simple("ORG:", current->organizationName);
        simple("TITLE:", current->title);
    }
    if (!rolesNeedKithProperty(person.roles))
        return;
    for (const Role &role : person.roles) {
        start("X-KITH-ROLE:");
        text(role.organizationName);
        m_line.append(';');
        text(role.title);
        m_line.append(';');
        if (role.start.isValid())
            appendIsoDate(m_line, role.start);
        m_line.append(';');
        if (role.end.isValid())
            appendIsoDate(m_line, role.end);
        finish();
    }
}

void CardWriter::write(const Person &person, const WriteOptions &options)
{
    m_group = 0;
    m_out.append("BEGIN:VCARD\r\nVERSION:4.0\r\n");
    start("FN:");
    text(person.displayName);
    finish();
    start("N:");
    text(person.familyName);
    m_line.append(';');
    text(person.givenName);
    m_line.append(";;;");
    finish();

    const QString uid = uidFor(person, options.uidNamespace);
    start(looksLikeUri(uid) ? "UID:" : "UID;VALUE=text:");
    if (looksLikeUri(uid))
        uri(uid);
    else
        text(uid);
    finish();
    if (const QDateTime updated = person.timestamps.updatedAt.toUTC(); updated.isValid()) {
        start("REV:");
        appendNumber(m_line, updated.date().year(), 4);
        appendNumber(m_line, updated.date().month(), 2);
        appendNumber(m_line, updated.date().day(), 2);
        m_line.append('T');
        appendNumber(m_line, updated.time().hour(), 2);
        appendNumber(m_line, updated.time().minute(), 2);
        appendNumber(m_line, updated.time().second(), 2);
        m_line.append('Z');
        finish();
    }

    simple("ROLE:", person.headline); // the headline: what the person does, in a line
    contactPoints("EMAIL", person.emails, PointKind::Email);
    contactPoints("TEL", person.phones, PointKind::Phone);
    roles(person);
    profiles(person.profiles);
    if (!person.location.isEmpty()) {
        start("ADR:;;;"); // post office box, extended and street addresses: Kith has none
        text(person.location.city);
        m_line.append(';');
        text(person.location.region);
        m_line.append(";;");
        text(person.location.country);
        finish();
    }
    simple("NOTE:", person.notes);
    if (!person.tags.isEmpty()) {
        start("CATEGORIES:");
        for (qsizetype i = 0; i < person.tags.size(); ++i) {
            if (i > 0)
                m_line.append(',');
            text(person.tags[i]);
        }
        finish();
    }
    if (!person.photo.isEmpty()) {
        start("PHOTO:data:").append(imageMediaType(person.photo)).append(";base64,");
        m_line.append(person.photo.toBase64());
        finish();
    }
    if (!person.relationships.isEmpty()) {
        start("X-KITH-RELATIONSHIP:");
        for (qsizetype i = 0; i < person.relationships.size(); ++i) {
            if (i > 0)
                m_line.append(',');
            m_line.append(enumKey(person.relationships[i]).toLatin1());
        }
        finish();
    }
    if (person.cadenceDays) {
        start("X-KITH-CADENCE:");
        appendNumber(m_line, std::max(*person.cadenceDays, 0), 1);
        finish();
    }
    if (person.knownSince.isValid()) {
        start("X-KITH-KNOWN-SINCE:");
        appendIsoDate(m_line, person.knownSince);
        finish();
    }
    m_out.append("END:VCARD\r\n");
}

} // namespace

QUuid defaultUidNamespace()
{
    return QUuid(0x5d1c8a3e, 0x7b2f, 0x4e61, 0x9a, 0x0d, 0x3c, 0x52, 0x8e, 0x14, 0x6f, 0xb7);
}

QString uidFor(const Person &person, const QUuid &uidNamespace)
{
    if (!person.uid.isEmpty())
        return person.uid;
    QByteArray name = QByteArrayLiteral("person-") + QByteArray::number(person.id);
    if (person.id == 0) // not stored: the name is all that tells two such people apart
        name += '-' + person.displayName.toUtf8();
    return QStringLiteral("urn:uuid:") +
           QUuid::createUuidV5(uidNamespace, name).toString(QUuid::WithoutBraces);
}

QByteArray write(const QList<Person> &people, const WriteOptions &options)
{
    qsizetype expected = 0;
    for (const Person &person : people)
        expected += 600 + person.photo.size() * 4 / 3 + person.notes.size();
    QByteArray out;
    out.reserve(expected);
    CardWriter writer(out);
    for (const Person &person : people)
        writer.write(person, options);
    return out;
}

Status writeFile(const QString &path, const QList<Person> &people, const WriteOptions &options)
{
    const QByteArray data = write(people, options);
    QSaveFile file(path);
    const auto failed = [&] {
        return Error(ErrorCode::Io,
                     QCoreApplication::translate("kith::vcard", "Cannot write %1: %2")
                         .arg(path, file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    // Contact details are private: the file is the owner's alone, like the database.
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit())
        return failed();
    return {};
}

} // namespace kith::vcard
