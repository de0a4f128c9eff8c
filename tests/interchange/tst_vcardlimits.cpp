// Cards that repeat a property thousands of times, as a hostile or broken file does: each
// value is compared with the earlier ones in constant time, a card keeps at most 1,000 of
// each property, and what is left out is noted once with its file and line.

#include "interchange/vcard/VCard.h"

#include <QTest>

using namespace kith;

namespace {

constexpr int kept = 1000;

// A card named "Many" with `lines` after its FN line (line 3), the first of them on line 4.
QByteArray card(const QList<QByteArray> &lines)
{
    QByteArray data = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n";
    for (const QByteArray &line : lines)
        data += line + "\r\n";
    return data + "END:VCARD\r\n";
}

QList<QByteArray> numbered(const QByteArray &pattern, int count)
{
    QList<QByteArray> lines;
    lines.reserve(count);
    for (int i = 0; i < count; ++i)
        lines.append(QByteArray(pattern).replace("%1", QByteArray::number(i)));
    return lines;
}

QStringList notesWith(const ImportBatch &batch, const QString &text)
{
    QStringList found;
    for (const QString &note : batch.notes) {
        if (note.contains(text))
            found.append(note);
    }
    return found;
}

} // namespace

class TestVCardLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCardWithManyEmailsKeepsTheFirstThousand()
    {
        QList<QByteArray> lines{"EMAIL:Ada@Example.org", "EMAIL:ada@example.ORG"};
        lines += numbered("EMAIL;TYPE=work:person%1@example.org", 200'000);
        lines.append("EMAIL:ADA@EXAMPLE.ORG");
        const Result<ImportBatch> batch = vcard::read(card(lines), QStringLiteral("many.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);

        const QList<ContactPoint> &emails = batch->people.first().person.emails;
        QCOMPARE(emails.size(), kept);
        // The first spelling wins; the same address in other cases takes no place.
        QCOMPARE(emails.first().value, QStringLiteral("Ada@Example.org"));
        QCOMPARE(emails.at(1).value, QStringLiteral("person0@example.org"));
        QCOMPARE(emails.last().value, QStringLiteral("person998@example.org"));
        QCOMPARE(std::count_if(emails.cbegin(), emails.cend(),
                               [](const ContactPoint &email) {
                                   return email.value.compare(QLatin1String("ada@example.org"),
                                                              Qt::CaseInsensitive) == 0;
                               }),
                 1);

        // person999 is the first left out: line 4 + 2 + 999.
        const QStringList notes = notesWith(*batch, QStringLiteral("e-mail addresses"));
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QLatin1String("many.vcf, line 1005: ")),
                 qPrintable(notes.first()));
        QVERIFY2(notes.first().contains(QLatin1String("more than 1000")),
                 qPrintable(notes.first()));
    }

    void everyRepeatedPropertyIsCapped_data()
    {
        QTest::addColumn<QByteArray>("pattern");
        QTest::addColumn<QString>("noted");
        QTest::newRow("phones") << QByteArray("TEL:+1 555 %1") << QStringLiteral("phone numbers");
        QTest::newRow("web addresses")
            << QByteArray("URL:https://example.org/%1") << QStringLiteral("web addresses");
        QTest::newRow("social profiles")
            << QByteArray("X-SOCIALPROFILE;TYPE=twitter:https://twitter.com/user%1")
            << QStringLiteral("web addresses");
        QTest::newRow("categories")
            << QByteArray("CATEGORIES:tag%1,Tag%1,TAG%1") << QStringLiteral("categories");
        QTest::newRow("roles") << QByteArray("X-KITH-ROLE:Library %1;Archivist;;")
                               << QStringLiteral("roles");
    }

    void everyRepeatedPropertyIsCapped()
    {
        QFETCH(QByteArray, pattern);
        QFETCH(QString, noted);
        QList<QByteArray> lines = numbered(pattern, 3000);
        lines += numbered(pattern, 10); // the first ones again, each a duplicate but for roles
        const Result<ImportBatch> batch = vcard::read(card(lines), QStringLiteral("many.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.size(), 1);
        const Person &person = batch->people.first().person;
        const qsizetype count = person.phones.size() + person.profiles.size() + person.tags.size() +
                                person.roles.size();
        QCOMPARE(count, qsizetype(kept));
        if (!person.tags.isEmpty()) // one line of three spellings: the first spelling wins
            QCOMPARE(person.tags.at(1), QStringLiteral("tag1"));

        const QStringList notes = notesWith(*batch, noted);
        QCOMPARE(notes.size(), 1);
        QVERIFY2(notes.first().startsWith(QStringLiteral("many.vcf, line %1: ").arg(4 + kept)),
                 qPrintable(notes.first()));
    }

    void labelsAreCappedAndTheLastOfAGroupWins()
    {
        QList<QByteArray> lines = numbered("item%1.X-ABLabel:Label %1", 3000);
        lines += {"item7.EMAIL:seven@example.org", "item7.X-ABLabel:Seventh",
                  "item2500.EMAIL:late@example.org"};
        const Result<ImportBatch> batch = vcard::read(card(lines), QStringLiteral("many.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        const QList<ContactPoint> &emails = batch->people.first().person.emails;
        QCOMPARE(emails.size(), 2);
        QCOMPARE(emails.at(0).label, QStringLiteral("Seventh"));
        QCOMPARE(emails.at(1).label, QString()); // its label was beyond the thousandth
        QCOMPARE(notesWith(*batch, QStringLiteral("labels")).size(), 1);
    }

    void aThousandOfEachIsStillKept()
    {
        QList<QByteArray> lines = numbered("EMAIL:p%1@example.org", kept);
        lines += numbered("TEL:%1", kept);
        const Result<ImportBatch> batch = vcard::read(card(lines), QStringLiteral("many.vcf"));
        QVERIFY2(batch.ok(), qPrintable(batch.errorMessage()));
        QCOMPARE(batch->people.first().person.emails.size(), kept);
        QCOMPARE(batch->people.first().person.phones.size(), kept);
        QVERIFY2(batch->notes.isEmpty(), qPrintable(batch->notes.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestVCardLimits)
#include "tst_vcardlimits.moc"
