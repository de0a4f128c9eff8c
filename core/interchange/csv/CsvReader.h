#pragma once

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace kith::csv {

// Turns the bytes of a CSV file into text: UTF-8 with or without a byte order mark, UTF-16
// (LE or BE) with a byte order mark or recognisably without one. Bytes that are not valid
// UTF-8 are read as Windows-1252 (what spreadsheet programs on Windows write), so no file is
// refused for its encoding. The byte order mark is not part of the text.
QString decode(QByteArrayView bytes);

// One record: its fields and the 1-based line of the file on which it starts (a quoted field
// may run over several lines, so the next record's line can be more than this one's + 1).
struct Row
{
    QStringList fields;
    int line = 0;
    // The last field opened a quote that the file never closed; it holds the rest of the file.
    bool unterminatedQuote = false;

    // The field at `index`, or an empty string when the row is shorter (or index is -1).
    QString value(qsizetype index) const
    {
        return index >= 0 && index < fields.size() ? fields.at(index) : QString();
    }
    // Whether every field is empty or white space.
    bool isBlank() const;
};

// Reads records from CSV text, one at a time, in one pass (RFC 4180, read liberally):
// - line ends may be LF, CRLF or CR, mixed; the last record needs no line end;
// - quoted fields may hold delimiters, doubled quotes ("") and line breaks, which are
//   returned as "\n" whatever the file used;
// - a quote inside an unquoted field is kept as text (`5" disk`), and text after a closing
//   quote is appended to the field (`"Smith" Jr` reads `Smith Jr`);
// - a line with no characters at all is not a record; `,,` is a record of three empty fields;
// - a leading byte order mark (U+FEFF) is skipped; fields are not trimmed.
//
// The delimiter is `,` unless one is given or the first line says otherwise: Excel's
// `sep=;` line (which is then skipped), or more `;` or tabs than commas outside quotes.
//
// The text is only viewed: it must outlive the reader.
class Reader
{
public:
    explicit Reader(QStringView text, QChar delimiter = QChar());

    // Reads the next record into `row` (reusing its storage); false at the end of the text.
    bool next(Row &row);
    // The line on which the next record would start.
    int line() const { return m_line; }
    QChar delimiter() const { return m_delimiter; }

private:
    void readQuoted(QString &field, Row &row);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QChar m_delimiter;
};

// The delimiter the first line of `text` suggests: `,`, `;` or tab (see Reader).
QChar detectDelimiter(QStringView text);

// Column positions by header name, compared without case and surrounding white space, so
// files can be mapped by name whatever order or spelling of case they use.
class Header
{
public:
    Header() = default;
    explicit Header(const QStringList &names);

    // The column called `name`, or -1.
    qsizetype indexOf(QStringView name) const;
    // The first of `names` that is a column, or -1 (for columns renamed between versions).
    qsizetype indexOfAny(std::initializer_list<QStringView> names) const;
    bool contains(QStringView name) const { return indexOf(name) >= 0; }
    qsizetype size() const { return m_names.size(); }
    const QStringList &names() const { return m_names; }

private:
    QStringList m_names;
    QHash<QString, qsizetype> m_index; // folded name → first column with it
};

} // namespace kith::csv
