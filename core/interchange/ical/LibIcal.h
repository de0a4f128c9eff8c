#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <libical/ical.h>

#include <memory>

// Small RAII and text helpers around libical's C API, shared by the reader and the writer.
namespace kith::ical {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using ComponentPtr = std::unique_ptr<icalcomponent, ComponentDeleter>;

// Makes libical report problems instead of aborting the process; runs once, before any other
// libical call of Kith's.
void initLibIcal();

inline QString fromIcal(const char *text)
{
    return text ? QString::fromUtf8(text) : QString();
}

// Parses one component (BEGIN…END, as the scanner cut it out of a file); null when libical
// found none. The text need not end in a NUL.
ComponentPtr parseComponent(QByteArrayView text);

// The component in iCalendar form: CRLF line ends, folded at 75 octets.
QByteArray serialize(icalcomponent *component);

// The value of the first property of `kind`, unescaped; empty when there is none.
QString propertyText(icalcomponent *component, icalproperty_kind kind);
// The values of every property of `kind`, in file order.
QStringList propertyTexts(icalcomponent *component, icalproperty_kind kind);
// The value of the first X- property called `name` ("X-KITH-STATUS").
QString xPropertyText(icalcomponent *component, const char *name);
// What libical said about the lines it could not parse (its X-LIC-ERROR properties).
QStringList parseErrors(icalcomponent *component);

// Adds a TEXT property of `kind` (SUMMARY, LOCATION…) unless the text is empty. Control
// characters that iCalendar forbids in text are dropped; line breaks become "\n".
void addText(icalcomponent *component, icalproperty_kind kind, const QString &text);
void addXText(icalcomponent *component, const char *name, const QString &text);

// Whether the content lines are well-formed UTF-8 once unfolded (no overlongs, surrogates or
// values past U+10FFFF). Folding may split a character; the fold is not part of it.
bool isValidUtf8(QByteArrayView lines);

} // namespace kith::ical
