#include "CommandLine.h"

#include "Command.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace kith::cli {

namespace {

const QLatin1String quitAfterStartFlag("--quit-after-start");

QString tr(const char *text)
{
    return QCoreApplication::translate("kith::cli", text);
}

std::shared_ptr<Command> findCommand(const QString &name)
{
    for (const auto &command : allCommands()) {
        if (command->name() == name)
            return command;
    }
    return nullptr;
}

void printHelp(QTextStream &out)
{
    out << tr("Usage: kith [--db FILE] [COMMAND [ARGUMENTS]]") << '\n'
        << tr("Without a command, Kith opens its window.") << "\n\n"
        << tr("Options:") << '\n'
        << "  --db FILE      " << tr("the database to use (default: %1)").arg(defaultDatabasePath())
        << '\n'
        << "  -h, --help     " << tr("show this help") << '\n'
        << "  -v, --version  " << tr("show the version") << "\n\n"
        << tr("Commands:") << '\n';
    constexpr int column = 42;
    for (const auto &command : allCommands()) {
        const QString head = command->name() + QLatin1Char(' ') + command->synopsis();
        // A long synopsis gets a line of its own rather than pushing the summary off screen.
        if (head.size() > column)
            out << "  " << head << '\n' << QString(column + 3, QLatin1Char(' '));
        else
            out << "  " << head.leftJustified(column) << ' ';
        out << command->summary() << '\n';
    }
    out << '\n'
        << tr("“kith COMMAND --help” explains a command.") << '\n'
        << tr("Exit status: 0 success, 1 failure or bad input, 2 wrong usage.") << '\n';
}

} // namespace

QString defaultDatabasePath()
{
    // ~/.local/share/kith/kith.sqlite on Linux: one folder, named plainly.
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(data).filePath(QStringLiteral("kith/kith.sqlite"));
}

QString databaseOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--db") && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(QLatin1String("--db=")))
            return arguments[i].mid(5);
    }
    return {};
}

bool wantsCommandLine(const QStringList &arguments)
{
    // The desktop takes only --db FILE and --quit-after-start; anything else is for the
    // command line, which explains what it does not understand instead of opening a window.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db") && i + 1 < arguments.size()) {
            ++i;
            continue;
        }
        if (arg.startsWith(QLatin1String("--db=")) && arg.size() > 5)
            continue;
        if (arg == quitAfterStartFlag)
            continue;
        return true;
    }
    return false;
}

bool quitAfterStartOption(const QStringList &arguments)
{
    return arguments.mid(1).contains(quitAfterStartFlag);
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    Context context{defaultDatabasePath(), out, err};

    qsizetype i = 1;
    for (; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--db")) {
            if (i + 1 >= arguments.size())
                return context.usage(tr("--db needs a file name."));
            context.databasePath = arguments.at(++i);
        } else if (arg.startsWith(QLatin1String("--db="))) {
            context.databasePath = arg.mid(5);
        } else if (arg == QLatin1String("-h") || arg == QLatin1String("--help")) {
            printHelp(out);
            return Success;
        } else if (arg == QLatin1String("-v") || arg == QLatin1String("--version")) {
            out << QCoreApplication::applicationName() << ' '
                << QCoreApplication::applicationVersion() << '\n';
            return Success;
        } else if (arg.startsWith(QLatin1Char('-'))) {
            return context.usage(tr("Unknown option %1.").arg(arg));
        } else {
            break;
        }
    }
    if (i >= arguments.size())
        return context.usage(tr("No command given."));
    if (context.databasePath.isEmpty())
        return context.usage(tr("--db needs a file name."));

    const std::shared_ptr<Command> command = findCommand(arguments.at(i));
    if (!command)
        return context.usage(tr("Unknown command “%1”.").arg(arguments.at(i)));
    return command->run(context, arguments.mid(i + 1));
}

} // namespace kith::cli
