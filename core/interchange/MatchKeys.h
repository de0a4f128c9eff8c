#pragma once

#include "model/Person.h"

#include <QString>
#include <QStringView>

namespace kith::interchange {

// The keys under which two records count as the same person. Each is empty when the value
// gives nothing to match on.

// Case-folded, diacritics removed (NFD, marks dropped), emoji and other non-ASCII symbols
// dropped, white space collapsed and trimmed: "  José   ÁLVAREZ " and "jose alvarez" have
// the same key, and so do "Zoë 🦄 Garcia" and "Zoe Garcia".
QString nameKey(QStringView name);
// The name key of a person: their display name, or given and family name when it is empty.
QString personNameKey(const Person &person);
// Trimmed and case-folded.
QString emailKey(QStringView email);
// A profile address without scheme, "www." or "m.", query, fragment and trailing slashes,
// case-folded: "https://www.LinkedIn.com/in/ada/?trk=x" → "linkedin.com/in/ada".
QString profileKey(QStringView url);
// Whether a profile of this kind belongs to one person only (a LinkedIn or Mastodon
// profile does; a website may be shared by a whole company).
bool identifiesPerson(ProfileKind kind);

} // namespace kith::interchange
