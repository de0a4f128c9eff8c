#include "ContactMapping.h"

#include <QCoreApplication>
#include <QSet>

namespace kith::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::csv", text);
}

QString folded(QStringView header)
{
    return header.trimmed().toString().toCaseFolded();
}

std::optional<ContactField> fieldFromSpec(QStringView key)
{
    for (const auto &entry : EnumTraits<ContactField>::entries) {
        if (key.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

// Splits at `separator` outside double quotes.
QStringList splitOutsideQuotes(QStringView text, QChar separator)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == separator && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

QString unquoted(QStringView text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.front() == QLatin1Char('"') && text.back() == QLatin1Char('"'))
        return text.sliced(1, text.size() - 2)
            .toString()
            .replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return text.toString();
}

// The columns that decide something: fieldFor() takes the first entry of a header, so a
// later entry for the same header (a file with two "Company" columns) changes nothing.
QList<ColumnMapping::Column> effectiveColumns(const QList<ColumnMapping::Column> &columns)
{
    QList<ColumnMapping::Column> effective;
    effective.reserve(columns.size());
    QSet<QString> seen;
    for (const ColumnMapping::Column &column : columns) {
        const QString key = folded(column.header);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        if (column.field != ContactField::Ignore)
            effective.append(column);
    }
    return effective;
}

} // namespace

ContactField ColumnMapping::fieldFor(QStringView header) const
{
    const QString key = folded(header);
    for (const Column &column : columns) {
        if (folded(column.header) == key)
            return column.field;
    }
    return ContactField::Ignore;
}

void ColumnMapping::set(const QString &header, ContactField field)
{
    const QString key = folded(header);
    for (Column &column : columns) {
        if (folded(column.header) == key) {
            column.field = field;
            return;
        }
    }
    columns.append({header, field});
}

bool ColumnMapping::maps(ContactField field) const
{
    return std::any_of(columns.cbegin(), columns.cend(),
                       [&](const Column &column) { return column.field == field; });
}

bool ColumnMapping::canNamePeople() const
{
    return maps(ContactField::DisplayName) || maps(ContactField::GivenName) ||
           maps(ContactField::FamilyName) || maps(ContactField::Email);
}

ColumnMapping ColumnMapping::overriddenBy(const ColumnMapping &overrides) const
{
    ColumnMapping result = *this;
    for (const Column &column : overrides.columns)
        result.set(column.header, column.field);
    if (!overrides.columns.isEmpty())
        result.source = MappingSource::Given;
    return result;
}

QString ColumnMapping::toSpec() const
{
    QStringList entries;
    for (const Column &column : effectiveColumns(columns)) {
        QString header = column.header.trimmed();
        if (header.contains(QLatin1Char(',')) || header.contains(QLatin1Char('=')) ||
            header.contains(QLatin1Char('"'))) {
            header = QLatin1Char('"') +
                     header.replace(QStringLiteral("\""), QStringLiteral("\"\"")) +
                     QLatin1Char('"');
        }
        entries.append(header + QLatin1Char('=') + enumKey(column.field));
    }
    return entries.join(QLatin1Char(','));
}

bool ColumnMapping::sameAs(const ColumnMapping &other) const
{
    const auto mapped = [](const ColumnMapping &mapping) {
        QList<std::pair<QString, int>> list;
        for (const Column &column : effectiveColumns(mapping.columns))
            list.append({folded(column.header), int(column.field)});
        std::sort(list.begin(), list.end());
        return list;
    };
    return mapped(*this) == mapped(other);
}

Result<ColumnMapping> parseMapping(const QString &spec)
{
    ColumnMapping mapping;
    for (const QString &entry : splitOutsideQuotes(spec, QLatin1Char(','))) {
        if (entry.trimmed().isEmpty())
            continue;
        // The field is after the last equals sign outside quotes: field names have none.
        const QStringList sides = splitOutsideQuotes(entry, QLatin1Char('='));
        if (sides.size() < 2) {
            return Error(
                ErrorCode::InvalidArgument,
                tr("“%1” is not Header=field (for example Email=email).").arg(entry.trimmed()));
        }
        const QString header =
            unquoted(QStringView(entry).left(entry.size() - sides.last().size() - 1));
        const QString fieldName = sides.last().trimmed();
        const std::optional<ContactField> field = fieldFromSpec(fieldName);
        if (!field) {
            return Error(ErrorCode::InvalidArgument,
                         tr("“%1” is not a field Kith knows; use one of: %2.")
                             .arg(fieldName, enumKeys<ContactField>().join(QStringLiteral(", "))));
        }
        if (header.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         tr("“%1” names no column before the equals sign.").arg(entry.trimmed()));
        mapping.set(header, *field);
    }
    if (mapping.columns.isEmpty())
        return Error(ErrorCode::InvalidArgument,
                     tr("The column mapping is empty; write it as Header=field,Header 2=field."));
    return mapping;
}

} // namespace kith::csv
