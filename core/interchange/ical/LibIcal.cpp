#include "LibIcal.h"

#include <algorithm>
#include <mutex>

namespace kith::ical {

namespace {

QString valueText(const icalvalue *value)
{
    if (!value)
        return {};
    switch (icalvalue_isa(value)) {
    case ICAL_TEXT_VALUE:
        return fromIcal(icalvalue_get_text(value));
    case ICAL_URI_VALUE:
        return fromIcal(icalvalue_get_uri(value));
    case ICAL_X_VALUE:
        return fromIcal(icalvalue_get_x(value));
    case ICAL_CALADDRESS_VALUE:
        return fromIcal(icalvalue_get_caladdress(value));
    default: {
        char *text = icalvalue_as_ical_string_r(value);
        QString result = fromIcal(text);
        icalmemory_free_buffer(text);
        return result;
    }
    }
}

// iCalendar text may hold any character but the controls other than tab (RFC 5545 3.3.11);
// line breaks are written as "\n" by libical.
QByteArray cleanText(const QString &text)
{
    QString clean;
    clean.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                continue;
            clean.append(u'\n');
        } else if (c == u'\n' || c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F)) {
            clean.append(c);
        }
    }
    return clean.toUtf8();
}

} // namespace

void initLibIcal()
{
    static std::once_flag once;
    std::call_once(once, [] { icalerror_set_errors_are_fatal(0); });
}

ComponentPtr parseComponent(QByteArrayView text)
{
    // libical reads up to a NUL; the scanner refuses NUL bytes, so the copy ends where the
    // component ends.
    const QByteArray terminated(text.data(), text.size());
    return ComponentPtr(icalparser_parse_string(terminated.constData()));
}

QByteArray serialize(icalcomponent *component)
{
    char *text = icalcomponent_as_ical_string_r(component);
    QByteArray result(text);
    icalmemory_free_buffer(text);
    return result;
}

QString propertyText(icalcomponent *component, icalproperty_kind kind)
{
    icalproperty *property = icalcomponent_get_first_property(component, kind);
    return property ? valueText(icalproperty_get_value(property)) : QString();
}

QStringList propertyTexts(icalcomponent *component, icalproperty_kind kind)
{
    QStringList texts;
    for (icalproperty *p = icalcomponent_get_first_property(component, kind); p;
         p = icalcomponent_get_next_property(component, kind))
        texts.append(valueText(icalproperty_get_value(p)));
    return texts;
}

QString xPropertyText(icalcomponent *component, const char *name)
{
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_X_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_X_PROPERTY)) {
        const char *xName = icalproperty_get_x_name(p);
        if (xName && qstricmp(xName, name) == 0)
            return valueText(icalproperty_get_value(p));
    }
    return {};
}

QStringList parseErrors(icalcomponent *component)
{
    QStringList errors;
    for (icalproperty *p = icalcomponent_get_first_property(component, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(component, ICAL_XLICERROR_PROPERTY))
        errors.append(fromIcal(icalproperty_get_xlicerror(p)).trimmed());
    return errors;
}

void addText(icalcomponent *component, icalproperty_kind kind, const QString &text)
{
    if (text.isEmpty())
        return;
    icalproperty *property = icalproperty_new(kind);
    icalproperty_set_value(property, icalvalue_new_text(cleanText(text).constData()));
    icalcomponent_add_property(component, property);
}

void addXText(icalcomponent *component, const char *name, const QString &text)
{
    if (text.isEmpty())
        return;
    icalproperty *property = icalproperty_new_x(cleanText(text).constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

namespace {

bool isValidUtf8Run(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int extra = 0;
        char32_t min = 0;
        char32_t code = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            min = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            min = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            min = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < min || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += extra + 1;
    }
    return true;
}

} // namespace

bool isValidUtf8(QByteArrayView lines)
{
    const bool ascii = std::all_of(lines.begin(), lines.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (ascii)
        return true;
    QByteArray unfolded;
    unfolded.reserve(lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const char c = lines[i];
        if (c == '\r' || c == '\n') {
            qsizetype next = i + 1;
            if (c == '\r' && next < lines.size() && lines[next] == '\n')
                ++next;
            if (next < lines.size() && (lines[next] == ' ' || lines[next] == '\t')) {
                i = next; // the line break and the one white-space character after it
                continue;
            }
        }
        unfolded.append(c);
    }
    return isValidUtf8Run(unfolded);
}

} // namespace kith::ical
