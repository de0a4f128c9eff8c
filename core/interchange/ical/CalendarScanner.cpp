#include "CalendarScanner.h"

#include "interchange/ImportBatch.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <cstring>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

// What the calendar says about itself is a few lines; more is not worth keeping.
constexpr qsizetype maxCalendarProperties = 64 * 1024;

// Walks the physical lines of a text. Files with any LF end lines at LF (dropping a CR
// before it); files without one end them at CR, as old Mac programs wrote them.
class Lines
{
public:
    Lines(QByteArrayView data, qsizetype from, qsizetype to)
        : m_data(data)
        , m_pos(from)
        , m_end(to)
        , m_terminator(to > from && std::memchr(data.data() + from, '\n', size_t(to - from)) ? '\n'
                                                                                             : '\r')
    {}

    // The next line's content without its terminator; false at the end.
    bool next(QByteArrayView &line, qsizetype &start)
    {
        if (m_pos >= m_end)
            return false;
        start = m_pos;
        const char *base = m_data.data();
        const void *found = std::memchr(base + m_pos, m_terminator, size_t(m_end - m_pos));
        const qsizetype stop = found ? static_cast<const char *>(found) - base : m_end;
        qsizetype contentEnd = stop;
        if (m_terminator == '\n' && contentEnd > m_pos && base[contentEnd - 1] == '\r')
            --contentEnd;
        line = QByteArrayView(base + m_pos, contentEnd - m_pos);
        m_pos = found ? stop + 1 : m_end;
        return true;
    }
    qsizetype position() const { return m_pos; }

private:
    QByteArrayView m_data;
    qsizetype m_pos;
    qsizetype m_end;
    char m_terminator;
};

bool startsWithNoCase(QByteArrayView line, QByteArrayView prefix)
{
    return line.size() >= prefix.size() &&
           qstrnicmp(line.data(), prefix.data(), size_t(prefix.size())) == 0;
}

bool isBlank(QByteArrayView line)
{
    for (char c : line) {
        // 0x1A: the end-of-file mark some Windows programs still append.
        if (c != ' ' && c != '\t' && c != '\x1a')
            return false;
    }
    return true;
}

// The component name after BEGIN: or END:, upper case; empty when it is not a name.
QByteArray componentName(QByteArrayView rest)
{
    const QByteArray name = rest.trimmed().toByteArray().toUpper();
    if (name.isEmpty() || name.size() > 64)
        return {};
    for (char c : name) {
        if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return {};
    }
    return name;
}

QString shown(QByteArrayView line)
{
    constexpr qsizetype maxShown = 40;
    QString text = QString::fromUtf8(line.first(qMin(line.size(), maxShown)));
    for (QChar &c : text) {
        if (c.unicode() < 0x20)
            c = u'?';
    }
    return line.size() > maxShown ? text + u'…' : text;
}

int lineAt(QByteArrayView data, qsizetype offset)
{
    const char terminator =
        !data.isEmpty() && std::memchr(data.data(), '\n', size_t(data.size())) ? '\n' : '\r';
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i)
        line += data[i] == terminator ? 1 : 0;
    return line;
}

struct Open
{
    QByteArray name;
    int line = 0;
    qsizetype begin = 0;
};

class Scanner
{
public:
    Scanner(QByteArrayView data, const QString &fileName)
        : m_data(data)
        , m_fileName(fileName)
    {}

    Result<ScanResult> run()
    {
        // memchr must not be given the null pointer of an empty view, even for no bytes.
        const void *nul =
            m_data.isEmpty() ? nullptr : std::memchr(m_data.data(), '\0', size_t(m_data.size()));
        if (nul)
            return fail(lineAt(m_data, static_cast<const char *>(nul) - m_data.data()),
                        tr("the file holds binary data (a NUL byte), so it is not an "
                           "iCalendar file"));
        qsizetype from = 0;
        if (m_data.startsWith("\xEF\xBB\xBF"))
            from = 3;
        Lines lines(m_data, from, m_data.size());
        QByteArrayView line;
        qsizetype start = 0;
        while (lines.next(line, start)) {
            ++m_line;
            if (std::optional<Error> error = take(line, start, lines.position()))
                return *error;
        }
        if (!m_open.isEmpty()) {
            const Open &open = m_open.last();
            return fail(open.line,
                        tr("the file ends inside the %1 that begins here; it may be cut short")
                            .arg(QString::fromLatin1(open.name)));
        }
        if (m_result.calendars.isEmpty())
            return fail(0, tr("there is no calendar in this file (no BEGIN:VCALENDAR line)"));
        return std::move(m_result);
    }

private:
    Error fail(int line, const QString &reason) const
    {
        return Error(ErrorCode::Parse,
                     SourceLocation{m_fileName, line}.display() + QStringLiteral(": ") + reason);
    }

    std::optional<Error> take(QByteArrayView line, qsizetype start, qsizetype next)
    {
        const bool continuation = !line.isEmpty() && (line[0] == ' ' || line[0] == '\t');
        if (!continuation && startsWithNoCase(line, "BEGIN:"))
            return begin(componentName(line.sliced(6)), line, start);
        if (!continuation && startsWithNoCase(line, "END:"))
            return end(componentName(line.sliced(4)), line, next);
        if (m_open.isEmpty()) {
            if (isBlank(line))
                return std::nullopt;
            // Not quoted: a file picked by mistake may hold anything, a password too.
            if (m_result.calendars.isEmpty())
                return fail(m_line, tr("this is not an iCalendar file (it does not begin with "
                                       "BEGIN:VCALENDAR)"));
            return fail(m_line, tr("text after the end of the calendar, where BEGIN:VCALENDAR "
                                   "was expected"));
        }
        if (m_open.size() == 1 && !isBlank(line)) {
            QByteArray &properties = m_result.calendars.last().properties;
            if (properties.size() + line.size() < maxCalendarProperties)
                properties.append(line).append("\r\n");
        }
        return std::nullopt;
    }

    std::optional<Error> begin(const QByteArray &name, QByteArrayView line, qsizetype start)
    {
        if (name.isEmpty())
            return fail(m_line, tr("“%1” does not name a component").arg(shown(line)));
        if (m_open.isEmpty()) {
            if (name != "VCALENDAR")
                return fail(m_line, tr("expected BEGIN:VCALENDAR, found “%1”").arg(shown(line)));
            m_result.calendars.append(ScannedCalendar{m_line, {}});
        } else if (m_open.size() >= maxNesting) {
            return fail(m_line, tr("components are nested more than %1 deep").arg(maxNesting));
        }
        m_open.append({name, m_line, start});
        return std::nullopt;
    }

    std::optional<Error> end(const QByteArray &name, QByteArrayView line, qsizetype next)
    {
        if (m_open.isEmpty())
            return fail(m_line,
                        tr("“%1” closes a component that was never opened").arg(shown(line)));
        const Open open = m_open.last();
        if (name != open.name)
            return fail(m_line, tr("“%1” does not close the %2 opened on line %3")
                                    .arg(shown(line), QString::fromLatin1(open.name))
                                    .arg(open.line));
        m_open.removeLast();
        if (m_open.size() == 1) {
            m_result.components.append(ComponentSpan{open.name, open.begin, next, open.line,
                                                     int(m_result.calendars.size() - 1)});
        }
        return std::nullopt;
    }

    QByteArrayView m_data;
    const QString &m_fileName;
    int m_line = 0;
    QVarLengthArray<Open, maxNesting> m_open;
    ScanResult m_result;
};

} // namespace

Result<ScanResult> scan(QByteArrayView data, const QString &fileName)
{
    return Scanner(data, fileName).run();
}

int lineOf(QByteArrayView data, const ComponentSpan &span, QByteArrayView name)
{
    Lines lines(data, span.begin, span.end);
    QByteArrayView line;
    qsizetype start = 0;
    int number = span.line - 1;
    while (lines.next(line, start)) {
        ++number;
        if (startsWithNoCase(line, name) && line.size() > name.size() &&
            (line[name.size()] == ':' || line[name.size()] == ';'))
            return number;
    }
    return span.line;
}

} // namespace kith::ical
