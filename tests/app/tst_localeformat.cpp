#include "widgets/Format.h"

#include <QLocale>
#include <QTest>

// Kith sets no locale of its own: QLocale() is the system's, so the user's locale decides
// how every date and amount reads. These rows stand in for the system locale.
class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void datesAndMoneyReadTheLocalesWay_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("euros");
        QTest::addColumn<QString>("dollars");
        // Qt's German puts a no-break space between the amount and its symbol.
        QTest::newRow("German: day first, comma for cents, euro sign after")
            << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("15.03.26")
            << QStringLiteral("1.234,50\u00a0€") << QStringLiteral("1.234,50 USD");
        QTest::newRow("American English: month first, dollar sign before")
            << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("3/15/26")
            << QStringLiteral("1,234.50 EUR") << QStringLiteral("$1,234.50");
    }

    void datesAndMoneyReadTheLocalesWay()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, date);
        QFETCH(QString, euros);
        QFETCH(QString, dollars);
        QLocale::setDefault(locale);
        QCOMPARE(kith::ui::formatDate(QDate(2026, 3, 15)), date);
        QCOMPARE(kith::ui::formatMoney(123450, QStringLiteral("EUR")), euros);
        QCOMPARE(kith::ui::formatMoney(123450, QStringLiteral("USD")), dollars);
    }

    void dateRangesNameTheYearOnceWhenBothEndsShareIt_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<QString>("sameYear");
        QTest::addColumn<QString>("acrossYears");
        QTest::newRow("German keeps the dot after the month")
            << QLocale(QLocale::German, QLocale::Germany) << QStringLiteral("03.03. – 06.03.27")
            << QStringLiteral("29.12.26 – 02.01.27");
        QTest::newRow("American English")
            << QLocale(QLocale::English, QLocale::UnitedStates) << QStringLiteral("3/3 – 3/6/27")
            << QStringLiteral("12/29/26 – 1/2/27");
        QTest::newRow("British English")
            << QLocale(QLocale::English, QLocale::UnitedKingdom)
            << QStringLiteral("03/03 – 06/03/2027") << QStringLiteral("29/12/2026 – 02/01/2027");
        QTest::newRow("Swedish writes the year first")
            << QLocale(QLocale::Swedish, QLocale::Sweden) << QStringLiteral("03-03 – 2027-03-06")
            << QStringLiteral("2026-12-29 – 2027-01-02");
    }

    void dateRangesNameTheYearOnceWhenBothEndsShareIt()
    {
        QFETCH(QLocale, locale);
        QFETCH(QString, sameYear);
        QFETCH(QString, acrossYears);
        QLocale::setDefault(locale);
        using kith::ui::formatDateRange;
        QCOMPARE(formatDateRange(QDate(2027, 3, 3), QDate(2027, 3, 6)), sameYear);
        QCOMPARE(formatDateRange(QDate(2026, 12, 29), QDate(2027, 1, 2)), acrossYears);
        QCOMPARE(formatDateRange(QDate(2027, 3, 3), QDate(2027, 3, 3)),
                 kith::ui::formatDate(QDate(2027, 3, 3)));
        QCOMPARE(formatDateRange(QDate(2027, 3, 3), QDate()),
                 kith::ui::formatDate(QDate(2027, 3, 3)));
        QCOMPARE(formatDateRange(QDate(), QDate(2027, 3, 3)), QString());
    }

    void noDateReadsAsNothing()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(kith::ui::formatDate(QDate()), QString());
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
