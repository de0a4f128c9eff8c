// CSV contacts: the tokenizer on its own (detected and forced delimiters), then what the
// import wizard does with a file: the sample for the mapping step, the mapping detected from
// its header, and every row read through that mapping.
#include "FuzzSupport.h"

#include "interchange/csv/CsvContacts.h"
#include "interchange/csv/CsvReader.h"

namespace {

void tokenize(QStringView text, QChar delimiter)
{
    kith::csv::Reader reader(text, delimiter);
    kith::csv::Row row;
    int lastLine = 0;
    while (reader.next(row)) {
        // Lines only go forward; a reader that stops advancing would hang the import.
        if (row.line <= lastLine)
            __builtin_trap();
        lastLine = row.line;
        (void)row.isBlank();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace kith;
    const QByteArray bytes = fuzz::bytes(data, size);
    const QString fileName = QStringLiteral("fuzz.csv");

    const QString text = csv::decode(bytes);
    tokenize(text, QChar());
    tokenize(text, QLatin1Char(';'));

    const Result<csv::Sample> sample = csv::readSample(bytes, fileName);
    if (!sample)
        return 0;
    const csv::ColumnMapping mapping = csv::detectMapping(sample.value().headers);
    const Result<ImportBatch> batch = csv::readContacts(bytes, fileName, mapping);
    if (!batch && batch.error().code() != ErrorCode::Parse &&
        batch.error().code() != ErrorCode::InvalidArgument)
        __builtin_trap();
    // The command line's spelling of the same mapping must read back as the same mapping
    // (a mapping of nothing has no spelling: parseMapping refuses an empty one).
    const QString specText = mapping.toSpec();
    if (specText.isEmpty())
        return 0;
    const Result<csv::ColumnMapping> spec = csv::parseMapping(specText);
    if (!spec || !spec.value().sameAs(mapping))
        __builtin_trap();
    return 0;
}
