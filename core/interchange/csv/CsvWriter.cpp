#include "CsvWriter.h"

namespace kith::csv {

CsvWriter::CsvWriter()
{
    m_out.append("\xEF\xBB\xBF");
    m_line.reserve(1024);
}

bool CsvWriter::needsGuard(QStringView value)
{
    if (value.isEmpty())
        return false;
    switch (value.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

CsvWriter &CsvWriter::cell(QStringView value)
{
    if (m_rowStarted)
        m_line += QLatin1Char(',');
    m_rowStarted = true;
    const bool guard = needsGuard(value);
    bool quote = false;
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        if (u == u',' || u == u'"' || u == u'\n' || u == u'\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (guard)
            m_line += QLatin1Char('\'');
        m_line += value;
        return *this;
    }
    m_line += QLatin1Char('"');
    if (guard)
        m_line += QLatin1Char('\'');
    qsizetype run = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == QLatin1Char('"')) {
            m_line += value.sliced(run, i + 1 - run); // up to and with the quote
            m_line += QLatin1Char('"');
            run = i + 1;
        }
    }
    m_line += value.sliced(run);
    m_line += QLatin1Char('"');
    return *this;
}

CsvWriter &CsvWriter::cell(qint64 value)
{
    if (m_rowStarted)
        m_line += QLatin1Char(',');
    m_rowStarted = true;
    m_line += QString::number(value);
    return *this;
}

void CsvWriter::endRow()
{
    m_line += QLatin1String("\r\n");
    const qsizetype size = m_out.size();
    m_out.resize(size + m_line.size() * 3);
    char *end = m_utf8.appendToBuffer(m_out.data() + size, m_line);
    m_out.truncate(end - m_out.constData());
    m_line.clear();
    m_rowStarted = false;
}

void CsvWriter::row(const QStringList &cells)
{
    for (const QString &value : cells)
        cell(value);
    endRow();
}

QByteArray CsvWriter::take()
{
    if (m_rowStarted)
        endRow();
    return std::move(m_out);
}

} // namespace kith::csv
