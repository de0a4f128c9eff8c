#include "VCardMapping.h"

namespace kith::vcard::detail {

namespace {

// Types that tell nothing a person would call a label: every e-mail address is INTERNET,
// and vCard 2.1 named the mail services of its day.
bool isSilentEmailType(QByteArrayView type)
{
    for (const char *silent : {"INTERNET", "X400", "AOL", "APPLELINK", "ATTMAIL", "CIS", "EWORLD",
                               "IBMMAIL", "MCIMAIL", "POWERSHARE", "PRODIGY", "TLX"}) {
        if (equalsIgnoringCase(type, silent))
            return true;
    }
    return false;
}

bool isMobileType(QByteArrayView type)
{
    return equalsIgnoringCase(type, "CELL") || equalsIgnoringCase(type, "MOBILE") ||
           equalsIgnoringCase(type, "IPHONE");
}

bool isLabelWord(const QString &word, PointKind kind)
{
    static const char *const emailWords[] = {"work", "home"};
    static const char *const phoneWords[] = {"work", "home",  "mobile",    "fax",  "pager",
                                             "text", "video", "textphone", "voice"};
    if (kind == PointKind::Email)
        return std::any_of(std::begin(emailWords), std::end(emailWords),
                           [&](const char *w) { return word == QLatin1String(w); });
    return std::any_of(std::begin(phoneWords), std::end(phoneWords),
                       [&](const char *w) { return word == QLatin1String(w); });
}

bool hostIs(QStringView host, QLatin1String domain)
{
    if (host.compare(domain, Qt::CaseInsensitive) == 0)
        return true;
    return host.size() > domain.size() && host.endsWith(domain, Qt::CaseInsensitive) &&
           host[host.size() - domain.size() - 1] == QLatin1Char('.');
}

bool isDigits(QStringView text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

int number(QStringView digits)
{
    int value = 0;
    for (const QChar c : digits)
        value = value * 10 + (c.unicode() - '0');
    return value;
}

} // namespace

QString labelFromTypes(const QByteArrayView *types, int count, PointKind kind)
{
    const auto silent = [&](QByteArrayView type) {
        return kind == PointKind::Email ? isSilentEmailType(type) : false;
    };
    int meaningfulOtherThanVoice = 0;
    for (int i = 0; i < count; ++i) {
        if (!silent(types[i]) && !equalsIgnoringCase(types[i], "VOICE"))
            ++meaningfulOtherThanVoice;
    }
    QStringList words;
    for (int i = 0; i < count; ++i) {
        const QByteArrayView type = types[i];
        if (silent(type))
            continue;
        if (kind == PointKind::Phone && equalsIgnoringCase(type, "VOICE") &&
            meaningfulOtherThanVoice > 0)
            continue;
        QString word = kind == PointKind::Phone && isMobileType(type)
                           ? QStringLiteral("mobile")
                           : QString::fromLatin1(type.data(), type.size()).toLower();
        if (!words.contains(word))
            words.append(std::move(word));
    }
    return words.join(QLatin1Char(' '));
}

std::optional<QByteArrayList> typesForLabel(const QString &label, PointKind kind)
{
    if (label.isEmpty())
        return QByteArrayList();
    const QStringList words = label.split(QLatin1Char(' '));
    if (words.size() > Parameters::maxTypes)
        return std::nullopt;
    QByteArrayList types;
    for (const QString &word : words) {
        if (!isLabelWord(word, kind))
            return std::nullopt;
        types.append(word == QLatin1String("mobile") ? QByteArray("cell") : word.toLatin1());
    }
    std::array<QByteArrayView, Parameters::maxTypes> views{};
    for (qsizetype i = 0; i < types.size(); ++i)
        views[size_t(i)] = types[i];
    if (labelFromTypes(views.data(), int(types.size()), kind) != label)
        return std::nullopt;
    return types;
}

QString labelFromAppleLabel(const QString &label)
{
    const QString trimmed = label.trimmed();
    if (!trimmed.startsWith(QLatin1String("_$!<")) || !trimmed.endsWith(QLatin1String(">!$_")))
        return trimmed;
    QString builtIn = trimmed.mid(4, trimmed.size() - 8).toLower();
    if (builtIn.endsWith(QLatin1String("fax")) && builtIn.size() > 3)
        builtIn.insert(builtIn.size() - 3, QLatin1Char(' ')); // "HomeFAX" → "home fax"
    return builtIn;
}

QString webUrl(const QString &value)
{
    const QString url = value.trimmed();
    for (QLatin1String scheme : {QLatin1String("https://"), QLatin1String("http://")}) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            return url.size() > scheme.size() ? url : QString();
    }
    const bool hostLike = !url.isEmpty() && url.contains(QLatin1Char('.')) &&
                          !url.contains(QLatin1Char(':')) && !url.startsWith(QLatin1Char('.')) &&
                          std::none_of(url.begin(), url.end(), [](QChar c) { return c.isSpace(); });
    return hostLike ? QStringLiteral("https://") + url : QString();
}

ProfileKind profileKindOfUrl(const QString &url)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd < 0)
        return ProfileKind::Website;
    const qsizetype hostStart = schemeEnd + 3;
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && url[hostEnd] != QLatin1Char('/') &&
           url[hostEnd] != QLatin1Char('?') && url[hostEnd] != QLatin1Char('#'))
        ++hostEnd;
    QStringView host = QStringView(url).sliced(hostStart, hostEnd - hostStart);
    if (const qsizetype at = host.lastIndexOf(QLatin1Char('@')); at >= 0)
        host = host.sliced(at + 1);
    if (const qsizetype colon = host.indexOf(QLatin1Char(':')); colon >= 0)
        host = host.first(colon);

    if (hostIs(host, QLatin1String("linkedin.com")) || hostIs(host, QLatin1String("lnkd.in")))
        return ProfileKind::LinkedIn;
    if (hostIs(host, QLatin1String("x.com")) || hostIs(host, QLatin1String("twitter.com")))
        return ProfileKind::X;
    if (hostIs(host, QLatin1String("facebook.com")) || hostIs(host, QLatin1String("fb.com")) ||
        hostIs(host, QLatin1String("fb.me")))
        return ProfileKind::Facebook;
    // Mastodon (and the fediverse) address people as https://host/@user; a few big sites
    // borrowed the pattern and are not Mastodon.
    const QStringView path = QStringView(url).sliced(hostEnd);
    if (path.startsWith(QLatin1String("/@")) && path.size() > 2) {
        for (const char *other : {"medium.com", "youtube.com", "tiktok.com", "threads.net",
                                  "threads.com", "substack.com"}) {
            if (hostIs(host, QLatin1String(other)))
                return ProfileKind::Website;
        }
        return ProfileKind::Mastodon;
    }
    return ProfileKind::Website;
}

std::optional<ProfileKind> profileKindOfSocialType(QByteArrayView type)
{
    if (type.isEmpty())
        return std::nullopt;
    if (equalsIgnoringCase(type, "LINKEDIN"))
        return ProfileKind::LinkedIn;
    if (equalsIgnoringCase(type, "TWITTER") || equalsIgnoringCase(type, "X"))
        return ProfileKind::X;
    if (equalsIgnoringCase(type, "FACEBOOK"))
        return ProfileKind::Facebook;
    if (equalsIgnoringCase(type, "MASTODON"))
        return ProfileKind::Mastodon;
    if (equalsIgnoringCase(type, "WEBSITE") || equalsIgnoringCase(type, "HOMEPAGE"))
        return ProfileKind::Website;
    return ProfileKind::Other; // GitHub, Instagram, Flickr…: a profile Kith has no kind for
}

QByteArray socialTypeOf(ProfileKind kind)
{
    switch (kind) {
    case ProfileKind::LinkedIn:
        return QByteArrayLiteral("linkedin");
    case ProfileKind::X:
        return QByteArrayLiteral("twitter"); // the name address books know
    case ProfileKind::Mastodon:
        return QByteArrayLiteral("mastodon");
    case ProfileKind::Facebook:
        return QByteArrayLiteral("facebook");
    case ProfileKind::Website:
        return QByteArrayLiteral("website");
    case ProfileKind::Other:
        return QByteArrayLiteral("other");
    }
    return QByteArrayLiteral("other");
}

QString profileUrlForUser(ProfileKind kind, QString user)
{
    user = user.trimmed();
    if (user.isEmpty() || std::any_of(user.begin(), user.end(), [](QChar c) {
            return c.isSpace() || c == QLatin1Char('/') || c == QLatin1Char(':');
        }))
        return {};
    if (kind == ProfileKind::Mastodon) { // "@jane@example.social" or "jane@example.social"
        if (user.startsWith(QLatin1Char('@')))
            user.remove(0, 1);
        const qsizetype at = user.indexOf(QLatin1Char('@'));
        if (at <= 0 || at == user.size() - 1)
            return {};
        return QStringLiteral("https://") + user.mid(at + 1) + QStringLiteral("/@") + user.left(at);
    }
    if (user.startsWith(QLatin1Char('@')))
        user.remove(0, 1);
    if (user.isEmpty() || user.contains(QLatin1Char('@')))
        return {};
    switch (kind) {
    case ProfileKind::LinkedIn:
        return QStringLiteral("https://www.linkedin.com/in/") + user;
    case ProfileKind::X:
        return QStringLiteral("https://x.com/") + user;
    case ProfileKind::Facebook:
        return QStringLiteral("https://www.facebook.com/") + user;
    default:
        return {};
    }
}

QByteArray imageMediaType(const QByteArray &image)
{
    if (image.startsWith("\xFF\xD8\xFF"))
        return QByteArrayLiteral("image/jpeg");
    if (image.startsWith("\x89PNG"))
        return QByteArrayLiteral("image/png");
    if (image.startsWith("GIF8"))
        return QByteArrayLiteral("image/gif");
    if (image.startsWith("RIFF") && image.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    if (image.mid(4, 8) == "ftypheic" || image.mid(4, 8) == "ftypmif1")
        return QByteArrayLiteral("image/heic");
    if (image.startsWith("BM"))
        return QByteArrayLiteral("image/bmp");
    if (image.startsWith(QByteArray("II*\0", 4)) || image.startsWith(QByteArray("MM\0*", 4)))
        return QByteArrayLiteral("image/tiff");
    return QByteArrayLiteral("application/octet-stream");
}

QString birthdayText(const QString &value)
{
    const QString text = value.trimmed();
    if (text.size() == 8 && isDigits(text)) // 19850412
        return text.left(4) + QLatin1Char('-') + text.mid(4, 2) + QLatin1Char('-') + text.mid(6);
    if (text.size() == 6 && text.startsWith(QLatin1String("--")) && isDigits(text.mid(2)))
        return QStringLiteral("--") + text.mid(2, 2) + QLatin1Char('-') + text.mid(4); // --0412
    if (text.size() > 10 && text[10] == QLatin1Char('T') && parseDate(text.left(10)).isValid())
        return text.left(10); // a date-time from Google: the day is what counts
    return text;
}

QDate parseDate(QStringView text)
{
    if (text.size() == 10 && text[4] == QLatin1Char('-') && text[7] == QLatin1Char('-') &&
        isDigits(text.first(4)) && isDigits(text.sliced(5, 2)) && isDigits(text.sliced(8, 2)))
        return QDate(number(text.first(4)), number(text.sliced(5, 2)), number(text.sliced(8, 2)));
    if (text.size() == 8 && isDigits(text))
        return QDate(number(text.first(4)), number(text.sliced(4, 2)), number(text.sliced(6, 2)));
    return {};
}

} // namespace kith::vcard::detail
