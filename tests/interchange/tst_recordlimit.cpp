#include "interchange/ImportBatch.h"
#include "interchange/csv/CsvContacts.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/linkedin/LinkedIn.h"
#include "interchange/vcard/VCard.h"

#include <QTest>

using namespace kith;

namespace {

constexpr qsizetype limit = 5;

// A file that makes `records` records in one format, and the line the last of them starts on.
struct Sample
{
    QByteArray data;
    int lastLine;
};

using Maker = Sample (*)(int records);

Sample connections(int records)
{
    QByteArray data = "Notes:\n\"Some e-mail addresses are missing.\"\n\n"
                      "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
    for (int i = 0; i < records; ++i)
        data += "Ada,Lovelace" + QByteArray::number(i) + ",https://www.linkedin.com/in/ada-" +
                QByteArray::number(i) + ",,Acme,Engineer,07 Dec 2024\n";
    return {data, 4 + records};
}

Sample recommendations(int records)
{
    QByteArray data = "First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n";
    for (int i = 0; i < records; ++i)
        data +=
            "Nia,Okonkwo" + QByteArray::number(i) + ",,,\"Kind words.\",\"11/30/24, 08:00 AM\",\n";
    return {data, 1 + records};
}

// Each invitation is an interaction; the person invited, one for all of them, is a record too.
Sample invitations(int records)
{
    QByteArray data = "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n";
    for (int i = 1; i < records; ++i)
        data += "Ada Lovelace,Nia Okonkwo,\"12/06/24, 09:15 AM\",Hello " + QByteArray::number(i) +
                ",OUTGOING,,\n";
    return {data, records};
}

// Likewise each endorsement on a day of its own, from one person.
Sample endorsements(int records)
{
    QByteArray data = "Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,"
                      "Endorser Public Url,Endorsement Status\n";
    for (int i = 1; i < records; ++i)
        data += QDate(2024, 1, 1).addDays(i).toString(u"yyyy/MM/dd").toLatin1() +
                " 10:00:00 UTC,Cataloging,Nia,Okonkwo,www.linkedin.com/in/nia,ACCEPTED\n";
    return {data, records};
}

Sample events(int records)
{
    QByteArray data = "Event Name,Event Time,Status,External Url\n";
    for (int i = 0; i < records; ++i)
        data += "Meetup " + QByteArray::number(i) + ",\"Apr 08, 2024 07:00 AM\",ATTENDING,\n";
    return {data, 1 + records};
}

Sample vcards(int records)
{
    QByteArray data;
    for (int i = 0; i < records; ++i)
        data +=
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada " + QByteArray::number(i) + "\r\nEND:VCARD\r\n";
    return {data, 1 + 4 * (records - 1)};
}

Sample calendar(int records)
{
    QByteArray data = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n";
    for (int i = 0; i < records; ++i)
        data += "BEGIN:VEVENT\r\nUID:e" + QByteArray::number(i) +
                "\r\nDTSTART;VALUE=DATE:20250101\r\nSUMMARY:Meetup\r\nEND:VEVENT\r\n";
    data += "END:VCALENDAR\r\n";
    return {data, 4 + 5 * (records - 1)};
}

Sample contactsCsv(int records)
{
    QByteArray data = "First Name,Last Name,E-mail Address\n";
    for (int i = 0; i < records; ++i)
        data += "Ada,Lovelace" + QByteArray::number(i) + ",ada" + QByteArray::number(i) +
                "@example.org\n";
    return {data, 1 + records};
}

Result<ImportBatch> readSample(const QString &fileName, const QByteArray &data)
{
    if (fileName.endsWith(QLatin1String(".vcf")))
        return vcard::read(data, fileName);
    if (fileName.endsWith(QLatin1String(".ics")))
        return ical::read(data, fileName);
    if (fileName == QLatin1String("contacts.csv")) {
        Result<QStringList> headers = csv::readHeaders(data, fileName);
        if (!headers)
            return headers.error();
        return csv::readContacts(data, fileName, csv::detectMapping(*headers));
    }
    return linkedin::read(data, fileName);
}

} // namespace

// One import takes a bounded number of records, so its memory is bounded whatever the size
// of the file; every reader stops at the limit with an error naming the file and line.
class TestRecordLimit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setImportRecordLimit(limit); }
    void cleanupTestCase() { setImportRecordLimit(defaultImportRecordLimit); }

    void everyReaderStopsAtTheLimit_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<quintptr>("maker");
        const auto row = [](const char *name, Maker maker) {
            QTest::newRow(name) << QString::fromLatin1(name) << quintptr(maker);
        };
        row("Connections.csv", connections);
        row("Recommendations_Given.csv", recommendations);
        row("Invitations.csv", invitations);
        row("Endorsement_Received_Info.csv", endorsements);
        row("Events.csv", events);
        row("people.vcf", vcards);
        row("calendar.ics", calendar);
        row("contacts.csv", contactsCsv);
    }

    void everyReaderStopsAtTheLimit()
    {
        QFETCH(QString, fileName);
        QFETCH(quintptr, maker);
        const auto make = reinterpret_cast<Maker>(maker);

        Result<ImportBatch> full = readSample(fileName, make(limit).data);
        QVERIFY2(full.ok(), qPrintable(full.errorMessage()));
        QCOMPARE(full->recordCount() + full->rejected.size(), limit);

        const Sample over = make(limit + 1);
        Result<ImportBatch> refused = readSample(fileName, over.data);
        QVERIFY(!refused.ok());
        const QString message = refused.errorMessage();
        QVERIFY2(
            message.startsWith(QStringLiteral("%1, line %2:").arg(fileName).arg(over.lastLine)),
            qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("Nothing was imported")), qPrintable(message));
    }

    void rejectedRowsCountTowardsTheLimit()
    {
        // Rows without a name are rejected, and a file of nothing else must not grow the
        // list of rejections without end either.
        QByteArray data = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n";
        for (qsizetype i = 0; i <= limit; ++i)
            data += ",,,,Acme,Engineer,07 Dec 2024\n";
        Result<ImportBatch> refused = linkedin::read(data, QStringLiteral("Connections.csv"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.errorMessage().startsWith(QStringLiteral("Connections.csv, line 7:")),
                 qPrintable(refused.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestRecordLimit)
#include "tst_recordlimit.moc"
