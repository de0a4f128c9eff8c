#include "ImportCommand.h"

#include "Arguments.h"
#include "FileOutput.h"
#include "ImportReading.h"
#include "ImportReport.h"
#include "ImportTarget.h"
#include "interchange/csv/MappingMemory.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace kith::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::cli", text);
}

// "Importing… 42%" on one terminal line, rewritten only when the percentage moves.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &err)
        : m_err(err)
        , m_enabled(stderrIsTerminal())
    {}
    ~ProgressLine()
    {
        if (m_shown >= 0) {
            m_err << '\r' << QString(m_width, QLatin1Char(' ')) << '\r';
            m_err.flush();
        }
    }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    interchange::ImportProgress callback()
    {
        if (!m_enabled)
            return {};
        return [this](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 100;
            if (percent != m_shown) {
                m_shown = percent;
                const QString text = tr("Importing… %1%").arg(percent);
                m_width = std::max(m_width, int(text.size()));
                m_err << '\r' << text;
                m_err.flush();
            }
            return true;
        };
    }

private:
    QTextStream &m_err;
    bool m_enabled;
    int m_shown = -1;
    int m_width = 0;
};

int restoreBackup(const Context &context, const QString &path, bool dryRun, bool json)
{
    ImportTarget target(context, dryRun);
    Database *db = target.open();
    if (!db)
        return Failure;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(Error(
            ErrorCode::Io,
            tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    const QByteArray document = file.readAll();
    Result<backup::Summary> summary =
        dryRun ? backup::check(*db, document) : backup::restore(*db, document);
    if (!summary)
        return context.fail(
            summary.error().withContext(QDir::toNativeSeparators(path) + QStringLiteral(": ")));
    target.keep();
    const RestoreReport report{path, target.displayPath(), dryRun, *summary};
    if (json)
        context.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        report.print(context.out);
    return Success;
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("import a LinkedIn archive, vCard, iCalendar, CSV or Kith backup");
}

QString ImportCommand::details() const
{
    return tr("Formats:\n"
              "  linkedin PATH   LinkedIn's data export: the .zip, its folder, or one CSV of it\n"
              "  vcard FILE      vCard 2.1, 3.0 or 4.0 contacts (.vcf)\n"
              "  ical FILE       iCalendar events and to-dos (.ics)\n"
              "  csv FILE        contacts; Google Contacts, Outlook and Kith's own columns are\n"
              "                  recognised, other files need --map once (it is remembered)\n"
              "  backup FILE     a Kith backup (.json), restored into an empty database\n"
              "\n"
              "People matched by profile address are updated (a new job or title keeps the\n"
              "old one as history); duplicates by e-mail are merged, by name skipped. The\n"
              "import is one transaction: all of it is written, or nothing.\n"
              "\n"
              "--map takes Header=field pairs separated by commas; quote a header that holds\n"
              "a comma: --map '\"Last, First\"=displayName,Mail=email'.");
}

int ImportCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("show what the import would do; write nothing"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("print JSON"));
    const QCommandLineOption mapOption(
        QStringLiteral("map"), tr("csv: which field each column feeds"), QStringLiteral("SPEC"));
    Arguments args(*this, {dryRunOption, jsonOption, mapOption},
                   {QStringLiteral("FORMAT"), QStringLiteral("PATH")});
    if (!args.parse(context, arguments))
        return args.exitCode();
    const QString format = args.positional().at(0).toLower();
    const QString path = args.positional().at(1);
    const bool dryRun = args.isSet(QStringLiteral("dry-run"));
    const bool json = args.isSet(QStringLiteral("json"));
    if (!importFormats().contains(format))
        return context.usage(
            tr("Kith imports %1, not “%2”.")
                .arg(importFormats().join(QStringLiteral(", ")), args.positional().at(0)));
    if (args.isSet(QStringLiteral("map")) && format != QLatin1String("csv"))
        return context.usage(tr("--map is for csv imports only."));
    if (!QFileInfo::exists(path))
        return context.fail(
            Error(ErrorCode::Io, tr("%1 does not exist.").arg(QDir::toNativeSeparators(path))));
    if (format == QLatin1String("backup"))
        return restoreBackup(context, path, dryRun, json);

    ImportTarget target(context, dryRun);
    Database *db = target.open();
    if (!db)
        return Failure;
    ReadOutcome read = readForImport(context, *db, format, path, args.value(QStringLiteral("map")));
    if (!read.batch)
        return read.exitCode;
    Result<interchange::ImportPlan> plan = interchange::planImport(*db, std::move(*read.batch));
    if (!plan)
        return context.fail(plan.error());

    ImportReport report;
    report.format = format;
    report.source = path;
    report.database = target.displayPath();
    report.dryRun = dryRun;
    report.counts = plan->counts();
    report.rejected = plan->rejected;
    report.notes = plan->batch.notes;
    if (read.mapping)
        report.mapping = read.mapping->toSpec();

    if (!dryRun) {
        // The import and the mapping it used are one transaction: a mapping is remembered
        // only for a file that was imported with it.
        Transaction tx(*db);
        if (!tx.isActive())
            return context.fail(tx.error());
        Result<interchange::ImportSummary> summary = [&] {
            ProgressLine progress(context.err);
            return interchange::applyImport(*db, *plan, progress.callback());
        }();
        if (!summary)
            return context.fail(summary.error());
        if (read.mapping && read.mapping->source == csv::MappingSource::Given) {
            if (Status remembered = csv::MappingMemory(*db).remember(read.headers, *read.mapping);
                !remembered)
                return context.fail(remembered.error());
        }
        if (Status committed = tx.commit(); !committed)
            return context.fail(committed.error());
        target.keep();
        report.written = *summary;
    }
    if (json)
        context.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        report.print(context.out);
    return Success;
}

} // namespace kith::cli
