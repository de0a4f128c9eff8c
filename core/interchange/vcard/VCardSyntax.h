#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>

// The vCard content-line syntax shared by every version (RFC 2425/2426/6350 and the 2.1
// specification): unfolding, splitting a line into group, name, parameters and value, and
// reading parameters. Everything works on views into the file so a typical card is read
// without copying it.
namespace kith::vcard::detail {

bool equalsIgnoringCase(QByteArrayView text, QByteArrayView upperCaseWord);
bool startsWithIgnoringCase(QByteArrayView text, QByteArrayView upperCasePrefix);
bool containsIgnoringCase(QByteArrayView text, QByteArrayView upperCaseWord);

// One property after unfolding. The views point into the file or into the LineReader's
// buffer and stay valid until the next line is read.
struct ContentLine
{
    QByteArrayView group; // "item1" of "item1.EMAIL"; empty when ungrouped
    QByteArrayView name;
    QByteArrayView parameters; // what lies between the name and the value, without the ';'
    QByteArrayView value;
    int line = 0; // 1-based number of the physical line the property starts on
};

// Splits an unfolded line. False for a line that is not a property (no colon, or a name
// that is not a name), which the reader reports as garbage.
bool splitContentLine(QByteArrayView text, ContentLine &out);

// Yields the logical lines of a file: lines folded with a leading space or tab are joined
// (vCard 3.0/4.0), so are 2.1 quoted-printable soft line breaks ("=" at the end of a
// line) and 2.1 base64 data whose continuation lines writers forgot to indent. Accepts
// CRLF, LF and CR line ends.
class LineReader
{
public:
    explicit LineReader(QByteArrayView data)
        : m_data(data)
    {}

    // The next logical line and the number of its first physical line; false at the end.
    bool next(QByteArrayView &text, int &line);

private:
    QByteArrayView physicalLine(qsizetype from, qsizetype &nextStart) const;
    bool continuesAsBase64(QByteArrayView current, QByteArrayView following) const;

    QByteArrayView m_data;
    qsizetype m_position = 0;
    int m_lineNumber = 0; // physical lines consumed so far
    QByteArray m_buffer;  // holds a logical line that had to be joined
};

enum class Encoding : quint8
{
    None,
    QuotedPrintable,
    Base64
};

// The parameters Kith looks at. TYPE values come from every spelling: 2.1's bare
// "TEL;WORK;VOICE", 3.0's "TYPE=work,voice" or repeated TYPE=, 4.0's TYPE="work,voice".
struct Parameters
{
    static constexpr int maxTypes = 12;

    Encoding encoding = Encoding::None;
    QByteArrayView charset;
    QByteArrayView valueType; // VALUE=
    QByteArrayView mediaType; // MEDIATYPE= (4.0)
    QByteArrayView user;      // X-USER= of Apple's X-SOCIALPROFILE
    std::array<QByteArrayView, maxTypes> types{};
    int typeCount = 0;
    int pref = 0; // 1 (most preferred) to 100; 0 when the value is not marked preferred

    bool hasType(QByteArrayView upperCaseType) const;
};

Parameters parseParameters(QByteArrayView raw);

// Value decoding. Text values are unescaped (\n \N \, \; \\ and \:), line breaks become
// "\n", and bytes are decoded with the charset (UTF-8 unless said otherwise; invalid UTF-8
// is read as Windows-1252, as old address books wrote it).
QByteArray decodeQuotedPrintable(QByteArrayView encoded);
QString decodeCharset(QByteArrayView bytes, QByteArrayView charset);
// The bytes of the value with its transfer encoding (quoted-printable) undone; `storage`
// holds them when decoding was needed.
QByteArrayView transferDecoded(QByteArrayView value, const Parameters &parameters,
                               QByteArray &storage);
QString textValue(QByteArrayView value, const Parameters &parameters);
// A structured value (N, ADR, ORG) split at unescaped `separator`s, each part unescaped
// and decoded; parts beyond `maxParts` are dropped. Returns the number of parts.
int splitStructured(QByteArrayView value, const Parameters &parameters, char separator,
                    QString *parts, int maxParts);
// A list value (CATEGORIES, X-KITH-RELATIONSHIP): split at unescaped commas.
QStringList listValue(QByteArrayView value, const Parameters &parameters);

} // namespace kith::vcard::detail
