#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QMutex>
#include <QTranslator>

#include <algorithm>

namespace kith {

namespace {

QString kithCatalogues()
{
    return QStringLiteral(":/i18n");
}

// Kith's source files translate through file-local helpers that pass one context for the
// whole file ("kith::ui::EventDetail"), while lupdate files each string under the scope it
// reads around the call ("kith::ui" for a free function in that namespace). Where the two
// differ, this translator finds the string in the context the catalogue holds it under:
// the exact context first, then every other Kith context, nearest namespace first. The
// answer is remembered per message and the order of contexts per asking context, so that
// starting the window (hundreds of strings, most of them untranslated in English) stays
// cheap.
class KithTranslator final : public QTranslator
{
public:
    explicit KithTranslator(QObject *parent)
        : QTranslator(parent)
    {
        QFile list(kithCatalogues() + QStringLiteral("/kith_contexts.txt"));
        if (list.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : list.readAll().split('\n')) {
                if (!line.isEmpty())
                    m_contexts.append({line, line.split(':')});
            }
        }
    }

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        // Qt's own strings are qtbase's business.
        if (!context || qstrncmp(context, "kith", 4) != 0)
            return {};
        const QString exact = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!exact.isEmpty())
            return exact;
        const QByteArray other = catalogueContext(context, sourceText, disambiguation);
        if (other.isEmpty())
            return {};
        return QTranslator::translate(other.constData(), sourceText, disambiguation, n);
    }

private:
    QByteArray catalogueContext(const char *context, const char *sourceText,
                                const char *disambiguation) const
    {
        const QByteArray key = QByteArray(context) + '\x1f' + sourceText + '\x1f' +
                               QByteArray(disambiguation ? disambiguation : "");
        QMutexLocker lock(&m_mutex);
        if (const auto known = m_resolved.constFind(key); known != m_resolved.cend())
            return *known;
        QByteArray found;
        for (const QByteArray &candidate : nearestFirst(QByteArray(context))) {
            if (candidate != context &&
                !QTranslator::translate(candidate.constData(), sourceText, disambiguation, -1)
                     .isEmpty()) {
                found = candidate;
                break;
            }
        }
        m_resolved.insert(key, found);
        return found;
    }

    // Called with m_mutex held.
    const QList<QByteArray> &nearestFirst(const QByteArray &context) const
    {
        if (const auto known = m_nearestFirst.constFind(context); known != m_nearestFirst.cend())
            return *known;
        const QList<QByteArray> scopes = context.split(':');
        QList<std::pair<qsizetype, qsizetype>> shared; // (scopes in common, index) per context
        shared.reserve(m_contexts.size());
        for (qsizetype i = 0; i < m_contexts.size(); ++i) {
            const QList<QByteArray> &other = m_contexts[i].scopes;
            const auto mismatch =
                std::mismatch(scopes.begin(), scopes.end(), other.begin(), other.end());
            shared.append({std::distance(scopes.begin(), mismatch.first), i});
        }
        std::stable_sort(shared.begin(), shared.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QList<QByteArray> ordered;
        ordered.reserve(shared.size());
        for (const auto &[common, index] : std::as_const(shared))
            ordered.append(m_contexts[index].name);
        return *m_nearestFirst.insert(context, ordered);
    }

    struct Context
    {
        QByteArray name;
        QList<QByteArray> scopes; // the name split at ':'
    };
    QList<Context> m_contexts;
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, QByteArray> m_resolved;
    mutable QHash<QByteArray, QList<QByteArray>> m_nearestFirst;
};

// Whether the C library speaks the C locale's messages: the first of LC_ALL, LC_MESSAGES and
// LANG that is set (or none) names C or POSIX, with or without a codeset ("C.UTF-8"). glibc
// then ignores LANGUAGE; Qt recognises only a bare "C" and otherwise lets LANGUAGE choose
// the system locale's language, so LC_ALL=C.UTF-8 with LANGUAGE=de would give German.
bool messagesInCLocale()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (value.isEmpty())
            continue;
        qsizetype end = value.size();
        for (const char separator : {'.', '@'}) {
            if (const qsizetype at = value.indexOf(separator); at >= 0)
                end = std::min(end, at);
        }
        const QByteArray name = value.left(end);
        return name == "C" || name == "POSIX";
    }
    return true;
}

// English is the language of the source; its catalogue holds only the plural forms.
bool loadEnglish(KithTranslator *kith)
{
    if (!kith->load(QStringLiteral("kith_en"), kithCatalogues()))
        return false;
    QCoreApplication::installTranslator(kith);
    return true;
}

} // namespace

QString installTranslations(const QLocale &locale)
{
    auto *kith = new KithTranslator(QCoreApplication::instance());
    // The system locale is Qt's reading of the environment; the C library's has the last
    // word on whether it is C. A locale the caller chose is taken as it is.
    const bool cLocale =
        locale.language() == QLocale::C || (locale == QLocale::system() && messagesInCLocale());
    if (!cLocale) {
        for (QString language : locale.uiLanguages()) {
            language.replace(QLatin1Char('-'), QLatin1Char('_'));
            // load() also tries the language without its region: kith_de_AT, then kith_de.
            if (!kith->load(QStringLiteral("kith_") + language, kithCatalogues()))
                continue;
            QCoreApplication::installTranslator(kith);
            if (kith->language().startsWith(QLatin1String("en")))
                return kith->language();
            auto *qt = new QTranslator(QCoreApplication::instance());
            if (qt->load(QStringLiteral("qtbase_") + language,
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                QCoreApplication::installTranslator(qt);
            else
                delete qt;
            return kith->language();
        }
    }
    // No language of the user's that Kith speaks, or the C locale: English.
    if (loadEnglish(kith))
        return kith->language();
    delete kith;
    return {};
}

} // namespace kith
