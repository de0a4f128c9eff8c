#include "MatchKeys.h"

namespace kith::interchange {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Appends `text` folded to `key`, one space between words.
void appendCollapsed(QString &key, QStringView text)
{
    bool pendingSpace = false;
    for (QChar c : text) {
        if (c.isSpace()) {
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key.append(QLatin1Char(' '));
            pendingSpace = false;
        }
        key.append(c);
    }
}

} // namespace

QString nameKey(QStringView name)
{
    QString key;
    key.reserve(name.size());
    if (isAscii(name)) {
        // The common case needs neither normalization nor full case folding.
        appendCollapsed(key, name);
        for (QChar &c : key) {
            if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                c = QChar(c.unicode() + ('a' - 'A'));
        }
        return key;
    }
    const QString decomposed = name.toString().normalized(QString::NormalizationForm_D);
    QString unmarked;
    unmarked.reserve(decomposed.size());
    for (qsizetype i = 0; i < decomposed.size(); ++i) {
        const QChar c = decomposed.at(i);
        char32_t codePoint = c.unicode();
        qsizetype units = 1;
        if (c.isHighSurrogate() && i + 1 < decomposed.size() &&
            decomposed.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(c, decomposed.at(i + 1));
            units = 2;
        }
        // Emoji and the joiners and modifiers that build them decorate a name on LinkedIn
        // ("Zoë 🦄 Garcia") but are left out wherever else the same person is named.
        // ASCII symbols stay, as in the ASCII-only path above.
        bool keep = true;
        switch (QChar::category(codePoint)) {
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
            keep = false;
            break;
        case QChar::Symbol_Other:
        case QChar::Symbol_Modifier:
        case QChar::Other_Format:
            keep = codePoint < 0x80;
            break;
        default:
            break;
        }
        if (keep)
            unmarked.append(decomposed.sliced(i, units));
        i += units - 1;
    }
    appendCollapsed(key, unmarked.toCaseFolded());
    return key;
}

QString personNameKey(const Person &person)
{
    if (!person.displayName.trimmed().isEmpty())
        return nameKey(person.displayName);
    return nameKey(QString(person.givenName + QLatin1Char(' ') + person.familyName));
}

QString emailKey(QStringView email)
{
    return email.trimmed().toString().toCaseFolded();
}

QString profileKey(QStringView url)
{
    QStringView rest = url.trimmed();
    if (const qsizetype scheme = rest.indexOf(u"://"); scheme >= 0 && scheme < 10)
        rest = rest.sliced(scheme + 3);
    if (const qsizetype end = rest.indexOf(QLatin1Char('#')); end >= 0)
        rest = rest.first(end);
    if (const qsizetype end = rest.indexOf(QLatin1Char('?')); end >= 0)
        rest = rest.first(end);
    while (rest.endsWith(QLatin1Char('/')))
        rest.chop(1);
    QString key = rest.toString().toCaseFolded();
    for (QLatin1String prefix : {QLatin1String("www."), QLatin1String("m.")}) {
        if (key.startsWith(prefix)) {
            key.remove(0, prefix.size());
            break;
        }
    }
    return key;
}

bool identifiesPerson(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::LinkedIn:
    case ProfileKind::X:
    case ProfileKind::Mastodon:
    case ProfileKind::Facebook:
        return true;
    case ProfileKind::Website:
    case ProfileKind::Other:
        return false;
    }
    return false;
}

} // namespace kith::interchange
