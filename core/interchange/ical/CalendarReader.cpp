#include "ICalendar.h"

#include "CalendarScanner.h"
#include "EventReader.h"
#include "TodoReader.h"
#include "ZoneResolver.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace kith::ical {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::ical", text);
}

QString trN(const char *text, qsizetype n)
{
    return QCoreApplication::translate("kith::ical", text, nullptr, int(n));
}

constexpr qsizetype maxReportedProblems = 50;

QString tooLarge(const QString &fileName)
{
    return tr("%1 is larger than %2 MiB, more than a calendar can hold")
        .arg(fileName)
        .arg(maxFileBytes / (1024 * 1024));
}

// UTF-16 calendars are rare but exist (some Windows tools); everything else reads UTF-8.
QByteArray toUtf8(const QByteArray &data)
{
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        QStringDecoder decoder(QStringDecoder::Utf16, QStringDecoder::Flag::Stateless);
        return QString(decoder.decode(data)).toUtf8();
    }
    return data;
}

struct PendingDeadline
{
    QString eventUid;
    Deadline deadline;
    SourceLocation where;
};

class Reader
{
public:
    Reader(const QByteArray &data, const QString &fileName)
        : m_data(toUtf8(data))
        , m_fileName(fileName)
    {
        m_batch.source = fileName;
        m_batch.format = QStringLiteral("ical");
    }

    Result<ImportBatch> run()
    {
        initLibIcal();
        Result<ScanResult> scanned = scan(m_data, m_fileName);
        if (!scanned.ok())
            return scanned.error();
        readCalendars(scanned->calendars);
        for (const ComponentSpan &span : std::as_const(scanned->components)) {
            if (span.name == "VTIMEZONE")
                defineZone(span);
        }
        for (const ComponentSpan &span : std::as_const(scanned->components)) {
            if (Status room = m_batch.checkRoom(at(span.line), m_deadlines.size());
                !room && span.name != "VTIMEZONE")
                return room.error();
            take(span);
        }
        attachDeadlines();
        summarize();
        return std::move(m_batch);
    }

private:
    SourceLocation at(int line) const { return {m_fileName, line}; }

    void reject(int line, const QString &reason) { m_batch.rejected.append({at(line), reason}); }

    void problem(int line, const QString &text)
    {
        if (m_problems.size() < maxReportedProblems)
            m_problems.append(at(line).display() + QStringLiteral(": ") + text);
        else
            ++m_moreProblems;
    }

    void readCalendars(const QList<ScannedCalendar> &calendars)
    {
        for (const ScannedCalendar &calendar : calendars) {
            CalendarContext context;
            context.index = int(m_calendars.size());
            const QByteArray text =
                "BEGIN:VCALENDAR\r\n" + calendar.properties + "END:VCALENDAR\r\n";
            if (ComponentPtr parsed = parseComponent(text)) {
                const QString productId = propertyText(parsed.get(), ICAL_PRODID_PROPERTY);
                context.fromKith = productId.startsWith(QLatin1String("-//Kith//"));
                context.zone = xPropertyText(parsed.get(), "X-WR-TIMEZONE").trimmed();
            }
            m_calendars.append(context);
        }
    }

    // libical parses one component; text that is not UTF-8 is taken as Latin-1, which is
    // what older Windows programs meant.
    ComponentPtr parse(const ComponentSpan &span)
    {
        const QByteArrayView text(m_data.constData() + span.begin, span.end - span.begin);
        if (isValidUtf8(text))
            return parseComponent(text);
        ++m_latin1;
        return parseComponent(QString::fromLatin1(text).toUtf8());
    }

    void defineZone(const ComponentSpan &span)
    {
        if (span.end - span.begin > maxComponentBytes ||
            !m_zones.define(span.calendar, parse(span)))
            problem(span.line, tr("this time zone definition could not be used"));
    }

    void take(const ComponentSpan &span)
    {
        if (span.name == "VTIMEZONE")
            return;
        if (span.end - span.begin > maxComponentBytes) {
            reject(span.line, tr("this %1 is larger than %2 MiB")
                                  .arg(QString::fromLatin1(span.name))
                                  .arg(maxComponentBytes / (1024 * 1024)));
            return;
        }
        if (span.name == "VEVENT")
            takeEvent(span);
        else if (span.name == "VTODO")
            takeTodo(span);
        else if (span.name == "VJOURNAL")
            reject(span.line, tr("journal entries are not imported"));
        else if (span.name == "VFREEBUSY")
            reject(span.line, tr("free/busy times are not imported"));
        else
            reject(span.line,
                   tr("%1 components are not imported").arg(QString::fromLatin1(span.name)));
    }

    icalcomponent *expect(const ComponentPtr &component, icalcomponent_kind kind,
                          const ComponentSpan &span)
    {
        if (!component || icalcomponent_isa(component.get()) != kind) {
            reject(span.line,
                   tr("libical could not read this %1").arg(QString::fromLatin1(span.name)));
            return nullptr;
        }
        for (const QString &error : parseErrors(component.get()))
            problem(span.line, tr("ignored: %1").arg(error));
        return component.get();
    }

    void takeEvent(const ComponentSpan &span)
    {
        const ComponentPtr component = parse(span);
        icalcomponent *vevent = expect(component, ICAL_VEVENT_COMPONENT, span);
        if (!vevent)
            return;
        EventRead read = readEvent(vevent, m_calendars.at(span.calendar), m_zones);
        m_recurring += read.recurring ? 1 : 0;
        m_offsetZones += read.zoneKeptAsOffset ? 1 : 0;
        m_shortened += read.shortened ? 1 : 0;
        if (read.isOccurrence) {
            ++m_occurrences;
            return;
        }
        if (!read.event) {
            const int line = read.problemProperty.isEmpty()
                                 ? span.line
                                 : lineOf(m_data, span, read.problemProperty);
            reject(line, read.rejection);
            return;
        }
        if (!read.event->uid.isEmpty()) {
            const auto [seen, isNew] = tryInsert(m_eventUids, read.event->uid, span.line);
            if (!isNew) {
                reject(span.line, tr("the same event (UID) as line %1").arg(seen));
                return;
            }
        }
        m_batch.events.append({std::move(*read.event), {}, at(span.line)});
    }

    void takeTodo(const ComponentSpan &span)
    {
        const ComponentPtr component = parse(span);
        icalcomponent *vtodo = expect(component, ICAL_VTODO_COMPONENT, span);
        if (!vtodo)
            return;
        TodoRead read = readTodo(vtodo);
        if (read.followUp) {
            const auto [seen, isNew] = tryInsert(m_followUpUids, read.followUp->uid, span.line);
            if (!isNew) {
                reject(span.line, tr("the same follow-up (UID) as line %1").arg(seen));
                return;
            }
            m_batch.interactions.append(
                {std::move(*read.followUp), {}, std::move(read.people), at(span.line)});
        } else if (read.deadline) {
            m_deadlines.append({read.eventUid, *read.deadline, at(span.line)});
        } else {
            reject(span.line, read.rejection);
        }
    }

    static std::pair<int, bool> tryInsert(QHash<QString, int> &seen, const QString &uid, int line)
    {
        const auto found = seen.constFind(uid);
        if (found != seen.cend())
            return {found.value(), false};
        seen.insert(uid, line);
        return {line, true};
    }

    void attachDeadlines()
    {
        QHash<QString, qsizetype> events;
        for (qsizetype i = 0; i < m_batch.events.size(); ++i) {
            if (!m_batch.events[i].event.uid.isEmpty())
                events.insert(m_batch.events[i].event.uid, i);
        }
        for (const PendingDeadline &pending : std::as_const(m_deadlines)) {
            const auto found = events.constFind(pending.eventUid);
            if (found == events.cend())
                m_batch.rejected.append(
                    {pending.where, tr("the deadline’s event is not in this file")});
            else
                m_batch.events[found.value()].event.deadlines.append(pending.deadline);
        }
    }

    void summarize()
    {
        QStringList &notes = m_batch.notes;
        if (m_recurring > 0)
            notes.append(trN("%n recurring event(s) imported as the first occurrence; the rule "
                             "is in the notes.",
                             m_recurring));
        if (m_occurrences > 0)
            notes.append(trN("%n changed occurrence(s) of recurring events not imported on "
                             "their own.",
                             m_occurrences));
        if (m_offsetZones > 0)
            notes.append(trN("%n event(s) in a time zone Kith does not know kept at its offset "
                             "from UTC.",
                             m_offsetZones));
        if (m_shortened > 0)
            notes.append(
                trN("%n event(s) with a text longer than Kith keeps, shortened.", m_shortened));
        if (m_latin1 > 0)
            notes.append(trN("%n component(s) not in UTF-8, read as Latin-1.", m_latin1));
        notes.append(m_problems);
        if (m_moreProblems > 0)
            notes.append(trN("… and %n more problem(s) libical reported.", m_moreProblems));
    }

    const QByteArray m_data;
    const QString m_fileName;
    ImportBatch m_batch;
    QList<CalendarContext> m_calendars;
    ZoneResolver m_zones;
    QHash<QString, int> m_eventUids;
    QHash<QString, int> m_followUpUids;
    QList<PendingDeadline> m_deadlines;
    QStringList m_problems;
    qsizetype m_moreProblems = 0;
    qsizetype m_recurring = 0;
    qsizetype m_occurrences = 0;
    qsizetype m_offsetZones = 0;
    qsizetype m_shortened = 0;
    qsizetype m_latin1 = 0;
};

} // namespace

Result<ImportBatch> read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > maxFileBytes)
        return Error(ErrorCode::Parse, tooLarge(fileName));
    return Reader(data, fileName).run();
}

Result<ImportBatch> readFile(const QString &path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return Error(ErrorCode::Parse, tooLarge(fileName));
    const QByteArray data = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<ImportBatch> batch = read(data, fileName);
    if (batch.ok())
        batch->source = path;
    return batch;
}

} // namespace kith::ical
