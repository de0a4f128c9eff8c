// The iCalendar writer on the demo network, component by component, checked against the
// stored records; files checked with the shared validator (Mozilla's ical.js) when node is
// there; and Kith's own file read back by Kith's reader.

#include "demo/DemoNetwork.h"
#include "interchange/ical/EventText.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/ical/KithUid.h"
#include "storage/EventStore.h"
#include "storage/InteractionStore.h"
#include "storage/PersonStore.h"
#include "storage/SettingsStore.h"
#include "support/TestDatabase.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace kith;
using namespace kith::test;

namespace {

// A component of the exported file as its unfolded content lines.
struct Component
{
    QString name;
    QStringList lines;

    QString value(const QString &property) const
    {
        for (const QString &line : lines) {
            if (line.startsWith(property + u':'))
                return line.mid(property.size() + 1);
        }
        return {};
    }
    // Every content line of `property`, parameters included ("DTSTART;VALUE=DATE:20260620").
    QStringList all(const QString &property) const
    {
        QStringList found;
        for (const QString &line : lines) {
            if (line.startsWith(property + u':') || line.startsWith(property + u';'))
                found.append(line);
        }
        return found;
    }
};

// The top-level components of a calendar (nested ones, such as STANDARD, stay in their
// parent's lines), after unfolding.
QString unfolded(const QByteArray &ics)
{
    QByteArray text = ics;
    text.replace("\r\n ", "");
    return QString::fromUtf8(text);
}

QList<Component> components(const QByteArray &ics)
{
    QList<Component> list;
    int depth = 0;
    for (const QString &line : unfolded(ics).split(QStringLiteral("\r\n"))) {
        const bool begins = line.startsWith(QLatin1String("BEGIN:"));
        const bool ends = line.startsWith(QLatin1String("END:"));
        depth += begins ? 1 : 0;
        if (begins && depth == 2)
            list.append({line.mid(6), {}});
        else if (depth > 2 || (depth == 2 && !ends))
            list.last().lines.append(line);
        depth -= ends ? 1 : 0;
    }
    return list;
}

QList<Component> ofKind(const QList<Component> &all, const QString &name)
{
    QList<Component> list;
    for (const Component &c : all) {
        if (c.name == name)
            list.append(c);
    }
    return list;
}

const Component *withUid(const QList<Component> &all, const QString &uid)
{
    for (const Component &c : all) {
        if (c.value(QStringLiteral("UID")) == uid)
            return &c;
    }
    return nullptr;
}

QString icalDate(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// iCalendar TEXT as written: backslash, semicolon, comma and line breaks escaped.
QString escaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u';', QStringLiteral("\\;"));
    text.replace(u',', QStringLiteral("\\,"));
    text.replace(u'\n', QStringLiteral("\\n"));
    return text;
}

QList<Event> storedEvents(Database &db)
{
    EventStore store(db);
    QList<Event> events;
    for (const EventSummary &summary : store.list({}).valueOr({}))
        events.append(store.get(summary.id).valueOr({}));
    return events;
}

QList<Interaction> openFollowUps(Database &db)
{
    InteractionStore store(db);
    InteractionQuery query;
    query.filter.openFollowUpsOnly = true;
    QList<Interaction> list;
    for (const InteractionSummary &summary : store.list(query).valueOr({}))
        list.append(store.get(summary.id).valueOr({}));
    return list;
}

QString validatorPath()
{
    const QString fromEnvironment = qEnvironmentVariable("KITH_SHARED_TOOLS");
    return (fromEnvironment.isEmpty() ? QStringLiteral(KITH_SHARED_TOOLS) : fromEnvironment) +
           QStringLiteral("/validate");
}

// Runs the shared validator on `ics`; false (with the reason) only when it finds a problem.
// Where node or the tool is missing it says so and leaves the checks to the caller.
bool passesValidator(const QByteArray &ics, QByteArray &output)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("export.ics"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size())
        return false;
    file.close();
    const QString validator = validatorPath();
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty() ||
        !QFile::exists(validator)) {
        qInfo("The shared validator (node and %s) is not available: only Kith's own format "
              "checks ran on the export.",
              qPrintable(validator));
        return true;
    }
    QProcess process;
    process.start(validator, {QStringLiteral("--strict"), path});
    if (!process.waitForFinished(180'000))
        return false;
    output = process.readAllStandardOutput() + process.readAllStandardError();
    if (process.exitCode() == 2) {
        qInfo("The shared validator could not start (exit 2): %s", output.constData());
        return true;
    }
    return process.exitCode() == 0 && output.contains("0 error(s), 0 warning(s)");
}

Event timedEvent(const QString &name, const QDate &day, const QString &zone)
{
    Event e;
    e.name = name;
    e.startDate = day;
    e.endDate = day;
    e.startTime = QTime(9, 0);
    e.endTime = QTime(10, 0);
    e.timeZone = zone;
    return e;
}

} // namespace

class TestICalendarExport : public QObject
{
    Q_OBJECT

private:
    TestDatabase m_fixture;
    QByteArray m_ics;
    QString m_databaseUid;

    QString eventUid(Id id) const
    {
        return ical::makeUid({ical::KithUidKind::Event, id, 0, m_databaseUid});
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Status populated = demo::populate(m_fixture.db(), TestDatabase::today());
        QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
        Result<QByteArray> ics = ical::write(m_fixture.db(), TestDatabase::today());
        QVERIFY2(ics.ok(), qPrintable(ics.errorMessage()));
        m_ics = *ics;
        m_databaseUid =
            SettingsStore(m_fixture.db()).value(QString(ical::databaseUidKey)).valueOr({});
    }

    void calendarHeader()
    {
        const QList<QByteArray> lines = m_ics.split('\n');
        QCOMPARE(lines.at(0), QByteArray("BEGIN:VCALENDAR\r"));
        QCOMPARE(lines.at(1), QByteArray("VERSION:2.0\r"));
        QVERIFY2(
            QRegularExpression(QStringLiteral("^PRODID:-//Kith//Kith \\d+\\.\\d+\\.\\d+//EN\r$"))
                .match(QString::fromLatin1(lines.at(2)))
                .hasMatch(),
            lines.at(2).constData());
        QCOMPARE(lines.at(3), QByteArray("CALSCALE:GREGORIAN\r"));
        QVERIFY(m_ics.endsWith("\r\nEND:VCALENDAR\r\n"));
    }

    void linesAreCrlfFoldedAndUtf8()
    {
        QVERIFY(!m_ics.contains("\r\r"));
        qsizetype start = 0;
        int longest = 0;
        while (start < m_ics.size()) {
            const qsizetype lf = m_ics.indexOf('\n', start);
            QVERIFY2(lf > start && m_ics.at(lf - 1) == '\r', "a line does not end in CRLF");
            const QByteArray line = m_ics.mid(start, lf - 1 - start);
            QVERIFY2(!line.contains('\r'), line.constData());
            longest = qMax(longest, int(line.size()));
            // libical folds between characters, never inside one.
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString text = decoder.decode(line);
            QVERIFY2(!decoder.hasError(), line.constData());
            start = lf + 1;
        }
        QVERIFY2(longest <= 75, qPrintable(QString::number(longest)));
    }

    void everyDatedEventIsAVevent()
    {
        const QList<Component> events = ofKind(components(m_ics), QStringLiteral("VEVENT"));
        const QList<Event> stored = storedEvents(m_fixture.db());
        qsizetype dated = 0;
        for (const Event &e : stored) {
            if (!e.startDate.isValid())
                continue;
            ++dated;
            const Component *c = withUid(events, eventUid(e.id));
            QVERIFY2(c, qPrintable(e.name));
            QCOMPARE(c->value(QStringLiteral("SUMMARY")), escaped(e.name));
            QCOMPARE(c->value(QStringLiteral("DTSTAMP")), QStringLiteral("20260315T100000Z"));
            QVERIFY(!c->value(QStringLiteral("LAST-MODIFIED")).isEmpty());
            const char *status =
                e.status == EventStatus::Skipped ? "CANCELLED"
                : e.status == EventStatus::Registered || e.status == EventStatus::Attended
                    ? "CONFIRMED"
                    : "TENTATIVE";
            QCOMPARE(c->value(QStringLiteral("STATUS")), QString::fromLatin1(status));
            QCOMPARE(c->value(QStringLiteral("X-KITH-STATUS")), enumKey(e.status));
            QCOMPARE(c->value(QStringLiteral("URL")), e.url);
            QCOMPARE(c->all(QStringLiteral("CATEGORIES")).size(), e.tags.size());
            if (e.isAllDay()) {
                QCOMPARE(
                    c->all(QStringLiteral("DTSTART")),
                    QStringList{QStringLiteral("DTSTART;VALUE=DATE:") + icalDate(e.startDate)});
                // The end of an all-day event is exclusive: the day after the last.
                const QDate last = e.endDate.isValid() ? e.endDate : e.startDate;
                QCOMPARE(
                    c->all(QStringLiteral("DTEND")),
                    QStringList{QStringLiteral("DTEND;VALUE=DATE:") + icalDate(last.addDays(1))});
            } else {
                QCOMPARE(e.timeZone, QStringLiteral("America/Denver"));
                QCOMPARE(c->all(QStringLiteral("DTSTART")),
                         QStringList{QStringLiteral("DTSTART;TZID=America/Denver:") +
                                     icalDate(e.startDate) + u'T' +
                                     e.startTime.toString(QStringLiteral("HHmmss"))});
            }
        }
        QVERIFY(dated >= 5);
        QCOMPARE(events.size(), dated);
    }

    void everyTzidIsDefined()
    {
        const QList<Component> all = components(m_ics);
        QSet<QString> defined;
        for (const Component &zone : ofKind(all, QStringLiteral("VTIMEZONE"))) {
            const QString tzid = zone.value(QStringLiteral("TZID"));
            QVERIFY2(!defined.contains(tzid), qPrintable(tzid));
            defined.insert(tzid);
            QVERIFY(zone.lines.contains(QStringLiteral("BEGIN:STANDARD")));
        }
        QCOMPARE(defined, QSet<QString>{QStringLiteral("America/Denver")});
        static const QRegularExpression tzidParameter(QStringLiteral(";TZID=([^:;]+)"));
        auto matches = tzidParameter.globalMatch(QString::fromUtf8(m_ics));
        int used = 0;
        while (matches.hasNext()) {
            QVERIFY(defined.contains(matches.next().captured(1)));
            ++used;
        }
        QVERIFY(used > 0);
    }

    void descriptionHoldsCostsAndNotes()
    {
        const QList<Component> events = ofKind(components(m_ics), QStringLiteral("VEVENT"));
        int withCosts = 0;
        for (const Event &e : storedEvents(m_fixture.db())) {
            const Component *c = withUid(events, eventUid(e.id));
            if (!c)
                continue;
            const QString description = c->value(QStringLiteral("DESCRIPTION"));
            if (!e.notes.isEmpty())
                QVERIFY2(description.endsWith(escaped(e.notes)), qPrintable(description));
            if (e.costs.isEmpty())
                continue;
            ++withCosts;
            QVERIFY2(description.startsWith(
                         escaped(QStringLiteral("Costs (%1): planned %2")
                                     .arg(e.currency, ical::formatAmount(e.plannedTotalCents())))),
                     qPrintable(description));
            for (const CostLine &line : e.costs) {
                QString text =
                    QStringLiteral("- %1: planned %2")
                        .arg(enumLabel(line.category), ical::formatAmount(line.plannedCents));
                if (line.actualCents)
                    text += QStringLiteral(", paid ") + ical::formatAmount(*line.actualCents);
                QVERIFY2(description.contains(escaped(text)), qPrintable(description));
            }
        }
        QVERIFY(withCosts >= 3);
        // One line in full, as the demo's ALA Annual has it.
        QVERIFY(unfolded(m_ics).contains(
            QStringLiteral("Registration: planned 275.00 (Self) – new-member early-bird")));
    }

    void tasksForOpenDeadlinesAndFollowUps()
    {
        const QList<Component> todos = ofKind(components(m_ics), QStringLiteral("VTODO"));
        int deadlines = 0;
        for (const Event &e : storedEvents(m_fixture.db())) {
            for (qsizetype i = 0; i < e.deadlines.size(); ++i) {
                const Deadline &d = e.deadlines.at(i);
                const Component *c = withUid(todos, ical::makeUid({ical::KithUidKind::Deadline,
                                                                   e.id, int(i), m_databaseUid}));
                QCOMPARE(c != nullptr, !d.done);
                if (d.done)
                    continue;
                ++deadlines;
                QCOMPARE(c->value(QStringLiteral("SUMMARY")),
                         escaped(enumLabel(d.kind) + QStringLiteral(": ") + e.name));
                QCOMPARE(c->all(QStringLiteral("DUE")),
                         QStringList{QStringLiteral("DUE;VALUE=DATE:") + icalDate(d.due)});
                QCOMPARE(c->value(QStringLiteral("RELATED-TO")), eventUid(e.id));
                QCOMPARE(c->value(QStringLiteral("STATUS")), QStringLiteral("NEEDS-ACTION"));
                QCOMPARE(c->value(QStringLiteral("DTSTAMP")), QStringLiteral("20260315T100000Z"));
            }
        }
        QVERIFY(deadlines >= 4);
        QVERIFY(m_ics.contains("SUMMARY:Early-bird registration: ALA Annual Conference\r\n"));

        const QList<Interaction> followUps = openFollowUps(m_fixture.db());
        QVERIFY(!followUps.isEmpty());
        for (const Interaction &i : followUps) {
            const Component *c = withUid(
                todos, ical::makeUid({ical::KithUidKind::FollowUp, i.id, 0, m_databaseUid}));
            QVERIFY2(c, qPrintable(i.summary));
            QVERIFY(
                c->value(QStringLiteral("SUMMARY")).startsWith(QStringLiteral("Follow up with ")));
            QCOMPARE(c->all(QStringLiteral("DUE")),
                     QStringList{QStringLiteral("DUE;VALUE=DATE:") + icalDate(i.followUpOn)});
            QCOMPARE(c->all(QStringLiteral("CONTACT")).size(), i.personIds.size());
            QCOMPARE(c->value(QStringLiteral("DESCRIPTION")), escaped(i.summary));
        }
        QCOMPARE(todos.size(), deadlines + followUps.size());
    }

    void uidsStayTheSameFromOneExportToTheNext()
    {
        QVERIFY(!QUuid(m_databaseUid).isNull());
        m_fixture.reopen();
        Result<QByteArray> again = ical::write(m_fixture.db(), TestDatabase::today());
        QVERIFY(again.ok());
        // The clock is fixed, so not only the UIDs: every byte is the same.
        QCOMPARE(*again, m_ics);
        QCOMPARE(SettingsStore(m_fixture.db()).value(QString(ical::databaseUidKey)).valueOr({}),
                 m_databaseUid);
    }

    void passesTheSharedValidator()
    {
        QByteArray output;
        QVERIFY2(passesValidator(m_ics, output), output.constData());
    }

    void storedUidsAndEveryKindOfZone()
    {
        TestDatabase fixture;
        EventStore events(fixture.db());
        Event imported = timedEvent(QStringLiteral("Bibliothekartag"), QDate(2026, 9, 15),
                                    QStringLiteral("Europe/Berlin"));
        imported.uid = QStringLiteral("imported-1@google.com");
        QVERIFY(events.create(imported).ok());
        QVERIFY(events
                    .create(timedEvent(QStringLiteral("Fixed offset"), QDate(2026, 4, 1),
                                       QStringLiteral("UTC-05:00")))
                    .ok());
        QVERIFY(events.create(timedEvent(QStringLiteral("Floating"), QDate(2026, 4, 2), {})).ok());
        QVERIFY(events
                    .create(timedEvent(QStringLiteral("In UTC"), QDate(2026, 4, 3),
                                       QStringLiteral("UTC")))
                    .ok());
        Event undated;
        undated.name = QStringLiteral("Some day, maybe");
        QVERIFY(events.create(undated).ok());
        Person person;
        person.displayName = QStringLiteral("Ana Romero");
        const Result<Id> ana = PersonStore(fixture.db()).create(person);
        QVERIFY(ana.ok());
        Interaction met;
        met.uid = QStringLiteral("followup-9@6b697468-aaaa-4bbb-8ccc-0123456789ab.kith");
        met.date = QDate(2026, 3, 1);
        met.personIds = {*ana};
        met.summary = QStringLiteral("Coffee; she knows the hiring manager, and more");
        met.followUpOn = QDate(2026, 3, 20);
        QVERIFY(InteractionStore(fixture.db()).create(met).ok());

        const Result<QByteArray> ics = ical::write(fixture.db(), TestDatabase::today());
        QVERIFY2(ics.ok(), qPrintable(ics.errorMessage()));
        const QList<Component> all = components(*ics);
        const QList<Component> vevents = ofKind(all, QStringLiteral("VEVENT"));
        QCOMPARE(vevents.size(), 4); // the undated one has no place in a calendar
        const Component *berlin = withUid(vevents, imported.uid);
        QVERIFY(berlin);
        QCOMPARE(berlin->all(QStringLiteral("DTSTART")),
                 QStringList{QStringLiteral("DTSTART;TZID=Europe/Berlin:20260915T090000")});
        QCOMPARE(ofKind(all, QStringLiteral("VTIMEZONE")).size(), 1);
        QCOMPARE(ofKind(all, QStringLiteral("VTIMEZONE")).at(0).value(QStringLiteral("TZID")),
                 QStringLiteral("Europe/Berlin"));
        const auto starts = [&](const QString &summary) {
            for (const Component &c : vevents) {
                if (c.value(QStringLiteral("SUMMARY")) == summary)
                    return c.all(QStringLiteral("DTSTART")) + c.all(QStringLiteral("DTEND"));
            }
            return QStringList();
        };
        // A zone only Qt knows is written in UTC; no zone at all stays floating.
        QCOMPARE(starts(QStringLiteral("Fixed offset")),
                 (QStringList{QStringLiteral("DTSTART:20260401T140000Z"),
                              QStringLiteral("DTEND:20260401T150000Z")}));
        QCOMPARE(starts(QStringLiteral("Floating")),
                 (QStringList{QStringLiteral("DTSTART:20260402T090000"),
                              QStringLiteral("DTEND:20260402T100000")}));
        QCOMPARE(starts(QStringLiteral("In UTC")),
                 (QStringList{QStringLiteral("DTSTART:20260403T090000Z"),
                              QStringLiteral("DTEND:20260403T100000Z")}));

        const QList<Component> todos = ofKind(all, QStringLiteral("VTODO"));
        QCOMPARE(todos.size(), 1);
        QCOMPARE(todos.at(0).value(QStringLiteral("UID")), met.uid);
        QCOMPARE(todos.at(0).value(QStringLiteral("SUMMARY")),
                 QStringLiteral("Follow up with Ana Romero: Coffee\\; she knows the hiring "
                                "manager\\, and more"));
        QCOMPARE(todos.at(0).value(QStringLiteral("CONTACT")), QStringLiteral("Ana Romero"));
        QCOMPARE(todos.at(0).all(QStringLiteral("DTSTART")),
                 QStringList{QStringLiteral("DTSTART;VALUE=DATE:20260301")});

        QByteArray output;
        QVERIFY2(passesValidator(*ics, output), output.constData());
    }

    void readOnlyDatabaseStillHasStableUids()
    {
        TestDatabase fixture;
        QVERIFY(EventStore(fixture.db())
                    .create(timedEvent(QStringLiteral("Webinar"), QDate(2026, 5, 5),
                                       QStringLiteral("America/Denver")))
                    .ok());
        const QString path = fixture.path();
        Database::Options readOnly;
        readOnly.readOnly = true;
        const std::unique_ptr<Database> db = openOrFail(path, readOnly);
        QVERIFY(db);
        const Result<QByteArray> first = ical::write(*db, TestDatabase::today());
        const Result<QByteArray> second = ical::write(*db, TestDatabase::today());
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        QVERIFY(second.ok());
        const QString uid = components(*first).last().value(QStringLiteral("UID"));
        QVERIFY2(ical::parseKithUid(uid).has_value(), qPrintable(uid));
        QCOMPARE(components(*second).last().value(QStringLiteral("UID")), uid);
        QVERIFY(SettingsStore(*db).value(QString(ical::databaseUidKey)).valueOr({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestICalendarExport)
#include "tst_icalendarexport.moc"
