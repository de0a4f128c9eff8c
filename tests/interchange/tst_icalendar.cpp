// The iCalendar reader against files as calendar programs write them (tests/data/ical/):
// Google with its VTIMEZONE, Outlook with Windows zone names, Apple's all-day events (LF line
// ends), a recurring meeting from Thunderbird, two calendars in one file, broken files.
// Export and the round trip through Kith's own files are in tst_icalendarexport.cpp.

#include "interchange/ical/ICalendar.h"
#include "interchange/ical/KithUid.h"
#include "interchange/ical/LocationText.h"
#include "support/Fixtures.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kith;

namespace {

ImportBatch readFixture(const QString &name)
{
    Result<ImportBatch> batch = ical::readFile(test::dataPath(QStringLiteral("ical/") + name));
    if (!batch.ok())
        qWarning("%s", qPrintable(batch.errorMessage()));
    return batch.ok() ? *batch : ImportBatch();
}

const Event *eventWithUid(const ImportBatch &batch, const QString &uid)
{
    for (const IncomingEvent &incoming : batch.events) {
        if (incoming.event.uid == uid)
            return &incoming.event;
    }
    return nullptr;
}

bool notesMention(const ImportBatch &batch, const QString &text)
{
    return std::any_of(batch.notes.cbegin(), batch.notes.cend(),
                       [&](const QString &note) { return note.contains(text); });
}

QStringList rejections(const ImportBatch &batch)
{
    QStringList list;
    for (const RejectedRow &row : batch.rejected)
        list.append(QString::number(row.where.line) + QLatin1Char(' ') + row.reason);
    return list;
}

QByteArray calendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//Test//EN\r\n" + body +
           "END:VCALENDAR\r\n";
}

} // namespace

class TestICalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void googleEventsInTheirZone()
    {
        const ImportBatch batch = readFixture(QStringLiteral("google.ics"));
        QCOMPARE(batch.format, QStringLiteral("ical"));
        QCOMPARE(batch.events.size(), 3);
        QVERIFY2(batch.rejected.isEmpty(), qPrintable(rejections(batch).join(u'\n')));

        const IncomingEvent &interview = batch.events.at(0);
        QCOMPARE(interview.where.file, QStringLiteral("google.ics"));
        QCOMPARE(interview.where.line, 26);
        const Event &e = interview.event;
        QCOMPARE(e.uid, QStringLiteral("5q8n2d1k7c0v3b6m9x4z@google.com"));
        QCOMPARE(e.name, QStringLiteral("Informational interview — Denver Public Library"));
        QCOMPARE(e.startDate, QDate(2026, 4, 16));
        QCOMPARE(e.startTime, QTime(9, 0));
        QCOMPARE(e.endDate, QDate(2026, 4, 16));
        QCOMPARE(e.endTime, QTime(10, 30));
        QCOMPARE(e.timeZone, QStringLiteral("America/Denver"));
        QCOMPARE(e.venue, QStringLiteral("Denver Public Library, 10 W 14th Ave Pkwy"));
        QCOMPARE(e.location,
                 (Location{QStringLiteral("Denver"), QStringLiteral("CO"), QStringLiteral("USA")}));
        QCOMPARE(e.notes, QStringLiteral("Coffee with the hiring committee.\nBring the "
                                         "portfolio; ask about the archives position."));
        QCOMPARE(e.status, EventStatus::Registered);
        QCOMPARE(e.kind, EventKind::Meeting);
        QCOMPARE(e.format, EventFormat::InPerson);
    }

    void googleUtcTimesGoToTheCalendarZone()
    {
        const ImportBatch batch = readFixture(QStringLiteral("google.ics"));
        const Event *e = eventWithUid(batch, QStringLiteral("7h3j9k2l5m8n1b4v6c0x@google.com"));
        QVERIFY(e);
        // 16:00 UTC in May is 10:00 in Denver (MDT, UTC−6).
        QCOMPARE(e->startDate, QDate(2026, 5, 12));
        QCOMPARE(e->startTime, QTime(10, 0));
        QCOMPARE(e->endTime, QTime(11, 0));
        QCOMPARE(e->timeZone, QStringLiteral("America/Denver"));
        QCOMPARE(e->name, QStringLiteral("FEDLINK webinar: résumés for federal jobs"));
        // The file folds this line inside the two bytes of an "é".
        QCOMPARE(e->notes, QStringLiteral("Questions to bring: KSAs, USAJOBS résumé format, the "
                                          "probationary year. Résumé review afterwards with "
                                          "Margaret."));
        // A LOCATION that is a web address makes an online event with that URL.
        QCOMPARE(e->format, EventFormat::Online);
        QCOMPARE(e->url, QStringLiteral("https://www.loc.gov/flicc/webinars/getting-hired"));
        QVERIFY(e->venue.isEmpty());
    }

    void googleAllDayEndIsExclusive()
    {
        const ImportBatch batch = readFixture(QStringLiteral("google.ics"));
        const Event *e = eventWithUid(batch, QStringLiteral("2b7d4f6h8j0l1n3p5r9t@google.com"));
        QVERIFY(e);
        QVERIFY(e->isAllDay());
        QCOMPARE(e->startDate, QDate(2026, 6, 25));
        QCOMPARE(e->endDate, QDate(2026, 6, 29)); // DTEND 2026-06-30 is the day after
        QVERIFY(e->timeZone.isEmpty());
        QCOMPARE(e->status, EventStatus::Considering); // TENTATIVE
        QCOMPARE(e->kind, EventKind::Conference);
        QCOMPARE(e->venue, QStringLiteral("Pennsylvania Convention Center, 1101 Arch St"));
        QCOMPARE(e->location, (Location{QStringLiteral("Philadelphia"), QStringLiteral("PA"),
                                        QStringLiteral("USA")}));
        QVERIFY(e->notes.isEmpty());
    }

    void outlookWindowsZoneNamesBecomeIana()
    {
        const ImportBatch batch = readFixture(QStringLiteral("outlook.ics"));
        QCOMPARE(batch.events.size(), 4);
        QVERIFY(batch.rejected.isEmpty());
        const Event &call = batch.events.at(0).event;
        QCOMPARE(call.name, QStringLiteral("Mentor call with Margaret"));
        QCOMPARE(call.uid, QStringLiteral("040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5B6"
                                          "01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7"
                                          "E8F90"));
        QCOMPARE(call.timeZone, QStringLiteral("America/Los_Angeles"));
        QCOMPARE(call.startDate, QDate(2026, 3, 10));
        QCOMPARE(call.startTime, QTime(9, 0));
        QCOMPARE(call.endTime, QTime(10, 0));
        QCOMPARE(call.venue, QStringLiteral("Microsoft Teams Meeting"));
        QCOMPARE(call.notes, QStringLiteral("Monthly check-in about the job search."));
        QCOMPARE(call.status, EventStatus::Planned); // no STATUS: it is in their calendar

        const Event &review = batch.events.at(3).event;
        QCOMPARE(review.name, QStringLiteral("Portfolio review"));
        QCOMPARE(review.timeZone, QStringLiteral("America/Los_Angeles"));
        QCOMPARE(review.startTime, QTime(13, 0));
        QCOMPARE(review.endTime, QTime(14, 30)); // DURATION:PT1H30M
    }

    void outlookCustomZoneKeepsItsOffset()
    {
        const ImportBatch batch = readFixture(QStringLiteral("outlook.ics"));
        const Event &webinar = batch.events.at(1).event;
        QCOMPARE(webinar.name, QStringLiteral("Webinar from the Bengaluru library chapter"));
        QCOMPARE(webinar.timeZone, QStringLiteral("UTC+05:30"));
        QCOMPARE(webinar.startDate, QDate(2026, 4, 2));
        QCOMPARE(webinar.startTime, QTime(14, 0));
        QCOMPARE(webinar.endTime, QTime(15, 30));
        QVERIFY2(webinar.notes.contains(QStringLiteral("“Customized Time Zone”")),
                 qPrintable(webinar.notes));
        QVERIFY(notesMention(batch, QStringLiteral("offset from UTC")));

        const Event &day = batch.events.at(2).event;
        QVERIFY(day.isAllDay());
        QCOMPARE(day.startDate, QDate(2026, 5, 1));
        QCOMPARE(day.endDate, QDate(2026, 5, 1));
    }

    void appleAllDayFloatingAndUtc()
    {
        const ImportBatch batch = readFixture(QStringLiteral("apple-allday.ics"));
        QCOMPARE(batch.events.size(), 3);
        const Event &day = batch.events.at(0).event;
        QCOMPARE(day.name, QStringLiteral("State Library Day"));
        QVERIFY(day.isAllDay());
        QCOMPARE(day.startDate, QDate(2026, 7, 4));
        QCOMPARE(day.endDate, QDate(2026, 7, 4));
        QCOMPARE(day.tags, (QStringList{QStringLiteral("Conference"), QStringLiteral("Travel")}));
        QCOMPARE(day.url, QStringLiteral("https://www.cal-webs.org/state-library-day"));
        // Apple puts the place's name on its own line above the address.
        QCOMPARE(day.venue, QStringLiteral("Colorado Convention Center, 700 14th St"));
        QCOMPARE(day.location, (Location{QStringLiteral("Denver"), QStringLiteral("CO"),
                                         QStringLiteral("United States")}));
        QCOMPARE(day.notes, QStringLiteral("Booth 12: bring flyers."));

        const Event &club = batch.events.at(1).event;
        QCOMPARE(club.startDate, QDate(2026, 3, 20));
        QCOMPARE(club.startTime, QTime(18, 0));
        QVERIFY(club.timeZone.isEmpty()); // floating, and the calendar names no zone
        QCOMPARE(club.endDate, club.startDate);
        QVERIFY(!club.endTime.isValid()); // no DTEND, no DURATION

        const Event &late = batch.events.at(2).event;
        QCOMPARE(late.timeZone, QStringLiteral("UTC"));
        QCOMPARE(late.startTime, QTime(23, 0));
        QCOMPARE(late.endDate, QDate(2026, 3, 26));
        QCOMPARE(late.endTime, QTime(0, 30));
    }

    void foreignTasksAreReportedNotImported()
    {
        const ImportBatch batch = readFixture(QStringLiteral("apple-allday.ics"));
        QCOMPARE(batch.interactions.size(), 0);
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected.at(0).where.line, 46);
        QVERIFY(batch.rejected.at(0).reason.startsWith(QStringLiteral("tasks are not imported")));
        QVERIFY(batch.rejected.at(0).reason.contains(QStringLiteral("Buy badge holder")));
    }

    void recurringMeetingIsItsFirstOccurrence()
    {
        const ImportBatch batch = readFixture(QStringLiteral("recurring.ics"));
        QCOMPARE(batch.events.size(), 2);
        QVERIFY(batch.rejected.isEmpty());
        const Event &lunch = batch.events.at(0).event;
        // The EXDATE removes 6 January, so the series starts two weeks later.
        QCOMPARE(lunch.startDate, QDate(2026, 1, 20));
        QCOMPARE(lunch.startTime, QTime(12, 0));
        QCOMPARE(lunch.endTime, QTime(13, 0));
        // Thunderbird's prefixed TZID names an IANA zone at its end.
        QCOMPARE(lunch.timeZone, QStringLiteral("America/New_York"));
        QCOMPARE(lunch.venue, QStringLiteral("Café Lumen"));
        QVERIFY(lunch.notes.startsWith(QStringLiteral("Every other Tuesday.\n\n")));
        QVERIFY2(lunch.notes.contains(QStringLiteral("every 2 week(s) on Tuesday, 10 time(s)")),
                 qPrintable(lunch.notes));
        QVERIFY(lunch.notes.contains(QStringLiteral("first occurrence")));

        const Event &standUp = batch.events.at(1).event;
        QCOMPARE(standUp.startDate, QDate(2026, 3, 2));
        QCOMPARE(standUp.timeZone, QStringLiteral("UTC"));
        QCOMPARE(standUp.startTime, QTime(15, 0));
        QCOMPARE(standUp.endTime, QTime(15, 15));
        QVERIFY(standUp.notes.contains(QStringLiteral("every day, until 2026-03-31")));

        // The moved occurrence (RECURRENCE-ID) belongs to the series imported once.
        QVERIFY(notesMention(batch, QStringLiteral("1 changed occurrence")));
        QVERIFY(notesMention(batch, QStringLiteral("2 recurring event")));
    }

    void severalCalendarsEachWithTheirZones()
    {
        const ImportBatch batch = readFixture(QStringLiteral("two-calendars.ics"));
        QCOMPARE(batch.events.size(), 4);
        const auto check = [&](const char *uid, const char *zone, QTime start) {
            const Event *e = eventWithUid(batch, QString::fromLatin1(uid));
            QVERIFY2(e, uid);
            QCOMPARE(e->timeZone, QString::fromLatin1(zone));
            QCOMPARE(e->startTime, start);
        };
        check("berlin-1@example.com", "Europe/Berlin", QTime(10, 0)); // 08:00Z in CEST
        check("tokyo-1@example.com", "Asia/Tokyo", QTime(17, 0));
        // Each calendar's VTIMEZONE "Custom" is its own.
        check("custom-1@example.com", "UTC+01:00", QTime(9, 0));
        check("custom-2@example.com", "UTC+09:00", QTime(9, 0));
    }

    void lineEndingsDoNotMatter_data()
    {
        QTest::addColumn<QByteArray>("ending");
        QTest::newRow("CRLF") << QByteArray("\r\n");
        QTest::newRow("LF") << QByteArray("\n");
        QTest::newRow("CR alone, as old Mac programs wrote") << QByteArray("\r");
    }

    void lineEndingsDoNotMatter()
    {
        QFETCH(QByteArray, ending);
        QByteArray data = test::readData(QStringLiteral("ical/google.ics"));
        data.replace("\r\n", ending);
        Result<ImportBatch> batch = ical::read(data, QStringLiteral("google.ics"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->events.size(), 3);
        QCOMPARE(batch->events.at(1).where.line, 47);
        QCOMPARE(batch->events.at(1).event.startTime, QTime(10, 0));
        QVERIFY(batch->events.at(1).event.notes.contains(QStringLiteral("Résumé review")));
    }

    void brokenFilesFailWithTheirLine_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated download")
            << test::readData(QStringLiteral("ical/truncated.ics"))
            << QStringLiteral("broken.ics, line 47: the file ends inside the VEVENT");
        QTest::newRow("binary data") << test::readData(QStringLiteral("ical/binary.ics"))
                                     << QStringLiteral("binary data (a NUL byte)");
        QTest::newRow("text that is no calendar")
            << QByteArray("Dear colleagues,\r\nplease find the agenda attached.\r\n")
            << QStringLiteral("broken.ics, line 1: this is not an iCalendar file (it does not "
                              "begin with BEGIN:VCALENDAR)");
        QTest::newRow("text after the calendar")
            << calendar("").append("Regards, Jane\r\n")
            << QStringLiteral("broken.ics, line 5: text after the end of the calendar, where "
                              "BEGIN:VCALENDAR was expected");
        QTest::newRow("END closes the wrong component")
            << calendar("BEGIN:VEVENT\r\nUID:x\r\nEND:VTODO\r\n")
            << QStringLiteral("broken.ics, line 6: “END:VTODO” does not close the VEVENT "
                              "opened on line 4");
        QTest::newRow("END without BEGIN")
            << QByteArray("END:VCALENDAR\r\n")
            << QStringLiteral("broken.ics, line 1: “END:VCALENDAR” closes a component");
        QTest::newRow("nested deeper than anyone writes")
            << calendar(QByteArray("BEGIN:X-A\r\n").repeated(40))
            << QStringLiteral("line 19: components are nested more than 16 deep");
        QTest::newRow("empty file")
            << QByteArray() << QStringLiteral("broken.ics: there is no calendar");
        QTest::newRow("only blank lines")
            << QByteArray("\r\n  \r\n\r\n") << QStringLiteral("there is no calendar");
    }

    void brokenFilesFailWithTheirLine()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, message);
        Result<ImportBatch> batch = ical::read(data, QStringLiteral("broken.ics"));
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::Parse);
        QVERIFY2(batch.errorMessage().contains(message), qPrintable(batch.errorMessage()));
    }

    void badRowsAreRejectedWithTheirLine()
    {
        const ImportBatch batch = readFixture(QStringLiteral("rejected-rows.ics"));
        const QStringList rows = rejections(batch);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.at(0), QStringLiteral("4 the event has no valid start (DTSTART)"));
        QCOMPARE(rows.at(1), QStringLiteral("13 the event has no valid start (DTSTART)"));
        QCOMPARE(rows.at(2), QStringLiteral("22 the same event (UID) as line 15"));
        QCOMPARE(rows.at(3), QStringLiteral("28 journal entries are not imported"));
        QCOMPARE(rows.at(4), QStringLiteral("33 the deadline’s event is not in this file"));

        QCOMPARE(batch.events.size(), 2);
        const Event &good = batch.events.at(0).event;
        QCOMPARE(good.uid, QStringLiteral("good@example.com"));
        // A zone name that walks out of the zone folder is no zone; the time stays as written.
        QCOMPARE(good.startTime, QTime(10, 0));
        QVERIFY(good.timeZone.isEmpty());
        QVERIFY(good.notes.contains(QStringLiteral("without defining it")));
        // libical's complaint about the line it could not read is passed on with its event.
        QVERIFY2(notesMention(batch, QStringLiteral("rejected-rows.ics, line 15: ignored:")),
                 qPrintable(batch.notes.join(u'\n')));
    }

    void latin1TextIsReadAsLatin1()
    {
        const ImportBatch batch = readFixture(QStringLiteral("rejected-rows.ics"));
        const Event *e = eventWithUid(batch, QStringLiteral("latin1@example.com"));
        QVERIFY(e);
        QCOMPARE(e->name, QStringLiteral("Café des bibliothécaires"));
        QVERIFY(notesMention(batch, QStringLiteral("read as Latin-1")));
    }

    void hugeDescriptionIsShortenedQuickly()
    {
        const QByteArray description =
            QByteArray("Agenda: ").append(QByteArray("ä–x ").repeated(400'000));
        QByteArray folded;
        for (qsizetype i = 0; i < description.size(); i += 74)
            folded += (i ? " " : "") + description.mid(i, 74) + "\r\n";
        const QByteArray data = calendar("BEGIN:VEVENT\r\nUID:huge@example.com\r\nDTSTAMP:"
                                         "20260301T000000Z\r\nDTSTART;VALUE=DATE:20260501\r\n"
                                         "SUMMARY:Long agenda\r\nDESCRIPTION:" +
                                         folded + "END:VEVENT\r\n");
        QElapsedTimer timer;
        timer.start();
        Result<ImportBatch> batch = ical::read(data, QStringLiteral("huge.ics"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
#ifndef KITH_SANITIZED
        // A quadratic reader takes minutes here. Under ASan (strict_string_checks) every string
        // call inside libical scans the whole text, so the time says nothing about Kith.
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
#endif
        QCOMPARE(batch->events.size(), 1);
        const QString &notes = batch->events.at(0).event.notes;
        QCOMPARE(notes.size(), 1'000'000); // what Kith keeps of a text
        QVERIFY(notes.startsWith(QStringLiteral("Agenda: ä–x ä–x")));
        QVERIFY(notes.endsWith(u'…'));
        QVERIFY(notesMention(*batch, QStringLiteral("shortened")));
    }

    void componentLargerThanTheLimitIsRejected()
    {
        const QByteArray line = " " + QByteArray(1000, 'x') + "\r\n";
        const QByteArray data =
            calendar("BEGIN:VEVENT\r\nUID:big@example.com\r\nDTSTART;VALUE=DATE:20260501\r\n"
                     "DESCRIPTION:x\r\n" +
                     line.repeated(ical::maxComponentBytes / line.size() + 1) + "END:VEVENT\r\n");
        Result<ImportBatch> batch = ical::read(data, QStringLiteral("big.ics"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->events.size(), 0);
        QCOMPARE(rejections(*batch),
                 QStringList{QStringLiteral("4 this VEVENT is larger than 16 MiB")});
    }

    void unreadableFileIsAnIoError()
    {
        Result<ImportBatch> batch = ical::readFile(QStringLiteral("/nonexistent/calendar.ics"));
        QVERIFY(!batch.ok());
        QCOMPARE(batch.error().code(), ErrorCode::Io);
        QVERIFY(batch.errorMessage().contains(QStringLiteral("/nonexistent/calendar.ics")));
    }

    void kithUids_data()
    {
        QTest::addColumn<QString>("uid");
        QTest::addColumn<bool>("isKith");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("index");
        const QString db = QStringLiteral("6b697468-aaaa-4bbb-8ccc-0123456789ab");
        QTest::newRow("event") << QStringLiteral("event-42@") + db + QStringLiteral(".kith") << true
                               << int(ical::KithUidKind::Event) << qint64(42) << 0;
        QTest::newRow("deadline") << QStringLiteral("deadline-42-3@") + db + QStringLiteral(".kith")
                                  << true << int(ical::KithUidKind::Deadline) << qint64(42) << 3;
        QTest::newRow("follow-up") << QStringLiteral("followup-17@") + db + QStringLiteral(".kith")
                                   << true << int(ical::KithUidKind::FollowUp) << qint64(17) << 0;
        QTest::newRow("Google's") << QStringLiteral("5q8n2d1k7c0v3b6m9x4z@google.com") << false << 0
                                  << qint64(0) << 0;
        QTest::newRow("not a uuid")
            << QStringLiteral("event-42@kith.kith") << false << 0 << qint64(0) << 0;
        QTest::newRow("id with a leading zero")
            << QStringLiteral("event-042@") + db + QStringLiteral(".kith") << false << 0
            << qint64(0) << 0;
        QTest::newRow("deadline without index")
            << QStringLiteral("deadline-42@") + db + QStringLiteral(".kith") << false << 0
            << qint64(0) << 0;
    }

    void kithUids()
    {
        QFETCH(QString, uid);
        QFETCH(bool, isKith);
        const std::optional<ical::KithUid> parsed = ical::parseKithUid(uid);
        QCOMPARE(parsed.has_value(), isKith);
        if (!isKith)
            return;
        QFETCH(int, kind);
        QFETCH(qint64, id);
        QFETCH(int, index);
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->id, id);
        QCOMPARE(parsed->index, index);
        QCOMPARE(parsed->databaseUid, QStringLiteral("6b697468-aaaa-4bbb-8ccc-0123456789ab"));
        QCOMPARE(ical::makeUid(*parsed), uid);
    }

    void places_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected"); // venue, city, region, country
        const auto row = [](const char *name, const char *text,
                            std::initializer_list<const char *> parts) {
            QStringList expected;
            for (const char *part : parts)
                expected.append(QString::fromUtf8(part));
            QTest::newRow(name) << QString::fromUtf8(text) << expected;
        };
        row("venue, city, region code, country", "Embassy Suites, Loveland, CO, USA",
            {"Embassy Suites", "Loveland", "CO", "USA"});
        row("city and region code", "Denver, CO", {"", "Denver", "CO", ""});
        row("US address with postal code",
            "Colorado Convention Center, 700 14th St, Denver, CO "
            "80202, United States",
            {"Colorado Convention Center, 700 14th St", "Denver", "CO", "United States"});
        row("European address", "Messe Berlin, Messedamm 22, 14055 Berlin, Germany",
            {"Messe Berlin, Messedamm 22", "Berlin", "", "Germany"});
        row("region by name after a venue", "Hyatt Regency, Denver, Colorado, USA",
            {"Hyatt Regency", "Denver", "Colorado", "USA"});
        row("venue, city, country", "Konzerthaus, Wien, Austria",
            {"Konzerthaus", "Wien", "", "Austria"});
        row("city and country", "Toronto, Canada", {"", "Toronto", "", "Canada"});
        row("a room is a venue", "Room 204", {"Room 204", "", "", ""});
    }

    void places()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const ical::PlaceParts place = ical::parsePlace(text);
        QCOMPARE((QStringList{place.venue, place.location.city, place.location.region,
                              place.location.country}),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
