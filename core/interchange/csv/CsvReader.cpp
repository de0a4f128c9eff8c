#include "CsvReader.h"

#include <QStringDecoder>

#include <array>

namespace kith::csv {

namespace {

constexpr char16_t quote = u'"';
constexpr char16_t byteOrderMark = 0xFEFF;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; unassigned bytes keep their
// Latin-1 (C1 control) value, as Windows itself does.
constexpr std::array<char16_t, 32> cp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto byte = static_cast<unsigned char>(bytes[i]);
        out[i] = byte >= 0x80 && byte < 0xA0 ? cp1252High[byte - 0x80] : char16_t(byte);
    }
    return text;
}

QString decodeWith(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    return decoder.decode(bytes);
}

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

// Folds a header name for lookups: no case, no surrounding white space, no stray BOM.
QString foldName(QStringView name)
{
    QStringView trimmed = name.trimmed();
    if (!trimmed.isEmpty() && trimmed.front() == QChar(byteOrderMark))
        trimmed = trimmed.mid(1).trimmed();
    return trimmed.toString().toCaseFolded();
}

} // namespace

QString decode(QByteArrayView bytes)
{
    const auto byteAt = [&](qsizetype i) { return static_cast<unsigned char>(bytes[i]); };
    if (bytes.size() >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF)
        return decodeWith(QStringConverter::Utf8, bytes.sliced(3));
    if (bytes.size() >= 2 && byteAt(0) == 0xFF && byteAt(1) == 0xFE)
        return decodeWith(QStringConverter::Utf16LE, bytes.sliced(2));
    if (bytes.size() >= 2 && byteAt(0) == 0xFE && byteAt(1) == 0xFF)
        return decodeWith(QStringConverter::Utf16BE, bytes.sliced(2));
    // UTF-16 without a mark: text starting with two ASCII characters has a zero in every
    // other byte, which neither UTF-8 nor Windows-1252 text ever has.
    if (bytes.size() >= 4 && bytes.size() % 2 == 0) {
        if (byteAt(0) != 0 && byteAt(1) == 0 && byteAt(2) != 0 && byteAt(3) == 0)
            return decodeWith(QStringConverter::Utf16LE, bytes);
        if (byteAt(0) == 0 && byteAt(1) != 0 && byteAt(2) == 0 && byteAt(3) != 0)
            return decodeWith(QStringConverter::Utf16BE, bytes);
    }
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    return fromWindows1252(bytes);
}

bool Row::isBlank() const
{
    for (const QString &field : fields) {
        for (QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

QChar detectDelimiter(QStringView text)
{
    if (!text.isEmpty() && text.front() == QChar(byteOrderMark))
        text = text.mid(1);
    if (text.startsWith(u"sep=") && text.size() > 4 && !isLineEnd(text[4].unicode()))
        return text[4];
    qsizetype commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == quote)
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (isLineEnd(u))
            break;
        else if (u == u',')
            ++commas;
        else if (u == u';')
            ++semicolons;
        else if (u == u'\t')
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Reader::Reader(QStringView text, QChar delimiter)
    : m_text(text)
    , m_delimiter(delimiter)
{
    if (!m_text.isEmpty() && m_text.front() == QChar(byteOrderMark))
        m_pos = 1;
    if (m_delimiter.isNull()) {
        m_delimiter = detectDelimiter(m_text.mid(m_pos));
        // Excel's delimiter hint is a line of its own, not a record.
        const QStringView rest = m_text.mid(m_pos);
        if (rest.startsWith(u"sep=") && rest.size() > 4 && rest[4] == m_delimiter) {
            m_pos += 5;
            while (m_pos < m_text.size() && !isLineEnd(m_text[m_pos].unicode()))
                ++m_pos; // a spreadsheet may have padded the line with delimiters
        }
    }
}

void Reader::readQuoted(QString &field, Row &row)
{
    const char16_t *data = m_text.utf16();
    const qsizetype size = m_text.size();
    qsizetype segment = ++m_pos; // after the opening quote
    for (;;) {
        if (m_pos >= size) {
            field.append(QStringView(data + segment, m_pos - segment));
            row.unterminatedQuote = true;
            return;
        }
        const char16_t c = data[m_pos];
        if (c == quote) {
            if (m_pos + 1 < size && data[m_pos + 1] == quote) {
                field.append(QStringView(data + segment, m_pos + 1 - segment)); // one quote
                m_pos += 2;
                segment = m_pos;
                continue;
            }
            field.append(QStringView(data + segment, m_pos - segment));
            ++m_pos;
            return;
        }
        if (c == u'\n') {
            ++m_line;
        } else if (c == u'\r') {
            ++m_line;
            field.append(QStringView(data + segment, m_pos - segment));
            field.append(QLatin1Char('\n'));
            if (m_pos + 1 < size && data[m_pos + 1] == u'\n')
                ++m_pos;
            segment = m_pos + 1;
        }
        ++m_pos;
    }
}

bool Reader::next(Row &row)
{
    const char16_t *data = m_text.utf16();
    const qsizetype size = m_text.size();
    const char16_t delimiter = m_delimiter.unicode();

    row.fields.clear();
    row.unterminatedQuote = false;
    // Lines with no characters at all separate nothing and are not records.
    while (m_pos < size && isLineEnd(data[m_pos])) {
        if (data[m_pos] == u'\r' && m_pos + 1 < size && data[m_pos + 1] == u'\n')
            ++m_pos;
        ++m_pos;
        ++m_line;
    }
    if (m_pos >= size)
        return false;
    row.line = m_line;

    for (;;) {
        if (m_pos < size && data[m_pos] == quote) {
            QString field;
            readQuoted(field, row);
            // Liberal: whatever follows the closing quote up to the delimiter belongs to it.
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != delimiter && !isLineEnd(data[m_pos]))
                ++m_pos;
            if (m_pos > start)
                field.append(QStringView(data + start, m_pos - start));
            row.fields.append(std::move(field));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < size && data[m_pos] != delimiter && !isLineEnd(data[m_pos]))
                ++m_pos;
            row.fields.append(QStringView(data + start, m_pos - start).toString());
        }
        if (m_pos < size && data[m_pos] == delimiter) {
            ++m_pos;
            continue;
        }
        if (m_pos < size) { // a line end, CRLF counting as one
            if (data[m_pos] == u'\r' && m_pos + 1 < size && data[m_pos + 1] == u'\n')
                ++m_pos;
            ++m_pos;
            ++m_line;
        }
        return true;
    }
}

Header::Header(const QStringList &names)
    : m_names(names)
{
    m_index.reserve(names.size());
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString folded = foldName(names[i]);
        if (!m_index.contains(folded))
            m_index.insert(folded, i);
    }
}

qsizetype Header::indexOf(QStringView name) const
{
    return m_index.value(foldName(name), -1);
}

qsizetype Header::indexOfAny(std::initializer_list<QStringView> names) const
{
    for (QStringView name : names) {
        if (const qsizetype index = indexOf(name); index >= 0)
            return index;
    }
    return -1;
}

} // namespace kith::csv
