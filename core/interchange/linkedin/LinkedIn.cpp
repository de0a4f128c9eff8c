#include "LinkedIn.h"

#include "LinkedInFiles.h"

#include <QCoreApplication>

namespace kith::linkedin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::linkedin", text);
}

// "Connections.csv, Recommendations_Received.csv, …", for the messages that list them.
QString readableFileNames()
{
    QStringList names;
    for (detail::FileKind kind : detail::readableKinds())
        names.append(detail::fileNameOf(kind));
    return names.join(QStringLiteral(", "));
}

} // namespace

namespace detail {

Result<ImportBatch> readExport(const QList<ExportFile> &files, const QString &source,
                               bool wholeExport, const FileLoader &load)
{
    ImportBatch batch;
    batch.source = source;
    batch.format = QStringLiteral("linkedin");
    bool any = false;
    for (FileKind kind : readableKinds()) {
        const ExportFile *file = nullptr;
        for (const ExportFile &candidate : files) {
            if (candidate.kind != kind)
                continue;
            if (!file)
                file = &candidate;
            else
                batch.notes.append(tr("%1 appears twice in the export; only %2 was read.")
                                       .arg(candidate.name, file->name));
        }
        if (!file) {
            if (wholeExport)
                batch.notes.append(tr("%1 is not in the export.").arg(fileNameOf(kind)));
            continue;
        }
        any = true;
        QString text;
        if (load) {
            const Result<QByteArray> data = load(*file);
            if (!data)
                return data.error();
            text = csv::decode(*data);
        } else {
            text = csv::decode(file->data);
        }
        Status status;
        switch (kind) {
        case FileKind::Connections:
            status = readConnections(text, file->name, file->madeOn, batch);
            break;
        case FileKind::RecommendationsReceived:
            status =
                readRecommendations(text, file->name, RecommendationDirection::Received, batch);
            break;
        case FileKind::RecommendationsGiven:
            status = readRecommendations(text, file->name, RecommendationDirection::Given, batch);
            break;
        case FileKind::Invitations:
            status = readInvitations(text, file->name, batch);
            break;
        case FileKind::Events:
            status = readEvents(text, file->name, batch);
            break;
        case FileKind::EndorsementsReceived:
            status = readEndorsements(text, file->name, EndorsementDirection::Received, batch);
            break;
        case FileKind::EndorsementsGiven:
            status = readEndorsements(text, file->name, EndorsementDirection::Given, batch);
            break;
        case FileKind::Unknown:
            break;
        }
        if (!status)
            return status.error();
    }
    if (!any)
        return Error(ErrorCode::Parse,
                     tr("%1 holds none of the files of a LinkedIn data export Kith reads (%2).")
                         .arg(source, readableFileNames()));
    return batch;
}

} // namespace detail

bool isExportFileName(const QString &path)
{
    return detail::kindOfFileName(path) != detail::FileKind::Unknown;
}

bool isExportFile(const QByteArray &head)
{
    return detail::kindOfText(csv::decode(head)) != detail::FileKind::Unknown;
}

Result<ImportBatch> read(const QByteArray &data, const QString &fileName)
{
    if (data.size() > Limits().maxFileBytes)
        return Error(ErrorCode::Parse, tr("%1 is larger than %2 MB; it is not a LinkedIn file.")
                                           .arg(fileName)
                                           .arg(Limits().maxFileBytes / (1024 * 1024)));
    detail::ExportFile file{detail::kindOfFileName(fileName), fileName, data, {}};
    if (file.kind == detail::FileKind::Unknown)
        file.kind = detail::kindOfText(csv::decode(data));
    if (file.kind == detail::FileKind::Unknown)
        return Error(ErrorCode::Parse,
                     tr("%1 is not a file of a LinkedIn data export that Kith reads (%2).")
                         .arg(fileName, readableFileNames()));
    return detail::readExport({file}, fileName, false);
}

} // namespace kith::linkedin
