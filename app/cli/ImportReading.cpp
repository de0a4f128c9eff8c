#include "ImportReading.h"

#include "interchange/csv/CsvContacts.h"
#include "interchange/csv/MappingMemory.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/linkedin/LinkedIn.h"
#include "interchange/vcard/VCard.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kith::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::cli", text);
}

// The fields --map accepts, as typed.
QString mappableFields()
{
    QStringList keys;
    for (const auto &entry : EnumTraits<csv::ContactField>::entries)
        keys.append(QLatin1String(entry.key));
    return keys.join(QStringLiteral(", "));
}

bool recognised(csv::MappingSource source)
{
    return source != csv::MappingSource::Guessed && source != csv::MappingSource::Given;
}

Result<QByteArray> readCsvBytes(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    if (file.size() > csv::maxFileBytes)
        return Error(ErrorCode::Parse, tr("%1 is %2 MB; a contacts file of more than %3 MB is "
                                          "not read.")
                                           .arg(shown)
                                           .arg(file.size() >> 20)
                                           .arg(csv::maxFileBytes >> 20));
    QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(shown, file.errorString()));
    return data;
}

ReadOutcome readCsv(const Context &context, const Database &db, const QString &path,
                    const QString &mapSpec)
{
    ReadOutcome outcome;
    const QString fileName = QFileInfo(path).fileName();
    Result<QByteArray> data = readCsvBytes(path);
    if (!data) {
        outcome.exitCode = context.fail(data.error());
        return outcome;
    }
    Result<QStringList> headers = csv::readHeaders(*data, fileName);
    if (!headers) {
        outcome.exitCode = context.fail(headers.error());
        return outcome;
    }

    csv::ColumnMapping mapping;
    if (!mapSpec.isEmpty()) {
        Result<csv::ColumnMapping> given = csv::parseMapping(mapSpec);
        if (!given) {
            outcome.exitCode = context.usage(QStringLiteral("--map: ") + given.errorMessage());
            return outcome;
        }
        mapping = *given;
    } else {
        // The memory only reads here; a dry run's database may be read-only.
        Result<csv::ColumnMapping> proposal =
            csv::MappingMemory(const_cast<Database &>(db)).proposal(*headers);
        if (!proposal) {
            outcome.exitCode = context.fail(proposal.error());
            return outcome;
        }
        if (!recognised(proposal->source) || !proposal->canNamePeople()) {
            // A guess imports quietly wrong data when it is wrong: ask instead, and offer it.
            QString message =
                tr("%1: Kith does not recognise these columns; say which field each one "
                   "feeds with --map 'Header=field,…'.")
                    .arg(fileName) +
                QLatin1Char('\n') + tr("  Columns: %1").arg(csv::columnList(*headers)) +
                QLatin1Char('\n') + tr("  Fields: %1").arg(mappableFields());
            // A suggestion is there to be copied; one mapping thousands of columns would only
            // bury the message.
            constexpr qsizetype maxSuggestion = 1000;
            if (const QString guess = proposal->toSpec();
                !guess.isEmpty() && guess.size() <= maxSuggestion)
                message += QLatin1Char('\n') + tr("  Suggested: --map '%1'").arg(guess);
            outcome.exitCode = context.fail(Error(ErrorCode::InvalidArgument, message));
            return outcome;
        }
        mapping = *proposal;
    }
    Result<ImportBatch> batch = csv::readContacts(*data, fileName, mapping);
    if (!batch) {
        outcome.exitCode = context.fail(batch.error());
        return outcome;
    }
    batch->source = path;
    outcome.batch = std::move(batch).value();
    outcome.mapping = mapping;
    outcome.headers = *headers;
    return outcome;
}

} // namespace

QStringList importFormats()
{
    return {QStringLiteral("linkedin"), QStringLiteral("vcard"), QStringLiteral("ical"),
            QStringLiteral("csv"), QStringLiteral("backup")};
}

ReadOutcome readForImport(const Context &context, const Database &db, const QString &format,
                          const QString &path, const QString &mapSpec)
{
    if (format == QLatin1String("csv"))
        return readCsv(context, db, path, mapSpec);
    Result<ImportBatch> batch = Error(ErrorCode::InvalidArgument, format);
    if (format == QLatin1String("linkedin"))
        batch = linkedin::readFile(path);
    else if (format == QLatin1String("vcard"))
        batch = vcard::readFile(path);
    else if (format == QLatin1String("ical"))
        batch = ical::readFile(path);
    ReadOutcome outcome;
    if (!batch)
        outcome.exitCode = context.fail(batch.error());
    else
        outcome.batch = std::move(batch).value();
    return outcome;
}

} // namespace kith::cli
