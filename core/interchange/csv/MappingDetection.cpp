#include "ContactMapping.h"
#include "KithColumns.h"

#include <QHash>

namespace kith::csv {

namespace {

using F = ContactField;

// A header reduced for comparison: no case, no accents, punctuation as single spaces.
// "E-mail 1 - Value" → "e mail 1 value", "Prénom" → "prenom".
QString normalized(QStringView header)
{
    const QString decomposed = header.toString().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool gap = false;
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (!c.isLetterOrNumber()) {
            gap = true;
            continue;
        }
        if (gap && !out.isEmpty())
            out += QLatin1Char(' ');
        gap = false;
        out += c.toCaseFolded();
    }
    return out;
}

// "e mail 1 value" → "e mail value": Google numbers repeated columns.
QString withoutNumbers(const QString &normalizedHeader)
{
    QStringList words = normalizedHeader.split(QLatin1Char(' '));
    words.removeIf([](const QString &word) {
        return std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isDigit(); });
    });
    return words.join(QLatin1Char(' '));
}

using Table = QHash<QString, ContactField>;

Table makeTable(
    std::initializer_list<std::pair<ContactField, std::initializer_list<const char *>>> rows)
{
    Table table;
    for (const auto &[field, names] : rows) {
        for (const char *name : names)
            table.insert(QString::fromUtf8(name), field);
    }
    return table;
}

const Table &googleTable()
{
    static const Table table = makeTable({
        {F::DisplayName, {"name"}},
        {F::GivenName, {"given name", "first name"}},
        {F::MiddleName, {"additional name", "middle name"}},
        {F::FamilyName, {"family name", "last name"}},
        {F::Headline, {"occupation"}},
        {F::Notes, {"notes"}},
        {F::Tags, {"group membership", "labels"}},
        {F::Email, {"e mail value"}},
        {F::Phone, {"phone value"}},
        {F::City, {"address city"}},
        {F::Region, {"address region"}},
        {F::Country, {"address country"}},
        {F::Organization, {"organization name"}},
        {F::Title, {"organization title"}},
        {F::Website, {"website value"}},
    });
    return table;
}

const Table &outlookTable()
{
    static const Table table = makeTable({
        {F::GivenName, {"first name"}},
        {F::MiddleName, {"middle name"}},
        {F::FamilyName, {"last name"}},
        {F::Organization, {"company"}},
        {F::Title, {"job title"}},
        {F::Headline, {"profession"}},
        {F::City, {"business city", "home city", "other city"}},
        {F::Region, {"business state", "home state", "other state"}},
        {F::Country,
         {"business country region", "home country region", "other country region",
          "business country", "home country", "other country"}},
        {F::Email, {"e mail address", "e mail 2 address", "e mail 3 address"}},
        {F::Tags, {"categories"}},
        {F::Notes, {"notes"}},
        {F::Website, {"web page"}},
        // Outlook's "Title" is Mr. or Dr., not the job.
        {F::Ignore, {"title"}},
    });
    return table;
}

const Table &kithTable()
{
    static const Table table = makeTable({
        {F::DisplayName, {"name"}},
        {F::GivenName, {"given name"}},
        {F::FamilyName, {"family name"}},
        {F::Headline, {"headline"}},
        {F::Title, {"title"}},
        {F::Organization, {"organization"}},
        {F::Email, {"e mails"}},
        {F::Phone, {"phones"}},
        {F::LinkedIn, {"linkedin"}},
        {F::Website, {"website"}},
        {F::City, {"city"}},
        {F::Region, {"region"}},
        {F::Country, {"country"}},
        {F::Tags, {"tags"}},
        {F::KnownSince, {"known since"}},
        {F::Notes, {"notes"}},
    });
    return table;
}

// Header names seen in address books and spreadsheets: English, German, French, Spanish,
// Italian, Dutch and Portuguese, without accents (see normalized()).
const Table &guessTable()
{
    static const Table table = makeTable({
        {F::DisplayName,
         {"name", "full name", "fullname", "display name", "contact", "contact name", "nom complet",
          "nom et prenom", "nom prenom", "vollstandiger name", "anzeigename", "nombre completo",
          "nombre y apellidos", "nome completo", "volledige naam", "naam"}},
        {F::GivenName,
         {"first name", "firstname", "given name", "givenname", "forename", "first", "vorname",
          "prenom", "nombre", "nome", "voornaam", "primeiro nome"}},
        {F::MiddleName,
         {"middle name", "middlename", "additional name", "zweiter vorname", "segundo nombre"}},
        {F::FamilyName,
         {"last name", "lastname", "surname", "family name", "familyname", "last", "nachname",
          "familienname", "nom", "nom de famille", "apellido", "apellidos", "cognome", "sobrenome",
          "achternaam"}},
        {F::Headline, {"headline", "occupation", "profession", "beruf", "metier", "profesion"}},
        {F::Email,
         {"email", "e mail", "emails", "e mails", "email address", "e mail address", "mail",
          "courriel", "adresse e mail", "adresse email", "adresse mail", "e mail adresse",
          "email adresse", "correo", "correo electronico", "posta elettronica", "indirizzo email",
          "e mailadres", "emailadres"}},
        {F::Phone,
         {"phone",
          "phones",
          "telephone",
          "phone number",
          "telephone number",
          "mobile",
          "mobile phone",
          "cell",
          "cell phone",
          "tel",
          "telefon",
          "telefonnummer",
          "handy",
          "mobil",
          "mobiltelefon",
          "portable",
          "telefono",
          "movil",
          "cellulare",
          "telefoon",
          "telefoonnummer",
          "mobiel",
          "numero de telephone"}},
        {F::Organization,
         {"company", "company name", "organization", "organisation", "organization name",
          "employer", "firma", "unternehmen", "arbeitgeber", "societe", "entreprise", "empresa",
          "azienda", "bedrijf", "organizacion", "organizzazione", "werkgever"}},
        {F::Title,
         {"title", "job title", "jobtitle", "position", "role", "job", "titel", "jobtitel",
          "stellung", "funktion", "poste", "fonction", "titre", "cargo", "puesto", "ruolo",
          "qualifica", "functie", "functietitel"}},
        {F::City,
         {"city", "town", "stadt", "ort", "wohnort", "ville", "ciudad", "citta", "plaats",
          "woonplaats", "cidade", "localidad"}},
        {F::Region,
         {"state", "region", "province", "county", "state province", "bundesland", "provinz",
          "provincia", "estado", "provincie", "regione", "departement"}},
        {F::Country, {"country", "country region", "land", "pays", "pais", "paese", "nation"}},
        {F::LinkedIn,
         {"linkedin", "linkedin url", "linkedin profile", "linkedin profile url", "profile url"}},
        {F::Website,
         {"website", "web site", "web page", "webpage", "homepage", "home page", "url", "web",
          "site", "site web", "webseite", "sitio web", "pagina web", "sito web"}},
        {F::Notes,
         {"notes", "note", "comments", "comment", "remarks", "notizen", "notiz", "bemerkung",
          "bemerkungen", "kommentar", "remarques", "commentaire", "commentaires", "notas", "nota",
          "opmerkingen", "opmerking"}},
        {F::Tags,
         {"tags", "tag", "labels", "label", "categories", "category", "groups", "group",
          "group membership", "kategorien", "kategorie", "schlagworter", "gruppen", "etiquettes",
          "etiquetas", "categorias", "etichette", "categorie", "groepen"}},
        {F::KnownSince,
         {"known since", "connected on", "connected", "date added", "added", "added on", "created",
          "created on", "since", "met on", "kennen seit", "verbunden am", "hinzugefugt",
          "date d ajout"}},
    });
    return table;
}

// A header no table names, judged by the words in it ("Work E-mail", "Mobile Phone 2").
ContactField guessByWords(const QString &header)
{
    for (const char *neutral : {"type", "label", "display", "kind"}) {
        if (header.contains(QLatin1String(neutral)))
            return F::Ignore;
    }
    if (header.contains(QLatin1String("linkedin")))
        return F::LinkedIn;
    if (header.contains(QLatin1String("mail")) || header.contains(QLatin1String("courriel")))
        return F::Email;
    for (const char *phone : {"phone", "telefon", "mobile", "handy", "cell"}) {
        if (header.contains(QLatin1String(phone)))
            return F::Phone;
    }
    return F::Ignore;
}

ColumnMapping fromTable(const QStringList &headers, const QList<QString> &keys, const Table &table,
                        MappingSource source)
{
    ColumnMapping mapping;
    mapping.source = source;
    for (qsizetype i = 0; i < headers.size(); ++i)
        mapping.columns.append({headers.at(i), table.value(keys.at(i), F::Ignore)});
    return mapping;
}

bool containsAll(const QList<QString> &keys, std::initializer_list<const char *> names)
{
    return std::all_of(names.begin(), names.end(),
                       [&](const char *name) { return keys.contains(QLatin1String(name)); });
}

} // namespace

ColumnMapping detectMapping(const QStringList &headers)
{
    QList<QString> keys;
    keys.reserve(headers.size());
    for (const QString &header : headers)
        keys.append(normalized(header));

    QList<QString> kithKeys;
    for (const QString &header : kithPeopleHeaders())
        kithKeys.append(normalized(header));
    if (std::all_of(kithKeys.cbegin(), kithKeys.cend(),
                    [&](const QString &key) { return keys.contains(key); }))
        return fromTable(headers, keys, kithTable(), MappingSource::Kith);

    // Google numbers its repeated columns: "E-mail 1 - Value", "Phone 2 - Label".
    const bool googleColumns = std::any_of(keys.cbegin(), keys.cend(), [](const QString &key) {
        return key.endsWith(QLatin1String(" value")) && (key.startsWith(QLatin1String("e mail ")) ||
                                                         key.startsWith(QLatin1String("phone ")) ||
                                                         key.startsWith(QLatin1String("website ")));
    });
    const bool google = googleColumns || keys.contains(QLatin1String("group membership")) ||
                        containsAll(keys, {"first name", "labels"}) ||
                        containsAll(keys, {"first name", "organization name"});
    if (google) {
        QList<QString> numberless;
        for (const QString &key : keys)
            numberless.append(withoutNumbers(key));
        const bool legacy = keys.contains(QLatin1String("given name")) ||
                            keys.contains(QLatin1String("group membership"));
        return fromTable(headers, numberless, googleTable(),
                         legacy ? MappingSource::GoogleLegacy : MappingSource::Google);
    }

    const bool outlook = keys.contains(QLatin1String("first name")) &&
                         (keys.contains(QLatin1String("e mail address")) ||
                          keys.contains(QLatin1String("business phone")) ||
                          keys.contains(QLatin1String("job title")));
    if (outlook) {
        ColumnMapping mapping = fromTable(headers, keys, outlookTable(), MappingSource::Outlook);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (mapping.columns[i].field == F::Ignore &&
                keys.at(i).contains(QLatin1String("phone")) &&
                !keys.at(i).contains(QLatin1String("fax")))
                mapping.columns[i].field = F::Phone;
        }
        return mapping;
    }

    ColumnMapping mapping = fromTable(headers, keys, guessTable(), MappingSource::Guessed);
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (!guessTable().contains(keys.at(i)))
            mapping.columns[i].field = guessByWords(keys.at(i));
    }
    // German and Dutch files say "Name" beside "Vorname" for the family name.
    const qsizetype bareName = keys.indexOf(QLatin1String("name"));
    if (bareName >= 0 && mapping.maps(F::GivenName) && !mapping.maps(F::FamilyName))
        mapping.columns[bareName].field = F::FamilyName;
    return mapping;
}

} // namespace kith::csv
