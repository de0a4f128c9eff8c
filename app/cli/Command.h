#pragma once

#include <QStringList>
#include <QTextStream>

#include <memory>

namespace kith {
class Database;
class Error;
} // namespace kith

namespace kith::cli {

// Exit codes of every subcommand.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    Usage = 2
};

// What a subcommand needs from the command line around it.
struct Context
{
    QString databasePath;
    QTextStream &out;
    QTextStream &err;

    // Opens the database; on failure prints the one-line reason to stderr and returns null.
    // Only commands that fill a database create it when it does not exist yet.
    std::unique_ptr<Database> open(bool createIfMissing) const;
    int fail(const Error &error) const;      // prints "kith: <message>" and returns Failure
    int usage(const QString &message) const; // prints it with a hint and returns Usage
};

// One subcommand: `kith [--db FILE] <name> [arguments]`.
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString synopsis() const = 0; // arguments, e.g. "TEXT [--json]"
    virtual QString summary() const = 0;  // one line for `kith --help`
    // More for `kith <name> --help`: forms, what happens, examples. Empty when the summary
    // and the options say it all.
    virtual QString details() const { return {}; }
    virtual int run(const Context &context, const QStringList &arguments) = 0;
};

QList<std::shared_ptr<Command>> allCommands();

} // namespace kith::cli
