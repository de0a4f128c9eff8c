#include "VCardSyntax.h"

#include <QStringDecoder>

#include <cstring>

namespace kith::vcard::detail {

namespace {

constexpr char upper(char c)
{
    return c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c;
}

bool isNameChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_';
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '/' || c == '=';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && (text[from] == ' ' || text[from] == '\t' || text[from] == '"'))
        ++from;
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t' || text[to - 1] == '"'))
        --to;
    return text.sliced(from, to - from);
}

// Everything before the first colon: the name and parameters of a raw line.
QByteArrayView headOf(QByteArrayView line)
{
    const void *colon =
        line.isEmpty() ? nullptr : std::memchr(line.data(), ':', size_t(line.size()));
    return colon ? line.first(static_cast<const char *>(colon) - line.data()) : line;
}

bool isStructuralLine(QByteArrayView line)
{
    return startsWithIgnoringCase(line, "END:VCARD") || startsWithIgnoringCase(line, "BEGIN:VCARD");
}

// Windows-1252's printable characters in 0x80–0x9F, where ISO-8859-1 has control codes.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? QChar(windows1252High[byte - 0x80])
                                             : QChar(char16_t(byte));
    }
    return text;
}

QString fromUtf8OrWindows1252(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    return utf8.hasError() ? fromWindows1252(bytes) : text;
}

bool isAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

bool needsUnescaping(QByteArrayView bytes)
{
    return !bytes.isEmpty() && (std::memchr(bytes.data(), '\\', size_t(bytes.size())) ||
                                std::memchr(bytes.data(), '\r', size_t(bytes.size())));
}

void appendUnescaped(QByteArray &out, QByteArrayView in)
{
    out.reserve(out.size() + in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in[i];
        if (c == '\\' && i + 1 < in.size()) {
            const char escaped = in[++i];
            if (escaped == 'n' || escaped == 'N') {
                out.append('\n');
            } else if (escaped == ',' || escaped == ';' || escaped == '\\' || escaped == ':') {
                out.append(escaped);
            } else { // not an escape in any version: keep it as written
                out.append('\\');
                out.append(escaped);
            }
        } else if (c == '\r') {
            out.append('\n');
            if (i + 1 < in.size() && in[i + 1] == '\n')
                ++i;
        } else {
            out.append(c);
        }
    }
}

QString unescapedText(QByteArrayView bytes, QByteArrayView charset)
{
    if (!needsUnescaping(bytes))
        return decodeCharset(bytes, charset);
    QByteArray unescaped;
    appendUnescaped(unescaped, bytes);
    return decodeCharset(unescaped, charset);
}

void addType(Parameters &parameters, QByteArrayView type)
{
    if (type.isEmpty())
        return;
    if (equalsIgnoringCase(type, "PREF")) {
        if (parameters.pref == 0)
            parameters.pref = 1;
        return;
    }
    if (parameters.typeCount < Parameters::maxTypes)
        parameters.types[parameters.typeCount++] = type;
}

Encoding encodingNamed(QByteArrayView name)
{
    if (equalsIgnoringCase(name, "QUOTED-PRINTABLE"))
        return Encoding::QuotedPrintable;
    if (equalsIgnoringCase(name, "BASE64") || equalsIgnoringCase(name, "B"))
        return Encoding::Base64;
    return Encoding::None;
}

void readParameter(Parameters &parameters, QByteArrayView parameter)
{
    const qsizetype equals = parameter.indexOf('=');
    if (equals < 0) { // vCard 2.1: "WORK", "QUOTED-PRINTABLE", "BASE64", "PREF"
        const QByteArrayView token = trimmed(parameter);
        if (const Encoding encoding = encodingNamed(token);
            encoding != Encoding::None && !equalsIgnoringCase(token, "B"))
            parameters.encoding = encoding;
        else if (!equalsIgnoringCase(token, "8BIT") && !equalsIgnoringCase(token, "7BIT"))
            addType(parameters, token);
        return;
    }
    const QByteArrayView name = trimmed(parameter.first(equals));
    const QByteArrayView value = parameter.sliced(equals + 1);
    if (equalsIgnoringCase(name, "TYPE")) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (i == value.size() || value[i] == ',') {
                addType(parameters, trimmed(value.sliced(start, i - start)));
                start = i + 1;
            }
        }
    } else if (equalsIgnoringCase(name, "ENCODING")) {
        if (const Encoding encoding = encodingNamed(trimmed(value)); encoding != Encoding::None)
            parameters.encoding = encoding;
    } else if (equalsIgnoringCase(name, "CHARSET")) {
        parameters.charset = trimmed(value);
    } else if (equalsIgnoringCase(name, "VALUE")) {
        parameters.valueType = trimmed(value);
    } else if (equalsIgnoringCase(name, "MEDIATYPE")) {
        parameters.mediaType = trimmed(value);
    } else if (equalsIgnoringCase(name, "X-USER")) {
        parameters.user = trimmed(value);
    } else if (equalsIgnoringCase(name, "PREF")) {
        int pref = 0;
        for (const char c : trimmed(value)) {
            if (c < '0' || c > '9')
                break;
            pref = std::min(pref * 10 + (c - '0'), 100);
        }
        parameters.pref = std::max(pref, 1);
    }
}

} // namespace

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView upperCaseWord)
{
    return text.size() == upperCaseWord.size() && startsWithIgnoringCase(text, upperCaseWord);
}

bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView upperCasePrefix)
{
    if (text.size() < upperCasePrefix.size())
        return false;
    for (qsizetype i = 0; i < upperCasePrefix.size(); ++i) {
        if (upper(text[i]) != upperCasePrefix[i])
            return false;
    }
    return true;
}

bool containsIgnoringCase(QByteArrayView text, QByteArrayView upperCaseWord)
{
    for (qsizetype i = 0; i + upperCaseWord.size() <= text.size(); ++i) {
        if (startsWithIgnoringCase(text.sliced(i), upperCaseWord))
            return true;
    }
    return false;
}

bool splitContentLine(QByteArrayView text, ContentLine &out)
{
    qsizetype end = 0;
    qsizetype lastDot = -1;
    while (end < text.size() && (isNameChar(text[end]) || text[end] == '.')) {
        if (text[end] == '.')
            lastDot = end;
        ++end;
    }
    if (end == 0 || end == text.size() || (text[end] != ':' && text[end] != ';'))
        return false;
    out.group = lastDot < 0 ? QByteArrayView() : text.first(lastDot);
    out.name = text.sliced(lastDot + 1, end - lastDot - 1);
    if (out.name.isEmpty())
        return false;
    if (text[end] == ':') {
        out.parameters = {};
        out.value = text.sliced(end + 1);
        return true;
    }
    // A colon inside a quoted parameter value (4.0) is not the start of the value.
    qsizetype colon = -1;
    bool quoted = false;
    for (qsizetype i = end + 1; i < text.size(); ++i) {
        if (text[i] == '"') {
            quoted = !quoted;
        } else if (text[i] == ':' && !quoted) {
            colon = i;
            break;
        }
    }
    if (colon < 0) // an unbalanced quote in a liberal writer's parameters
        colon = text.indexOf(':', end + 1);
    if (colon < 0)
        return false;
    out.parameters = text.sliced(end + 1, colon - end - 1);
    out.value = text.sliced(colon + 1);
    return true;
}

QByteArrayView LineReader::physicalLine(qsizetype from, qsizetype &nextStart) const
{
    const char *data = m_data.data();
    const qsizetype size = m_data.size();
    qsizetype end = from;
    while (end < size && data[end] != '\n' && data[end] != '\r')
        ++end;
    nextStart = end;
    if (end < size)
        nextStart =
            data[end] == '\r' && end + 1 < size && data[end + 1] == '\n' ? end + 2 : end + 1;
    return m_data.sliced(from, end - from);
}

bool LineReader::continuesAsBase64(QByteArrayView current, QByteArrayView following) const
{
    if (following.isEmpty())
        return false;
    for (const char c : following) {
        if (!isBase64Char(c))
            return false;
    }
    const QByteArrayView head = headOf(current);
    return containsIgnoringCase(head, "BASE64") || containsIgnoringCase(head, "ENCODING=B");
}

bool LineReader::next(QByteArrayView &text, int &line)
{
    if (m_position >= m_data.size())
        return false;
    qsizetype following = 0;
    const QByteArrayView first = physicalLine(m_position, following);
    line = ++m_lineNumber;
    bool joined = false;
    const auto join = [&](QByteArrayView piece) {
        if (!joined) {
            m_buffer.resize(0);
            m_buffer.append(first.data(), first.size());
            joined = true;
        }
        m_buffer.append(piece.data(), piece.size());
    };
    while (following < m_data.size()) {
        const QByteArrayView current = joined ? QByteArrayView(m_buffer) : first;
        qsizetype after = 0;
        const QByteArrayView piece = physicalLine(following, after);
        if (current.endsWith('=') && !isStructuralLine(piece) &&
            containsIgnoringCase(headOf(current), "QUOTED-PRINTABLE")) {
            join({});
            m_buffer.chop(1); // the soft line break
            join(piece);
        } else if (!piece.isEmpty() && (piece[0] == ' ' || piece[0] == '\t')) {
            join(piece.sliced(1));
        } else if (!continuesAsBase64(current, piece)) {
            break;
        } else {
            join(piece);
        }
        ++m_lineNumber;
        following = after;
    }
    m_position = following;
    text = joined ? QByteArrayView(m_buffer) : first;
    return true;
}

bool Parameters::hasType(QByteArrayView upperCaseType) const
{
    for (int i = 0; i < typeCount; ++i) {
        if (equalsIgnoringCase(types[i], upperCaseType))
            return true;
    }
    return false;
}

Parameters parseParameters(QByteArrayView raw)
{
    Parameters parameters;
    qsizetype start = 0;
    bool quoted = false;
    for (qsizetype i = 0; i <= raw.size(); ++i) {
        if (i < raw.size() && raw[i] == '"')
            quoted = !quoted;
        if (i == raw.size() || (raw[i] == ';' && !quoted)) {
            if (i > start)
                readParameter(parameters, raw.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parameters;
}

QByteArray decodeQuotedPrintable(QByteArrayView encoded)
{
    QByteArray decoded;
    decoded.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        const char c = encoded[i];
        if (c == '=' && i + 2 < encoded.size() && hexValue(encoded[i + 1]) >= 0 &&
            hexValue(encoded[i + 2]) >= 0) {
            decoded.append(char(hexValue(encoded[i + 1]) * 16 + hexValue(encoded[i + 2])));
            i += 2;
        } else {
            decoded.append(c);
        }
    }
    return decoded;
}

QString decodeCharset(QByteArrayView bytes, QByteArrayView charset)
{
    if (isAscii(bytes))
        return QString::fromLatin1(bytes.data(), bytes.size());
    if (charset.isEmpty() || equalsIgnoringCase(charset, "UTF-8") ||
        equalsIgnoringCase(charset, "UTF8"))
        return fromUtf8OrWindows1252(bytes);
    if (equalsIgnoringCase(charset, "ISO-8859-1") || equalsIgnoringCase(charset, "ISO8859-1") ||
        equalsIgnoringCase(charset, "LATIN1") || equalsIgnoringCase(charset, "US-ASCII"))
        return QString::fromLatin1(bytes.data(), bytes.size());
    if (equalsIgnoringCase(charset, "WINDOWS-1252") || equalsIgnoringCase(charset, "CP1252") ||
        equalsIgnoringCase(charset, "X-CP1252"))
        return fromWindows1252(bytes);
    const QByteArray name = charset.toByteArray();
    QStringDecoder decoder(name.constData(), QStringDecoder::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        if (!decoder.hasError())
            return text;
    }
    return fromUtf8OrWindows1252(bytes);
}

QByteArrayView transferDecoded(QByteArrayView value, const Parameters &parameters,
                               QByteArray &storage)
{
    if (parameters.encoding != Encoding::QuotedPrintable)
        return value;
    storage = decodeQuotedPrintable(value);
    return storage;
}

QString textValue(QByteArrayView value, const Parameters &parameters)
{
    QByteArray storage;
    return unescapedText(transferDecoded(value, parameters, storage), parameters.charset);
}

int splitStructured(QByteArrayView value, const Parameters &parameters, char separator,
                    QString *parts, int maxParts)
{
    QByteArray storage;
    const QByteArrayView bytes = transferDecoded(value, parameters, storage);
    int count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size() && count < maxParts; ++i) {
        if (i == bytes.size() || bytes[i] == separator) {
            parts[count++] = unescapedText(bytes.sliced(start, i - start), parameters.charset);
            start = i + 1;
        } else if (bytes[i] == '\\' && i + 1 < bytes.size()) {
            ++i;
        }
    }
    return count;
}

QStringList listValue(QByteArrayView value, const Parameters &parameters)
{
    QByteArray storage;
    const QByteArrayView bytes = transferDecoded(value, parameters, storage);
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= bytes.size(); ++i) {
        if (i == bytes.size() || bytes[i] == ',' || bytes[i] == ';') {
            QString item =
                unescapedText(bytes.sliced(start, i - start), parameters.charset).trimmed();
            if (!item.isEmpty())
                items.append(std::move(item));
            start = i + 1;
        } else if (bytes[i] == '\\' && i + 1 < bytes.size()) {
            ++i;
        }
    }
    return items;
}

} // namespace kith::vcard::detail
