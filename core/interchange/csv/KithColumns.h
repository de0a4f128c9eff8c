#pragma once

#include <QStringList>

namespace kith::csv {

// The headers of the people list Kith exports (CsvExport), which detectMapping() recognises
// so an exported list comes back in. They are the same in every language, so a file
// exported under one locale imports under another.
inline const QStringList &kithPeopleHeaders()
{
    static const QStringList headers = {
        QStringLiteral("Name"),        QStringLiteral("Given name"),
        QStringLiteral("Family name"), QStringLiteral("Headline"),
        QStringLiteral("Title"),       QStringLiteral("Organization"),
        QStringLiteral("E-mails"),     QStringLiteral("Phones"),
        QStringLiteral("LinkedIn"),    QStringLiteral("Website"),
        QStringLiteral("City"),        QStringLiteral("Region"),
        QStringLiteral("Country"),     QStringLiteral("Relationships"),
        QStringLiteral("Tags"),        QStringLiteral("Keep in touch (days)"),
        QStringLiteral("Known since"), QStringLiteral("Last contact"),
        QStringLiteral("Notes")};
    return headers;
}

} // namespace kith::csv
