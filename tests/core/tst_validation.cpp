#include "model/Validation.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

using namespace kith;

namespace {

// The rule isValidWebUrl keeps, spelled the slow way: QUrl's strict parse decides.
bool parsesAsWebUrl(const QString &url)
{
    const QUrl parsed(url, QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty() &&
           (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"));
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void webAddresses_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        const auto row = [](const char *url, bool valid) {
            QTest::newRow(url) << QString::fromUtf8(url) << valid;
        };
        row("https://www.linkedin.com/in/ada-lovelace-42/", true);
        row("http://example.org", true);
        row("HTTPS://Example.ORG/Path_with~tilde.html", true);
        row("https://example.org/a b", false);
        row("https://", false);
        row("https:///path", false);
        row("ftp://example.org/", false);
        row("mailto:ada@example.org", false);
        row("www.example.org", false);
        row("", false);
    }

    void webAddresses()
    {
        QFETCH(QString, url);
        QFETCH(bool, valid);
        QCOMPARE(validation::isValidWebUrl(url), valid);
    }

    // The quick path for plain addresses must never answer differently from the full parse:
    // hosts and paths built from the characters where the two could part ways.
    void quickPathAgreesWithQUrl()
    {
        const QStringList hosts = {QStringLiteral("example.org"),
                                   QStringLiteral("a..b"),
                                   QStringLiteral(".example.org"),
                                   QStringLiteral("example.org."),
                                   QStringLiteral("-a.org"),
                                   QStringLiteral("a-.org"),
                                   QStringLiteral("a.-b.org"),
                                   QStringLiteral("1.2.3.4"),
                                   QStringLiteral("999.1.1.1"),
                                   QStringLiteral("1.2.3.4.5"),
                                   QStringLiteral("123"),
                                   QStringLiteral("0x7f.1"),
                                   QStringLiteral("a.1"),
                                   QStringLiteral("xn--bcher-kva.example"),
                                   QStringLiteral("EXAMPLE.ORG"),
                                   QStringLiteral("ex_ample.org"),
                                   QStringLiteral("exa mple.org"),
                                   QStringLiteral("user@host.org"),
                                   QStringLiteral("host.org:80"),
                                   QStringLiteral("host.org:x"),
                                   QStringLiteral("[::1]"),
                                   QStringLiteral("bücher.de"),
                                   QStringLiteral(""),
                                   QStringLiteral("a"),
                                   QStringLiteral("a-b-c.d-e")};
        const QStringList paths = {QStringLiteral(""),
                                   QStringLiteral("/"),
                                   QStringLiteral("/in/ada-lovelace"),
                                   QStringLiteral("/a//b"),
                                   QStringLiteral("/~x/y.z_w"),
                                   QStringLiteral("/%41"),
                                   QStringLiteral("/%zz"),
                                   QStringLiteral("/a b"),
                                   QStringLiteral("/a?b=c"),
                                   QStringLiteral("/#frag"),
                                   QStringLiteral("/ü"),
                                   QStringLiteral("/a\\b")};
        for (const QString &scheme :
             {QStringLiteral("https://"), QStringLiteral("http://"), QStringLiteral("HTTPS://")})
            for (const QString &host : hosts)
                for (const QString &path : paths) {
                    const QString url = scheme + host + path;
                    QVERIFY2(validation::isValidWebUrl(url) == parsesAsWebUrl(url),
                             qPrintable(url));
                }

        // And random addresses over the same alphabet.
        QRandomGenerator random(20261127);
        const QString alphabet = QStringLiteral("abcXYZ019-._~/:@%[] ü");
        for (int i = 0; i < 20000; ++i) {
            QString url = QStringLiteral("https://");
            const int length = random.bounded(1, 16);
            for (int c = 0; c < length; ++c)
                url += alphabet.at(random.bounded(int(alphabet.size())));
            QVERIFY2(validation::isValidWebUrl(url) == parsesAsWebUrl(url), qPrintable(url));
        }
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
