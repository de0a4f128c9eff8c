#include "ExportCommand.h"

#include "Arguments.h"
#include "FileOutput.h"
#include "TodayOption.h"
#include "interchange/PeopleLoader.h"
#include "interchange/backup/Backup.h"
#include "interchange/csv/CsvExport.h"
#include "interchange/ical/ICalendar.h"
#include "interchange/ical/KithUid.h"
#include "interchange/vcard/VCard.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace kith::cli {

namespace {

// tr(text, disambiguation, n): with three arguments lupdate files a string as plural forms.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("kith::cli", text, disambiguation, n);
}

struct Exported
{
    QByteArray bytes;
    QString summary; // "Exported 12 people to %1": %1 is left for the destination
};

Result<Exported> exportVCard(Database &db)
{
    Result<QList<Person>> people = interchange::loadAllPeople(db);
    if (!people)
        return people.error();
    // The database's own id keeps UIDs from two databases apart (see vcard::WriteOptions).
    vcard::WriteOptions options;
    if (Result<QString> uid = ical::databaseUid(db); uid) {
        if (const QUuid id = QUuid::fromString(*uid); !id.isNull())
            options.uidNamespace = id;
    }
    return Exported{vcard::write(*people, options),
                    tr("Exported %n people to %1.", nullptr, int(people->size()))};
}

Result<Exported> exportCalendar(Database &db, const QDate &today)
{
    Result<QByteArray> calendar = ical::write(db, today);
    if (!calendar)
        return calendar.error();
    const int events = int(calendar->count("\r\nBEGIN:VEVENT\r\n"));
    const int todos = int(calendar->count("\r\nBEGIN:VTODO\r\n"));
    return Exported{*calendar, tr("Exported %1 events and %2 to-dos to %3.")
                                   .arg(events)
                                   .arg(todos)
                                   .arg(QStringLiteral("%1"))};
}

Result<Exported> exportList(const Database &db, const QString &list)
{
    Result<QByteArray> csv = csv::exportList(db, list);
    if (!csv)
        return csv.error();
    return Exported{*csv, tr("Exported the %1 list to %2.").arg(list, QStringLiteral("%1"))};
}

Result<Exported> exportBackup(const Database &db)
{
    Result<QByteArray> json = backup::write(db);
    if (!json)
        return json.error();
    return Exported{*json, tr("Saved a full backup to %1.")};
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("export people (vCard), the calendar (iCalendar), a list (CSV) or a backup");
}

QString ExportCommand::details() const
{
    return tr("Formats:\n"
              "  vcard OUT       every person as vCard 4.0\n"
              "  ical OUT        events, deadlines and open follow-ups as iCalendar\n"
              "  csv LIST OUT    one list for spreadsheets; LIST is one of\n"
              "                  %1\n"
              "  backup OUT      the whole database as one JSON document (kith import backup)\n"
              "\n"
              "OUT \"-\" writes to standard output. An existing file is replaced only with\n"
              "--force, and only once the new one is complete.")
        .arg(csv::exportLists().join(QStringLiteral(", ")));
}

int ExportCommand::run(const Context &context, const QStringList &arguments)
{
    const QCommandLineOption force(QStringLiteral("force"), tr("replace an existing file"));
    Arguments args(*this, {force, todayOption()}, {QStringLiteral("FORMAT"), QStringLiteral("OUT")},
                   1);
    if (!args.parse(context, arguments))
        return args.exitCode();
    const QStringList positional = args.positional();
    const QString format = positional.first().toLower();
    const bool isCsv = format == QLatin1String("csv");
    static const QStringList formats = {QStringLiteral("vcard"), QStringLiteral("ical"),
                                        QStringLiteral("csv"), QStringLiteral("backup")};
    if (!formats.contains(format))
        return context.usage(tr("Kith exports %1, not “%2”.")
                                 .arg(formats.join(QStringLiteral(", ")), positional.first()));
    if (positional.size() != (isCsv ? 3 : 2))
        return context.usage(QStringLiteral("usage: ") + commandLabel(*this) + QLatin1Char(' ') +
                             synopsis());
    if (isCsv && !csv::exportLists().contains(positional.at(1)))
        return context.usage(
            tr("“%1” is not a list Kith exports; choose one of %2.")
                .arg(positional.at(1), csv::exportLists().join(QStringLiteral(", "))));
    const QString out = positional.last();
    const std::optional<QDate> today = parseToday(context, args);
    if (!today)
        return Usage;
    std::unique_ptr<Database> db = context.open(Context::Access::Read);
    if (!db)
        return Failure;

    Result<Exported> exported = Error(ErrorCode::InvalidArgument, format);
    if (format == QLatin1String("vcard"))
        exported = exportVCard(*db);
    else if (format == QLatin1String("ical"))
        exported = exportCalendar(*db, *today);
    else if (isCsv)
        exported = exportList(*db, positional.at(1));
    else
        exported = exportBackup(*db);
    if (!exported)
        return context.fail(exported.error());
    if (Status written =
            writeExport(context, out, exported->bytes, args.isSet(QStringLiteral("force")));
        !written)
        return context.fail(written.error());
    // On stdout the data is the output; a summary would corrupt it.
    if (!isStdout(out))
        context.out << exported->summary.arg(QDir::toNativeSeparators(out)) << '\n';
    return Success;
}

} // namespace kith::cli
