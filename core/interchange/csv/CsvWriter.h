#pragma once

#include <QByteArray>
#include <QString>
#include <QStringEncoder>
#include <QStringList>

namespace kith::csv {

// Writes CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order
// mark (without it, Excel reads UTF-8 as the local 8-bit code page).
//
// Guards against formula injection: a cell starting with =, +, -, @, tab or CR is a formula
// (or becomes one) in Excel, LibreOffice and Google Sheets, so it is written with a leading
// apostrophe, which spreadsheets show as text and hide. The contacts reader removes it again.
class CsvWriter
{
public:
    CsvWriter();

    CsvWriter &cell(QStringView value);
    CsvWriter &cell(qint64 value); // never guarded: a number is not a formula
    CsvWriter &emptyCell() { return cell(QStringView()); }
    void endRow();
    void row(const QStringList &cells);

    void reserve(qsizetype bytes) { m_out.reserve(bytes); }
    QByteArray take();

    // Whether a spreadsheet would read `value` as a formula.
    static bool needsGuard(QStringView value);

private:
    QByteArray m_out;
    QString m_line; // the row being written, encoded once it ends
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringConverter::Flag::Stateless};
    bool m_rowStarted = false;
};

} // namespace kith::csv
