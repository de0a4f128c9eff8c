#pragma once

#include <QLocale>
#include <QString>

namespace kith {

// Makes Qt and Kith speak the user's language: for the first of the locale's UI languages
// that Kith has a catalogue for (compiled into the binary), installs it and Qt's own
// translation (qtbase_<language> from Qt's translations folder). Otherwise, and in the C
// locale, Kith speaks English, the language of its source, with proper plural forms. For
// the system locale, "the C locale" is what the C library says: LC_ALL=C.UTF-8 means
// English whatever LANGUAGE asks for, as with every other program.
// Returns the language of the catalogue installed ("de", "en"). Needs a QCoreApplication.
QString installTranslations(const QLocale &locale);

} // namespace kith
