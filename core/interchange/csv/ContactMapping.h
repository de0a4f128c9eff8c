#pragma once

#include "common/Result.h"
#include "model/EnumTraits.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace kith::csv {

// What a column of a contacts file holds, as far as Kith is concerned.
enum class ContactField
{
    Ignore,
    DisplayName,
    GivenName,
    MiddleName, // joins the display name when the file has no full-name column
    FamilyName,
    Headline,
    Email,        // one or more, split at ";", "," or Google's " ::: "
    Phone,        // one or more, split at ";" or " ::: "
    Organization, // the current employer
    Title,        // the current job title
    City,
    Region,
    Country,
    LinkedIn,
    Website, // a LinkedIn address here becomes the LinkedIn profile
    Notes,
    Tags, // split at ";", "," or " ::: "
    KnownSince
};

// Where a mapping came from, so the import wizard can say "Recognised: Google Contacts".
enum class MappingSource
{
    Given,        // typed by the user (--map) or chosen in the wizard
    Remembered,   // chosen for the same columns before (MappingMemory)
    Kith,         // a people list exported by Kith
    Google,       // Google Contacts, 2023 and later ("First Name", "Labels")
    GoogleLegacy, // Google Contacts before 2023 ("Given Name", "Group Membership")
    Outlook,      // Microsoft Outlook ("E-mail Address", "Business Phone")
    Guessed       // by header names, in English and a few other languages
};

// Which Kith field each column of a file feeds. Headers are compared without case and
// surrounding white space. Several columns may feed one field: single-valued fields take the
// first non-empty value in column order, lists (e-mails, phones, tags) take them all.
struct ColumnMapping
{
    struct Column
    {
        QString header;
        ContactField field = ContactField::Ignore;

        friend bool operator==(const Column &, const Column &) = default;
    };

    QList<Column> columns;
    MappingSource source = MappingSource::Given;

    ContactField fieldFor(QStringView header) const;     // Ignore for a header not listed
    void set(const QString &header, ContactField field); // replaces the header's entry
    bool maps(ContactField field) const;
    // Whether some column gives a name or an e-mail address, which every person needs.
    bool canNamePeople() const;
    // `overrides` on top of this mapping: its headers replace or join these.
    ColumnMapping overriddenBy(const ColumnMapping &overrides) const;

    // "Header=field,Other=field", the form parseMapping() reads; headers with a comma, an
    // equals sign or a quote are quoted. Ignored columns are left out, and so are later
    // entries of a header already listed, which fieldFor() never reaches.
    QString toSpec() const;
    // Only what fieldFor() sees counts: two mappings that feed the same fields are equal.
    bool sameAs(const ColumnMapping &other) const;
};

// Reads the command line's `--map 'Header=field,Header 2=field'`. A header holding a comma
// or an equals sign is written in double quotes ("Last, First"=displayName). Field names
// are those of ContactField's keys, in any case. InvalidArgument names an unknown field and
// lists the valid ones.
Result<ColumnMapping> parseMapping(const QString &spec);

// A mapping for every header: Kith, Google (both layouts) and Outlook exports are
// recognised by their headers; other files are guessed header by header. Columns nothing
// matches are Ignore.
ColumnMapping detectMapping(const QStringList &headers);

} // namespace kith::csv

namespace kith {

template <>
struct EnumTraits<csv::ContactField>
{
    using F = csv::ContactField;
    static constexpr std::array<EnumEntry<F>, 18> entries{{
        {F::Ignore, "ignore", QT_TRANSLATE_NOOP("kith::Enum", "(ignore)")},
        {F::DisplayName, "displayName", QT_TRANSLATE_NOOP("kith::Enum", "Full name")},
        {F::GivenName, "givenName", QT_TRANSLATE_NOOP("kith::Enum", "Given name")},
        {F::MiddleName, "middleName", QT_TRANSLATE_NOOP("kith::Enum", "Middle name")},
        {F::FamilyName, "familyName", QT_TRANSLATE_NOOP("kith::Enum", "Family name")},
        {F::Headline, "headline", QT_TRANSLATE_NOOP("kith::Enum", "Headline")},
        {F::Email, "email", QT_TRANSLATE_NOOP("kith::Enum", "E-mail")},
        {F::Phone, "phone", QT_TRANSLATE_NOOP("kith::Enum", "Phone")},
        {F::Organization, "organization", QT_TRANSLATE_NOOP("kith::Enum", "Organization")},
        {F::Title, "title", QT_TRANSLATE_NOOP("kith::Enum", "Job title")},
        {F::City, "city", QT_TRANSLATE_NOOP("kith::Enum", "City")},
        {F::Region, "region", QT_TRANSLATE_NOOP("kith::Enum", "Region")},
        {F::Country, "country", QT_TRANSLATE_NOOP("kith::Enum", "Country")},
        {F::LinkedIn, "linkedin", QT_TRANSLATE_NOOP("kith::Enum", "LinkedIn profile")},
        {F::Website, "website", QT_TRANSLATE_NOOP("kith::Enum", "Website")},
        {F::Notes, "notes", QT_TRANSLATE_NOOP("kith::Enum", "Notes")},
        {F::Tags, "tags", QT_TRANSLATE_NOOP("kith::Enum", "Tags")},
        {F::KnownSince, "knownSince", QT_TRANSLATE_NOOP("kith::Enum", "Known since")},
    }};
};

template <>
struct EnumTraits<csv::MappingSource>
{
    using S = csv::MappingSource;
    static constexpr std::array<EnumEntry<S>, 7> entries{{
        {S::Given, "given", QT_TRANSLATE_NOOP("kith::Enum", "Chosen columns")},
        {S::Remembered, "remembered", QT_TRANSLATE_NOOP("kith::Enum", "Columns chosen last time")},
        {S::Kith, "kith", QT_TRANSLATE_NOOP("kith::Enum", "Kith people list")},
        {S::Google, "google", QT_TRANSLATE_NOOP("kith::Enum", "Google Contacts")},
        {S::GoogleLegacy, "google-legacy",
         QT_TRANSLATE_NOOP("kith::Enum", "Google Contacts (before 2023)")},
        {S::Outlook, "outlook", QT_TRANSLATE_NOOP("kith::Enum", "Microsoft Outlook")},
        {S::Guessed, "guessed", QT_TRANSLATE_NOOP("kith::Enum", "Columns guessed by name")},
    }};
};

} // namespace kith
