#include "CsvContacts.h"

#include "ContactRow.h"
#include "CsvReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace kith::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::csv", text);
}

// Notes beyond this many are summed up in one line: a file with a bad address in every row
// must not produce a hundred thousand notes.
constexpr qsizetype maxNotes = 50;

// The decoded text of a file that is worth tokenizing: not empty, not binary.
Result<QString> textOf(const QByteArray &data, const QString &fileName)
{
    QString text = decode(data);
    if (text.trimmed().isEmpty())
        return Error(ErrorCode::Parse, tr("%1 is empty.").arg(fileName));
    // A NUL never appears in text, but in every binary format (zip, images, spreadsheets).
    if (text.contains(QChar(0)))
        return Error(ErrorCode::Parse,
                     tr("%1 is not a CSV text file (it holds binary data). Save the spreadsheet "
                        "as CSV and import that.")
                         .arg(fileName));
    return text;
}

// A header as a message shows it, cut short when a file made it long.
QString shownHeader(const QString &header)
{
    constexpr qsizetype shownLength = 40;
    if (header.size() <= shownLength)
        return header;
    QString shown = header.left(shownLength - 1);
    if (shown.back().isHighSurrogate())
        shown.chop(1);
    return shown + QChar(0x2026);
}

QStringList trimmed(QStringList headers)
{
    for (QString &header : headers)
        header = header.trimmed();
    return headers;
}

Status checkMapping(const ColumnMapping &mapping, const QStringList &headers,
                    const QString &fileName)
{
    const QString columns = columnList(headers);
    for (const ColumnMapping::Column &column : mapping.columns) {
        if (column.field == ContactField::Ignore)
            continue;
        const bool present = std::any_of(headers.cbegin(), headers.cend(), [&](const QString &h) {
            return h.compare(column.header.trimmed(), Qt::CaseInsensitive) == 0;
        });
        if (!present)
            return Error(
                ErrorCode::InvalidArgument,
                tr("The column mapping names “%1”, which %2 does not have. Its columns: %3.")
                    .arg(shownHeader(column.header), fileName, columns));
    }
    if (!mapping.canNamePeople())
        return Error(ErrorCode::InvalidArgument,
                     tr("No column of %1 is mapped to a name or an e-mail address, so no person "
                        "could be named. Its columns: %2.")
                         .arg(fileName, columns));
    return {};
}

} // namespace

QString columnList(const QStringList &headers)
{
    constexpr qsizetype shownColumns = 20;
    QStringList shown;
    for (qsizetype i = 0; i < std::min(headers.size(), shownColumns); ++i)
        shown.append(shownHeader(headers.at(i)));
    const QString list = shown.join(QStringLiteral(", "));
    if (headers.size() <= shownColumns)
        return list;
    return QCoreApplication::translate("kith::csv", "%1 and %n more", nullptr,
                                       int(headers.size() - shownColumns))
        .arg(list);
}

Result<Sample> readSample(const QByteArray &data, const QString &fileName, int rowCount)
{
    Result<QString> text = textOf(data, fileName);
    if (!text)
        return text.error();
    Reader reader(*text);
    Row row;
    Sample sample;
    sample.delimiter = reader.delimiter();
    if (!reader.next(row))
        return Error(ErrorCode::Parse, tr("%1 has no header row.").arg(fileName));
    sample.headers = trimmed(row.fields);
    while (sample.rows.size() < rowCount && reader.next(row)) {
        if (!row.isBlank())
            sample.rows.append(row.fields);
    }
    return sample;
}

Result<QStringList> readHeaders(const QByteArray &data, const QString &fileName)
{
    Result<Sample> sample = readSample(data, fileName, 0);
    if (!sample)
        return sample.error();
    return sample->headers;
}

Result<ImportBatch> readContacts(const QByteArray &data, const QString &fileName,
                                 const ColumnMapping &mapping)
{
    Result<QString> text = textOf(data, fileName);
    if (!text)
        return text.error();
    Reader reader(*text);
    Row row;
    if (!reader.next(row))
        return Error(ErrorCode::Parse, tr("%1 has no header row.").arg(fileName));
    const QStringList headers = trimmed(row.fields);
    if (Status status = checkMapping(mapping, headers, fileName); !status)
        return status.error();

    ImportBatch batch;
    batch.source = fileName;
    batch.format = QStringLiteral("csv");
    const ContactRowReader rows(headers, mapping);
    qsizetype droppedNotes = 0;
    QStringList rowNotes;
    while (reader.next(row)) {
        if (row.isBlank()) {
            ++batch.skippedEmpty;
            continue;
        }
        const SourceLocation where{fileName, row.line};
        if (Status room = batch.checkRoom(where); !room)
            return room.error();
        IncomingPerson incoming;
        incoming.where = where;
        rowNotes.clear();
        const QString rejection = rows.read(row, incoming.person, rowNotes);
        if (!rejection.isEmpty()) {
            batch.rejected.append({where, rejection});
            continue;
        }
        for (const QString &note : std::as_const(rowNotes)) {
            if (batch.notes.size() < maxNotes)
                batch.notes.append(where.display() + QStringLiteral(": ") + note);
            else
                ++droppedNotes;
        }
        batch.people.append(std::move(incoming));
    }
    if (droppedNotes > 0)
        batch.notes.append(QCoreApplication::translate("kith::csv", "… and %n more left out.",
                                                       nullptr, int(droppedNotes)));
    if (batch.people.isEmpty() && batch.rejected.isEmpty())
        batch.notes.append(tr("%1 has a header but no contacts.").arg(fileName));
    return batch;
}

Result<ImportBatch> readContactsFile(const QString &path, const ColumnMapping &mapping)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileBytes)
        return Error(ErrorCode::Parse,
                     tr("%1 is %2 MB; a contacts file of more than %3 MB is not read.")
                         .arg(info.fileName())
                         .arg(file.size() >> 20)
                         .arg(maxFileBytes >> 20));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<ImportBatch> batch = readContacts(data, info.fileName(), mapping);
    if (batch)
        batch->source = path;
    return batch;
}

} // namespace kith::csv
