#include "ContactRow.h"

#include "CsvWriter.h"
#include "model/Validation.h"

#include <QCoreApplication>
#include <QLocale>

namespace kith::csv {

namespace {

using F = ContactField;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::csv", text);
}

bool isSingleValued(F field)
{
    switch (field) {
    case F::Email:
    case F::Phone:
    case F::Tags:
    case F::LinkedIn:
    case F::Website:
    case F::Notes:
    case F::Ignore:
        return false;
    default:
        return true;
    }
}

// Splits a cell holding several values. Google joins them with " ::: ".
QStringList splitValues(const QString &cell, bool atCommas)
{
    QString text = cell;
    text.replace(QStringLiteral(":::"), QStringLiteral(";"));
    text.replace(QLatin1Char('\n'), QLatin1Char(';'));
    if (atCommas)
        text.replace(QLatin1Char(','), QLatin1Char(';'));
    QStringList values;
    for (const QString &part : text.split(QLatin1Char(';'))) {
        const QString value = part.trimmed();
        if (!value.isEmpty())
            values.append(value);
    }
    return values;
}

// "work", "home", "mobile"… when a header ("Business Phone", "Home E-mail", "Handy") or a
// label says so; empty otherwise.
QString keywordLabel(const QString &text)
{
    const QString lower = text.toCaseFolded();
    struct LabelWords
    {
        const char *label;
        std::array<const char *, 11> words; // up to the first nullptr
    };
    static constexpr std::array<LabelWords, 5> labels{{
        {"work",
         {"work", "business", "office", "company", "gesch", "dienst", "travail", "bureau",
          "trabajo", "lavoro", "werk"}},
        {"home", {"home", "private", "privat", "personal", "domicile", "casa", "thuis"}},
        {"mobile",
         {"mobile", "cell", "handy", "portable", "movil", "móvil", "cellulare", "mobiel"}},
        {"fax", {"fax"}},
        {"other", {"other"}},
    }};
    for (const LabelWords &entry : labels) {
        for (const char *word : entry.words) {
            if (!word)
                break;
            if (lower.contains(QString::fromUtf8(word)))
                return QString::fromLatin1(entry.label);
        }
    }
    return {};
}

// A label cell of Google's ("* Work", "Mobile", "Assistant"), in Kith's words where it can.
QString cellLabel(const QString &cell)
{
    const QString label = keywordLabel(cell);
    if (!label.isEmpty())
        return label;
    QString text = cell.trimmed();
    if (text.startsWith(QLatin1String("* ")))
        text = text.mid(2);
    return text.toLower().left(40);
}

// A web address as people type it ("www.example.org"), made absolute; empty when it is not
// one.
QString webAddress(const QString &value)
{
    QString url = value.trimmed();
    if (!url.contains(QLatin1String("://")))
        url.prepend(QStringLiteral("https://"));
    return validation::isValidWebUrl(url) ? url : QString();
}

QString firstNonEmpty(std::initializer_list<QString> values)
{
    for (const QString &value : values) {
        if (!value.isEmpty())
            return value;
    }
    return {};
}

// A cell's text without the apostrophe CsvWriter puts before a would-be formula ("'+1 303…"),
// so a list Kith exported comes back as it was.
QString cell(const Row &row, qsizetype index)
{
    QString value = row.value(index);
    if (value.size() >= 2 && value.front() == QLatin1Char('\'') &&
        CsvWriter::needsGuard(QStringView(value).mid(1)))
        value.remove(0, 1);
    return value;
}

} // namespace

ContactRowReader::ContactRowReader(const QStringList &headers, const ColumnMapping &mapping)
    : m_headerSize(headers.size())
{
    for (qsizetype i = 0; i < headers.size(); ++i) {
        Column column{i, mapping.fieldFor(headers.at(i)), {}, -1};
        if (column.field == F::Ignore)
            continue;
        const QString &header = headers.at(i);
        if (column.field == F::Email || column.field == F::Phone || column.field == F::Website) {
            // Google: "E-mail 1 - Value" has its label in "E-mail 1 - Label" (or "- Type").
            const qsizetype dash = header.lastIndexOf(QLatin1String(" - "));
            if (dash > 0) {
                const QString stem = header.left(dash + 3);
                for (const char *suffix : {"Label", "Type"}) {
                    const QString labelHeader = stem + QLatin1String(suffix);
                    const auto found =
                        std::find_if(headers.cbegin(), headers.cend(), [&](const QString &h) {
                            return h.compare(labelHeader, Qt::CaseInsensitive) == 0;
                        });
                    if (found != headers.cend()) {
                        column.labelColumn = found - headers.cbegin();
                        break;
                    }
                }
            }
            if (column.labelColumn < 0)
                column.label = keywordLabel(header);
        }
        m_columns.append(column);
    }
}

QString ContactRowReader::labelOf(const Column &column, const Row &row) const
{
    if (column.labelColumn >= 0) {
        const QString text = cell(row, column.labelColumn).trimmed();
        return text.isEmpty() ? QString() : cellLabel(text);
    }
    return column.label;
}

void ContactRowReader::addEmails(const Column &column, const Row &row, Person &person,
                                 QStringList &notes) const
{
    const QString label = labelOf(column, row);
    for (QString email : splitValues(cell(row, column.index), true)) {
        if (email.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
            email = email.mid(7);
        if (!validation::isValidEmail(email)) {
            notes.append(tr("“%1” is not an e-mail address; left out.").arg(email.left(80)));
            continue;
        }
        const bool known = std::any_of(
            person.emails.cbegin(), person.emails.cend(), [&](const ContactPoint &point) {
                return point.value.compare(email, Qt::CaseInsensitive) == 0;
            });
        if (!known)
            person.emails.append({email, label});
    }
}

void ContactRowReader::addPhones(const Column &column, const Row &row, Person &person) const
{
    const QString label = labelOf(column, row);
    for (const QString &phone : splitValues(cell(row, column.index), false)) {
        const bool known =
            std::any_of(person.phones.cbegin(), person.phones.cend(),
                        [&](const ContactPoint &point) { return point.value == phone; });
        if (!known)
            person.phones.append({phone, label});
    }
}

void ContactRowReader::addProfile(const Column &column, const Row &row, Person &person,
                                  QStringList &notes) const
{
    for (const QString &value : splitValues(cell(row, column.index), false)) {
        const QString url = webAddress(value);
        if (url.isEmpty()) {
            notes.append(tr("“%1” is not a web address; left out.").arg(value.left(80)));
            continue;
        }
        const bool linkedIn = column.field == F::LinkedIn ||
                              url.contains(QLatin1String("linkedin.com/"), Qt::CaseInsensitive);
        const ProfileKind kind = linkedIn ? ProfileKind::LinkedIn : ProfileKind::Website;
        const bool known = std::any_of(person.profiles.cbegin(), person.profiles.cend(),
                                       [&](const ProfileLink &link) { return link.url == url; });
        if (!known)
            person.profiles.append({kind, url});
    }
}

QString ContactRowReader::read(const Row &row, Person &person, QStringList &notes) const
{
    if (row.unterminatedQuote)
        return tr("A quote opened in this row is never closed; the rest of the file would be "
                  "one value.");
    for (qsizetype i = m_headerSize; i < row.fields.size(); ++i) {
        if (!row.fields.at(i).trimmed().isEmpty())
            return tr("The row has %1 values where the header has %2 columns (a comma outside "
                      "quotes?).")
                .arg(row.fields.size())
                .arg(m_headerSize);
    }

    // Single-valued fields: the first non-empty column wins.
    std::array<QString, EnumTraits<F>::entries.size()> single;
    QStringList notesText;
    for (const Column &column : m_columns) {
        const QString value = cell(row, column.index).trimmed();
        if (value.isEmpty())
            continue;
        QString &slot = single[std::size_t(column.field)];
        switch (column.field) {
        case F::Email:
            addEmails(column, row, person, notes);
            break;
        case F::Phone:
            addPhones(column, row, person);
            break;
        case F::LinkedIn:
        case F::Website:
            addProfile(column, row, person, notes);
            break;
        case F::Tags:
            for (QString tag : splitValues(value, true)) {
                if (tag.startsWith(QLatin1String("* ")))
                    tag = tag.mid(2).trimmed(); // Google's system groups: "* starred"
                if (tag.isEmpty() ||
                    tag.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) == 0)
                    continue;
                if (!person.tags.contains(tag, Qt::CaseInsensitive))
                    person.tags.append(tag);
            }
            break;
        case F::Notes:
            notesText.append(value);
            break;
        default:
            if (slot.isEmpty() && isSingleValued(column.field))
                slot = value;
        }
    }
    const auto field = [&](F f) -> const QString & { return single[std::size_t(f)]; };

    person.givenName = field(F::GivenName);
    person.familyName = field(F::FamilyName);
    person.headline = field(F::Headline);
    person.location = {field(F::City), field(F::Region), field(F::Country)};
    person.notes = notesText.join(QStringLiteral("\n\n"));
    QStringList nameParts;
    for (F part : {F::GivenName, F::MiddleName, F::FamilyName}) {
        if (!field(part).isEmpty())
            nameParts.append(field(part));
    }
    person.displayName = firstNonEmpty(
        {field(F::DisplayName), nameParts.join(QLatin1Char(' ')), person.primaryEmail()});
    if (person.displayName.isEmpty())
        return tr("Nothing names this person: no name and no e-mail address.");
    if (!field(F::Organization).isEmpty() || !field(F::Title).isEmpty()) {
        Role role;
        role.organizationName = field(F::Organization);
        role.title = field(F::Title);
        person.roles.append(role);
    }
    if (!field(F::KnownSince).isEmpty()) {
        person.knownSince = parseLooseDate(field(F::KnownSince));
        if (!person.knownSince.isValid())
            notes.append(tr("“%1” is not a date; “known since” left empty.")
                             .arg(field(F::KnownSince).left(40)));
    }
    person.origin = Origin::Csv;

    // Roles name their organization by name here, which the importer resolves; the rules
    // about roles apply once it has.
    Person checked = person;
    checked.roles.clear();
    const QList<FieldError> problems = validation::check(checked);
    if (!problems.isEmpty()) {
        QStringList messages;
        for (const FieldError &problem : problems)
            messages.append(problem.message.left(200));
        return messages.join(QLatin1Char(' '));
    }
    return {};
}

QDate parseLooseDate(QStringView text)
{
    text = text.trimmed();
    if (const qsizetype comma = text.indexOf(QLatin1Char(',')); comma > 0)
        text = text.left(comma); // "1/8/18, 6:14 PM"
    if (text.size() > 10 && text.at(10) == QLatin1Char('T'))
        text = text.left(10); // an ISO timestamp

    for (const char separator : {'-', '/', '.'}) {
        const QList<QStringView> parts = text.split(QLatin1Char(separator));
        if (parts.size() != 3)
            continue;
        std::array<int, 3> numbers{};
        for (int i = 0; i < 3; ++i) {
            bool ok = false;
            numbers[std::size_t(i)] = parts[i].toInt(&ok);
            if (!ok || parts[i].size() > 4)
                return {};
        }
        if (parts[0].size() == 4) // 2024-03-01, 2024/03/01
            return QDate(numbers[0], numbers[1], numbers[2]);
        int day = numbers[0], month = numbers[1];
        if (separator == '/' && numbers[0] <= 12) // 3/1/2024: the US writes the month first
            std::swap(day, month);
        int year = numbers[2];
        if (parts[2].size() <= 2)
            year += year < 70 ? 2000 : 1900;
        return QDate(year, month, day);
    }
    const QString value = text.toString();
    const QLocale c = QLocale::c();
    for (const char *format : {"d MMM yyyy", "d MMMM yyyy", "MMM d yyyy", "MMMM d yyyy"}) {
        const QDate date = c.toDate(value, QString::fromLatin1(format));
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace kith::csv
