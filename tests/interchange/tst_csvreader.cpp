#include "interchange/csv/CsvReader.h"

#include <QElapsedTimer>
#include <QTest>

using namespace kith;

namespace {

QList<csv::Row> readAll(const QString &text, QChar delimiter = QChar())
{
    QList<csv::Row> rows;
    csv::Reader reader(text, delimiter);
    csv::Row row;
    while (reader.next(row))
        rows.append(row);
    return rows;
}

QList<QStringList> fieldsOf(const QList<csv::Row> &rows)
{
    QList<QStringList> fields;
    for (const csv::Row &row : rows)
        fields.append(row.fields);
    return fields;
}

QList<int> linesOf(const QList<csv::Row> &rows)
{
    QList<int> lines;
    for (const csv::Row &row : rows)
        lines.append(row.line);
    return lines;
}

QString s(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<int>>("lines");

        const QList<QStringList> abcd{{s("a"), s("b")}, {s("c"), s("d")}};
        QTest::newRow("LF") << s("a,b\nc,d\n") << abcd << QList<int>{1, 2};
        QTest::newRow("CRLF") << s("a,b\r\nc,d\r\n") << abcd << QList<int>{1, 2};
        QTest::newRow("CR only") << s("a,b\rc,d\r") << abcd << QList<int>{1, 2};
        QTest::newRow("no newline at end of file") << s("a,b\nc,d") << abcd << QList<int>{1, 2};
        QTest::newRow("mixed line ends") << s("a,b\r\nc,d\r") << abcd << QList<int>{1, 2};
        QTest::newRow("blank lines are not records")
            << s("\n\na,b\r\n\r\n\nc,d") << abcd << QList<int>{3, 6};
        QTest::newRow("empty fields are kept")
            << s(",,\n") << QList<QStringList>{{QString(), QString(), QString()}} << QList<int>{1};
        QTest::newRow("trailing delimiter at end of file")
            << s("a,") << QList<QStringList>{{s("a"), QString()}} << QList<int>{1};
        QTest::newRow("quoted delimiter")
            << s("\"Smith, PhD\",x") << QList<QStringList>{{s("Smith, PhD"), s("x")}}
            << QList<int>{1};
        QTest::newRow("doubled quotes")
            << s("\"say \"\"hi\"\"\",\"\"\"\"") << QList<QStringList>{{s("say \"hi\""), s("\"")}}
            << QList<int>{1};
        QTest::newRow("empty quoted field")
            << s("\"\",b") << QList<QStringList>{{QString(), s("b")}} << QList<int>{1};
        QTest::newRow("embedded newlines count lines")
            << s("\"one\ntwo\",x\r\n\"three\r\nfour\rfive\",y\nz")
            << QList<QStringList>{{s("one\ntwo"), s("x")},
                                  {s("three\nfour\nfive"), s("y")},
                                  {s("z")}}
            << QList<int>{1, 3, 6};
        QTest::newRow("stray quote in unquoted field is text")
            << s("5\" floppy,a\"b\"c") << QList<QStringList>{{s("5\" floppy"), s("a\"b\"c")}}
            << QList<int>{1};
        QTest::newRow("text after closing quote is kept")
            << s("\"Smith\" Jr,x") << QList<QStringList>{{s("Smith Jr"), s("x")}} << QList<int>{1};
        QTest::newRow("spaces are not trimmed")
            << s(" a , b ") << QList<QStringList>{{s(" a "), s(" b ")}} << QList<int>{1};
        QTest::newRow("byte order mark skipped")
            << (QChar(0xFEFF) + s("First Name,Last Name"))
            << QList<QStringList>{{s("First Name"), s("Last Name")}} << QList<int>{1};
        QTest::newRow("emoji and accents")
            << s("Zoë 🦄,Ōkafor") << QList<QStringList>{{s("Zoë 🦄"), s("Ōkafor")}}
            << QList<int>{1};
        QTest::newRow("empty text") << QString() << QList<QStringList>{} << QList<int>{};
    }

    void tokenizes()
    {
        QFETCH(QString, text);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<int>, lines);
        const QList<csv::Row> rows = readAll(text);
        QCOMPARE(fieldsOf(rows), expected);
        QCOMPARE(linesOf(rows), lines);
        for (const csv::Row &row : rows)
            QVERIFY(!row.unterminatedQuote);
    }

    void unterminatedQuoteTakesTheRestAndSaysSo()
    {
        const QList<csv::Row> rows = readAll(s("a,b\n\"open,c\nd"));
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows[0].unterminatedQuote);
        QVERIFY(rows[1].unterminatedQuote);
        QCOMPARE(rows[1].fields, QStringList{s("open,c\nd")});
    }

    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("delimiter");
        QTest::addColumn<QStringList>("firstRow");
        QTest::newRow("comma by default")
            << s("a,b;c\n") << QChar(u',') << QStringList{s("a"), s("b;c")};
        QTest::newRow("semicolon when the first line has more")
            << s("Name;E-mail;Note, long\nx;y;z") << QChar(u';')
            << QStringList{s("Name"), s("E-mail"), s("Note, long")};
        QTest::newRow("tab when the first line has more")
            << s("Name\tE-mail\tNote, work\n") << QChar(u'\t')
            << QStringList{s("Name"), s("E-mail"), s("Note, work")};
        QTest::newRow("quoted delimiters do not count")
            << s("\"a;b;c\",d\n") << QChar(u',') << QStringList{s("a;b;c"), s("d")};
        QTest::newRow("Excel sep= line is obeyed and skipped")
            << s("sep=;\r\na;b,c\r\n") << QChar(u';') << QStringList{s("a"), s("b,c")};
        QTest::newRow("no delimiter on the first line")
            << s("Notes:\nx,y") << QChar(u',') << QStringList{s("Notes:")};
    }

    void detectsTheDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QChar, delimiter);
        QFETCH(QStringList, firstRow);
        csv::Reader reader(text);
        QCOMPARE(reader.delimiter(), delimiter);
        csv::Row row;
        QVERIFY(reader.next(row));
        QCOMPARE(row.fields, firstRow);
    }

    void givenDelimiterWins()
    {
        const QList<csv::Row> rows = readAll(s("a;b,c"), QLatin1Char(','));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0].fields, (QStringList{s("a;b"), s("c")}));
    }

    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        const QString expected = s("Zoë,🦄");
        const QByteArray utf8 = expected.toUtf8();
        QTest::newRow("UTF-8") << utf8 << expected;
        QTest::newRow("UTF-8 with BOM") << (QByteArray("\xEF\xBB\xBF") + utf8) << expected;
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2), bareLe;
        for (QChar c : expected) {
            le.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
            be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
        }
        bareLe = le.mid(2);
        QTest::newRow("UTF-16 LE with BOM") << le << expected;
        QTest::newRow("UTF-16 BE with BOM") << be << expected;
        QTest::newRow("UTF-16 LE without BOM") << bareLe << expected;
        QTest::newRow("Windows-1252 when not UTF-8")
            << QByteArray("Zo\xEB \x80 \x93q\x94") << s("Zoë € “q”");
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(csv::decode(bytes), text);
    }

    void headerFindsColumnsByName()
    {
        const csv::Header header({QChar(0xFEFF) + s("First Name"), s(" Last Name "), s("URL"),
                                  s("Email Address"), s("url")});
        QCOMPARE(header.indexOf(u"first name"), 0);
        QCOMPARE(header.indexOf(u"LAST NAME"), 1);
        QCOMPARE(header.indexOf(u"url"), 2); // the first of two equal names
        QCOMPARE(header.indexOf(u"Company"), -1);
        QCOMPARE(header.indexOfAny({u"E-mail Address", u"Email Address"}), 3);
        QVERIFY(header.contains(u"Url"));
        csv::Row row;
        row.fields = {s("Ada")};
        QCOMPARE(row.value(header.indexOf(u"First Name")), s("Ada"));
        QCOMPARE(row.value(header.indexOf(u"Last Name")), QString());
        QCOMPARE(row.value(-1), QString());
    }

    void blankRowIsBlank()
    {
        csv::Row row;
        row.fields = {QString(), s("  "), s("\t")};
        QVERIFY(row.isBlank());
        row.fields.append(s(" x"));
        QVERIFY(!row.isBlank());
    }

    void readsManyRowsInOnePass()
    {
        // A plausibility check, not a benchmark: 20 MB of text must tokenize in well under a
        // few seconds even in a debug build, which a quadratic scan would never manage.
        QString text;
        const QString line = s("Ada,Lovelace,https://www.linkedin.com/in/ada,,\"Analytical "
                               "Engines, Ltd\",Engineer,07 Dec 2024\r\n");
        text.reserve(line.size() * 100000);
        for (int i = 0; i < 100000; ++i)
            text += line;
        QElapsedTimer timer;
        timer.start();
        csv::Reader reader(text);
        csv::Row row;
        int count = 0, complete = 0;
        while (reader.next(row)) {
            ++count;
            complete += row.fields.size() == 7 ? 1 : 0;
        }
        QCOMPARE(count, 100000);
        QCOMPARE(complete, count);
        QCOMPARE(reader.line(), 100001);
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
