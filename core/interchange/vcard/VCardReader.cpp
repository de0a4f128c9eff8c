#include "VCard.h"

#include "VCardCard.h"
#include "VCardSyntax.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace kith::vcard {

namespace {

using namespace detail;

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::vcard", text);
}

// Larger than any address book a phone exports with photos; beyond it a file is refused
// before it is read, so memory stays bounded.
constexpr qint64 maxFileSize = qint64(512) * 1024 * 1024;
// Notes about lines left out, before the rest are only counted.
constexpr int maxLineNotes = 50;

bool isBlank(QByteArrayView line)
{
    return std::all_of(line.begin(), line.end(), [](char c) { return c == ' ' || c == '\t'; });
}

bool isVCardValue(QByteArrayView value)
{
    return equalsIgnoringCase(value.trimmed(), "VCARD");
}

// Old Windows and Nokia address books wrote UTF-16; everything else is read as bytes.
QByteArray utf16AsUtf8(const QByteArray &data)
{
    const auto starts = [&](const char *bytes, qsizetype size) {
        return data.startsWith(QByteArrayView(bytes, size));
    };
    std::optional<QStringDecoder::Encoding> encoding;
    if (starts("\xFF\xFE", 2) || starts("B\0E\0G\0", 6))
        encoding = QStringDecoder::Utf16LE;
    else if (starts("\xFE\xFF", 2) || starts("\0B\0E\0G", 6))
        encoding = QStringDecoder::Utf16BE;
    if (!encoding)
        return {};
    QStringDecoder decoder(*encoding);
    return QString(decoder.decode(data)).toUtf8();
}

// Reads the cards of one file into a batch, line by line.
class FileReader
{
public:
    FileReader(QByteArrayView data, const QString &fileName, ImportBatch &batch)
        : m_lines(data)
        , m_fileName(fileName)
        , m_batch(batch)
    {}

    // An error when the file holds more cards than one import takes.
    Status run();
    bool sawCard() const { return m_sawCard; }
    int firstLine() const { return m_firstLine; }

private:
    void handle(const ContentLine &property);
    void begin(int line);
    void finish(int endLine, bool complete);
    void noteLine(int line, const QString &what);
    SourceLocation at(int line) const { return {m_fileName, line}; }

    LineReader m_lines;
    const QString &m_fileName;
    ImportBatch &m_batch;
    CardBuilder m_card;
    bool m_inCard = false;
    bool m_sawCard = false;
    int m_cardLine = 0;
    int m_embeddedDepth = 0;      // inside a 2.1 AGENT's own card
    bool m_agentExpected = false; // the last property was an AGENT without a value
    Status m_room;                // an error once the batch is full, which ends the reading
    int m_firstLine = 0;          // first non-blank line, for "not a vCard file"
    int m_lineNotes = 0;
};

Status FileReader::run()
{
    QByteArrayView text;
    int line = 0;
    int lastLine = 0;
    ContentLine property;
    while (m_room && m_lines.next(text, line)) {
        lastLine = line;
        if (isBlank(text))
            continue;
        if (m_firstLine == 0)
            m_firstLine = line;
        if (!splitContentLine(text, property)) {
            noteLine(line, m_inCard ? tr("not a vCard property; the line was ignored.")
                                    : tr("text outside any card; the line was ignored."));
            continue;
        }
        property.line = line;
        handle(property);
    }
    if (m_inCard && m_room)
        finish(lastLine, false);
    if (m_lineNotes > maxLineNotes)
        m_batch.notes.append(
            tr("%1: %2 more lines were ignored.").arg(m_fileName).arg(m_lineNotes - maxLineNotes));
    return m_room;
}

void FileReader::handle(const ContentLine &property)
{
    if (equalsIgnoringCase(property.name, "BEGIN")) {
        if (!isVCardValue(property.value)) {
            noteLine(property.line, tr("not a vCard; the line was ignored."));
        } else if (!m_inCard) {
            begin(property.line);
        } else if (m_agentExpected) {
            ++m_embeddedDepth;
        } else { // the previous card never ended: keep what it had
            finish(property.line - 1, false);
            begin(property.line);
        }
        m_agentExpected = false;
        return;
    }
    if (equalsIgnoringCase(property.name, "END") && isVCardValue(property.value)) {
        if (m_embeddedDepth > 0)
            --m_embeddedDepth;
        else if (m_inCard)
            finish(property.line, true);
        else
            noteLine(property.line, tr("END:VCARD without BEGIN:VCARD; the line was ignored."));
        return;
    }
    if (!m_inCard) {
        noteLine(property.line, tr("text outside any card; the line was ignored."));
        return;
    }
    if (m_embeddedDepth > 0)
        return; // the agent's card describes someone else
    m_agentExpected = equalsIgnoringCase(property.name, "AGENT") && isBlank(property.value);
    m_card.add(property);
}

void FileReader::begin(int line)
{
    m_card.reset();
    m_inCard = true;
    m_sawCard = true;
    m_cardLine = line;
    m_embeddedDepth = 0;
    m_agentExpected = false;
}

void FileReader::finish(int endLine, bool complete)
{
    m_inCard = false;
    if (!complete)
        m_batch.notes.append(
            at(m_cardLine).display() + QStringLiteral(": ") +
            tr("the card has no END:VCARD; it was read up to line %1.").arg(endLine));
    for (const auto &[line, problem] : m_card.problems())
        m_batch.notes.append(at(line).display() + QStringLiteral(": ") + problem);
    if (m_card.isEmpty()) {
        ++m_batch.skippedEmpty;
        return;
    }
    if (m_room = m_batch.checkRoom(at(m_cardLine)); !m_room)
        return;
    IncomingPerson incoming;
    QString reason;
    if (!m_card.build(incoming.person, reason)) {
        m_batch.rejected.append({at(m_cardLine), reason});
        return;
    }
    incoming.where = at(m_cardLine);
    m_batch.people.append(std::move(incoming));
}

void FileReader::noteLine(int line, const QString &what)
{
    if (++m_lineNotes <= maxLineNotes)
        m_batch.notes.append(at(line).display() + QStringLiteral(": ") + what);
}

} // namespace

Result<ImportBatch> read(const QByteArray &data, const QString &fileName)
{
    ImportBatch batch;
    batch.source = fileName;
    batch.format = QStringLiteral("vcard");

    const QByteArray converted = utf16AsUtf8(data);
    QByteArrayView text = converted.isEmpty() ? QByteArrayView(data) : QByteArrayView(converted);
    if (text.startsWith("\xEF\xBB\xBF"))
        text = text.sliced(3);

    FileReader reader(text, fileName, batch);
    if (Status status = reader.run(); !status)
        return status.error();
    if (!reader.sawCard()) {
        if (reader.firstLine() == 0) { // nothing but blank lines: an address book with no one
            batch.notes.append(tr("%1 holds no contacts.").arg(fileName));
            return batch;
        }
        return Error(ErrorCode::Parse,
                     SourceLocation{fileName, reader.firstLine()}.display() + QStringLiteral(": ") +
                         tr("this is not a vCard file (there is no BEGIN:VCARD line)."));
    }
    return batch;
}

Result<ImportBatch> readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > maxFileSize)
        return Error(ErrorCode::Parse,
                     tr("%1 is too large for a vCard file (%2 MB; at most %3 MB).")
                         .arg(path)
                         .arg(file.size() / (1024 * 1024))
                         .arg(maxFileSize / (1024 * 1024)));
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    Result<ImportBatch> batch = read(data, QFileInfo(path).fileName());
    if (batch)
        batch->source = path;
    return batch;
}

} // namespace kith::vcard
