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

    void noDateReadsAsNothing()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(kith::ui::formatDate(QDate()), QString());
    }
};

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
