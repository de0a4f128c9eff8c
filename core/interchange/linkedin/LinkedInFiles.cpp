#include "LinkedInFiles.h"

#include "model/Validation.h"

#include <QCoreApplication>

namespace kith::linkedin::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::linkedin", text);
}

// The preamble of Connections.csv is a few lines; a header further down is not there.
constexpr int maxHeaderSearchRows = 100;

} // namespace

FileKind kindOfFileName(QStringView path)
{
    const qsizetype slash =
        std::max(path.lastIndexOf(QLatin1Char('/')), path.lastIndexOf(QLatin1Char('\\')));
    QString name = path.sliced(slash + 1).toString().toCaseFolded();
    name.replace(QLatin1Char(' '), QLatin1Char('_'));
    if (name == QLatin1String("connections.csv"))
        return FileKind::Connections;
    if (name == QLatin1String("recommendations_received.csv"))
        return FileKind::RecommendationsReceived;
    if (name == QLatin1String("recommendations_given.csv"))
        return FileKind::RecommendationsGiven;
    if (name == QLatin1String("invitations.csv"))
        return FileKind::Invitations;
    if (name == QLatin1String("events.csv"))
        return FileKind::Events;
    if (name == QLatin1String("endorsement_received_info.csv"))
        return FileKind::EndorsementsReceived;
    if (name == QLatin1String("endorsement_given_info.csv"))
        return FileKind::EndorsementsGiven;
    return FileKind::Unknown;
}

FileKind kindOfText(const QString &text)
{
    csv::Reader reader(text, QLatin1Char(','));
    csv::Row row;
    for (int i = 0; i < maxHeaderSearchRows && reader.next(row); ++i) {
        const csv::Header header(row.fields);
        if (header.contains(u"First Name") && header.contains(u"Connected On"))
            return FileKind::Connections;
        if (header.contains(u"inviterProfileUrl") ||
            (header.contains(u"Sent At") && header.contains(u"Direction")))
            return FileKind::Invitations;
        if (header.contains(u"Event Name"))
            return FileKind::Events;
        if (header.contains(u"Skill Name") && header.contains(u"Endorser First Name"))
            return FileKind::EndorsementsReceived;
        if (header.contains(u"Skill Name") && header.contains(u"Endorsee First Name"))
            return FileKind::EndorsementsGiven;
        if (header.contains(u"First Name") && header.contains(u"Text") &&
            header.contains(u"Creation Date")) {
            // Only received recommendations carry a status; a given one's is empty.
            const qsizetype status = header.indexOf(u"Status");
            while (reader.next(row)) {
                if (!row.value(status).trimmed().isEmpty())
                    return FileKind::RecommendationsReceived;
            }
            return FileKind::RecommendationsGiven;
        }
    }
    return FileKind::Unknown;
}

QString fileNameOf(FileKind kind)
{
    switch (kind) {
    case FileKind::Connections:
        return QStringLiteral("Connections.csv");
    case FileKind::RecommendationsReceived:
        return QStringLiteral("Recommendations_Received.csv");
    case FileKind::RecommendationsGiven:
        return QStringLiteral("Recommendations_Given.csv");
    case FileKind::Invitations:
        return QStringLiteral("Invitations.csv");
    case FileKind::Events:
        return QStringLiteral("Events.csv");
    case FileKind::EndorsementsReceived:
        return QStringLiteral("Endorsement_Received_Info.csv");
    case FileKind::EndorsementsGiven:
        return QStringLiteral("Endorsement_Given_Info.csv");
    case FileKind::Unknown:
        break;
    }
    return {};
}

const QList<FileKind> &readableKinds()
{
    static const QList<FileKind> kinds = {FileKind::Connections,
                                          FileKind::RecommendationsReceived,
                                          FileKind::RecommendationsGiven,
                                          FileKind::Invitations,
                                          FileKind::Events,
                                          FileKind::EndorsementsReceived,
                                          FileKind::EndorsementsGiven};
    return kinds;
}

Result<Table> Table::open(const QString &text, const QString &fileName,
                          std::initializer_list<QStringView> required)
{
    // LinkedIn writes commas; a file saved again by a spreadsheet may use ; or tabs.
    for (QChar delimiter : {QLatin1Char(','), QLatin1Char(';'), QLatin1Char('\t')}) {
        csv::Reader reader(text, delimiter);
        csv::Row row;
        for (int i = 0; i < maxHeaderSearchRows && reader.next(row); ++i) {
            csv::Header header(row.fields);
            const bool complete =
                std::all_of(required.begin(), required.end(),
                            [&](QStringView name) { return header.contains(name); });
            if (complete)
                return Table(reader, std::move(header));
        }
    }
    QStringList names;
    for (QStringView name : required)
        names.append(name.toString());
    return Error(ErrorCode::Parse,
                 tr("%1: no header line with the columns %2 in its first %3 lines; is this a "
                    "file of a LinkedIn data export?")
                     .arg(fileName, names.join(QStringLiteral(", ")))
                     .arg(maxHeaderSearchRows));
}

std::pair<QString, QString> splitCredentials(const QString &familyName)
{
    const qsizetype comma = familyName.indexOf(QLatin1Char(','));
    if (comma < 0)
        return {familyName.simplified(), {}};
    return {familyName.first(comma).simplified(), familyName.sliced(comma + 1).simplified()};
}

QString profileAddress(const QString &url)
{
    QString address = url.trimmed();
    if (address.isEmpty())
        return {};
    if (!address.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) &&
        !address.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        address.prepend(QLatin1String("https://"));
    return validation::isValidWebUrl(address) ? address : QString();
}

} // namespace kith::linkedin::detail
