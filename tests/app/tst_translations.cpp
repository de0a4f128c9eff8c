#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool plural = false;
    bool finished = true;
    QStringList forms;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    // readNext(), not readNextStartElement(): the latter reads past the end of the document
    // and reports it as premature, which would make every catalogue look unreadable.
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message message;
            message.context = context;
            message.plural =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            messages.append(message);
        } else if (xml.name() == QLatin1String("source")) {
            messages.last().source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            Message &message = messages.last();
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            message.finished = type.isEmpty();
            if (!message.plural)
                message.forms.append(xml.readElementText());
        } else if (xml.name() == QLatin1String("numerusform")) {
            messages.last().forms.append(xml.readElementText());
        }
    }
    return xml.hasError() ? QList<Message>{} : messages;
}

QStringList placeholders(const QString &text)
{
    QStringList found;
    for (const QRegularExpressionMatch &match :
         QRegularExpression(QStringLiteral("%[1-9]")).globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

int mnemonics(QString text)
{
    text.remove(QStringLiteral("&&"));
    return int(text.count(QRegularExpression(QStringLiteral("&\\S"))));
}

QString translate(const QString &context, const QString &source, int n = -1)
{
    return QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(),
                                       nullptr, n);
}

// Every test installs what it needs; removing the translators undoes it.
void removeTranslators()
{
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { removeTranslators(); }

    void catalogueIsCompleteAndConsistent_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("German") << QStringLiteral("kith_de.ts") << 2;
        QTest::newRow("English plural forms") << QStringLiteral("kith_en.ts") << 2;
    }

    void catalogueIsCompleteAndConsistent()
    {
        QFETCH(QString, file);
        QFETCH(int, pluralForms);
        const QList<Message> messages =
            readCatalogue(QStringLiteral(KITH_TRANSLATIONS_DIR "/") + file);
        QVERIFY2(!messages.isEmpty(), qPrintable(file));
        for (const Message &m : messages) {
            const QByteArray where = (m.context + QStringLiteral(": ") + m.source).toUtf8();
            QVERIFY2(m.finished, where.constData());
            QCOMPARE(m.forms.size(), m.plural ? pluralForms : 1);
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), where.constData());
                QVERIFY2(placeholders(form) == placeholders(m.source), where.constData());
                QVERIFY2(mnemonics(form) == mnemonics(m.source), where.constData());
                QVERIFY2(form.count(QLatin1Char('\n')) == m.source.count(QLatin1Char('\n')),
                         where.constData());
            }
            if (m.plural)
                QVERIFY2(m.forms.last().contains(QLatin1String("%n")) ||
                             m.forms.last().contains(QLatin1String("%Ln")), // in the user's digits
                         where.constData());
        }
    }

    void germanFollowsAGermanLocale_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("expected");
        QTest::newRow("an enum label") << QStringLiteral("kith::Enum") << QStringLiteral("Event")
                                       << -1 << QStringLiteral("Veranstaltung");
        QTest::newRow("a menu of a window class")
            << QStringLiteral("kith::ui::MainWindow") << QStringLiteral("&File") << -1
            << QStringLiteral("&Datei");
        QTest::newRow("a file-local helper lupdate files under the namespace")
            << QStringLiteral("kith::ui::EventDetail") << QStringLiteral("Costs") << -1
            << QStringLiteral("Kosten");
        QTest::newRow("the command line")
            << QStringLiteral("kith::cli") << QStringLiteral("Commands:") << -1
            << QStringLiteral("Befehle:");
        QTest::newRow("one day: singular")
            << QStringLiteral("kith::ui::Format") << QStringLiteral("in %n day(s)") << 1
            << QStringLiteral("in 1 Tag");
        QTest::newRow("three days: plural")
            << QStringLiteral("kith::ui::Format") << QStringLiteral("in %n day(s)") << 3
            << QStringLiteral("in 3 Tagen");
        QTest::newRow("the same English in another context")
            << QStringLiteral("kith::ui::QuickInteractionForm") << QStringLiteral(" days") << -1
            << QStringLiteral(" Tagen");
        QTest::newRow("and its usual German")
            << QStringLiteral("kith::ui::PersonEditor") << QStringLiteral(" days") << -1
            << QStringLiteral(" Tage");
    }

    void germanFollowsAGermanLocale()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, n);
        QFETCH(QString, expected);
        QCOMPARE(kith::installTranslations(QLocale(QLocale::German, QLocale::Germany)),
                 QStringLiteral("de_DE"));
        QCOMPARE(translate(context, source, n), expected);
    }

    void regionalGermanGetsGerman()
    {
        QCOMPARE(kith::installTranslations(QLocale(QLocale::German, QLocale::Austria)),
                 QStringLiteral("de_DE"));
        QCOMPARE(translate(QStringLiteral("kith::Enum"), QStringLiteral("Membership")),
                 QStringLiteral("Mitgliedschaft"));
    }

    void qtSpeaksGermanToo()
    {
        const QString dir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        if (!QFile::exists(dir + QStringLiteral("/qtbase_de.qm")))
            QSKIP("Qt's German translation is not installed (qt6-translations-l10n)");
        kith::installTranslations(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(translate(QStringLiteral("QPlatformTheme"), QStringLiteral("Cancel")),
                 QStringLiteral("Abbrechen"));
    }

    void englishGetsItsPluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("English") << QLocale(QLocale::English, QLocale::UnitedKingdom);
        QTest::newRow("a language Kith does not speak") << QLocale(QLocale::French);
        QTest::newRow("the C locale") << QLocale::c();
    }

    void englishGetsItsPluralForms()
    {
        QFETCH(QLocale, locale);
        QCOMPARE(kith::installTranslations(locale), QStringLiteral("en_US"));
        const QString context = QStringLiteral("kith::ui::Format");
        QCOMPARE(translate(context, QStringLiteral("in %n day(s)"), 1), QStringLiteral("in 1 day"));
        QCOMPARE(translate(context, QStringLiteral("in %n day(s)"), 4),
                 QStringLiteral("in 4 days"));
        QCOMPARE(translate(QStringLiteral("kith::ui::EventDetail"), QStringLiteral("Costs")),
                 QStringLiteral("Costs"));
    }

    void commandLineSpeaksTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German locale")
            << QStringList{QStringLiteral("LANG=de_DE.UTF-8")} << QStringLiteral("Befehle:");
        QTest::newRow("German first in LANGUAGE")
            << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=de:en")}
            << QStringLiteral("Befehle:");
        QTest::newRow("English") << QStringList{QStringLiteral("LANG=en_US.UTF-8")}
                                 << QStringLiteral("Commands:");
        QTest::newRow("C locale, whatever LANGUAGE says")
            << QStringList{QStringLiteral("LC_ALL=C.UTF-8"), QStringLiteral("LANGUAGE=de")}
            << QStringLiteral("Commands:");
    }

    void commandLineSpeaksTheUsersLanguage()
    {
        QFETCH(QStringList, environment);
        QFETCH(QString, expected);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
            env.remove(QString::fromLatin1(name));
        for (const QString &setting : environment)
            env.insert(setting.section(QLatin1Char('='), 0, 0),
                       setting.section(QLatin1Char('='), 1));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(KITH_BINARY), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(out.contains(expected), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
