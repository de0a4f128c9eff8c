#pragma once

#include "common/Result.h"
#include "interchange/ImportBatch.h"
#include "interchange/csv/CsvReader.h"

#include <functional>

// The parts of the LinkedIn reader: one function per file of the export, each adding what
// it reads to a batch. Internal to linkedin/.
namespace kith::linkedin::detail {

enum class FileKind
{
    Unknown,
    Connections,
    RecommendationsReceived,
    RecommendationsGiven,
    Invitations,
    Events,
    EndorsementsReceived,
    EndorsementsGiven
};

enum class EndorsementDirection
{
    Received,
    Given
};

// The file of the export a name refers to: its last path component, without regard to case,
// spaces and underscores alike ("Recommendations Received.csv" of older exports).
FileKind kindOfFileName(QStringView path);
// The kind a file's header says, for a file renamed by the user.
FileKind kindOfText(const QString &text);
QString fileNameOf(FileKind kind); // "Connections.csv"
// Every file Kith reads, in the order it reads them: Connections first, so the others find
// the people they concern.
const QList<FileKind> &readableKinds();

// A LinkedIn CSV file after its preamble: the header row found by its column names, then
// the rows below it.
class Table
{
public:
    // Finds the header among the first rows: the first row naming every column of
    // `required`. `text` must outlive the table.
    static Result<Table> open(const QString &text, const QString &fileName,
                              std::initializer_list<QStringView> required);

    const csv::Header &header() const { return m_header; }
    bool next(csv::Row &row) { return m_reader.next(row); }

private:
    Table(csv::Reader reader, csv::Header header)
        : m_reader(reader)
        , m_header(std::move(header))
    {}

    csv::Reader m_reader;
    csv::Header m_header;
};

// Splits a family name from the credentials LinkedIn members append after a comma
// ("Smith, PhD, MLIS" → "Smith", "PhD, MLIS").
std::pair<QString, QString> splitCredentials(const QString &familyName);
// "https://…" for a LinkedIn address, with the scheme added when the export left it out;
// empty when it is not a web address.
QString profileAddress(const QString &url);

// One file of an export, read from an archive, a folder or memory.
struct ExportFile
{
    FileKind kind = FileKind::Unknown;
    QString name;    // as the archive or folder names it
    QByteArray data; // empty when a FileLoader reads it
    QDate madeOn;    // when the export was made, as far as the file tells; invalid if unknown
};

// Inflates or reads a file of an archive or folder when its turn comes, so that only one
// file of the export is held in memory at a time.
using FileLoader = std::function<Result<QByteArray>(const ExportFile &file)>;

// Reads every recognised file of an export into one batch: Connections first, so the
// invitations find the people they concern. `wholeExport` notes the files that are missing.
// Without `load`, the files' data is read.
Result<ImportBatch> readExport(const QList<ExportFile> &files, const QString &source,
                               bool wholeExport, const FileLoader &load = {});

// The readers of each file. `where` names the file in messages; `exportDate` is the day
// the export was made, when known (the date of the zip entry).
Status readConnections(const QString &text, const QString &where, const QDate &exportDate,
                       ImportBatch &batch);
Status readRecommendations(const QString &text, const QString &where,
                           RecommendationDirection direction, ImportBatch &batch);
Status readInvitations(const QString &text, const QString &where, ImportBatch &batch);
Status readEvents(const QString &text, const QString &where, ImportBatch &batch);
Status readEndorsements(const QString &text, const QString &where, EndorsementDirection direction,
                        ImportBatch &batch);

} // namespace kith::linkedin::detail
